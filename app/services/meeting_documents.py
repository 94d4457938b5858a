"""The minutes (محضر) and the attendance sheet of a meeting, as the committee prints them.

Each print is recorded with its verification code, like a convention, so a paper copy of
the minutes can be checked against the database.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict
from datetime import date, time
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from app.documents.regional_minutes import (
    AllocationSummary,
    GrantItem,
    RegionalMinutesData,
    build_regional_minutes,
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
from app.errors import NotFound
from app.services import meetings, printed
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.meetings import MeetingSheet
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import MeetingRow, ProvinceRow, RegionRow

Minutes = MinutesData | RegionalMinutesData


def letterhead(province_name: str, kind_is_prefecture: bool, body: str) -> tuple[str, ...]:
    """The block at the top right of every page an administration issues."""
    seat = f"عمالة {province_name}" if kind_is_prefecture else f"عمالة إقليم {province_name}"
    return ("المملكة المغربية", "وزارة الداخلية", seat, body)


def _letterhead(session: Session, sheet: MeetingSheet) -> tuple[str, tuple[str, ...]]:
    if sheet.allocation is not None:  # a regional committee, under the wali
        region = sheet.allocation.region_name_ar
        if not region and sheet.committee.region_id is not None:
            row = session.get(RegionRow, sheet.committee.region_id)
            region = row.name_ar if row else ""
        return region, ("المملكة المغربية", "وزارة الداخلية", f"ولاية جهة {region}",
                        sheet.committee.name_ar)
    province = session.get(ProvinceRow, sheet.province_id) if sheet.province_id else None
    name = province.name_ar if province else ""
    prefecture = bool(province and province.kind is not ProvinceKind.PROVINCE)
    return name, letterhead(name, prefecture, sheet.committee.name_ar)


def _chair(sheet: MeetingSheet) -> tuple[str, str]:
    for line in sheet.attendance:
        if line.member.id == sheet.summary.meeting.chair_member_id:
            return line.member.full_name, line.member.function.label
    return sheet.summary.chair_name, MemberFunction.CHAIR.label


def minutes_data(db: Database, meeting_id: uuid.UUID) -> Minutes:
    with reading(db) as session:
        return _minutes_data(session, meetings.meeting_sheet_in(session, meeting_id))


def _minutes_data(session: Session, sheet: MeetingSheet) -> Minutes:
    if sheet.allocation is not None:
        return _regional_data(session, sheet)
    province, head = _letterhead(session, sheet)
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


def _regional_data(session: Session, sheet: MeetingSheet) -> RegionalMinutesData:
    """A regional meeting's minutes: grant applications and the region's allocation."""
    region, head = _letterhead(session, sheet)
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None and sheet.allocation is not None
    chair_id = meeting.chair_member_id
    items = []
    for line in sheet.agenda:
        brief = line.proposal
        tie = line.count.for_ == line.count.against and line.decision in (
            DecisionOutcome.APPROVED, DecisionOutcome.REJECTED)
        items.append(GrantItem(
            position=line.position, reference=brief.reference, employer=brief.holder,
            province=brief.communes, posts=brief.title_ar, hires=brief.beneficiaries,
            contract_months=brief.duration_months,
            grant_amount=getattr(brief, "grant_amount", Decimal(0)),
            votes_for=line.count.for_, votes_against=line.count.against,
            votes_abstain=line.count.abstain,
            decision=line.decision.label if line.decision else None, reason=line.reason,
            conditions=line.conditions, casting_vote=tie and chair_id in line.votes))
    a = sheet.allocation
    allocation = None
    if a.hires is not None and a.per_hire is not None and sheet.agenda:
        allocation = AllocationSummary(a.hires, a.approved_before, a.approved_here, a.per_hire)
    chair_name, chair_capacity = _chair(sheet)
    q = sheet.quorum
    return RegionalMinutesData(
        region_name=region, committee_name=sheet.committee.name_ar, letterhead=head,
        kind_label=meeting.kind.label, held_on=meeting.held_on, starts_at=meeting.starts_at,
        place=meeting.place, chair_name=chair_name, chair_capacity=chair_capacity,
        edition_title=sheet.summary.edition_title,
        attendance=[AttendanceLine(
            line.member.full_name, _regional_function(line.member.function),
            line.member.organisation, line.member.is_voting,
            (line.status or AttendanceStatus.ABSENT).label,
            line.represented_by) for line in sheet.attendance],
        quorum=QuorumSummary(q.voting_members, q.present_voting, q.required, q.met),
        applications=items, allocation=allocation, recommendations=sheet.recommendations,
        signatories=[Signatory(line.represented_by or line.member.full_name,
                               _regional_function(line.member.function))
                     for line in sheet.attendance if line.status in COUNTED_PRESENT])


def _regional_function(function: MemberFunction) -> str:
    """A region's council is chaired by the president of the region, not of a province."""
    if function is MemberFunction.COUNCIL_PRESIDENT:
        return "رئيس مجلس الجهة"
    return function.label


def _thawed_regional(m: dict[str, Any]) -> RegionalMinutesData:
    quorum, allocation = m["quorum"], m["allocation"]
    return RegionalMinutesData(
        region_name=m["region_name"], committee_name=m["committee_name"],
        letterhead=list(m["letterhead"]), kind_label=m["kind_label"],
        held_on=date.fromisoformat(m["held_on"]), starts_at=_clock(m["starts_at"]),
        place=m["place"], chair_name=m["chair_name"], chair_capacity=m["chair_capacity"],
        edition_title=m["edition_title"],
        attendance=[AttendanceLine(**line) for line in m["attendance"]],
        quorum=QuorumSummary(**quorum) if quorum is not None else None,
        applications=[GrantItem(**{**item, "grant_amount": Decimal(item["grant_amount"])})
                      for item in m["applications"]],
        allocation=AllocationSummary(**{**allocation, "per_hire": Decimal(
            allocation["per_hire"])}) if allocation is not None else None,
        recommendations=list(m["recommendations"]),
        signatories=[Signatory(name, capacity) for name, capacity in m["signatories"]],
        reference=m["reference"], mark=None)


def _canonical(data: object) -> str:
    return json.dumps(asdict(data), default=str, sort_keys=True,  # type: ignore[call-overload]
                      ensure_ascii=False, separators=(",", ":"))


def _content_sha256(data: object) -> str:
    return hashlib.sha256(_canonical(data).encode("utf-8")).hexdigest()


# -- minutes frozen at closing ------------------------------------------------------------


def minutes_snapshot(session: Session, meeting_id: uuid.UUID) -> str:
    """What the minutes show, as JSON, for the meeting row the closing locks. The reference
    is kept beside the content (not in it) so that the content hash, and so the file, of
    minutes printed just before closing stays that of the closed minutes. Taken inside
    the transaction that closes the meeting, from what that transaction sees."""
    sheet = meetings.meeting_sheet_in(session, meeting_id)
    key = "regional" if sheet.allocation is not None else "minutes"
    return json.dumps({"reference": _reference(session, sheet),
                       key: json.loads(_canonical(_minutes_data(session, sheet)))},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def _clock(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _thawed(snapshot: str) -> tuple[str, Minutes]:
    """(reference, minutes) from a snapshot, typed exactly as when it was taken, so its
    content hash is the one the minutes had at closing."""
    frozen = json.loads(snapshot)
    if "regional" in frozen:
        return frozen["reference"], _thawed_regional(dict(frozen["regional"]))
    m = dict(frozen["minutes"])
    quorum, quota = m["quorum"], m["quota"]
    data = MinutesData(
        province_name=m["province_name"], committee_name=m["committee_name"],
        letterhead=list(m["letterhead"]), kind_label=m["kind_label"],
        held_on=date.fromisoformat(m["held_on"]), starts_at=_clock(m["starts_at"]),
        place=m["place"], chair_name=m["chair_name"], chair_capacity=m["chair_capacity"],
        edition_title=m["edition_title"],
        attendance=[AttendanceLine(**line) for line in m["attendance"]],
        quorum=QuorumSummary(**quorum) if quorum is not None else None,
        participating_bodies=m["participating_bodies"],
        agenda=[AgendaProposal(**{
            **item, "score_total": _decimal(item["score_total"]),
            "scores": [CriterionScore(name, Decimal(weight), _decimal(value))
                       for name, weight, value in item["scores"]]})
            for item in m["agenda"]],
        criteria=[ScoringCriterion(name, Decimal(weight)) for name, weight in m["criteria"]],
        quota=QuotaSummary(**quota) if quota is not None else None,
        recommendations=list(m["recommendations"]),
        signatories=[Signatory(name, capacity) for name, capacity in m["signatories"]],
        reference=m["reference"], mark=None, ends_at=_clock(m["ends_at"]))
    return frozen["reference"], data


def _frozen(db: Database, meeting_id: uuid.UUID) -> str | None:
    with reading(db) as session:
        return session.scalar(select(MeetingRow.minutes_snapshot)
                              .where(MeetingRow.id == meeting_id))


def current_content_sha256(db: Database, kind: str, owner_id: uuid.UUID) -> str | None:
    """The content hash a minutes or attendance sheet printed now would carry (None when
    the meeting is gone): a paper whose hash differs is not the current one."""
    try:
        if kind == "minutes":
            snapshot = _frozen(db, owner_id)
            if snapshot is not None:
                return _content_sha256(_thawed(snapshot)[1])
            return _content_sha256(minutes_data(db, owner_id))
        with reading(db) as session:
            return _content_sha256(_attendance_data(
                session, meetings.meeting_sheet_in(session, owner_id)))
    except NotFound:
        return None


def _reference(session: Session, sheet: MeetingSheet) -> str:
    """"2023/02": the meeting's rank among its committee's meetings, by date."""
    held = sorted((m.meeting.held_on, m.meeting.starts_at or time.min, str(m.meeting.id))
                  for m in meetings.summaries_in(
                      session, MeetingRow.committee_id == sheet.committee.id))
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None  # stored meetings always have their date
    rank = held.index((meeting.held_on, meeting.starts_at or time.min, str(meeting.id))) + 1
    return f"{meeting.held_on.year}/{rank:02d}"


@requires(Permission.PRINT)
def minutes_pdf(db: Database, actor: Actor, meeting_id: uuid.UUID) -> bytes:
    """The minutes with their verification mark and the head of the audit chain; the print
    is recorded. A reprint of unchanged minutes carries the head of their first print, so
    it is the same file."""
    snapshot = _frozen(db, meeting_id)
    if snapshot is not None:
        reference, data = _thawed(snapshot)
    else:
        with reading(db) as session:
            sheet = meetings.meeting_sheet_in(session, meeting_id)
            data = _minutes_data(session, sheet)
            reference = _reference(session, sheet)
    sha = _content_sha256(data)
    head = printed.anchor(db, "minutes", meeting_id, sha)
    mark = make_mark("minutes", reference, 1, sha, head)
    if isinstance(data, RegionalMinutesData):
        pdf = build_regional_minutes(RegionalMinutesData(
            **{**data.__dict__, "reference": reference, "mark": mark}))
    else:
        pdf = build_minutes(MinutesData(**{**data.__dict__, "reference": reference,
                                           "mark": mark}))
    printed.record(db, actor, "minutes", meeting_id, reference, 1, sha, pdf, head)
    return pdf


@requires(Permission.PRINT)
def attendance_sheet_pdf(db: Database, actor: Actor, meeting_id: uuid.UUID) -> bytes:
    """The sheet members sign at the door, printed before the meeting."""
    with reading(db) as session:
        sheet = meetings.meeting_sheet_in(session, meeting_id)
        data = _attendance_data(session, sheet)
        reference = _reference(session, sheet)
    sha = _content_sha256(data)
    audit_head = printed.anchor(db, "attendance", meeting_id, sha)
    mark = make_mark("attendance", reference, 1, sha, audit_head)
    pdf = build_attendance_sheet(AttendanceSheetData(
        **{**data.__dict__, "reference": reference, "mark": mark}))
    printed.record(db, actor, "attendance", meeting_id, reference, 1, sha, pdf, audit_head)
    return pdf


def _attendance_data(session: Session, sheet: MeetingSheet) -> AttendanceSheetData:
    province, head = _letterhead(session, sheet)
    meeting = sheet.summary.meeting
    assert meeting.held_on is not None  # stored meetings always have their date
    return AttendanceSheetData(
        province_name=province, committee_name=sheet.committee.name_ar, letterhead=head,
        kind_label=meeting.kind.label, held_on=meeting.held_on, starts_at=meeting.starts_at,
        place=meeting.place, edition_title=sheet.summary.edition_title,
        members=[SheetMember(line.member.full_name, line.member.function.label,
                             line.member.organisation, line.member.is_voting)
                 for line in sheet.attendance])
