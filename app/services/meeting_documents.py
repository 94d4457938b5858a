"""The minutes (محضر) and the attendance sheet of a meeting, as the committee prints them.

Each print is recorded with its verification code, like a convention, so a paper copy of
the minutes can be checked against the database.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict
from datetime import time

from app.documents.minutes import (
    AgendaProposal,
    AttendanceLine,
    AttendanceSheetData,
    CriterionScore,
    MinutesData,
    QuorumSummary,
    QuotaSummary,
    ScoringCriterion,
    SheetMember,
    Signatory,
    build_attendance_sheet,
    build_minutes,
)
from app.documents.verification import make_mark
from app.domain.enums import (
    AttendanceStatus,
    DecisionOutcome,
    MeetingKind,
    MemberFunction,
    ProvinceKind,
)
from app.domain.meetings import COUNTED_PRESENT
from app.domain.roles import Permission
from app.services import meetings, printed, territory
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.meetings import MeetingSheet
from app.storage.database import Database


def letterhead(province_name: str, kind_is_prefecture: bool, body: str) -> tuple[str, ...]:
    """The block at the top right of every page an administration issues."""
    seat = f"عمالة {province_name}" if kind_is_prefecture else f"عمالة إقليم {province_name}"
    return ("المملكة المغربية", "وزارة الداخلية", seat, body)


def _letterhead(db: Database, sheet: MeetingSheet) -> tuple[str, tuple[str, ...]]:
    province = (territory.get_province(db, sheet.province_id) if sheet.province_id else None)
    name = province.name_ar if province else ""
    prefecture = bool(province and province.kind is not ProvinceKind.PROVINCE)
    return name, letterhead(name, prefecture, sheet.committee.name_ar)


def _chair(sheet: MeetingSheet) -> tuple[str, str]:
    for line in sheet.attendance:
        if line.member.id == sheet.summary.meeting.chair_member_id:
            return line.member.full_name, line.member.function.label
    return sheet.summary.chair_name, MemberFunction.CHAIR.label


def minutes_data(db: Database, meeting_id: uuid.UUID) -> MinutesData:
    return _minutes_data(db, meetings.meeting_sheet(db, meeting_id))


def _minutes_data(db: Database, sheet: MeetingSheet) -> MinutesData:
    province, head = _letterhead(db, sheet)
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None  # stored meetings always have their date
    names = {c.criterion.code: c.criterion for c in sheet.criteria}
    chair_id = meeting.chair_member_id
    agenda = []
    for line in sheet.agenda:
        tie = line.count.for_ == line.count.against and line.decision in (
            DecisionOutcome.APPROVED, DecisionOutcome.REJECTED)
        agenda.append(AgendaProposal(
            position=line.position, reference=line.proposal.reference,
            title=line.proposal.title_ar, holder=line.proposal.holder,
            commune=line.proposal.communes, beneficiaries=line.proposal.beneficiaries,
            duration_months=line.proposal.duration_months,
            person_months=line.proposal.person_months, score_total=line.total,
            scores=[CriterionScore(c.name_ar, c.weight, line.scores.get(code))
                    for code, c in names.items()],
            votes_for=line.count.for_, votes_against=line.count.against,
            votes_abstain=line.count.abstain,
            decision=line.decision.label if line.decision else None, reason=line.reason,
            conditions=line.conditions, casting_vote=tie and chair_id in line.votes))
    quota = sheet.quota
    quota_summary = None
    if quota.quota_person_months is not None and sheet.agenda:
        quota_summary = QuotaSummary(
            quota_person_months=quota.quota_person_months, used_before=quota.used_before,
            approved_now=quota.approved_here, left=quota.left or 0,
            quota_posts=quota.quota_posts or 0, people_target=quota.people_target or 0,
            people_before=quota.people_before, people_approved=quota.approved_people_here)
    chair_name, chair_capacity = _chair(sheet)
    selection = meeting.kind is MeetingKind.SELECTION
    return MinutesData(
        province_name=province, committee_name=sheet.committee.name_ar, letterhead=head,
        kind_label=meeting.kind.label, held_on=meeting.held_on, starts_at=meeting.starts_at,
        place=meeting.place, chair_name=chair_name, chair_capacity=chair_capacity,
        edition_title=sheet.summary.edition_title,
        attendance=[AttendanceLine(
            line.member.full_name, line.member.function.label, line.member.organisation,
            line.member.is_voting, (line.status or AttendanceStatus.ABSENT).label,
            line.represented_by) for line in sheet.attendance],
        quorum=QuorumSummary(sheet.quorum.voting_members, sheet.quorum.present_voting,
                             sheet.quorum.required, sheet.quorum.met) if selection else None,
        participating_bodies=meeting.participating_bodies, agenda=agenda,
        criteria=[ScoringCriterion(c.name_ar, c.weight) for c in names.values()],
        quota=quota_summary, recommendations=sheet.recommendations,
        signatories=[Signatory(line.represented_by or line.member.full_name,
                               line.member.function.label)
                     for line in sheet.attendance if line.status in COUNTED_PRESENT])


def _content_sha256(data: object) -> str:
    canonical = json.dumps(asdict(data), default=str, sort_keys=True,  # type: ignore[call-overload]
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _reference(db: Database, sheet: MeetingSheet) -> str:
    """"2023/02": the meeting's rank among its committee's meetings, by date."""
    held = sorted((m.meeting.held_on, m.meeting.starts_at or time.min, str(m.meeting.id))
                  for m in meetings.list_meetings(db, committee_id=sheet.committee.id))
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None  # stored meetings always have their date
    rank = held.index((meeting.held_on, meeting.starts_at or time.min, str(meeting.id))) + 1
    return f"{meeting.held_on.year}/{rank:02d}"


@requires(Permission.PRINT)
def minutes_pdf(db: Database, actor: Actor, meeting_id: uuid.UUID) -> bytes:
    """The minutes with their verification mark and the head of the audit chain; the print
    is recorded. A reprint of unchanged minutes carries the head of their first print, so
    it is the same file."""
    sheet = meetings.meeting_sheet(db, meeting_id)
    data = _minutes_data(db, sheet)
    sha = _content_sha256(data)
    reference = _reference(db, sheet)
    head = printed.anchor(db, "minutes", meeting_id, sha)
    mark = make_mark("minutes", reference, 1, sha, head)
    pdf = build_minutes(MinutesData(**{**data.__dict__, "reference": reference, "mark": mark}))
    printed.record(db, actor, "minutes", meeting_id, reference, 1, sha, pdf, head)
    return pdf


@requires(Permission.PRINT)
def attendance_sheet_pdf(db: Database, actor: Actor, meeting_id: uuid.UUID) -> bytes:
    """The sheet members sign at the door, printed before the meeting."""
    sheet = meetings.meeting_sheet(db, meeting_id)
    province, head = _letterhead(db, sheet)
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None  # stored meetings always have their date
    data = AttendanceSheetData(
        province_name=province, committee_name=sheet.committee.name_ar, letterhead=head,
        kind_label=meeting.kind.label, held_on=meeting.held_on, starts_at=meeting.starts_at,
        place=meeting.place, edition_title=sheet.summary.edition_title,
        members=[SheetMember(line.member.full_name, line.member.function.label,
                             line.member.organisation, line.member.is_voting)
                 for line in sheet.attendance])
    sha = _content_sha256(data)
    reference = _reference(db, sheet)
    audit_head = printed.anchor(db, "attendance", meeting_id, sha)
    mark = make_mark("attendance", reference, 1, sha, audit_head)
    pdf = build_attendance_sheet(AttendanceSheetData(
        **{**data.__dict__, "reference": reference, "mark": mark}))
    printed.record(db, actor, "attendance", meeting_id, reference, 1, sha, pdf, audit_head)
    return pdf
