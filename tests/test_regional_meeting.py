"""A regional committee's meeting on the live meeting machinery: grant applications as the
agenda, attendance and quorum, votes and decisions under the region's allocation, the
closing that locks it, and its Arabic minutes frozen at closing and verifiable."""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.enums import AttendanceStatus, DecisionOutcome, MeetingStatus, VoteChoice
from app.domain.meetings import DecisionChoice
from app.errors import Locked, ValidationError
from app.services import grant_agreements, grants, meeting_documents, meetings, printed
from tests.regional_scenario import regional_meeting
from tests.test_documents_text import normalised, poppler


@pytest.fixture
def regional(opened):
    return regional_meeting(opened)


def _attend(r, absent: int | None = None) -> None:
    db, actor = r.opened.db, r.opened.actor
    for n, member in enumerate(r.members):
        status = AttendanceStatus.ABSENT if n == absent else AttendanceStatus.PRESENT
        meetings.record_attendance(db, actor, r.meeting_id, member, status)


def _vote(r, application, choice: VoteChoice) -> None:
    meetings.record_votes(r.opened.db, r.opened.actor, r.meeting_id, application,
                          {m: choice for m in r.members[:4]})


def test_a_regional_meeting_takes_grant_applications_as_its_agenda(regional):
    r = regional
    db, actor = r.opened.db, r.opened.actor
    candidates = meetings.candidate_proposals(db, r.meeting_id)
    assert [c.reference for c in candidates] == ["BMK-T-2023/001", "BMK-T-2023/002"]
    assert candidates[0].holder == "شركة الأطلس للبناء" and candidates[0].beneficiaries == 10
    meetings.set_agenda(db, actor, r.meeting_id, [r.small, r.large])
    sheet = meetings.meeting_sheet(db, r.meeting_id)
    assert [line.proposal.reference for line in sheet.agenda] == [
        "BMK-T-2023/001", "BMK-T-2023/002"]
    # 10 hires × 9 months × 1.500 DH.
    assert sheet.agenda[0].proposal.grant_amount == Decimal("135000.00")
    assert sheet.allocation is not None and sheet.allocation.hires == 30
    assert sheet.quota.quota_person_months is None  # no province quota on a regional meeting
    assert meetings.candidate_proposals(db, r.meeting_id) == []
    assert meetings.get_meeting(db, r.meeting_id).agenda_items == 2


def test_votes_need_the_quorum_and_decisions_follow_the_allocation(regional):
    r = regional
    db, actor = r.opened.db, r.opened.actor
    meetings.set_agenda(db, actor, r.meeting_id, [r.small, r.large])
    with pytest.raises(ValidationError, match="النصاب"):
        _vote(r, r.small, VoteChoice.FOR)
    _attend(r, absent=4)
    _vote(r, r.small, VoteChoice.FOR)
    assert meetings.record_decision(db, actor, r.meeting_id, r.small) is DecisionOutcome.APPROVED
    assert grants.get_application(db, r.small).status.value == "approved"
    # Scored like worksites; down the ranking, 25 hires do not fit in the 20 left.
    meetings.record_scores(db, actor, r.meeting_id, r.small, {"public_utility": Decimal(9)})
    meetings.record_scores(db, actor, r.meeting_id, r.large, {"public_utility": Decimal(5)})
    _vote(r, r.large, VoteChoice.FOR)
    sheet = meetings.meeting_sheet(db, r.meeting_id)
    assert sheet.allocation is not None and sheet.allocation.left == 20
    assert [sheet.line(r.small).rank, sheet.line(r.large).rank] == [1, 2]
    assert sheet.line(r.small).fits_quota and not sheet.line(r.large).fits_quota
    # The approval is refused with the allocation's own rule.
    with pytest.raises(ValidationError, match="حصة الجهة"):
        meetings.record_decision(db, actor, r.meeting_id, r.large)
    assert grants.get_application(db, r.large).status.value == "received"
    _vote(r, r.large, VoteChoice.AGAINST)
    assert meetings.record_decision(db, actor, r.meeting_id, r.large, DecisionChoice(
        reason="يتجاوز ما تبقى من حصة الجهة")) is DecisionOutcome.REJECTED
    assert grants.get_application(db, r.large).status.value == "rejected"
    # A slip of the hand is undone while the meeting is open.
    meetings.cancel_decision(db, actor, r.meeting_id, r.large)
    assert grants.get_application(db, r.large).status.value == "received"
    meetings.record_decision(db, actor, r.meeting_id, r.large, DecisionChoice(
        DecisionOutcome.POSTPONED, "ملف ناقص"))
    assert grants.get_application(db, r.large).status.value == "received"
    # The approved application leads to a grant agreement, as before.
    assert r.small in [a for a, _, _ in grant_agreements.applications_without_agreement(db)]


def _held_and_closed(r) -> None:
    db, actor = r.opened.db, r.opened.actor
    meetings.set_agenda(db, actor, r.meeting_id, [r.small, r.large])
    _attend(r, absent=4)
    meetings.record_scores(db, actor, r.meeting_id, r.small, {"public_utility": Decimal(9)})
    _vote(r, r.small, VoteChoice.FOR)
    meetings.record_decision(db, actor, r.meeting_id, r.small)
    _vote(r, r.large, VoteChoice.AGAINST)
    meetings.record_decision(db, actor, r.meeting_id, r.large,
                             DecisionChoice(reason="يتجاوز ما تبقى من حصة الجهة"))
    meetings.set_recommendations(db, actor, r.meeting_id, ["تسريع توقيع الاتفاقيات"])
    meetings.close_meeting(db, actor, r.meeting_id)


def test_closing_needs_every_decision_then_locks_the_rows(regional):
    r = regional
    db, actor = r.opened.db, r.opened.actor
    meetings.set_agenda(db, actor, r.meeting_id, [r.small])
    _attend(r)
    with pytest.raises(ValidationError, match="BMK-T-2023/001"):
        meetings.close_meeting(db, actor, r.meeting_id)
    meetings.set_agenda(db, actor, r.meeting_id, [])
    _held_and_closed(r)
    assert meetings.get_meeting(db, r.meeting_id).status is MeetingStatus.CLOSED
    with pytest.raises(Locked):
        meetings.record_votes(db, actor, r.meeting_id, r.small, {r.members[0]: None})
    path = Path(db.engine.url.database or "")
    for statement in ("UPDATE grant_votes SET choice = 'against' WHERE meeting_id = ?",
                      "DELETE FROM grant_agenda WHERE meeting_id = ?",
                      "UPDATE grant_scores SET value = 1 WHERE meeting_id = ?",
                      "UPDATE grant_decisions SET approved = 0 WHERE meeting_id = ?",
                      "DELETE FROM meeting_attendance WHERE meeting_id = ?"):
        with sqlite3.connect(path) as raw, pytest.raises(sqlite3.IntegrityError,
                                                         match="meeting closed"):
            raw.execute(statement, (r.meeting_id.hex,))
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.IntegrityError,
                                                     match="meeting closed"):
        raw.execute("INSERT INTO grant_votes (meeting_id, application_id, member_id, choice, "
                    "id, created_at, updated_at) VALUES (?, ?, ?, 'for', ?, '', '')",
                    (r.meeting_id.hex, r.large.hex, r.members[4].hex, r.small.hex))


def test_the_regional_minutes_are_arabic_frozen_and_verifiable(regional, tmp_path):
    r = regional
    db, actor = r.opened.db, r.opened.actor
    _held_and_closed(r)
    pdf = meeting_documents.minutes_pdf(db, actor, r.meeting_id)
    file = tmp_path / "mahdar.pdf"
    file.write_bytes(pdf)
    text = " ".join(normalised(poppler("pdftotext", str(file), "-")).split())
    for expected in ("والي جهة بني ملال-خنيفرة", "ولاية جهة بني ملال-خنيفرة",
                     "BMK-T-2023/001", "شركة الأطلس للبناء", "تعاونية تادلة للحليب",
                     "135.000,00", "مقبول", "مرفوض", "حصة الجهة", "النصاب",
                     "تسريع توقيع الاتفاقيات", "رئيس مجلس الجهة"):
        assert expected in text, expected
    for province_wording in ("الحصة المخصصة للإقليم", "المجلس الإقليمي", "أشهر العمل",
                             "عمالة إقليم"):
        assert province_wording not in text, province_wording
    result = printed.verify_pdf(db, pdf)
    assert result.matches and result.current
    # The minutes were frozen at closing: a member renamed later does not change them.
    from app.domain.meetings import Member
    from app.services import committees
    member = [m for m in committees.list_members(db, r.committee_id)
              if m.id == r.members[1]][0]
    committees.save_member(db, actor, Member(member.committee_id, "اسم جديد",
                                             member.function, member.organisation,
                                             member.is_voting, member.position, member.id,
                                             member.row_version))
    again = meeting_documents.minutes_pdf(db, actor, r.meeting_id)
    assert again == pdf
    assert printed.verify_pdf(db, again).current
    # `awrach grants minutes` prints the same paper.
    assert grants.minutes_pdf(db, actor, r.meeting_id) == pdf


def test_the_demo_region_holds_a_closed_meeting_with_attendance_and_votes(demo_opened,
                                                                          tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    [committee_id] = [c for c, _, _ in grants.regional_committees(db)]
    [meeting] = meetings.list_meetings(db, committee_id)
    assert meeting.is_closed and meeting.agenda_items == 10 and meeting.decided == 10
    sheet = meetings.meeting_sheet(db, meeting.meeting.id)
    assert sheet.quorum.met and sheet.summary.chair_name == "والي جهة بني ملال-خنيفرة"
    assert all(line.votes for line in sheet.agenda)
    outcomes = [line.decision for line in sheet.agenda]
    assert outcomes.count(DecisionOutcome.APPROVED) == 9
    assert outcomes.count(DecisionOutcome.REJECTED) == 1
    assert sheet.allocation is not None and sheet.allocation.approved_here > 0
    pdf = meeting_documents.minutes_pdf(db, actor, meeting.meeting.id)
    (tmp_path / "demo.pdf").write_bytes(pdf)
    text = " ".join(normalised(poppler("pdftotext", str(tmp_path / "demo.pdf"), "-")).split())
    assert "BMK-MST-2023/010" in text and "رئيس مصلحة التشغيل بالمديرية الجهوية" in text
    assert printed.verify_pdf(db, pdf).current


def test_the_regional_meetings_history_takes_in_its_grant_votes(demo_opened):
    from app.services import audit_log

    db = demo_opened.db
    [committee_id] = [c for c, _, _ in grants.regional_committees(db)]
    [meeting] = meetings.list_meetings(db, committee_id)
    kinds = {e.entity for e in audit_log.record_history(db, "meetings", meeting.meeting.id)}
    assert {"meetings", "grant_agenda", "grant_votes", "grant_decisions",
            "meeting_attendance", "meeting_recommendations"} <= kinds


def test_the_minutes_command_prints_a_regional_meeting(tmp_path, capsys, monkeypatch):
    from app.cli import main
    from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    monkeypatch.setenv("AWRACH_USER", DEMO_ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "mahdar.pdf"
    assert main(["print", "minutes", "--db", db, "--meeting", "2023-04-20", "--out",
                 str(out)]) == 0
    text = " ".join(normalised(poppler("pdftotext", str(out), "-")).split())
    assert "منحة دعم التشغيل" in text and "BMK-MST-2023/001" in text
    capsys.readouterr()
    assert main(["verify", "--db", db, str(out)]) == 0
    assert "مطابق" in capsys.readouterr().out


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("AWRACH_TEST_PG_URL"),
                    reason="AWRACH_TEST_PG_URL is not set")
def test_postgres_refuses_changes_to_a_closed_regional_meeting(pg_url):
    from sqlalchemy import text

    from app.services.startup import open_database
    from app.services.unit_of_work import writing
    from tests.conftest import sign_in_admin

    opened = sign_in_admin(open_database(pg_url))
    r = regional_meeting(opened)
    _held_and_closed(r)
    db, actor = opened.db, opened.actor
    for statement in ("UPDATE grant_votes SET choice = 'against'",
                      "DELETE FROM grant_agenda", "UPDATE grant_scores SET value = 1",
                      "UPDATE grant_decisions SET approved = false"):
        with pytest.raises(Locked), writing(db, actor) as session:
            session.execute(text(statement))
    assert meetings.get_meeting(db, r.meeting_id).is_closed
    db.dispose()
