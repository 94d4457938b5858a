"""Committee meetings: agenda, attendance, scores, votes, decisions, recommendations, closing.

Every write first checks that the meeting is still open; the database refuses the same
writes on its own (migration 0005), so a closed meeting stays as it was closed even if
the file is edited by another tool. A decision selects or rejects its proposal in the same
transaction, through the proposals service, so the quota and eligibility rules are the
ones the proposals screen applies.

A regional committee's meeting takes grant applications as its agenda instead
(`app.services.grant_meeting`): the same attendance, quorum, scores, votes, decision rule
and closing, over the rows of `grant_agenda`, `grant_scores`, `grant_votes` and
`grant_decisions`; the region's allocation stands where a province's quota stands. The
functions below keep the name `proposal_id` for an agenda item's id, whichever it is.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from app.domain.enums import (
    AttendanceStatus,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    ProposalStatus,
    VoteChoice,
)
from app.domain.meetings import (
    COUNTED_PRESENT,
    Committee,
    DecisionChoice,
    Meeting,
    Member,
    Ranked,
    VoteCount,
    check_decision,
    check_quorum,
    check_scores,
    count_votes,
    decide,
    fits_in_rank_order,
    present_voting,
    validate_attendance,
    validate_meeting,
    weighted_total,
)
from app.domain.programme import edition_title
from app.domain.roles import Permission
from app.domain.rules import RuleCheck
from app.errors import Conflict, FieldError, Locked, NotFound, ValidationError
from app.language import tr
from app.services import audit_chain, changes, grant_meeting, versions
from app.services import proposals as proposals_service
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.changes import Kind
from app.services.committees import (
    GridCriterion,
    _committee,
    _ensure_grid,
    default_grid,
    grid_from_rows,
)
from app.services.grant_meeting import AllocationState, GrantBrief
from app.services.unit_of_work import LOCK_MESSAGES, reading, writing
from app.storage.database import Database
from app.storage.models import (
    AgendaItemRow,
    AttendanceRow,
    CommitteeRow,
    CommuneRow,
    DecisionRow,
    EditionRow,
    GrantAgendaRow,
    GrantApplicationRow,
    GrantDecisionRow,
    GrantScoreRow,
    GrantVoteRow,
    MeetingRow,
    MemberRow,
    PartnerRow,
    ProposalRow,
    RecommendationRow,
    ScoreRow,
    ScoringCriterionRow,
    VoteRow,
    proposal_communes,
)

CLOSED = LOCK_MESSAGES["meeting closed"]


@dataclass(frozen=True)
class _Tables:
    """Where a meeting keeps its agenda, scores and votes, and the column naming the item."""

    agenda: Any
    scores: Any
    votes: Any
    key: str
    grant: bool


_PROPOSALS = _Tables(AgendaItemRow, ScoreRow, VoteRow, "proposal_id", False)
_APPLICATIONS = _Tables(GrantAgendaRow, GrantScoreRow, GrantVoteRow, "application_id", True)


def _tables(session: Session, meeting: MeetingRow) -> _Tables:
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None  # a foreign key
    return _APPLICATIONS if grant_meeting.is_regional(committee) else _PROPOSALS


def _item(tables: _Tables, model: Any) -> Any:
    """The column of `model` naming the agenda item (a proposal or an application)."""
    return getattr(model, tables.key)


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting
    status: MeetingStatus
    committee_name: str
    edition_id: uuid.UUID
    edition_title: str
    chair_name: str
    agenda_items: int
    decided: int
    closed_at: datetime | None
    closed_by: str | None

    @property
    def is_closed(self) -> bool:
        return self.status is MeetingStatus.CLOSED


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(row.committee_id, row.kind, row.held_on, row.starts_at, row.place,
                   row.chair_member_id, row.participating_bodies, row.id,
                   row_version=row.row_version)


def list_meetings(db: Database, committee_id: uuid.UUID | None = None,
                  edition_id: uuid.UUID | None = None) -> list[MeetingSummary]:
    where = []
    if committee_id is not None:
        where.append(MeetingRow.committee_id == committee_id)
    if edition_id is not None:
        where.append(CommitteeRow.edition_id == edition_id)
    return _summaries(db, *where)


def _summaries(db: Database, *where: ColumnElement[bool]) -> list[MeetingSummary]:
    with reading(db) as session:
        return summaries_in(session, *where)


def summaries_in(session: Session, *where: ColumnElement[bool]) -> list[MeetingSummary]:
    """The meetings as listed, inside a caller's unit of work."""
    agenda = (select(func.count(AgendaItemRow.id))
              .where(AgendaItemRow.meeting_id == MeetingRow.id).scalar_subquery()
              + select(func.count(GrantAgendaRow.id))
              .where(GrantAgendaRow.meeting_id == MeetingRow.id).scalar_subquery())
    decided = (select(func.count(DecisionRow.id))
               .where(DecisionRow.meeting_id == MeetingRow.id).scalar_subquery()
               + select(func.count(GrantDecisionRow.id))
               .where(GrantDecisionRow.meeting_id == MeetingRow.id).scalar_subquery())
    query = (select(MeetingRow, CommitteeRow, EditionRow, MemberRow.full_name, agenda, decided)
             .join(CommitteeRow, MeetingRow.committee_id == CommitteeRow.id)
             .join(EditionRow, CommitteeRow.edition_id == EditionRow.id)
             .outerjoin(MemberRow, MeetingRow.chair_member_id == MemberRow.id)
             .where(*where).order_by(MeetingRow.held_on.desc(), MeetingRow.starts_at.desc()))
    return [MeetingSummary(_meeting(m), m.status, c.name_ar, e.id,
                           edition_title(e.number, e.year), chair or "", int(a), int(d),
                           m.closed_at, m.closed_by)
            for m, c, e, chair, a, d in session.execute(query)]


def get_meeting(db: Database, meeting_id: uuid.UUID) -> MeetingSummary:
    found = _summaries(db, MeetingRow.id == meeting_id)
    if not found:
        raise NotFound(tr("الاجتماع غير موجود."))
    return found[0]


def _open(session: Session, meeting_id: uuid.UUID) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise NotFound(tr("الاجتماع غير موجود."))
    if row.status is MeetingStatus.CLOSED:
        raise Locked(tr(CLOSED))
    return row


@requires(Permission.MEETINGS)
def save_meeting(db: Database, actor: Actor, meeting: Meeting) -> MeetingSummary:
    with writing(db, actor) as session:
        chair_ok = meeting.chair_member_id is None or session.scalar(
            select(func.count(MemberRow.id)).where(
                MemberRow.id == meeting.chair_member_id,
                MemberRow.committee_id == meeting.committee_id)) == 1
        validate_meeting(meeting, bool(chair_ok))
        if session.get(CommitteeRow, meeting.committee_id) is None:
            raise NotFound(tr("اللجنة غير موجودة."))
        if meeting.id is None:
            row = MeetingRow(status=MeetingStatus.PLANNED)
        else:
            row = _open(session, meeting.id)
            versions.check(session, row, meeting.row_version)
        assert meeting.committee_id is not None and meeting.held_on is not None
        row.committee_id, row.kind, row.held_on = (meeting.committee_id, meeting.kind,
                                                   meeting.held_on)
        row.starts_at, row.place = meeting.starts_at, meeting.place.strip()
        row.chair_member_id = meeting.chair_member_id
        row.participating_bodies = meeting.participating_bodies.strip()
        session.add(row)
        session.flush()
        meeting_id = row.id
    return get_meeting(db, meeting_id)


# -- agenda ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalBrief:
    id: uuid.UUID
    reference: str
    title_ar: str
    holder: str
    communes: str
    beneficiaries: int
    duration_months: int
    status: ProposalStatus

    @property
    def person_months(self) -> int:
        return self.beneficiaries * self.duration_months


def _committee_scope(session: Session, meeting: MeetingRow) -> tuple[CommitteeRow, EditionRow]:
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None
    edition = session.get(EditionRow, committee.edition_id)
    assert edition is not None
    return committee, edition


def _briefs(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, ProposalBrief]:
    if not ids:
        return {}
    communes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for proposal_id, name in session.execute(
            select(proposal_communes.c.proposal_id, CommuneRow.name_ar)
            .join(CommuneRow, CommuneRow.id == proposal_communes.c.commune_id)
            .where(proposal_communes.c.proposal_id.in_(ids)).order_by(CommuneRow.name_ar)):
        communes[proposal_id].append(name)
    rows = session.execute(select(ProposalRow, PartnerRow.name_ar)
                           .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id)
                           .where(ProposalRow.id.in_(ids)))
    return {p.id: ProposalBrief(p.id, p.reference, p.title_ar, holder,
                                "، ".join(communes[p.id]), p.beneficiaries, p.duration_months,
                                p.status)
            for p, holder in rows}


def candidate_proposals(db: Database, meeting_id: uuid.UUID
                        ) -> list[ProposalBrief] | list[GrantBrief]:
    """What this meeting may examine, not yet on its agenda: eligible proposals of the
    committee's edition and territory, then those decided at a closed meeting (examining
    one again is how a decision is corrected). A regional meeting's: the grant applications
    of its region and edition waiting for a decision."""
    with reading(db) as session:
        meeting = session.get(MeetingRow, meeting_id)
        if meeting is None:
            raise NotFound(tr("الاجتماع غير موجود."))
        committee, _ = _committee_scope(session, meeting)
        if grant_meeting.is_regional(committee):
            on_agenda = list(session.scalars(select(GrantAgendaRow.application_id).where(
                GrantAgendaRow.meeting_id == meeting_id)))
            return grant_meeting.candidates(session, meeting, committee, on_agenda)
        decided_before = (select(DecisionRow.proposal_id)
                          .join(MeetingRow, DecisionRow.meeting_id == MeetingRow.id)
                          .where(MeetingRow.status == MeetingStatus.CLOSED))
        query = select(ProposalRow.id).where(
            ProposalRow.edition_id == committee.edition_id,
            (ProposalRow.status == ProposalStatus.ELIGIBLE)
            | (ProposalRow.status.in_([ProposalStatus.SELECTED, ProposalStatus.REJECTED])
               & ProposalRow.id.in_(decided_before)),
            ProposalRow.id.not_in(select(AgendaItemRow.proposal_id)
                                  .where(AgendaItemRow.meeting_id == meeting_id)))
        if committee.province_id is not None:
            query = query.where(ProposalRow.province_id == committee.province_id)
        briefs = _briefs(session, list(session.scalars(query)))
        return sorted(briefs.values(), key=lambda b: (
            b.status is not ProposalStatus.ELIGIBLE, b.reference))


@requires(Permission.MEETINGS)
def set_agenda(db: Database, actor: Actor, meeting_id: uuid.UUID,
               proposal_ids: list[uuid.UUID]) -> None:
    """The proposals examined, in this order. An item already decided cannot be dropped;
    the scores and votes of a dropped item go with it."""
    if len(set(proposal_ids)) != len(proposal_ids):
        raise ValidationError(FieldError("agenda", tr("جدول الأعمال: مشروع مكرر.")))
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        if proposal_ids and meeting.kind is not MeetingKind.SELECTION:
            raise ValidationError(FieldError(
                "agenda",
                tr("جدول الأعمال: دراسة المشاريع والتصويت عليها تكون في اجتماع الانتقاء.")))
        t = _tables(session, meeting)
        items = {_item(t, a): a for a in session.scalars(
            select(t.agenda).where(t.agenda.meeting_id == meeting_id))}
        dropped = [p for p in items if p not in proposal_ids]
        if _decided_items(session, t, meeting_id) & set(dropped):
            raise Conflict(tr("جدول الأعمال: لا يمكن سحب مشروع سبق البت فيه؛ ألغ القرار أولا."))
        for model in (t.scores, t.votes):
            session.execute(delete(model).where(model.meeting_id == meeting_id,
                                                _item(t, model).in_(dropped)))
        for proposal_id in dropped:
            session.delete(items.pop(proposal_id))
        session.flush()
        committee, _ = _committee_scope(session, meeting)
        for position, proposal_id in enumerate(proposal_ids, start=1):
            item = items.get(proposal_id)
            if item is None:
                if t.grant:
                    grant_meeting.check_on_agenda(session, committee, proposal_id)
                elif session.get(ProposalRow, proposal_id) is None:
                    raise NotFound(tr("المشروع المقترح غير موجود."))
                session.add(t.agenda(meeting_id=meeting_id, position=position,
                                     **{t.key: proposal_id}))
            else:
                item.position = position


def _decided_items(session: Session, t: _Tables, meeting_id: uuid.UUID) -> set[uuid.UUID]:
    if t.grant:
        return set(grant_meeting.decisions(session, meeting_id))
    return set(session.scalars(select(DecisionRow.proposal_id)
                               .where(DecisionRow.meeting_id == meeting_id)))


# -- attendance, scores, votes -----------------------------------------------------------


def _member_of(session: Session, meeting: MeetingRow, member_id: uuid.UUID) -> MemberRow:
    member = session.get(MemberRow, member_id)
    if member is None or member.committee_id != meeting.committee_id:
        raise NotFound(tr("العضو غير موجود في هذه اللجنة."))
    return member


@requires(Permission.MEETINGS)
def record_attendance(db: Database, actor: Actor, meeting_id: uuid.UUID, member_id: uuid.UUID,
                      status: AttendanceStatus, represented_by: str = "") -> None:
    status = AttendanceStatus(status)  # a plain string from a form must not slip past `is`
    validate_attendance(status, represented_by)
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        _member_of(session, meeting, member_id)
        row = session.scalars(select(AttendanceRow).where(
            AttendanceRow.meeting_id == meeting_id, AttendanceRow.member_id == member_id)
        ).first() or AttendanceRow(meeting_id=meeting_id, member_id=member_id)
        row.status = status
        row.represented_by = represented_by.strip() if status is AttendanceStatus.REPRESENTED \
            else ""
        session.add(row)
        session.flush()
        if status not in COUNTED_PRESENT:
            # Someone who left the room no longer votes on what is still open; the votes
            # behind decisions already recorded stay as they were cast.
            t = _tables(session, meeting)
            decided = _decided_items(session, t, meeting_id)
            session.execute(delete(t.votes).where(t.votes.meeting_id == meeting_id,
                                                  t.votes.member_id == member_id,
                                                  _item(t, t.votes).not_in(list(decided))))
            changes.note(session, Kind.MEETING, [meeting_id])


def _on_agenda(session: Session, meeting_id: uuid.UUID, proposal_id: uuid.UUID) -> None:
    meeting = session.get(MeetingRow, meeting_id)
    assert meeting is not None
    t = _tables(session, meeting)
    if not session.scalar(select(func.count(t.agenda.id)).where(
            t.agenda.meeting_id == meeting_id, _item(t, t.agenda) == proposal_id)):
        raise ValidationError(FieldError("agenda", tr("المشروع ليس في جدول أعمال هذا الاجتماع.")))


@requires(Permission.MEETINGS)
def record_scores(db: Database, actor: Actor, meeting_id: uuid.UUID, proposal_id: uuid.UUID,
                  scores: dict[str, Decimal | None]) -> None:
    """Scores by criterion code; None clears a score."""
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        _on_agenda(session, meeting_id, proposal_id)
        committee, _ = _committee_scope(session, meeting)
        rows = _ensure_grid(session, committee.edition_id)
        by_code = {r.code: r for r in rows}
        unknown = [code for code in scores if code not in by_code]
        if unknown:
            raise ValidationError(FieldError("scores", tr("معيار غير موجود في شبكة التنقيط: ")
                                             + tr("، ").join(unknown)))
        criteria = [c.criterion for c in grid_from_rows(rows)]
        check_scores({k: v for k, v in scores.items() if v is not None}, criteria)
        _set_per_item(session, _tables(session, meeting), "scores", "criterion_id", "value",
                      meeting_id, proposal_id,
                      {by_code[code].id: value for code, value in scores.items()})


def _set_per_item(session: Session, t: _Tables, which: str, key: str,
                  column: str, meeting_id: uuid.UUID, proposal_id: uuid.UUID,
                  values: dict[uuid.UUID, object]) -> None:
    """Scores by criterion or votes by member of one agenda item: None removes one."""
    model = getattr(t, which)
    existing = {getattr(r, key): r for r in session.scalars(select(model).where(
        model.meeting_id == meeting_id, _item(t, model) == proposal_id))}
    for item, value in values.items():
        row = existing.get(item)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(model(meeting_id=meeting_id, **{t.key: proposal_id, key: item,
                                                        column: value}))
        else:
            setattr(row, column, value)


def _quorum_state(session: Session, meeting: MeetingRow) -> tuple[int, int, int, bool]:
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None
    rule = _committee(committee).quorum
    members = list(session.scalars(select(MemberRow)
                                   .where(MemberRow.committee_id == meeting.committee_id)))
    statuses = dict(session.execute(select(AttendanceRow.member_id, AttendanceRow.status).where(
        AttendanceRow.meeting_id == meeting.id)).all())
    voting = sum(1 for m in members if m.is_voting)
    present = present_voting((m.is_voting, statuses.get(m.id, AttendanceStatus.ABSENT))
                             for m in members)
    return voting, present, rule.required(voting), rule.is_met(voting, present)


def _require_quorum(session: Session, meeting: MeetingRow) -> None:
    if meeting.kind is not MeetingKind.SELECTION:
        raise ValidationError(FieldError(
            "votes", tr("التصويت والقرارات تكون في اجتماع الانتقاء، لا في اللقاءات التواصلية "
                        "والتشاورية.")))
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None
    voting, present, _, _ = _quorum_state(session, meeting)
    check_quorum(_committee(committee).quorum, voting, present)


@requires(Permission.MEETINGS)
def record_votes(db: Database, actor: Actor, meeting_id: uuid.UUID, proposal_id: uuid.UUID,
                 votes: dict[uuid.UUID, VoteChoice | None]) -> None:
    """Votes of present voting members; None withdraws a member's vote."""
    votes = {member: None if choice is None else VoteChoice(choice)
             for member, choice in votes.items()}
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        _on_agenda(session, meeting_id, proposal_id)
        _require_quorum(session, meeting)
        t = _tables(session, meeting)
        if proposal_id in _decided_items(session, t, meeting_id):
            raise Conflict(tr("صدر قرار في هذا المشروع؛ ألغ القرار قبل تغيير الأصوات."))
        statuses = dict(session.execute(select(AttendanceRow.member_id, AttendanceRow.status)
                                        .where(AttendanceRow.meeting_id == meeting_id)).all())
        check = RuleCheck()
        for member_id in votes:
            member = _member_of(session, meeting, member_id)
            check.require(member.is_voting, "votes",
                          tr("{member.full_name}: عضو استشاري لا يصوت.")
                             .format(member=member), "vote.advisory")
            check.require(statuses.get(member_id) in COUNTED_PRESENT, "votes",
                          tr("{member.full_name}: غير مسجل حاضرا، فلا يصوت.")
                             .format(member=member), "vote.present")
        check.raise_if_failed()
        _set_per_item(session, t, "votes", "member_id", "choice", meeting_id, proposal_id,
                      dict(votes))


def _voted_outcome(session: Session, meeting: MeetingRow, proposal_id: uuid.UUID
                   ) -> tuple[VoteCount, DecisionOutcome | None]:
    t = _tables(session, meeting)
    votes: dict[uuid.UUID, VoteChoice] = dict(session.execute(select(
        t.votes.member_id, t.votes.choice).where(
        t.votes.meeting_id == meeting.id, _item(t, t.votes) == proposal_id)).all())
    count = count_votes(votes.values())
    if not votes:
        return count, None
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None
    chair = votes.get(meeting.chair_member_id) if meeting.chair_member_id else None
    return count, decide(count, chair, committee.chair_casting_vote)


# -- decisions ---------------------------------------------------------------------------

_STATUS_FOR = {DecisionOutcome.APPROVED: ProposalStatus.SELECTED,
               DecisionOutcome.REJECTED: ProposalStatus.REJECTED}


def _reopen_proposal(session: Session, proposal_id: uuid.UUID) -> None:
    """Back to 'eligible' before a new decision applies its own status."""
    row = session.get(ProposalRow, proposal_id)
    assert row is not None
    if row.status in (ProposalStatus.SELECTED, ProposalStatus.REJECTED):
        proposals_service.apply_status(session, proposal_id, ProposalStatus.ELIGIBLE)


@requires(Permission.MEETINGS)
def record_decision(db: Database, actor: Actor, meeting_id: uuid.UUID, proposal_id: uuid.UUID,
                    choice: DecisionChoice = DecisionChoice()) -> DecisionOutcome:  # noqa: B008
    """Record what the votes decided (or a postponement) and select or reject the proposal.

    An approval that would take the province past its quota is refused with the quota's
    own message; so is anything without quorum.
    """
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        _on_agenda(session, meeting_id, proposal_id)
        _require_quorum(session, meeting)
        _, voted = _voted_outcome(session, meeting, proposal_id)
        outcome = check_decision(choice, voted)
        if _tables(session, meeting).grant:
            grant_meeting.decide(session, meeting, proposal_id, outcome, choice.reason,
                                 choice.conditions)
            return outcome
        corrected = _corrected(session, meeting, proposal_id, choice.corrects_decision_id
                               or _last_closed_decision(session, meeting, proposal_id))
        row = session.scalars(select(DecisionRow).where(
            DecisionRow.meeting_id == meeting_id, DecisionRow.proposal_id == proposal_id)
        ).first()
        if row is not None or corrected is not None:
            _reopen_proposal(session, proposal_id)
        target = _STATUS_FOR.get(outcome)
        if target is not None:
            reason = choice.reason.strip() or ("قرار اللجنة" if outcome is
                                               DecisionOutcome.REJECTED else "")
            proposals_service.apply_status(session, proposal_id, target, reason)
        row = row or DecisionRow(meeting_id=meeting_id, proposal_id=proposal_id)
        row.outcome, row.reason, row.conditions = (outcome, choice.reason.strip(),
                                                   choice.conditions.strip())
        row.corrects_decision_id = corrected
        session.add(row)
    return outcome


def _last_closed_decision(session: Session, meeting: MeetingRow, proposal_id: uuid.UUID
                          ) -> uuid.UUID | None:
    """The decision a new one corrects when the proposal was decided at an earlier, closed
    meeting: the link is made even if the secretary does not name it."""
    return session.scalars(
        select(DecisionRow.id).join(MeetingRow, DecisionRow.meeting_id == MeetingRow.id)
        .where(DecisionRow.proposal_id == proposal_id, MeetingRow.status == MeetingStatus.CLOSED,
               MeetingRow.id != meeting.id, MeetingRow.held_on <= meeting.held_on)
        .order_by(MeetingRow.held_on.desc(), DecisionRow.created_at.desc())).first()


def _corrected(session: Session, meeting: MeetingRow, proposal_id: uuid.UUID,
               decision_id: uuid.UUID | None) -> uuid.UUID | None:
    if decision_id is None:
        return None
    old = session.get(DecisionRow, decision_id)
    old_meeting = session.get(MeetingRow, old.meeting_id) if old else None
    if old is None or old_meeting is None or old.proposal_id != proposal_id:
        raise ValidationError(FieldError("corrects_decision_id",
                                         tr("القرار المصحح لا يخص هذا المشروع.")))
    if old_meeting.status is not MeetingStatus.CLOSED or old_meeting.held_on > meeting.held_on:
        raise ValidationError(FieldError(
            "corrects_decision_id", tr("التصحيح يكون في اجتماع لاحق لاجتماع مختتم.")))
    return decision_id


@requires(Permission.MEETINGS)
def cancel_decision(db: Database, actor: Actor, meeting_id: uuid.UUID,
                    proposal_id: uuid.UUID) -> None:
    """Undo a decision while the meeting is open (a slip of the secretary's hand)."""
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        if _tables(session, meeting).grant:
            grant_meeting.cancel(session, meeting_id, proposal_id)
            return
        row = session.scalars(select(DecisionRow).where(
            DecisionRow.meeting_id == meeting_id, DecisionRow.proposal_id == proposal_id)
        ).first()
        if row is None:
            return
        _reopen_proposal(session, proposal_id)
        session.delete(row)


# -- recommendations and closing --------------------------------------------------------


@requires(Permission.MEETINGS)
def set_recommendations(db: Database, actor: Actor, meeting_id: uuid.UUID,
                        texts: list[str]) -> None:
    """The numbered recommendations, replaced as a whole in the order given."""
    kept = [t.strip() for t in texts if t.strip()]
    with writing(db, actor) as session:
        _open(session, meeting_id)
        session.execute(delete(RecommendationRow)
                        .where(RecommendationRow.meeting_id == meeting_id))
        changes.note(session, Kind.MEETING, [meeting_id])
        session.add_all(RecommendationRow(meeting_id=meeting_id, position=i, text=text)
                        for i, text in enumerate(kept, start=1))


@requires(Permission.MEETINGS)
def close_meeting(db: Database, actor: Actor, meeting_id: uuid.UUID) -> None:
    """Lock the meeting: attendance of every member and a decision on every agenda item
    are required first, so the minutes are complete."""
    with writing(db, actor) as session:
        meeting = _open(session, meeting_id)
        check = RuleCheck()
        members = list(session.scalars(select(MemberRow)
                                       .where(MemberRow.committee_id == meeting.committee_id)))
        recorded = set(session.scalars(select(AttendanceRow.member_id)
                                       .where(AttendanceRow.meeting_id == meeting_id)))
        missing = [m.full_name for m in members if m.id not in recorded]
        check.require(not missing, "attendance",
                      tr("الحضور: سجل حضور أو غياب كل الأعضاء قبل الاختتام: ")
                      + tr("، ").join(missing),
                      "close.attendance")
        t = _tables(session, meeting)
        subject = GrantApplicationRow if t.grant else ProposalRow
        undecided = session.scalars(
            select(subject.reference).join(t.agenda, _item(t, t.agenda) == subject.id)
            .where(t.agenda.meeting_id == meeting_id,
                   _item(t, t.agenda).not_in(list(_decided_items(session, t, meeting_id))))
            .order_by(t.agenda.position)).all()
        check.require(not undecided, "decisions",
                      tr("القرارات: لم يبت بعد في المشاريع التالية (صادق أو ارفض أو أجل): ")
                      + tr("، ").join(undecided), "close.decisions")
        check.raise_if_failed()
        # The minutes as they read now, kept in the row the lock freezes: a member renamed
        # or a title changed later must not change what the committee signed.
        from app.services.meeting_documents import minutes_snapshot
        meeting.minutes_snapshot = minutes_snapshot(session, meeting_id)
        meeting.status = MeetingStatus.CLOSED
        meeting.closed_at = datetime.now(UTC)
        meeting.closed_by = actor.username
        audit_chain.seal_record(session, meeting)


# -- the sheet the meeting screen and the minutes read ----------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    member: Member
    status: AttendanceStatus | None
    represented_by: str


@dataclass(frozen=True)
class AgendaLine:
    position: int
    proposal: ProposalBrief | GrantBrief  # a grant application's on a regional meeting
    scores: dict[str, Decimal]
    total: Decimal | None
    rank: int | None
    votes: dict[uuid.UUID, VoteChoice]
    count: VoteCount
    voted_outcome: DecisionOutcome | None
    decision_id: uuid.UUID | None
    decision: DecisionOutcome | None
    reason: str
    conditions: str
    corrects_decision_id: uuid.UUID | None
    fits_quota: bool


@dataclass(frozen=True)
class QuotaState:
    """In person-months; `people` figures divide by each worksite's own duration."""

    quota_person_months: int | None
    quota_posts: int | None
    used_before: int
    approved_here: int
    approved_people_here: int
    people_before: int = 0
    people_target: int | None = None  # the quota in people at the edition's usual duration

    @property
    def left(self) -> int | None:
        if self.quota_person_months is None:
            return None
        return self.quota_person_months - self.used_before - self.approved_here


@dataclass(frozen=True)
class Quorum:
    voting_members: int
    present_voting: int
    required: int
    met: bool


@dataclass(frozen=True)
class MeetingSheet:
    summary: MeetingSummary
    committee: Committee
    province_id: uuid.UUID | None
    attendance: list[AttendanceLine]
    quorum: Quorum
    criteria: list[GridCriterion]
    agenda: list[AgendaLine]
    quota: QuotaState
    recommendations: list[str]
    allocation: AllocationState | None = None  # a regional meeting's, in place of the quota

    @property
    def is_grant(self) -> bool:
        return self.allocation is not None

    @property
    def is_closed(self) -> bool:
        return self.summary.is_closed

    def line(self, proposal_id: uuid.UUID) -> AgendaLine:
        for line in self.agenda:
            if line.proposal.id == proposal_id:
                return line
        raise NotFound(tr("المشروع ليس في جدول الأعمال."))


def meeting_sheet(db: Database, meeting_id: uuid.UUID) -> MeetingSheet:
    with reading(db) as session:
        return meeting_sheet_in(session, meeting_id)


def meeting_sheet_in(session: Session, meeting_id: uuid.UUID) -> MeetingSheet:
    """`meeting_sheet` inside a caller's unit of work: the closing transaction freezes the
    minutes from what it sees, uncommitted rows included."""
    found = summaries_in(session, MeetingRow.id == meeting_id)
    if not found:
        raise NotFound(tr("الاجتماع غير موجود."))
    summary = found[0]
    meeting = session.get(MeetingRow, meeting_id)
    assert meeting is not None
    committee_row, _ = _committee_scope(session, meeting)
    committee = _committee(committee_row)
    members = [Member(m.committee_id, m.full_name, m.function, m.organisation, m.is_voting,
                      m.position, m.id)
               for m in session.scalars(select(MemberRow)
                                        .where(MemberRow.committee_id == committee.id)
                                        .order_by(MemberRow.position, MemberRow.full_name))]
    attendance = {a.member_id: a for a in session.scalars(
        select(AttendanceRow).where(AttendanceRow.meeting_id == meeting_id))}
    lines = [AttendanceLine(m, attendance[m.id].status if m.id in attendance else None,
                            attendance[m.id].represented_by if m.id in attendance else "")
             for m in members]
    quorum = Quorum(*_quorum_state(session, meeting))
    criteria_rows = list(session.scalars(
        select(ScoringCriterionRow).where(ScoringCriterionRow.edition_id ==
                                          committee_row.edition_id)
        .order_by(ScoringCriterionRow.position)))
    grid = grid_from_rows(criteria_rows) if criteria_rows else default_grid()
    agenda, quota, allocation = _agenda_lines(session, meeting, committee_row, grid)
    recommendations = list(session.scalars(
        select(RecommendationRow.text).where(RecommendationRow.meeting_id == meeting_id)
        .order_by(RecommendationRow.position)))
    return MeetingSheet(summary, committee, committee_row.province_id, lines, quorum, grid,
                        agenda, quota, recommendations, allocation)


def _agenda_lines(session: Session, meeting: MeetingRow, committee: CommitteeRow,
                  grid: list[GridCriterion]
                  ) -> tuple[list[AgendaLine], QuotaState, AllocationState | None]:
    """The agenda with running figures, and the quota as this meeting leaves it.

    Whether an item fits is read down the ranking from what the quota had left before this
    meeting, so the screen shows where the quota runs out as approvals go down the list.
    """
    t = _tables(session, meeting)
    items = list(session.scalars(select(t.agenda)
                                 .where(t.agenda.meeting_id == meeting.id)
                                 .order_by(t.agenda.position)))
    ids = [_item(t, i) for i in items]
    briefs: dict[uuid.UUID, Any] = (grant_meeting.briefs(session, ids) if t.grant
                                    else _briefs(session, ids))
    code_of = {c.id: c.criterion.code for c in grid}
    scores: dict[uuid.UUID, dict[str, Decimal]] = defaultdict(dict)
    for s in session.scalars(select(t.scores).where(t.scores.meeting_id == meeting.id)):
        if s.criterion_id in code_of:
            scores[_item(t, s)][code_of[s.criterion_id]] = Decimal(s.value)
    votes: dict[uuid.UUID, dict[uuid.UUID, VoteChoice]] = defaultdict(dict)
    for v in session.scalars(select(t.votes).where(t.votes.meeting_id == meeting.id)):
        votes[_item(t, v)][v.member_id] = v.choice
    decisions = _decision_views(session, t, meeting.id)
    criteria = [c.criterion for c in grid]
    totals = {p: weighted_total(scores[p], criteria) for p in ids if scores.get(p)}
    ranked = sorted(totals, key=lambda p: (-totals[p], briefs[p].reference))
    rank_of = {p: n for n, p in enumerate(ranked, start=1)}
    approved = [briefs[p] for p, d in decisions.items()
                if d.outcome is DecisionOutcome.APPROVED]
    allocation = None
    if t.grant:
        # The region's allocation, in hires, stands where the quota in person-months does.
        quota = QuotaState(None, None, 0, 0, 0)
        allocation = grant_meeting.allocation_state(session, committee, approved)
        left = None if allocation.hires is None else (
            allocation.hires - allocation.approved_before)
        weight = {p: briefs[p].hires for p in ids}
    else:
        quota = _quota_state(session, committee, approved)
        left = None if quota.quota_person_months is None else (
            quota.quota_person_months - quota.used_before)
        weight = {p: briefs[p].person_months for p in ids}
    fits = {r.proposal_id: ok for r, ok, _ in fits_in_rank_order(
        [Ranked(p, totals.get(p, Decimal(0)), weight[p]) for p in ids], left or 0)}
    lines = []
    for item in items:
        pid = _item(t, item)
        count = count_votes(votes[pid].values())
        chair = votes[pid].get(meeting.chair_member_id) if meeting.chair_member_id else None
        voted = decide(count, chair, committee.chair_casting_vote) if votes[pid] else None
        decision = decisions.get(pid)
        lines.append(AgendaLine(
            item.position, briefs[pid], scores[pid], totals.get(pid), rank_of.get(pid),
            votes[pid], count, voted, decision.id if decision else None,
            decision.outcome if decision else None, decision.reason if decision else "",
            decision.conditions if decision else "",
            decision.corrects_decision_id if decision else None,
            left is not None and fits[pid]))
    return lines, quota, allocation


@dataclass(frozen=True)
class _DecisionView:
    id: uuid.UUID
    outcome: DecisionOutcome
    reason: str
    conditions: str
    corrects_decision_id: uuid.UUID | None


def _decision_views(session: Session, t: _Tables, meeting_id: uuid.UUID
                    ) -> dict[uuid.UUID, _DecisionView]:
    if t.grant:
        return {a: _DecisionView(d.id, grant_meeting.outcome_of(d), d.reason, d.conditions,
                                 None)
                for a, d in grant_meeting.decisions(session, meeting_id).items()}
    return {d.proposal_id: _DecisionView(d.id, d.outcome, d.reason, d.conditions,
                                         d.corrects_decision_id)
            for d in session.scalars(select(DecisionRow)
                                     .where(DecisionRow.meeting_id == meeting_id))}


def _quota_state(session: Session, committee: CommitteeRow, approved: list[ProposalBrief]
                 ) -> QuotaState:
    here = sum(p.person_months for p in approved)
    people = sum(p.beneficiaries for p in approved)
    if committee.province_id is None:
        return QuotaState(None, None, 0, here, people)
    use = proposals_service.quota_use_in(session, committee.edition_id, committee.province_id)
    quota = use.quota
    edition = session.get(EditionRow, committee.edition_id)
    assert edition is not None
    return QuotaState(quota.person_months if quota else None, quota.posts if quota else None,
                      use.selected_person_months - here, here, people,
                      use.selected_people - people,
                      quota.people_reached(edition.default_duration_months) if quota else None)
