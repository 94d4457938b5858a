"""Employment-grant agreements and what follows them: signing and locking, the printed
agreement, hires with their monthly grant, payments, early ends, replacements, totals.

A signed agreement is locked like a convention: the database refuses any change of what
it says (migration 0012) and its content is sealed in the audit chain. Hires and payments
come after signing and stay editable.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.grant_agreement import GrantAgreementData, PostLine, build_grant_agreement
from app.documents.verification import make_mark
from app.domain import formats
from app.domain.beneficiaries import Beneficiary, EligibilityCategory, validate_beneficiary
from app.domain.beneficiaries import normalise_cin as register_cin
from app.domain.grant_amendments import GrantTerms, effective_terms
from app.domain.grants import (
    HIRING_DEADLINE_DAYS,
    MISSING_PARAMS,
    REPLACEMENT_DAYS,
    ApplicationStatus,
    ContractType,
    GrantParams,
    Hire,
    OtherHire,
    Sector,
    Settlement,
    check_one_job,
    check_replacement,
    grant_params,
    hiring_deadline,
    normalise_cin,
    schedule,
    settle,
    validate_hire,
)
from app.domain.roles import Permission
from app.domain.rules import is_blank
from app.errors import FieldError, Locked, NotFound, ValidationError
from app.io import xlsx
from app.language import label as enum_label
from app.language import tr
from app.services import authorization, printed, programme, versions
from app.services.actor import Actor
from app.services.audit_chain import seal_record
from app.services.authorization import requires
from app.services.beneficiaries import configured_age_limits, register_person
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    BeneficiaryRow,
    EditionRow,
    EmployerRow,
    GrantAgreementRow,
    GrantAmendmentRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantDecisionRow,
    GrantHireRow,
    GrantPaymentRow,
    GrantPostRow,
    MeetingRow,
    ProvinceRow,
    RegionRow,
)


def _params(session: Session, edition_id: uuid.UUID) -> GrantParams:
    row = session.get(EditionRow, edition_id)
    params = grant_params(programme.edition_from_row(row)) if row is not None else None
    if params is None:
        raise ValidationError(FieldError(None, MISSING_PARAMS, "grant.params"))
    return params


@dataclass(frozen=True)
class Agreement:
    id: uuid.UUID
    number: str
    application_id: uuid.UUID
    employer_id: uuid.UUID
    employer_name_ar: str
    hires: int
    monthly_amount: Decimal
    grant_months: int
    total_amount: Decimal
    signed_on: date | None
    signed_place: str
    locked: bool
    row_version: int
    hired: int = 0

    @property
    def late_hiring(self) -> bool:
        """Signed more than the hiring deadline ago with fewer hires than agreed."""
        return bool(self.signed_on and self.hired < self.hires
                    and date.today() > hiring_deadline(self.signed_on))


def terms_of(session: Session, row: GrantAgreementRow) -> GrantTerms:
    """The agreement's effective terms: its own, then its signed amendments' in order."""
    signed = [GrantTerms(a.hires, a.monthly_amount, a.grant_months) for a in session.scalars(
        select(GrantAmendmentRow).where(GrantAmendmentRow.agreement_id == row.id,
                                        GrantAmendmentRow.locked_at.is_not(None))
        .order_by(GrantAmendmentRow.number))]
    return effective_terms(GrantTerms(row.hires, row.monthly_amount, row.grant_months), signed)


def hired_count(session: Session, agreement_id: uuid.UUID) -> int:
    """People hired under an agreement, replacements not counted."""
    return session.scalar(select(func.count()).select_from(GrantHireRow).where(
        GrantHireRow.agreement_id == agreement_id,
        GrantHireRow.replaces_hire_id.is_(None))) or 0


def _agreement(session: Session, row: GrantAgreementRow) -> Agreement:
    """The agreement as its effective terms stand (signed amendments applied)."""
    employer = session.get(EmployerRow, row.employer_id)
    terms = terms_of(session, row)
    return Agreement(row.id, row.number, row.application_id, row.employer_id,
                     employer.name_ar if employer else "", terms.hires, terms.monthly_amount,
                     terms.grant_months, terms.total, row.signed_on, row.signed_place,
                     row.locked_at is not None, row.row_version,
                     hired_count(session, row.id))


def list_agreements(db: Database, edition_id: uuid.UUID | None = None) -> list[Agreement]:
    with reading(db) as session:
        query = select(GrantAgreementRow).order_by(GrantAgreementRow.number)
        if edition_id is not None:
            query = query.join(GrantApplicationRow,
                               GrantApplicationRow.id == GrantAgreementRow.application_id) \
                .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id) \
                .where(GrantCallRow.edition_id == edition_id)
        return [_agreement(session, row) for row in session.scalars(query)]


def get_agreement(db: Database, agreement_id: uuid.UUID) -> Agreement:
    with reading(db) as session:
        return _agreement(session, _agreement_row(session, agreement_id))


def _agreement_row(session: Session, agreement_id: uuid.UUID) -> GrantAgreementRow:
    row = session.get(GrantAgreementRow, agreement_id)
    if row is None:
        raise NotFound(tr("اتفاقية المنحة غير موجودة."))
    return row


def applications_without_agreement(db: Database) -> list[tuple[uuid.UUID, str, str]]:
    """(id, reference, employer) of approved applications that have no agreement yet."""
    with reading(db) as session:
        return [(a.id, a.reference, name) for a, name in session.execute(
            select(GrantApplicationRow, EmployerRow.name_ar)
            .join(EmployerRow, EmployerRow.id == GrantApplicationRow.employer_id)
            .where(GrantApplicationRow.status == ApplicationStatus.APPROVED.value,
                   ~GrantApplicationRow.id.in_(select(GrantAgreementRow.application_id)))
            .order_by(GrantApplicationRow.reference))]


def _content(session: Session, application: GrantApplicationRow, number: str,
             params: GrantParams, signed_on: date | None = None, signed_place: str = ""
             ) -> GrantAgreementData:
    call = session.get(GrantCallRow, application.call_id)
    assert call is not None  # a foreign key
    employer = session.get(EmployerRow, application.employer_id)
    assert employer is not None
    region = session.get(RegionRow, call.region_id)
    province = session.get(ProvinceRow, employer.province_id)
    edition = session.get(EditionRow, call.edition_id)
    decided = session.scalar(
        select(MeetingRow.held_on).join(GrantDecisionRow,
                                        GrantDecisionRow.meeting_id == MeetingRow.id)
        .where(GrantDecisionRow.application_id == application.id))
    posts = session.scalars(select(GrantPostRow).where(
        GrantPostRow.application_id == application.id).order_by(GrantPostRow.position))
    seat = "، ".join(p for p in (employer.address, province.name_ar if province else "") if p)
    return GrantAgreementData(
        number=number, edition_title=programme.edition_from_row(edition).title if edition
        else "", region_name=region.name_ar if region else "",
        call_reference=call.reference, application_reference=application.reference,
        decision_date=formats.long_date(decided) if decided else "",
        employer_name=employer.name_ar, employer_kind=employer.kind.label,
        cnss_affiliate=employer.cnss_affiliate, employer_seat=seat,
        employer_representative=employer.legal_representative,
        sector=Sector(employer.sector).label,
        target_groups="، ".join(EligibilityCategory(g).label
                                for g in application.target_groups or []),
        hires=application.hires, monthly_amount=params.monthly, grant_months=params.months,
        min_contract_months=params.min_contract_months,
        hiring_deadline_days=HIRING_DEADLINE_DAYS, replacement_days=REPLACEMENT_DAYS,
        signed_place=signed_place, signed_on=formats.long_date(signed_on) if signed_on else "",
        posts=tuple(PostLine(p.title_ar, p.count, ContractType(p.contract_type).label,
                             p.contract_months, p.monthly_wage) for p in posts))


def _data_to_json(data: GrantAgreementData) -> dict[str, object]:
    return json.loads(json.dumps(asdict(data), default=str, ensure_ascii=False))


def _data_from_json(content: dict[str, object]) -> GrantAgreementData:
    values = dict(content)
    posts = tuple(PostLine(p["title_ar"], int(p["count"]), p["contract_label"],
                           int(p["contract_months"]), Decimal(p["monthly_wage"]))
                  for p in values.pop("posts", []))  # type: ignore[attr-defined]
    values["monthly_amount"] = Decimal(str(values["monthly_amount"]))
    return GrantAgreementData(**values, posts=posts)  # type: ignore[arg-type]


def fill_content(session: Session, row: GrantAgreementRow) -> GrantAgreementData:
    """What the agreement prints, frozen in its row with its hash (before it is locked)."""
    application = session.get(GrantApplicationRow, row.application_id)
    assert application is not None  # a foreign key
    params = _agreement_params(session, row)
    data = _content(session, application, row.number, params, row.signed_on,
                    row.signed_place)
    row.content, row.content_sha256 = _data_to_json(data), _sha(data)
    return data


def _sha(data: GrantAgreementData) -> str:
    canonical = json.dumps(asdict(data), default=str, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@requires(Permission.CONVENTIONS)
def draw_up(db: Database, actor: Actor, application_id: uuid.UUID) -> Agreement:
    """The agreement of an approved application, with the edition's grant parameters."""
    with writing(db, actor) as session:
        application = session.get(GrantApplicationRow, application_id)
        if application is None:
            raise NotFound(tr("طلب المنحة غير موجود."))
        if application.status != ApplicationStatus.APPROVED.value:
            raise ValidationError(FieldError(None, tr("لا تعد الاتفاقية إلا لطلب قبلته اللجنة "
                                                      "الجهوية."), "grant.not_approved"))
        if session.scalar(select(GrantAgreementRow.id).where(
                GrantAgreementRow.application_id == application_id)) is not None:
            raise ValidationError(FieldError(None, tr("لهذا الطلب اتفاقية من قبل."),
                                             "grant.agreement_exists"))
        call = session.get(GrantCallRow, application.call_id)
        assert call is not None
        params = _params(session, call.edition_id)
        count = session.scalar(select(func.count()).select_from(GrantAgreementRow)) or 0
        number = f"{call.reference}/AG{count + 1:03d}"
        row = GrantAgreementRow(
            number=number, application_id=application.id, employer_id=application.employer_id,
            hires=application.hires, monthly_amount=params.monthly,
            grant_months=params.months, total_amount=params.per_hire * application.hires,
            content={}, content_sha256="")
        session.add(row)
        session.flush()
        fill_content(session, row)
        return _agreement(session, row)


@requires(Permission.CONVENTIONS)
def sign(db: Database, actor: Actor, agreement_id: uuid.UUID, signed_on: date, place: str
         ) -> Agreement:
    """Record the signature and lock the agreement; its content is sealed in the audit
    chain in the same transaction."""
    if is_blank(place):
        raise ValidationError(FieldError("signed_place", tr("مكان التوقيع: إلزامي.")))
    with writing(db, actor) as session:
        row = _agreement_row(session, agreement_id)
        if row.locked_at is not None:
            raise Locked(tr("اتفاقية المنحة موقعة ومقفلة من قبل."))
        row.signed_on, row.signed_place = signed_on, place.strip()
        fill_content(session, row)
        row.locked_at = datetime.now(UTC)
        seal_record(session, row)
        return _agreement(session, row)


@requires(Permission.PRINT)
def agreement_pdf(db: Database, actor: Actor, agreement_id: uuid.UUID) -> bytes:
    """The agreement with its verification mark; the print is recorded in the register."""
    with reading(db) as session:
        row = _agreement_row(session, agreement_id)
        data, sha, number = _data_from_json(row.content), row.content_sha256, row.number
        version = 1
    head = printed.anchor(db, KIND, agreement_id, sha)
    pdf = build_grant_agreement(data, make_mark(KIND, number, version, sha, head))
    printed.record(db, actor, KIND, agreement_id, number, version, sha, pdf, head)
    return pdf


KIND = "grant_agreement"


# -- hires and payments --------------------------------------------------------------------

@dataclass(frozen=True)
class HireStatus:
    hire: Hire
    settlement: Settlement
    params: GrantParams


def _hire(session: Session, row: GrantHireRow) -> Hire:
    paid = sorted(session.scalars(select(GrantPaymentRow.month_index).where(
        GrantPaymentRow.hire_id == row.id)))
    # A first hire's months of grant are the agreement's as amended; a replacement keeps
    # the months it took over.
    months = row.grant_months if row.replaces_hire_id is not None else None
    return Hire(row.cin, row.full_name, row.post_title, row.starts_on, row.contract_months,
                row.ended_on, row.end_reason, row.replaces_hire_id, months,
                row.agreement_id, row.id, list(paid), row.row_version, row.beneficiary_id)


def _agreement_params(session: Session, agreement: GrantAgreementRow) -> GrantParams:
    application = session.get(GrantApplicationRow, agreement.application_id)
    call = session.get(GrantCallRow, application.call_id) if application else None
    min_contract = _params(session, call.edition_id).min_contract_months if call else 1
    terms = terms_of(session, agreement)
    return GrantParams(terms.monthly_amount, terms.grant_months, min_contract)


def list_hires(db: Database, agreement_id: uuid.UUID, on: date | None = None
               ) -> list[HireStatus]:
    today = on or date.today()
    with reading(db) as session:
        agreement = _agreement_row(session, agreement_id)
        params = _agreement_params(session, agreement)
        return [HireStatus(hire, settle(hire, params, today), params)
                for hire in (_hire(session, r) for r in session.scalars(
                    select(GrantHireRow).where(GrantHireRow.agreement_id == agreement_id)
                    .order_by(GrantHireRow.starts_on, GrantHireRow.full_name)))]


def hire_status(db: Database, hire_id: uuid.UUID, on: date | None = None) -> HireStatus:
    with reading(db) as session:
        row = session.get(GrantHireRow, hire_id)
        if row is None:
            raise NotFound(tr("الأجير غير موجود."))
        params = _agreement_params(session, _agreement_row(session, row.agreement_id))
        hire = _hire(session, row)
        return HireStatus(hire, settle(hire, params, on or date.today()), params)


@requires(Permission.FOLLOW_UP)
def save_hire(db: Database, actor: Actor, hire: Hire, person: Beneficiary | None = None
              ) -> Hire:
    """Register a hire of a signed agreement (or a replacement of one who left).

    The hire is a person of the beneficiaries register: the one `hire.beneficiary_id`
    names, else the one holding `hire.cin`; when the register has nobody with that CIN,
    `person` is added to it in the same write (under the register's own rules), and
    without `person` the hire is refused at its CIN field.
    """
    if hire.agreement_id is None:
        raise ValidationError(FieldError("agreement_id", tr("الاتفاقية: إلزامية.")))
    if person is not None:
        authorization.check(db, actor, Permission.BENEFICIARIES)
    with writing(db, actor) as session:
        agreement = _agreement_row(session, hire.agreement_id)
        if agreement.locked_at is None:
            raise ValidationError(FieldError(None, tr("لا يسجل الأجراء إلا بعد توقيع الاتفاقية."),
                                             "hire.unsigned"))
        params = _agreement_params(session, agreement)
        if hire.replaces_hire_id is not None:
            original_row = session.get(GrantHireRow, hire.replaces_hire_id)
            if original_row is None:
                raise NotFound(tr("الأجير المعوض غير موجود."))
            original = _hire(session, original_row)
            errors = check_replacement(original, hire, params)
            if errors:
                raise ValidationError(errors)
            hire.grant_months = settle(original, params, hire.starts_on).cancelled_months
        someone = _person_of(session, hire, person)
        if someone is not None:
            hire.cin, hire.full_name = someone.cin, f"{someone.first_name_ar} " \
                                                    f"{someone.last_name_ar}".strip()
        elif person is not None:
            hire.cin, hire.full_name = person.cin or hire.cin, person.full_name_ar
            person.cin = register_cin(hire.cin)
            errors = validate_beneficiary(person, hire.starts_on, configured_age_limits())
            try:
                validate_hire(hire, params)
            except ValidationError as exc:  # the names are the register's fields here
                kept = [e for e in exc.errors if e.field != "full_name"]
                errors = kept + [e for e in errors if e.field not in {h.field for h in kept}]
            if errors:
                raise ValidationError(errors)
        else:
            raise ValidationError(FieldError(
                "cin", f"رقم البطاقة الوطنية {register_cin(hire.cin)}: هذا الشخص غير مسجل "
                       "في سجل المستفيدين؛ أدخل معطياته ليسجل فيه مع تسجيله أجيرا.",
                "hire.not_registered"))
        validate_hire(hire, params)
        if someone is not None:
            errors = check_one_job(hire.starts_on, _other_hires(session, someone.id, hire.id))
            if errors:
                raise ValidationError(errors)
        if someone is None:
            assert person is not None  # refused above otherwise
            someone = register_person(session, person, hire.starts_on)
            hire.cin, hire.full_name = someone.cin, f"{someone.first_name_ar} " \
                                                    f"{someone.last_name_ar}".strip()
        if hire.id is None:
            if hire.replaces_hire_id is None:
                allowed = terms_of(session, agreement).hires
                if hired_count(session, agreement.id) >= allowed:
                    raise ValidationError(FieldError(
                        None, tr("عدد الأجراء: تنص الاتفاقية على {allowed} أجيرا وسجلوا "
                                 "كلهم؛ يسجل الأجير الجديد تعويضا لأجير غادر.")
                              .format(allowed=allowed), "hire.too_many"))
            row = GrantHireRow(agreement_id=agreement.id)
            session.add(row)
        else:
            found = session.get(GrantHireRow, hire.id)
            if found is None:
                raise NotFound(tr("الأجير غير موجود."))
            versions.check(session, found, hire.row_version)
            row = found
        row.beneficiary_id = someone.id
        row.cin, row.full_name = normalise_cin(hire.cin), hire.full_name.strip()
        row.post_title, row.starts_on = hire.post_title.strip(), hire.starts_on
        row.contract_months = hire.contract_months
        row.grant_months = hire.grant_months if hire.grant_months is not None else params.months
        row.ended_on, row.end_reason = hire.ended_on, hire.end_reason.strip()
        row.replaces_hire_id = hire.replaces_hire_id
        session.flush()
        return _hire(session, row)


def _person_of(session: Session, hire: Hire, person: Beneficiary | None
               ) -> BeneficiaryRow | None:
    """The register's entry for the hire: named, or found by CIN (None: not there yet)."""
    if hire.beneficiary_id is not None:
        found = session.get(BeneficiaryRow, hire.beneficiary_id)
        if found is None:
            raise NotFound("المستفيد غير موجود في السجل.")
        return found
    cin = register_cin(person.cin if person is not None and person.cin else hire.cin)
    return session.scalars(select(BeneficiaryRow).where(BeneficiaryRow.cin == cin)).first()


def _other_hires(session: Session, beneficiary_id: uuid.UUID, leave_out: uuid.UUID | None
                 ) -> list[OtherHire]:
    query = (select(GrantHireRow, GrantAgreementRow.number, EmployerRow.name_ar)
             .join(GrantAgreementRow, GrantAgreementRow.id == GrantHireRow.agreement_id)
             .join(EmployerRow, EmployerRow.id == GrantAgreementRow.employer_id)
             .where(GrantHireRow.beneficiary_id == beneficiary_id))
    if leave_out is not None:
        query = query.where(GrantHireRow.id != leave_out)
    return [OtherHire(number, name, row.starts_on, row.ended_on)
            for row, number, name in session.execute(query)]


@dataclass(frozen=True)
class PersonHire:
    """A grant hire as a person's card shows it."""

    hire_id: uuid.UUID
    agreement_number: str
    employer_name_ar: str
    post_title: str
    starts_on: date
    ended_on: date | None
    end_reason: str
    grant_months: int
    paid_months: int


def hires_of_person(db: Database, beneficiary_id: uuid.UUID) -> list[PersonHire]:
    """Every grant hire of one person of the register, oldest first."""
    with reading(db) as session:
        found = []
        for row, number, name in session.execute(
                select(GrantHireRow, GrantAgreementRow.number, EmployerRow.name_ar)
                .join(GrantAgreementRow, GrantAgreementRow.id == GrantHireRow.agreement_id)
                .join(EmployerRow, EmployerRow.id == GrantAgreementRow.employer_id)
                .where(GrantHireRow.beneficiary_id == beneficiary_id)
                .order_by(GrantHireRow.starts_on)):
            params = _agreement_params(session, _agreement_row(session, row.agreement_id))
            hire = _hire(session, row)
            found.append(PersonHire(row.id, number, name, row.post_title, row.starts_on,
                                    row.ended_on, row.end_reason,
                                    len(schedule(hire, params)), len(hire.paid_months)))
        return found


@requires(Permission.FOLLOW_UP)
def end_hire(db: Database, actor: Actor, hire_id: uuid.UUID, ended_on: date, reason: str
             ) -> HireStatus:
    """A hire who leaves early: the grant stops; what was paid beyond is to be recovered."""
    with writing(db, actor) as session:
        row = session.get(GrantHireRow, hire_id)
        if row is None:
            raise NotFound(tr("الأجير غير موجود."))
        params = _agreement_params(session, _agreement_row(session, row.agreement_id))
        hire = _hire(session, row)
        hire.ended_on, hire.end_reason = ended_on, reason
        validate_hire(hire, params)
        row.ended_on, row.end_reason = ended_on, reason.strip()
        session.flush()
        return HireStatus(hire, settle(hire, params, ended_on), params)


@requires(Permission.FOLLOW_UP)
def record_payment(db: Database, actor: Actor, hire_id: uuid.UUID, month_index: int,
                   paid_on: date) -> None:
    with writing(db, actor) as session:
        row = session.get(GrantHireRow, hire_id)
        if row is None:
            raise NotFound(tr("الأجير غير موجود."))
        params = _agreement_params(session, _agreement_row(session, row.agreement_id))
        hire = _hire(session, row)
        months = {m.index: m for m in schedule(hire, params)}
        if month_index not in months:
            raise ValidationError(FieldError("month_index", tr("الشهر: بين 1 و{months}.")
                                                            .format(months=len(months))))
        if month_index in hire.paid_months:
            raise ValidationError(FieldError("month_index", tr("الشهر {month_index}: سبق أداؤه.")
                                                            .format(month_index=month_index)))
        session.add(GrantPaymentRow(hire_id=hire_id, month_index=month_index,
                                    amount=months[month_index].amount, paid_on=paid_on))


# -- totals --------------------------------------------------------------------------------

@dataclass
class Total:
    label: str
    hires: int = 0
    active: int = 0
    committed: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    due: Decimal = Decimal(0)
    to_recover: Decimal = Decimal(0)
    late_months: int = 0


@dataclass(frozen=True)
class Totals:
    by_employer: list[Total]
    by_sector: list[Total]
    by_province: list[Total]
    region: Total


def totals(db: Database, region_id: uuid.UUID | None = None, on: date | None = None) -> Totals:
    """Hires, grant committed, paid, due and to recover per employer, sector and province."""
    today = on or date.today()
    groups: dict[str, dict[str, Total]] = defaultdict(dict)
    region = Total(tr("المجموع"))
    with reading(db) as session:
        query = (select(GrantHireRow, GrantAgreementRow, EmployerRow, ProvinceRow)
                 .join(GrantAgreementRow, GrantAgreementRow.id == GrantHireRow.agreement_id)
                 .join(EmployerRow, EmployerRow.id == GrantAgreementRow.employer_id)
                 .join(ProvinceRow, ProvinceRow.id == EmployerRow.province_id))
        if region_id is not None:
            query = query.where(ProvinceRow.region_id == region_id)
        params_of: dict[uuid.UUID, GrantParams] = {}
        for hire_row, agreement, employer, province in session.execute(query):
            if agreement.id not in params_of:
                params_of[agreement.id] = _agreement_params(session, agreement)
            params = params_of[agreement.id]
            hire = _hire(session, hire_row)
            settled = settle(hire, params, today)
            keys = (("employer", employer.name_ar),
                    ("sector", enum_label(Sector(employer.sector))),
                    ("province", province.name_ar))
            for group, label in keys:
                total = groups[group].setdefault(label, Total(label))
                _add(total, hire, settled, params)
            _add(region, hire, settled, params)
    ordered = {g: sorted(groups[g].values(), key=lambda t: t.label)
               for g in ("employer", "sector", "province")}
    return Totals(ordered["employer"], ordered["sector"], ordered["province"], region)


def _add(total: Total, hire: Hire, settled: Settlement, params: GrantParams) -> None:
    total.hires += hire.replaces_hire_id is None
    total.active += hire.ended_on is None
    total.committed += params.monthly * (settled.scheduled - settled.cancelled_months)
    total.paid += params.monthly * settled.paid
    total.due += settled.due
    total.to_recover += settled.to_recover
    total.late_months += settled.late_months


def export_totals(db: Database, path: Path, region_id: uuid.UUID | None = None) -> int:
    found = totals(db, region_id)
    rows = []
    for name, group in ((tr("المشغل"), found.by_employer), (tr("القطاع"), found.by_sector),
                        (tr("الإقليم"), found.by_province)):
        rows += [[name, t.label, t.hires, t.active, t.committed, t.paid, t.due, t.to_recover,
                  t.late_months] for t in group]
    rows.append(["", found.region.label, found.region.hires, found.region.active,
                 found.region.committed, found.region.paid, found.region.due,
                 found.region.to_recover, found.region.late_months])
    xlsx.write_table(path, tr("مجاميع منحة دعم التشغيل"),
                     [tr("حسب"), tr("البيان"), tr("الأجراء"), tr("في العمل"),
                      tr("المنحة الملتزم بها"), tr("المؤدى"), tr("الباقي"), tr("للاسترجاع"),
                      tr("أشهر متأخرة")], rows)
    return len(rows)
