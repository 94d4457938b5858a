"""Committee meetings through the services: quorum, votes, decisions, quota, closing, locks."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update

from app.domain.enums import (
    AttendanceStatus,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    ProposalStatus,
    VoteChoice,
)
from app.domain.meetings import DecisionChoice, Meeting
from app.errors import Conflict, Locked, ValidationError
from app.services import meetings, proposals
from app.services.unit_of_work import writing
from app.storage.database import sqlite_file
from app.storage.models import MeetingRow, VoteRow
from tests.meeting_scenario import attend, supplementary_meeting

F, A, S = VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN


@pytest.fixture
def scenario(demo_opened):
    return supplementary_meeting(demo_opened.db, demo_opened.actor)


def demo_meeting_id(db):
    [summary] = [m for m in meetings.list_meetings(db) if m.is_closed
                 and m.committee_name.startswith("اللجنة الإقليمية")]
    return summary.meeting.id


def vote(scenario, proposal_index, choices):
    voting = scenario.voting()
    meetings.record_votes(scenario.db, scenario.actor, scenario.meeting_id,
                          scenario.proposal_ids[proposal_index],
                          {m.id: c for m, c in zip(voting, choices, strict=False)})


def test_the_demo_meeting_is_closed_with_its_61_approvals_and_recommendations(demo_opened):
    sheet = meetings.meeting_sheet(demo_opened.db, demo_meeting_id(demo_opened.db))
    assert sheet.is_closed and sheet.summary.chair_name == "عامل إقليم خنيفرة"
    assert len(sheet.agenda) == 61
    assert {line.decision for line in sheet.agenda} == {DecisionOutcome.APPROVED}
    assert sheet.quorum.met and (sheet.quorum.voting_members, sheet.quorum.present_voting) == (
        8, 7)
    assert sorted(line.rank for line in sheet.agenda) == list(range(1, 62))
    assert sheet.quota.quota_person_months == 3753 and sheet.quota.left == 0
    assert sheet.quota.approved_people_here == 1251
    assert len(sheet.recommendations) == 5


def test_without_quorum_attendance_is_recorded_but_votes_and_decisions_are_refused(scenario):
    attend(scenario, present=4)  # 4 of 8 voting members: not more than half
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert (sheet.quorum.present_voting, sheet.quorum.required, sheet.quorum.met) == (4, 5, False)
    with pytest.raises(ValidationError) as caught:
        vote(scenario, 0, [F, F, F, F])
    [message] = caught.value.for_field("quorum")
    assert "حضر 4 من 8" in message and "5 على الأقل" in message
    with pytest.raises(ValidationError):
        meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                 scenario.proposal_ids[0],
                                 DecisionChoice(DecisionOutcome.POSTPONED, "نقص في الملف"))
    assert not meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0].votes


@pytest.mark.parametrize(("choices", "expected"), [
    ([F, F, F, A, S], DecisionOutcome.APPROVED),
    ([A, A, F, S, S], DecisionOutcome.REJECTED),
    ([F, A, F, A, S], DecisionOutcome.APPROVED),   # tie 2-2: the chair voted for
    ([A, F, A, F, S], DecisionOutcome.REJECTED),   # tie 2-2: the chair voted against
    ([S, F, A, S, S], DecisionOutcome.POSTPONED),  # tie 1-1: the chair abstained
])
def test_votes_give_the_decision_the_rule_says(scenario, choices, expected):
    attend(scenario, present=5)
    vote(scenario, 0, choices)
    line = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0]
    assert line.voted_outcome is expected
    reason = "تعادل الأصوات" if expected is DecisionOutcome.POSTPONED else ""
    outcome = meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                       scenario.proposal_ids[0], DecisionChoice(reason=reason))
    assert outcome is expected
    status = proposals.get_proposal(scenario.db, scenario.proposal_ids[0]).status
    assert status is {DecisionOutcome.APPROVED: ProposalStatus.SELECTED,
                      DecisionOutcome.REJECTED: ProposalStatus.REJECTED,
                      DecisionOutcome.POSTPONED: ProposalStatus.ELIGIBLE}[expected]


def test_a_decision_against_the_votes_is_refused_and_a_postponement_needs_a_reason(scenario):
    attend(scenario, present=5)
    vote(scenario, 0, [F, F, F, F, F])
    with pytest.raises(ValidationError) as caught:
        meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                 scenario.proposal_ids[0], DecisionChoice(DecisionOutcome.REJECTED))
    assert "نتيجة التصويت هي «مصادق عليه»" in caught.value.for_field("outcome")[0]
    with pytest.raises(ValidationError) as caught:
        meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                 scenario.proposal_ids[0],
                                 DecisionChoice(DecisionOutcome.POSTPONED))
    assert caught.value.for_field("reason") == ["السبب: اذكر سبب التأجيل."]


def test_only_present_voting_members_vote(scenario):
    attend(scenario, present=5)
    advisory = next(m for m in scenario.members if not m.is_voting)
    absent = scenario.voting()[-1]
    with pytest.raises(ValidationError) as caught:
        meetings.record_votes(scenario.db, scenario.actor, scenario.meeting_id,
                              scenario.proposal_ids[0], {advisory.id: F, absent.id: F})
    messages = caught.value.for_field("votes")
    assert any("استشاري" in m and advisory.full_name in m for m in messages)
    assert any("غير مسجل حاضرا" in m and absent.full_name in m for m in messages)


def test_approvals_in_rank_order_stop_at_the_quota(scenario):
    attend(scenario, present=6)
    for index, score in enumerate((Decimal(9), Decimal(7), Decimal(5))):
        meetings.record_scores(scenario.db, scenario.actor, scenario.meeting_id,
                               scenario.proposal_ids[index],
                               {"public_utility": score, "field_impact": score})
        vote(scenario, index, [F] * 6)
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert [line.rank for line in sheet.agenda] == [1, 2, 3]
    assert [line.fits_quota for line in sheet.agenda] == [True, True, False]
    assert (sheet.quota.quota_person_months - sheet.quota.used_before) == 150
    for index in (0, 1):
        meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                 scenario.proposal_ids[index])
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert (sheet.quota.approved_here, sheet.quota.left) == (120, 30)
    with pytest.raises(ValidationError) as caught:
        meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                 scenario.proposal_ids[2])
    assert "يتجاوز حصة الإقليم" in caught.value.for_field("status")[0]
    assert "المتبقي 30 شهر عمل" in caught.value.for_field("status")[0]
    third = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[2]
    assert third.decision is None
    assert proposals.get_proposal(scenario.db, scenario.proposal_ids[2]).status is (
        ProposalStatus.ELIGIBLE)


def test_scores_are_checked_against_the_grid(scenario):
    with pytest.raises(ValidationError) as caught:
        meetings.record_scores(scenario.db, scenario.actor, scenario.meeting_id,
                               scenario.proposal_ids[0], {"innovation": Decimal(11)})
    assert caught.value.for_field("innovation") == ["الابتكار: النقطة بين 0 و10."]


def close_scenario(scenario):
    attend(scenario, present=5)
    for index in range(3):
        vote(scenario, index, [F] * 5)
    meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[0])
    meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[1])
    with pytest.raises(ValidationError) as caught:
        meetings.close_meeting(scenario.db, scenario.actor, scenario.meeting_id)
    assert "05.301-2023-064" in caught.value.for_field("decisions")[0]
    meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[2],
                             DecisionChoice(DecisionOutcome.POSTPONED, "استكمال الوثائق"))
    meetings.set_recommendations(scenario.db, scenario.actor, scenario.meeting_id,
                                 ["الإسراع بتوقيع الاتفاقيات", " ", "تتبع الأوراش ميدانيا"])
    meetings.close_meeting(scenario.db, scenario.actor, scenario.meeting_id)


def test_closing_needs_every_decision_then_locks_everything_in_the_services(scenario):
    close_scenario(scenario)
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert sheet.is_closed and sheet.summary.closed_by == scenario.actor.username
    assert sheet.recommendations == ["الإسراع بتوقيع الاتفاقيات", "تتبع الأوراش ميدانيا"]
    member, proposal = scenario.chair.id, scenario.proposal_ids[2]
    attempts = [
        lambda: meetings.record_attendance(scenario.db, scenario.actor, scenario.meeting_id,
                                           member, AttendanceStatus.ABSENT),
        lambda: meetings.record_votes(scenario.db, scenario.actor, scenario.meeting_id,
                                      proposal, {member: A}),
        lambda: meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                         proposal),
        lambda: meetings.cancel_decision(scenario.db, scenario.actor, scenario.meeting_id,
                                         scenario.proposal_ids[0]),
        lambda: meetings.record_scores(scenario.db, scenario.actor, scenario.meeting_id,
                                       proposal, {"innovation": Decimal(1)}),
        lambda: meetings.set_agenda(scenario.db, scenario.actor, scenario.meeting_id, []),
        lambda: meetings.set_recommendations(scenario.db, scenario.actor, scenario.meeting_id,
                                             []),
        lambda: meetings.close_meeting(scenario.db, scenario.actor, scenario.meeting_id),
    ]
    for attempt in attempts:
        with pytest.raises(Locked) as caught:
            attempt()
        assert "الاجتماع مختتم" in caught.value.message
    assert meetings.meeting_sheet(scenario.db, scenario.meeting_id) == sheet


def test_after_closing_the_database_itself_refuses_direct_sql(scenario):
    close_scenario(scenario)
    # Through SQLAlchemy, bypassing the services' checks:
    with pytest.raises(Locked), writing(scenario.db, scenario.actor) as session:
        session.execute(update(VoteRow).where(VoteRow.meeting_id == scenario.meeting_id)
                        .values(choice=VoteChoice.AGAINST))
    path = sqlite_file(scenario.db.url)
    assert path is not None
    raw = sqlite3.connect(path)  # as DB Browser for SQLite would
    try:
        for statement in (
                "UPDATE meeting_votes SET choice = 'against'",
                "DELETE FROM meeting_decisions",
                "UPDATE meetings SET status = 'planned'",
                "DELETE FROM meeting_attendance",
                "INSERT INTO meeting_recommendations (id, created_at, updated_at, meeting_id, "
                "position, text) SELECT 'x', created_at, updated_at, id, 9, 'x' FROM meetings "
                "WHERE status = 'closed'"):
            with pytest.raises(sqlite3.IntegrityError, match="awrach-locked"):
                raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    with scenario.db.session() as session:
        assert session.scalar(select(MeetingRow.status).where(
            MeetingRow.id == scenario.meeting_id)) is MeetingStatus.CLOSED
        assert {v for v in session.scalars(select(VoteRow.choice).where(
            VoteRow.meeting_id == scenario.meeting_id))} == {VoteChoice.FOR}
        assert session.execute(text("SELECT count(*) FROM meeting_decisions")).scalar() == 64


def test_a_correction_is_a_new_linked_decision_at_a_later_meeting(scenario):
    close_scenario(scenario)
    old = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0]
    summary = meetings.save_meeting(scenario.db, scenario.actor, Meeting(
        scenario.chair.committee_id, MeetingKind.SELECTION, date(2023, 9, 20), time(10, 0),
        "مقر عمالة خنيفرة", scenario.chair.id))
    meeting_id = summary.meeting.id
    meetings.set_agenda(scenario.db, scenario.actor, meeting_id, [old.proposal.id])
    for member in scenario.members:
        meetings.record_attendance(scenario.db, scenario.actor, meeting_id, member.id,
                                   AttendanceStatus.PRESENT)
    meetings.record_votes(scenario.db, scenario.actor, meeting_id, old.proposal.id,
                          {m.id: A for m in scenario.voting()})
    with pytest.raises(ValidationError):  # a decision that does not exist
        meetings.record_decision(scenario.db, scenario.actor, meeting_id, old.proposal.id,
                                 DecisionChoice(reason="انسحاب الجمعية",
                                                corrects_decision_id=uuid.uuid4()))
    meetings.record_decision(scenario.db, scenario.actor, meeting_id, old.proposal.id,
                             DecisionChoice(reason="انسحاب الجمعية",
                                            corrects_decision_id=old.decision_id))
    new = meetings.meeting_sheet(scenario.db, meeting_id).agenda[0]
    assert new.decision is DecisionOutcome.REJECTED
    assert new.corrects_decision_id == old.decision_id
    assert proposals.get_proposal(scenario.db, old.proposal.id).status is ProposalStatus.REJECTED
    kept = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0]
    assert (kept.decision_id, kept.decision, kept.votes) == (
        old.decision_id, DecisionOutcome.APPROVED, old.votes)


def test_a_decided_item_cannot_leave_the_agenda(scenario):
    attend(scenario, present=5)
    vote(scenario, 0, [F] * 5)
    meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[0])
    with pytest.raises(Conflict):
        meetings.set_agenda(scenario.db, scenario.actor, scenario.meeting_id,
                            scenario.proposal_ids[1:])
    meetings.cancel_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[0])
    assert proposals.get_proposal(scenario.db, scenario.proposal_ids[0]).status is (
        ProposalStatus.ELIGIBLE)
    meetings.set_agenda(scenario.db, scenario.actor, scenario.meeting_id,
                        scenario.proposal_ids[:0:-1])
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert [line.proposal.id for line in sheet.agenda] == scenario.proposal_ids[:0:-1]


def test_the_grid_of_an_edition_is_read_and_frozen_once_scored(demo_opened):
    from app.domain.meetings import Criterion
    from app.services import committees, programme

    db, actor = demo_opened.db, demo_opened.actor
    edition = programme.find_edition(db, 2023)
    grid = committees.scoring_grid(db, edition.id)
    assert [g.criterion.code for g in grid][:2] == ["public_utility", "field_impact"]
    with pytest.raises(Conflict):  # the demo meeting scored with it
        committees.save_scoring_grid(db, actor, edition.id,
                                     [Criterion("impact", "الوقع", Decimal(1))])
    first = programme.find_edition(db, 2022)
    saved = committees.save_scoring_grid(db, actor, first.id,
                                         [Criterion("impact", "الوقع", Decimal(2))])
    assert [(g.criterion.code, g.criterion.weight) for g in saved] == [("impact", Decimal(2))]


def test_a_member_who_leaves_keeps_the_votes_of_decided_items(scenario):
    attend(scenario, present=5)
    vote(scenario, 0, [F] * 5)
    vote(scenario, 1, [F] * 5)
    meetings.record_decision(scenario.db, scenario.actor, scenario.meeting_id,
                             scenario.proposal_ids[0])
    leaving = scenario.voting()[4]
    meetings.record_attendance(scenario.db, scenario.actor, scenario.meeting_id, leaving.id,
                               "absent")
    sheet = meetings.meeting_sheet(scenario.db, scenario.meeting_id)
    assert leaving.id in sheet.agenda[0].votes and leaving.id not in sheet.agenda[1].votes
    with pytest.raises(ValidationError):
        meetings.record_attendance(scenario.db, scenario.actor, scenario.meeting_id,
                                   leaving.id, "represented")


def test_a_decided_proposal_can_be_examined_again_and_the_link_is_made_by_itself(scenario):
    close_scenario(scenario)
    first = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0]
    summary = meetings.save_meeting(scenario.db, scenario.actor, Meeting(
        scenario.chair.committee_id, MeetingKind.SELECTION, date(2023, 10, 5), time(10, 0),
        "مقر عمالة خنيفرة", scenario.chair.id))
    candidates = meetings.candidate_proposals(scenario.db, summary.meeting.id)
    # The postponed one first (eligible), then those decided at closed meetings.
    assert [c.status for c in candidates[:2]] == [ProposalStatus.ELIGIBLE,
                                                  ProposalStatus.SELECTED]
    assert first.proposal.id in [c.id for c in candidates]
    assert len(candidates) == 1 + 61 + 2
    meetings.set_agenda(scenario.db, scenario.actor, summary.meeting.id, [first.proposal.id])
    for member in scenario.members:
        meetings.record_attendance(scenario.db, scenario.actor, summary.meeting.id, member.id,
                                   AttendanceStatus.PRESENT)
    meetings.record_votes(scenario.db, scenario.actor, summary.meeting.id, first.proposal.id,
                          {m.id: A for m in scenario.voting()})
    meetings.record_decision(scenario.db, scenario.actor, summary.meeting.id,
                             first.proposal.id, DecisionChoice(reason="انسحاب الجمعية"))
    again = meetings.meeting_sheet(scenario.db, summary.meeting.id).agenda[0]
    assert again.corrects_decision_id == first.decision_id
