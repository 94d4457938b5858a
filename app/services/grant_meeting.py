"""What a regional committee's live meeting does differently from a provincial one: its
agenda is grant applications, its decisions approve or reject them under the region's
allocation (hires and amount) instead of a province's quota.

`app.services.meetings` calls these from inside its own units of work, so attendance,
quorum, votes, the decision rule and the closing stay one piece of code for both kinds of
meeting.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import DecisionOutcome, ProposalStatus
from app.domain.grants import (
    ApplicationStatus,
    GrantParams,
    Sector,
    check_application,
    grant_params,
)
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import programme
from app.storage.models import (
    CommitteeRow,
    EditionRow,
    EmployerRow,
    GrantAllocationRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantDecisionRow,
    GrantPostRow,
    MeetingRow,
    ProvinceRow,
)

# How an application's status reads on the agenda, in the proposals' terms the screen uses.
_AS_PROPOSAL = {ApplicationStatus.RECEIVED: ProposalStatus.ELIGIBLE,
                ApplicationStatus.APPROVED: ProposalStatus.SELECTED,
                ApplicationStatus.REJECTED: ProposalStatus.REJECTED}


@dataclass(frozen=True)
class GrantBrief:
    """A grant application as an agenda item: the employer stands where a worksite's holder
    stands, its province where the communes stand, its hires where the beneficiaries stand."""

    id: uuid.UUID
    reference: str
    title_ar: str  # the posts, e.g. "عامل إنتاج (3)، سائق (1)"
    holder: str  # the employer
    communes: str  # the employer's province
    beneficiaries: int  # hires
    duration_months: int  # the shortest contract among the posts
    status: ProposalStatus
    sector: str = ""
    grant_amount: Decimal = Decimal(0)  # hires × monthly grant × months of the edition
    cnss_affiliate: str = ""

    @property
    def person_months(self) -> int:
        return self.beneficiaries * self.duration_months

    @property
    def hires(self) -> int:
        return self.beneficiaries


@dataclass(frozen=True)
class AllocationState:
    """The region's allocation as this meeting leaves it, in hires and in dirhams."""

    region_name_ar: str
    hires: int | None
    approved_before: int
    approved_here: int
    per_hire: Decimal | None  # monthly grant × months; None when the edition has no values
    monthly: Decimal | None = None
    months: int | None = None

    @property
    def left(self) -> int | None:
        if self.hires is None:
            return None
        return self.hires - self.approved_before - self.approved_here

    def amount(self, hires: int | None) -> Decimal | None:
        if hires is None or self.per_hire is None:
            return None
        return self.per_hire * hires


def is_regional(committee: CommitteeRow) -> bool:
    from app.domain.enums import CommitteeLevel

    return committee.level is CommitteeLevel.REGIONAL


def params_for(session: Session, edition_id: uuid.UUID) -> GrantParams | None:
    row = session.get(EditionRow, edition_id)
    return grant_params(programme.edition_from_row(row)) if row is not None else None


def briefs(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, GrantBrief]:
    if not ids:
        return {}
    posts: dict[uuid.UUID, list[GrantPostRow]] = defaultdict(list)
    for post in session.scalars(select(GrantPostRow).where(GrantPostRow.application_id.in_(ids))
                                .order_by(GrantPostRow.position)):
        posts[post.application_id].append(post)
    found = {}
    rows = session.execute(
        select(GrantApplicationRow, EmployerRow, ProvinceRow.name_ar, GrantCallRow.edition_id)
        .join(EmployerRow, EmployerRow.id == GrantApplicationRow.employer_id)
        .join(ProvinceRow, ProvinceRow.id == EmployerRow.province_id)
        .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
        .where(GrantApplicationRow.id.in_(ids)))
    params: dict[uuid.UUID, GrantParams | None] = {}
    for application, employer, province, edition_id in rows:
        if edition_id not in params:
            params[edition_id] = params_for(session, edition_id)
        found_params = params[edition_id]
        per_hire = found_params.per_hire if found_params else Decimal(0)
        own = posts[application.id]
        found[application.id] = GrantBrief(
            application.id, application.reference,
            "، ".join(f"{p.title_ar} ({p.count})" for p in own), employer.name_ar, province,
            application.hires, min((p.contract_months for p in own), default=0),
            _AS_PROPOSAL[ApplicationStatus(application.status)],
            Sector(employer.sector).label, per_hire * application.hires,
            employer.cnss_affiliate)
    return found


def candidates(session: Session, meeting: MeetingRow, committee: CommitteeRow,
               on_agenda: list[uuid.UUID]) -> list[GrantBrief]:
    """Applications of the committee's edition and region still waiting for a decision."""
    query = (select(GrantApplicationRow.id)
             .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
             .where(GrantCallRow.edition_id == committee.edition_id,
                    GrantApplicationRow.status == ApplicationStatus.RECEIVED.value,
                    GrantApplicationRow.id.not_in(on_agenda)))
    if committee.region_id is not None:
        query = query.where(GrantCallRow.region_id == committee.region_id)
    return sorted(briefs(session, list(session.scalars(query))).values(),
                  key=lambda b: b.reference)


def check_on_agenda(session: Session, committee: CommitteeRow, application_id: uuid.UUID
                    ) -> None:
    row = session.get(GrantApplicationRow, application_id)
    if row is None:
        raise NotFound(tr("طلب المنحة غير موجود."))
    call = session.get(GrantCallRow, row.call_id)
    assert call is not None  # a foreign key
    if call.edition_id != committee.edition_id or (
            committee.region_id is not None and call.region_id != committee.region_id):
        raise ValidationError(FieldError(
            "agenda", tr("جدول الأعمال: الطلب {row.reference} من نسخة أو جهة أخرى.")
                         .format(row=row)))


def _approved(session: Session, committee: CommitteeRow, leave_out: list[uuid.UUID]) -> int:
    query = (select(func.coalesce(func.sum(GrantApplicationRow.hires), 0))
             .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
             .where(GrantCallRow.edition_id == committee.edition_id,
                    GrantApplicationRow.status == ApplicationStatus.APPROVED.value,
                    GrantApplicationRow.id.not_in(leave_out)))
    if committee.region_id is not None:
        query = query.where(GrantCallRow.region_id == committee.region_id)
    return int(session.scalar(query) or 0)


def allocation_state(session: Session, committee: CommitteeRow,
                     approved_here: list[GrantBrief]) -> AllocationState:
    from app.storage.models import RegionRow

    region = session.get(RegionRow, committee.region_id) if committee.region_id else None
    hires = session.scalar(select(GrantAllocationRow.hires).where(
        GrantAllocationRow.edition_id == committee.edition_id,
        GrantAllocationRow.region_id == committee.region_id)) if region else None
    params = params_for(session, committee.edition_id)
    return AllocationState(region.name_ar if region else "", hires,
                           _approved(session, committee, [b.id for b in approved_here]),
                           sum(b.hires for b in approved_here),
                           params.per_hire if params else None,
                           params.monthly if params else None,
                           params.months if params else None)


def outcome_of(row: GrantDecisionRow) -> DecisionOutcome:
    if row.outcome:
        return DecisionOutcome(row.outcome)
    return DecisionOutcome.APPROVED if row.approved else DecisionOutcome.REJECTED


def decisions(session: Session, meeting_id: uuid.UUID) -> dict[uuid.UUID, GrantDecisionRow]:
    return {d.application_id: d for d in session.scalars(
        select(GrantDecisionRow).where(GrantDecisionRow.meeting_id == meeting_id))}


def decide(session: Session, meeting: MeetingRow, application_id: uuid.UUID,
           outcome: DecisionOutcome, reason: str, conditions: str) -> None:
    """Record the committee's decision and give the application its status: an approval
    must still meet every rule of the application, the region's allocation first."""
    from app.services.grants import _application, facts_for

    application = session.get(GrantApplicationRow, application_id)
    assert application is not None  # on the agenda
    row = decisions(session, meeting.id).get(application_id)
    application.status = ApplicationStatus.RECEIVED.value
    session.flush()
    if outcome is DecisionOutcome.APPROVED:
        record = _application(session, application)
        found = check_application(record, facts_for(session, record))
        if found:
            raise ValidationError([FieldError(
                "decision", tr("الطلب {application.reference}: {e.message}")
                .format(application=application, e=e), e.rule) for e in found])
        application.status = ApplicationStatus.APPROVED.value
    elif outcome is DecisionOutcome.REJECTED:
        application.status = ApplicationStatus.REJECTED.value
        reason = reason.strip() or "قرار اللجنة"
    row = row or GrantDecisionRow(meeting_id=meeting.id, application_id=application_id)
    row.approved = outcome is DecisionOutcome.APPROVED
    row.outcome = outcome.value
    row.reason, row.conditions = reason.strip(), conditions.strip()
    session.add(row)


def cancel(session: Session, meeting_id: uuid.UUID, application_id: uuid.UUID) -> None:
    row = decisions(session, meeting_id).get(application_id)
    if row is None:
        return
    application = session.get(GrantApplicationRow, application_id)
    assert application is not None
    application.status = ApplicationStatus.RECEIVED.value
    session.delete(row)
