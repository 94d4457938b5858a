"""The days each beneficiary worked in a month, per worksite: read for the register and the
grid, written from the signed register or typed, and summed for the CNSS declaration.

A worksite is an approved proposal; its people are its assignments. Days are kept per
assignment and month, so a replacement mid-month keeps both people's days apart.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.attendance import Month, check_days, days_on_worksite
from app.domain.enums import AssignmentStatus, Sex
from app.domain.roles import Permission
from app.domain.rules import RuleCheck
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    ConventionRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    WorkedDaysRow,
    WorksiteDomainRow,
    proposal_communes,
)

SOURCES = ("register", "typed")


@dataclass(frozen=True)
class Worksite:
    """What the register, the certificates and the declaration print of a worksite."""

    id: uuid.UUID
    reference: str
    title_ar: str
    partner_id: uuid.UUID
    partner_name: str
    partner_affiliate: str
    partner_rib: str
    communes: str
    domain_code: str
    domain_name: str
    province_id: uuid.UUID
    province_name: str
    province_is_prefecture: bool
    starts_on: date | None
    ends_on: date | None
    convention_number: str = ""


@dataclass(frozen=True)
class Person:
    """One assignment on a worksite, with the person's identity and the month's days."""

    assignment_id: uuid.UUID
    beneficiary_id: uuid.UUID
    cin: str
    name_ar: str
    name_fr: str
    sex: Sex
    cnss_number: str
    rib: str
    birth_date: date | None
    starts_on: date | None
    ends_on: date | None
    status: AssignmentStatus
    possible: list[date] = field(default_factory=list)  # working days on the worksite
    days: int | None = None  # recorded for the month; None: not yet
    source: str = ""


def _end_of(proposal: ProposalRow) -> date | None:
    if proposal.starts_on is None:
        return None
    start = proposal.starts_on
    months = start.month - 1 + proposal.duration_months
    year, month = start.year + months // 12, months % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) - timedelta(days=1)


def worksite(db: Database, proposal_id: uuid.UUID) -> Worksite:
    with reading(db) as session:
        return _worksite(session, proposal_id)


def _worksite(session: Session, proposal_id: uuid.UUID) -> Worksite:
    proposal = session.get(ProposalRow, proposal_id)
    if proposal is None:
        raise NotFound(tr("الورش غير موجود."))
    partner = session.get(PartnerRow, proposal.partner_id)
    assert partner is not None
    domain = session.get(WorksiteDomainRow, proposal.domain_id) if proposal.domain_id else None
    province = session.get(ProvinceRow, proposal.province_id)
    communes = session.scalars(
        select(CommuneRow.name_ar).join(proposal_communes,
                                        proposal_communes.c.commune_id == CommuneRow.id)
        .where(proposal_communes.c.proposal_id == proposal_id).order_by(CommuneRow.name_ar)).all()
    convention = session.scalars(select(ConventionRow.number)
                                 .where(ConventionRow.proposal_id == proposal_id)
                                 .order_by(ConventionRow.created_at)).first()
    dates = session.execute(select(AssignmentRow.starts_on, AssignmentRow.ends_on)
                            .where(AssignmentRow.proposal_id == proposal_id)).all()
    starts = [s for s, _ in dates if s is not None]
    ends = [e for _, e in dates if e is not None]
    kind = getattr(province, "kind", None)
    return Worksite(
        proposal.id, proposal.reference, proposal.title_ar, partner.id, partner.name_ar,
        partner.cnss_affiliate, partner.rib, "، ".join(communes),
        domain.code if domain else "", domain.name_ar if domain else "",
        proposal.province_id, province.name_ar if province else "",
        bool(kind is not None and kind.value != "province"),
        min(starts, default=proposal.starts_on), max(ends, default=_end_of(proposal)),
        convention or "")


def find_worksite(db: Database, text: str) -> uuid.UUID:
    """A worksite named on the command line: its reference, or its id."""
    with reading(db) as session:
        try:
            found = session.get(ProposalRow, uuid.UUID(text))
        except ValueError:
            found = session.scalars(select(ProposalRow)
                                    .where(ProposalRow.reference == text.strip())).first()
        if found is None:
            raise NotFound(tr("الورش «{text}» غير موجود: اكتب مرجعه كما في لائحة المشاريع.")
                              .format(text=text))
        return found.id


def _name(first: str, last: str) -> str:
    return " ".join(part for part in (first.strip(), last.strip()) if part)


def people(db: Database, proposal_id: uuid.UUID, month: Month | None = None) -> list[Person]:
    """The worksite's people (those on it during `month` when one is given), by name,
    with the working days their assignment covers and the days recorded for the month."""
    query = (select(AssignmentRow, BeneficiaryRow)
             .join(BeneficiaryRow, AssignmentRow.beneficiary_id == BeneficiaryRow.id)
             .where(AssignmentRow.proposal_id == proposal_id))
    if month is not None:
        query = query.where(
            or_(AssignmentRow.starts_on.is_(None), AssignmentRow.starts_on <= month.last_day),
            or_(AssignmentRow.ends_on.is_(None), AssignmentRow.ends_on >= month.first_day))
    with reading(db) as session:
        rows = session.execute(query).all()
        recorded = {}
        if month is not None and rows:
            recorded = {r.assignment_id: r for r in session.scalars(
                select(WorkedDaysRow).where(
                    WorkedDaysRow.month == month.key,
                    WorkedDaysRow.assignment_id.in_([a.id for a, _ in rows])))}
        result = []
        for assignment, person in rows:
            days = recorded.get(assignment.id)
            result.append(Person(
                assignment.id, person.id, person.cin,
                _name(person.first_name_ar, person.last_name_ar),
                _name(person.first_name_fr, person.last_name_fr).upper(), person.sex,
                person.cnss_number, person.rib, person.birth_date, assignment.starts_on,
                assignment.ends_on, assignment.status,
                days_on_worksite(month, assignment.starts_on, assignment.ends_on)
                if month is not None else [],
                days.days if days else None, days.source if days else ""))
    return sorted(result, key=lambda p: (p.name_ar, p.cin))


@requires(Permission.BENEFICIARIES)
def record_days(db: Database, actor: Actor, proposal_id: uuid.UUID, month: Month,
                days: Mapping[uuid.UUID, int | None], source: str = "typed") -> int:
    """Save the days worked in `month` by the worksite's people (assignment id -> days;
    None clears a line). Every line is checked first; one wrong line saves nothing.
    Returns the number of lines saved."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    on_site = {p.assignment_id: p for p in people(db, proposal_id, month)}
    check = RuleCheck()
    for assignment_id, value in days.items():
        person = on_site.get(assignment_id)
        if person is None:
            check.fail(str(assignment_id), tr("هذا الشخص غير معين في هذا الورش خلال هذا الشهر."),
                       "attendance.not_on_site")
        elif value is not None:
            check_days(check, str(assignment_id), person.name_ar, value, len(person.possible))
    check.raise_if_failed()
    saved = 0
    with writing(db, actor) as session:
        existing = {r.assignment_id: r for r in session.scalars(
            select(WorkedDaysRow).where(WorkedDaysRow.month == month.key,
                                        WorkedDaysRow.assignment_id.in_(list(days))))}
        for assignment_id, value in days.items():
            row = existing.get(assignment_id)
            if value is None:
                if row is not None:
                    session.delete(row)
                    saved += 1
                continue
            if row is None:
                session.add(WorkedDaysRow(assignment_id=assignment_id, month=month.key,
                                          days=value, source=source))
                saved += 1
            elif row.days != value or row.source != source:
                row.days, row.source = value, source
                saved += 1
    return saved


@dataclass(frozen=True)
class DeclaredLine:
    """A person to declare for one body and month, with the days recorded."""

    person: Person
    worksite: Worksite


def body_month(db: Database, partner_id: uuid.UUID, month: Month) -> list[DeclaredLine]:
    """Everyone on the body's worksites during `month`, with their days (None: missing)."""
    with reading(db) as session:
        if session.get(PartnerRow, partner_id) is None:
            raise NotFound(tr("الهيئة غير موجودة."))
        proposal_ids = session.scalars(
            select(AssignmentRow.proposal_id).distinct()
            .join(ProposalRow, AssignmentRow.proposal_id == ProposalRow.id)
            .where(ProposalRow.partner_id == partner_id)).all()
        sites = [_worksite(session, i) for i in proposal_ids]
    lines = [DeclaredLine(person, site) for site in sites
             for person in people(db, site.id, month)]
    return sorted(lines, key=lambda line: (line.person.name_ar, line.person.cin))


def require_month(text: str, field_name: str = "month") -> Month:
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise ValidationError(FieldError(
            field_name, tr("الشهر: اكتبه على شكل 2023-05 (المكتوب «{text}»).")
                           .format(text=text))) from exc
