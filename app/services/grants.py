"""The employment grant of the second component, up to the regional committee's decision:
regional allocations, calls, employers, applications checked against every rule, and the
decisions of a closed regional meeting.

Agreements, hires and payments are in `app.services.grant_agreements`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.documents.grant_minutes import DecisionRow as MinutesDecision
from app.documents.grant_minutes import GrantMinutesData, build_grant_minutes, members_of
from app.domain import formats
from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import CommitteeLevel, MeetingKind, MeetingStatus
from app.domain.grants import (
    ApplicationFacts,
    ApplicationStatus,
    ContractType,
    Employer,
    GrantApplication,
    GrantPost,
    Sector,
    check_application,
    normalise_cnss,
    post_key,
    posts_text,
    validate_employer,
)
from app.domain.programme import MinimumWage
from app.domain.roles import Permission
from app.domain.rules import RuleCheck, is_blank
from app.domain.text import fold
from app.errors import FieldError, NotFound, ValidationError
from app.io import xlsx
from app.language import tr
from app.services import programme, versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.listing import ListQuery, Page, run_page, search_condition
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    CommitteeRow,
    EditionRow,
    EmployerRow,
    GrantAgendaRow,
    GrantAllocationRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantDecisionRow,
    GrantPostRow,
    MeetingRow,
    MemberRow,
    MinimumWageRow,
    ProvinceRow,
    RegionRow,
)


def _text(*parts: object) -> str:
    return fold(" ".join(str(p) for p in parts if p))


# -- allocations ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Allocation:
    edition_id: uuid.UUID
    region_id: uuid.UUID
    hires: int
    approved: int
    region_name_ar: str = ""
    id: uuid.UUID | None = None
    row_version: int | None = None

    @property
    def left(self) -> int:
        return self.hires - self.approved


def _approved_hires(session: Session, edition_id: uuid.UUID, region_id: uuid.UUID,
                    leave_out: uuid.UUID | None = None) -> int:
    query = (select(func.coalesce(func.sum(GrantApplicationRow.hires), 0))
             .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
             .where(GrantCallRow.edition_id == edition_id, GrantCallRow.region_id == region_id,
                    GrantApplicationRow.status == ApplicationStatus.APPROVED.value))
    if leave_out is not None:
        query = query.where(GrantApplicationRow.id != leave_out)
    return int(session.scalar(query) or 0)


def list_allocations(db: Database, edition_id: uuid.UUID | None = None) -> list[Allocation]:
    with reading(db) as session:
        query = (select(GrantAllocationRow, RegionRow.name_ar)
                 .join(RegionRow, RegionRow.id == GrantAllocationRow.region_id)
                 .order_by(RegionRow.name_ar))
        if edition_id is not None:
            query = query.where(GrantAllocationRow.edition_id == edition_id)
        return [Allocation(row.edition_id, row.region_id, row.hires,
                           _approved_hires(session, row.edition_id, row.region_id), name,
                           row.id, row.row_version)
                for row, name in session.execute(query)]


@requires(Permission.QUOTAS)
def save_allocation(db: Database, actor: Actor, edition_id: uuid.UUID, region_id: uuid.UUID,
                    hires: int, notes: str = "") -> Allocation:
    if hires <= 0:
        raise ValidationError(FieldError("hires", tr("حصة الجهة: عدد المناصب يجب أن يكون أكبر "
                                                     "من صفر."), "grant.allocation_positive"))
    with writing(db, actor) as session:
        if session.get(EditionRow, edition_id) is None or session.get(RegionRow, region_id) \
                is None:
            raise NotFound(tr("النسخة أو الجهة غير موجودة."))
        approved = _approved_hires(session, edition_id, region_id)
        if hires < approved:
            raise ValidationError(FieldError(
                "hires", tr("حصة الجهة: سبق قبول {approved}؛ لا تقل الحصة عن ذلك.")
                         .format(approved=posts_text(approved)),
                "grant.allocation_below_approved"))
        row = session.scalars(select(GrantAllocationRow).where(
            GrantAllocationRow.edition_id == edition_id,
            GrantAllocationRow.region_id == region_id)).first()
        if row is None:
            row = GrantAllocationRow(edition_id=edition_id, region_id=region_id)
            session.add(row)
        row.hires, row.notes = hires, notes.strip()
        session.flush()
        region = session.get(RegionRow, region_id)
        return Allocation(edition_id, region_id, hires, approved,
                          region.name_ar if region else "", row.id, row.row_version)


# -- calls ---------------------------------------------------------------------------------

@dataclass
class GrantCall:
    edition_id: uuid.UUID
    region_id: uuid.UUID
    reference: str
    title_ar: str
    opens_on: date
    closes_on: date
    id: uuid.UUID | None = None
    region_name_ar: str = ""
    row_version: int | None = None


def list_calls(db: Database, edition_id: uuid.UUID | None = None) -> list[GrantCall]:
    with reading(db) as session:
        query = (select(GrantCallRow, RegionRow.name_ar)
                 .join(RegionRow, RegionRow.id == GrantCallRow.region_id)
                 .order_by(GrantCallRow.opens_on.desc()))
        if edition_id is not None:
            query = query.where(GrantCallRow.edition_id == edition_id)
        return [GrantCall(r.edition_id, r.region_id, r.reference, r.title_ar, r.opens_on,
                          r.closes_on, r.id, name, r.row_version)
                for r, name in session.execute(query)]


@requires(Permission.CALLS)
def save_call(db: Database, actor: Actor, call: GrantCall) -> GrantCall:
    check = RuleCheck()
    check.require(not is_blank(call.reference), "reference", tr("المرجع: إلزامي."))
    check.require(not is_blank(call.title_ar), "title_ar", tr("العنوان: إلزامي."))
    check.require(call.closes_on >= call.opens_on, "closes_on",
                  tr("تاريخ الإغلاق: لا يمكن أن يسبق تاريخ الفتح."))
    check.raise_if_failed()
    with writing(db, actor) as session:
        if call.id is None:
            row = GrantCallRow()
            session.add(row)
        else:
            found = session.get(GrantCallRow, call.id)
            if found is None:
                raise NotFound(tr("طلب العروض غير موجود."))
            versions.check(session, found, call.row_version)
            row = found
        row.edition_id, row.region_id = call.edition_id, call.region_id
        row.reference, row.title_ar = call.reference.strip(), call.title_ar.strip()
        row.opens_on, row.closes_on = call.opens_on, call.closes_on
        session.flush()
        call.id, call.row_version = row.id, row.row_version
        return call


def _call_row(session: Session, call_id: uuid.UUID) -> GrantCallRow:
    row = session.get(GrantCallRow, call_id)
    if row is None:
        raise NotFound(tr("طلب عروض منحة دعم التشغيل غير موجود."))
    return row


# -- employers -----------------------------------------------------------------------------

EMPLOYER_SORTS = {"name_ar": EmployerRow.name_ar, "cnss_affiliate": EmployerRow.cnss_affiliate,
                  "sector": EmployerRow.sector, "kind": EmployerRow.kind,
                  "province": ProvinceRow.name_ar}


def _employer(row: EmployerRow, province: str = "") -> Employer:
    return Employer(row.kind, row.name_ar, row.cnss_affiliate, Sector(row.sector),
                    row.province_id, row.name_fr, row.legal_representative, row.phone,
                    row.address, row.rib, row.id, province, row.row_version)


def _employers_base(query: ListQuery) -> Select:
    base = select(EmployerRow, ProvinceRow.name_ar).join(
        ProvinceRow, ProvinceRow.id == EmployerRow.province_id)
    condition = search_condition(query.search, EmployerRow.search_text)
    if condition is not None:
        base = base.where(condition)
    for key in ("sector", "kind", "province_id"):
        if query.filters.get(key):
            base = base.where(getattr(EmployerRow, key) == query.filters[key])
    if query.filters.get("region_id"):
        base = base.where(ProvinceRow.region_id == query.filters["region_id"])
    return base


def list_employers(db: Database, query: ListQuery = ListQuery()) -> Page[Employer]:  # noqa: B008
    with reading(db) as session:
        return run_page(session, _employers_base(query), query, EMPLOYER_SORTS,
                        [EmployerRow.name_ar, EmployerRow.id], lambda r: _employer(*r),
                        EmployerRow.id)


def get_employer(db: Database, employer_id: uuid.UUID) -> Employer:
    with reading(db) as session:
        row = session.get(EmployerRow, employer_id)
        if row is None:
            raise NotFound(tr("المشغل غير موجود."))
        province = session.get(ProvinceRow, row.province_id)
        return _employer(row, province.name_ar if province else "")


@requires(Permission.PARTNERS)
def save_employer(db: Database, actor: Actor, employer: Employer) -> Employer:
    validate_employer(employer)
    number = normalise_cnss(employer.cnss_affiliate)
    with writing(db, actor) as session:
        clash = session.scalars(select(EmployerRow).where(
            EmployerRow.cnss_affiliate == number, EmployerRow.id != employer.id)).first()
        if clash is not None:
            raise ValidationError(FieldError(
                "cnss_affiliate", tr("رقم الانخراط في CNSS: مسجل من قبل للمشغل "
                                     "«{clash.name_ar}».").format(clash=clash),
                "employer.unique"))
        if employer.id is None:
            row = EmployerRow()
            session.add(row)
        else:
            found = session.get(EmployerRow, employer.id)
            if found is None:
                raise NotFound(tr("المشغل غير موجود."))
            versions.check(session, found, employer.row_version)
            row = found
        row.kind, row.sector = employer.kind, employer.sector.value
        row.name_ar, row.name_fr = employer.name_ar.strip(), employer.name_fr.strip()
        row.cnss_affiliate = number
        assert employer.province_id is not None  # validate_employer requires it
        row.province_id = employer.province_id
        row.legal_representative = employer.legal_representative.strip()
        row.phone, row.address = employer.phone.strip(), employer.address.strip()
        row.rib = "".join(c for c in employer.rib if c.isdigit())
        row.search_text = _text(row.name_ar, row.name_fr, row.cnss_affiliate,
                                row.legal_representative, row.phone)
        session.flush()
        employer_id = row.id
    return get_employer(db, employer_id)


# -- applications --------------------------------------------------------------------------

@dataclass(frozen=True)
class ApplicationLine:
    """A row of the applications list."""

    id: uuid.UUID
    reference: str
    employer_name_ar: str
    sector: Sector
    province_name_ar: str
    hires: int
    received_on: date
    status: ApplicationStatus
    call_reference: str


APPLICATION_SORTS = {"reference": GrantApplicationRow.reference,
                     "employer": EmployerRow.name_ar, "hires": GrantApplicationRow.hires,
                     "received_on": GrantApplicationRow.received_on,
                     "status": GrantApplicationRow.status, "sector": EmployerRow.sector,
                     "province": ProvinceRow.name_ar}


def _applications_base(query: ListQuery) -> Select:
    base = (select(GrantApplicationRow, EmployerRow.name_ar, EmployerRow.sector,
                   ProvinceRow.name_ar, GrantCallRow.reference)
            .join(EmployerRow, EmployerRow.id == GrantApplicationRow.employer_id)
            .join(ProvinceRow, ProvinceRow.id == EmployerRow.province_id)
            .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id))
    condition = search_condition(query.search, GrantApplicationRow.search_text)
    if condition is not None:
        base = base.where(condition)
    filters = query.filters
    for key, column in (("call_id", GrantApplicationRow.call_id),
                        ("status", GrantApplicationRow.status),
                        ("employer_id", GrantApplicationRow.employer_id),
                        ("edition_id", GrantCallRow.edition_id),
                        ("region_id", GrantCallRow.region_id)):
        if filters.get(key):
            base = base.where(column == filters[key])
    return base


def _line(row: GrantApplicationRow, employer: str, sector: str, province: str, call: str
          ) -> ApplicationLine:
    return ApplicationLine(row.id, row.reference, employer, Sector(sector), province,
                           row.hires, row.received_on, ApplicationStatus(row.status), call)


def list_applications(db: Database, query: ListQuery = ListQuery()  # noqa: B008
                      ) -> Page[ApplicationLine]:
    with reading(db) as session:
        return run_page(session, _applications_base(query), query, APPLICATION_SORTS,
                        [GrantApplicationRow.reference, GrantApplicationRow.id],
                        lambda r: _line(*r), GrantApplicationRow.id)


def _application(session: Session, row: GrantApplicationRow) -> GrantApplication:
    posts = session.scalars(select(GrantPostRow).where(GrantPostRow.application_id == row.id)
                            .order_by(GrantPostRow.position))
    employer = session.get(EmployerRow, row.employer_id)
    return GrantApplication(
        row.call_id, row.employer_id,
        [GrantPost(p.title_ar, p.count, p.monthly_wage, p.contract_months,
                   ContractType(p.contract_type)) for p in posts],
        [EligibilityCategory(g) for g in row.target_groups or []], row.received_on,
        ApplicationStatus(row.status), row.notes, row.reference, row.id,
        employer.name_ar if employer else "", row.row_version)


def get_application(db: Database, application_id: uuid.UUID) -> GrantApplication:
    with reading(db) as session:
        row = session.get(GrantApplicationRow, application_id)
        if row is None:
            raise NotFound(tr("طلب المنحة غير موجود."))
        return _application(session, row)


def _held_posts(session: Session, employer_id: uuid.UUID, leave_out: uuid.UUID | None
                ) -> frozenset[str]:
    query = (select(GrantPostRow.title_ar)
             .join(GrantApplicationRow, GrantApplicationRow.id == GrantPostRow.application_id)
             .where(GrantApplicationRow.employer_id == employer_id,
                    GrantApplicationRow.status == ApplicationStatus.APPROVED.value))
    if leave_out is not None:
        query = query.where(GrantApplicationRow.id != leave_out)
    return frozenset(post_key(t) for t in session.scalars(query))


def facts_for(session: Session, application: GrantApplication) -> ApplicationFacts:
    call = _call_row(session, application.call_id)
    employer = session.get(EmployerRow, application.employer_id)
    if employer is None:
        raise ValidationError(FieldError("employer_id", tr("المشغل: غير موجود.")))
    edition_row = session.get(EditionRow, call.edition_id)
    if edition_row is None:
        raise NotFound(tr("نسخة البرنامج غير موجودة."))
    edition = programme.edition_from_row(edition_row)
    allocation = session.scalars(select(GrantAllocationRow.hires).where(
        GrantAllocationRow.edition_id == call.edition_id,
        GrantAllocationRow.region_id == call.region_id)).first()
    return ApplicationFacts(
        edition=edition, sector=Sector(employer.sector), wages=_wages(session),
        allocation=allocation,
        hires_taken=_approved_hires(session, call.edition_id, call.region_id, application.id),
        held_posts=_held_posts(session, application.employer_id, application.id))


def _wages(session: Session) -> list[MinimumWage]:
    return [MinimumWage(r.kind, r.effective_from, r.monthly_amount, r.reference, r.id)
            for r in session.scalars(select(MinimumWageRow))]


def _next_reference(session: Session, call: GrantCallRow) -> str:
    count = session.scalar(select(func.count()).select_from(GrantApplicationRow)
                           .where(GrantApplicationRow.call_id == call.id)) or 0
    return f"{call.reference}/{count + 1:03d}"


@requires(Permission.PROPOSALS)
def save_application(db: Database, actor: Actor, application: GrantApplication
                     ) -> GrantApplication:
    """Record an application once every rule is met; all failures are reported together."""
    with writing(db, actor) as session:
        errors = check_application(application, facts_for(session, application))
        if errors:
            raise ValidationError(errors)
        call = _call_row(session, application.call_id)
        if application.id is None:
            row = GrantApplicationRow(reference=application.reference.strip()
                                      or _next_reference(session, call))
            session.add(row)
        else:
            found = session.get(GrantApplicationRow, application.id)
            if found is None:
                raise NotFound(tr("طلب المنحة غير موجود."))
            versions.check(session, found, application.row_version)
            if found.status != ApplicationStatus.RECEIVED.value:
                raise ValidationError(FieldError(
                    None, tr("طلب المنحة: بت فيه المجلس الجهوي؛ لا يعدل بعد القرار."),
                    "grant.decided"))
            row = found
            for old in session.scalars(select(GrantPostRow).where(
                    GrantPostRow.application_id == row.id)):
                session.delete(old)
        row.call_id, row.employer_id = application.call_id, application.employer_id
        row.received_on, row.hires = application.received_on, application.hires
        row.target_groups = [g.value for g in application.target_groups]
        row.notes = application.notes.strip()
        employer = session.get(EmployerRow, application.employer_id)
        row.search_text = _text(row.reference, employer.name_ar if employer else "",
                                employer.name_fr if employer else "",
                                employer.cnss_affiliate if employer else "",
                                *(p.title_ar for p in application.posts))
        session.flush()
        for position, post in enumerate(application.posts, start=1):
            session.add(GrantPostRow(
                application_id=row.id, position=position, title_ar=post.title_ar.strip(),
                count=post.count, monthly_wage=post.monthly_wage,
                contract_months=post.contract_months, contract_type=post.contract_type.value))
        session.flush()
        application_id = row.id
    return get_application(db, application_id)


def check_only(db: Database, application: GrantApplication) -> list[FieldError]:
    """The rules as a form shows them before saving."""
    with reading(db) as session:
        return check_application(application, facts_for(session, application))


# -- the regional committee's decisions ----------------------------------------------------

@dataclass(frozen=True)
class Decision:
    application_id: uuid.UUID
    approved: bool
    reason: str = ""


def regional_committees(db: Database) -> list[tuple[uuid.UUID, str, uuid.UUID | None]]:
    """(id, name, region) of every regional committee: the section shows only with one."""
    with reading(db) as session:
        return [(r.id, r.name_ar, r.region_id) for r in session.scalars(
            select(CommitteeRow).where(CommitteeRow.level == CommitteeLevel.REGIONAL)
            .order_by(CommitteeRow.name_ar))]


@requires(Permission.MEETINGS)
def record_decisions(db: Database, actor: Actor, committee_id: uuid.UUID, held_on: date,
                     place: str, decisions: list[Decision]) -> uuid.UUID:
    """A regional meeting over grant applications, recorded and closed at once: its
    decisions are then locked by the database (migration 0012). Approvals are checked
    against the region's allocation in the order given."""
    with writing(db, actor) as session:
        committee = session.get(CommitteeRow, committee_id)
        if committee is None or committee.level is not CommitteeLevel.REGIONAL:
            raise ValidationError(FieldError("committee_id", tr("اللجنة: يبت في منحة دعم "
                                                                "التشغيل اللجنة الجهوية وحدها.")))
        if not decisions:
            raise ValidationError(FieldError("decisions", tr("القرارات: لا يوجد أي طلب للبت فيه.")))
        meeting = MeetingRow(committee_id=committee_id, kind=MeetingKind.SELECTION,
                             held_on=held_on, place=place.strip(),
                             status=MeetingStatus.PLANNED)
        session.add(meeting)
        session.flush()
        errors: list[FieldError] = []
        for decision in decisions:
            row = session.get(GrantApplicationRow, decision.application_id)
            if row is None:
                raise NotFound(tr("طلب المنحة غير موجود."))
            if row.status != ApplicationStatus.RECEIVED.value:
                errors.append(FieldError("decisions", tr("الطلب {row.reference}: سبق البت فيه.")
                                                      .format(row=row)))
                continue
            call = _call_row(session, row.call_id)
            if committee.region_id is not None and call.region_id != committee.region_id:
                errors.append(FieldError("decisions", tr("الطلب {row.reference}: من جهة أخرى.")
                                                      .format(row=row)))
                continue
            if decision.approved:
                found = check_application(_application(session, row),
                                          facts_for(session, _application(session, row)))
                errors += [FieldError("decisions", tr("الطلب {row.reference}: {e.message}")
                                                   .format(row=row, e=e),
                                      e.rule) for e in found]
                if found:
                    continue
            elif is_blank(decision.reason):
                errors.append(FieldError("decisions", tr("الطلب {row.reference}: سبب الرفض "
                                                         "إلزامي.").format(row=row)))
                continue
            row.status = (ApplicationStatus.APPROVED if decision.approved
                          else ApplicationStatus.REJECTED).value
            session.add(GrantDecisionRow(meeting_id=meeting.id, application_id=row.id,
                                         approved=decision.approved,
                                         reason=decision.reason.strip()))
            session.flush()
        if errors:
            raise ValidationError(errors)
        meeting.status = MeetingStatus.CLOSED
        meeting.closed_at, meeting.closed_by = datetime.now(UTC), actor.username
        session.flush()
        from app.services.audit_chain import seal_record
        seal_record(session, meeting)
        return meeting.id


@dataclass(frozen=True)
class DecisionLine:
    reference: str
    employer_name_ar: str
    hires: int
    approved: bool
    reason: str


def meeting_decisions(db: Database, meeting_id: uuid.UUID) -> list[DecisionLine]:
    with reading(db) as session:
        return [DecisionLine(a.reference, name, a.hires, d.approved, d.reason)
                for d, a, name in session.execute(
                    select(GrantDecisionRow, GrantApplicationRow, EmployerRow.name_ar)
                    .join(GrantApplicationRow,
                          GrantApplicationRow.id == GrantDecisionRow.application_id)
                    .join(EmployerRow, EmployerRow.id == GrantApplicationRow.employer_id)
                    .where(GrantDecisionRow.meeting_id == meeting_id)
                    .order_by(GrantApplicationRow.reference))]


# -- exports -------------------------------------------------------------------------------

def export_applications(db: Database, query: ListQuery, path: Path) -> int:
    rows = list_applications(db, ListQuery(query.search, query.filters, query.sort,
                                           query.descending, 0, 1_000_000)).rows
    xlsx.write_table(path, tr("طلبات منحة دعم التشغيل"),
                     [tr("المرجع"), tr("المشغل"), tr("القطاع"), tr("الإقليم"), tr("عدد المناصب"),
                      tr("تاريخ الإيداع"), tr("الحالة"), tr("طلب العروض")],
                     [[r.reference, r.employer_name_ar, r.sector.label, r.province_name_ar,
                       r.hires, r.received_on, r.status.label, r.call_reference] for r in rows])
    return len(rows)


def export_employers(db: Database, query: ListQuery, path: Path) -> int:
    rows = list_employers(db, ListQuery(query.search, query.filters, query.sort,
                                        query.descending, 0, 1_000_000)).rows
    xlsx.write_table(path, tr("المشغلون"), [tr("الاسم"), tr("النوع"), tr("رقم الانخراط CNSS"),
                                            tr("القطاع"), tr("الإقليم"), tr("الممثل القانوني"),
                                            tr("الهاتف")],
                     [[e.name_ar, e.kind.label, e.cnss_affiliate, e.sector.label,
                       e.province_name_ar, e.legal_representative, e.phone] for e in rows])
    return len(rows)



# -- the minutes of a regional meeting -----------------------------------------------------

MINUTES_KIND = "grant_minutes"


def _minutes_data(session: Session, meeting_id: uuid.UUID) -> GrantMinutesData:
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is None:
        raise NotFound(tr("الاجتماع غير موجود."))
    committee = session.get(CommitteeRow, meeting.committee_id)
    assert committee is not None  # a foreign key
    region = session.get(RegionRow, committee.region_id) if committee.region_id else None
    edition = session.get(EditionRow, committee.edition_id)
    rows = session.execute(
        select(GrantDecisionRow, GrantApplicationRow, EmployerRow.name_ar, GrantCallRow)
        .join(GrantApplicationRow, GrantApplicationRow.id == GrantDecisionRow.application_id)
        .join(EmployerRow, EmployerRow.id == GrantApplicationRow.employer_id)
        .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
        .where(GrantDecisionRow.meeting_id == meeting_id)
        .order_by(GrantApplicationRow.reference)).all()
    allocation = 0
    before = 0
    if rows:
        call = rows[0][3]
        allocation = session.scalar(select(GrantAllocationRow.hires).where(
            GrantAllocationRow.edition_id == call.edition_id,
            GrantAllocationRow.region_id == call.region_id)) or 0
        decided_here = [a.id for _, a, _, _ in rows]
        before = int(session.scalar(
            select(func.coalesce(func.sum(GrantApplicationRow.hires), 0))
            .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
            .where(GrantCallRow.edition_id == call.edition_id,
                   GrantCallRow.region_id == call.region_id,
                   GrantApplicationRow.status == ApplicationStatus.APPROVED.value,
                   GrantApplicationRow.id.not_in(decided_here))) or 0)
    members = session.scalars(select(MemberRow).where(MemberRow.committee_id == committee.id)
                              .order_by(MemberRow.position))
    return GrantMinutesData(
        region_name=region.name_ar if region else "", committee_name=committee.name_ar,
        edition_title=programme.edition_from_row(edition).title if edition else "",
        held_on=formats.long_date(meeting.held_on), place=meeting.place, allocation=allocation,
        approved_before=before,
        decisions=tuple(MinutesDecision(a.reference, name, a.hires, d.approved, d.reason)
                        for d, a, name, _ in rows),
        members=members_of([(m.function.label, m.full_name) for m in members]),
        reference=f"{meeting.held_on.year}/{meeting.held_on:%m%d}")


@requires(Permission.PRINT)
def minutes_pdf(db: Database, actor: Actor, meeting_id: uuid.UUID) -> bytes:
    """The minutes of a regional meeting over grant applications, with its verification
    mark; the print is recorded in the register."""
    import hashlib
    import json
    from dataclasses import asdict

    from app.documents.verification import make_mark
    from app.services import meeting_documents, printed

    with reading(db) as session:
        held_live = session.scalar(select(func.count(GrantAgendaRow.id)).where(
            GrantAgendaRow.meeting_id == meeting_id))
    if held_live:
        # Held on the live meeting screen: the meeting's own minutes, frozen at closing.
        return meeting_documents.minutes_pdf(db, actor, meeting_id)
    with reading(db) as session:
        data = _minutes_data(session, meeting_id)
    sha = hashlib.sha256(json.dumps(asdict(data), default=str, sort_keys=True,
                                    ensure_ascii=False).encode("utf-8")).hexdigest()
    head = printed.anchor(db, MINUTES_KIND, meeting_id, sha)
    pdf = build_grant_minutes(data, make_mark(MINUTES_KIND, data.reference, 1, sha, head))
    printed.record(db, actor, MINUTES_KIND, meeting_id, data.reference, 1, sha, pdf, head)
    return pdf


def grant_meetings(db: Database) -> list[tuple[uuid.UUID, date, str]]:
    """(id, date, committee) of the meetings that decided on grant applications."""
    with reading(db) as session:
        return [(m.id, m.held_on, name) for m, name in session.execute(
            select(MeetingRow, CommitteeRow.name_ar)
            .join(CommitteeRow, CommitteeRow.id == MeetingRow.committee_id)
            .where(MeetingRow.id.in_(select(GrantDecisionRow.meeting_id)))
            .order_by(MeetingRow.held_on.desc()))]
