"""Editions, their parameters, the dated minimum wage, and quotas per province."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Component, WageKind
from app.domain.programme import (
    ComponentParams,
    Edition,
    MinimumWage,
    Quota,
    edition_title,
    validate_edition,
    validate_minimum_wage,
    validate_quota,
    wage_in_force,
)
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    EditionComponentRow,
    EditionRow,
    MinimumWageRow,
    ProvinceRow,
    QuotaRow,
)


def edition_from_row(row: EditionRow) -> Edition:
    """For other services that already hold the row in their own unit of work."""
    return _edition(row)


def quota_from_row(session: Session, row: QuotaRow) -> Quota:
    province = session.get(ProvinceRow, row.province_id)
    edition = session.get(EditionRow, row.edition_id)
    assert province is not None and edition is not None
    return _quota(row, province, edition)


def _edition(row: EditionRow) -> Edition:
    return Edition(
        year=row.year, number=row.number, starts_on=row.starts_on, ends_on=row.ends_on,
        admin_fee_rate=row.admin_fee_rate, min_duration_months=row.min_duration_months,
        max_duration_months=row.max_duration_months,
        default_duration_months=row.default_duration_months,
        bodies_may_benefit_again=row.bodies_may_benefit_again, notes=row.notes,
        components=[ComponentParams(c.component, c.enabled, c.employer_grant_monthly,
                                    c.employer_grant_months, c.min_contract_months)
                    for c in row.components],
        legal_references=[str(line) for line in row.legal_references or []], id=row.id,
        row_version=row.row_version)


def list_editions(db: Database) -> list[Edition]:
    """Newest first: the edition a secretary works on is almost always the latest."""
    with reading(db) as session:
        return [_edition(r) for r in session.scalars(
            select(EditionRow).order_by(EditionRow.year.desc()))]


def get_edition(db: Database, edition_id: uuid.UUID) -> Edition:
    with reading(db) as session:
        return _edition(_edition_row(session, edition_id))


def find_edition(db: Database, year: int) -> Edition:
    with reading(db) as session:
        row = session.scalars(select(EditionRow).where(EditionRow.year == year)).first()
        if row is None:
            raise NotFound(tr("لا توجد نسخة من البرنامج لسنة {year}.").format(year=year))
        return _edition(row)


def _edition_row(session: Session, edition_id: uuid.UUID) -> EditionRow:
    row = session.get(EditionRow, edition_id)
    if row is None:
        raise NotFound(tr("نسخة البرنامج غير موجودة."))
    return row


@requires(Permission.EDITIONS)
def save_edition(db: Database, actor: Actor, edition: Edition) -> Edition:
    validate_edition(edition)
    with writing(db, actor) as session:
        errors = []
        for field, value, label in (("year", edition.year, tr("السنة")),
                                    ("number", edition.number, tr("رقم النسخة"))):
            clash = session.scalars(select(EditionRow).where(
                getattr(EditionRow, field) == value, EditionRow.id != edition.id)).first()
            if clash is not None:
                number = edition_title(clash.number, clash.year)
                errors.append(FieldError(field, tr("{label}: توجد نسخة أخرى بنفس القيمة "
                                                   "({number}).").format(label=label,
                                                                         number=number)))
        if errors:
            raise ValidationError(errors)
        if edition.id is None:
            row = EditionRow()
            session.add(row)
        else:
            row = _edition_row(session, edition.id)
            versions.check(session, row, edition.row_version)
        row.year, row.number = edition.year, edition.number
        row.starts_on, row.ends_on = edition.starts_on, edition.ends_on
        row.admin_fee_rate = edition.admin_fee_rate
        row.min_duration_months = edition.min_duration_months
        row.max_duration_months = edition.max_duration_months
        row.default_duration_months = edition.default_duration_months
        row.bodies_may_benefit_again = edition.bodies_may_benefit_again
        row.notes = edition.notes
        row.legal_references = [line.strip() for line in edition.legal_references
                                if line.strip()]
        params = edition.components or [ComponentParams(c) for c in Component]
        existing = {c.component: c for c in row.components}
        for p in params:
            comp = existing.get(p.component)
            if comp is None:
                comp = EditionComponentRow(component=p.component)
                row.components.append(comp)
            comp.enabled = p.enabled
            comp.employer_grant_monthly = p.employer_grant_monthly
            comp.employer_grant_months = p.employer_grant_months
            comp.min_contract_months = p.min_contract_months
        session.flush()
        return _edition(row)


def list_minimum_wages(db: Database) -> list[MinimumWage]:
    with reading(db) as session:
        return [MinimumWage(r.kind, r.effective_from, r.monthly_amount, r.reference, r.id)
                for r in session.scalars(select(MinimumWageRow).order_by(
                    MinimumWageRow.kind, MinimumWageRow.effective_from))]


def minimum_wage_on(db: Database, on: date, kind: WageKind = WageKind.SMIG) -> MinimumWage | None:
    return wage_in_force(list_minimum_wages(db), on, kind)


@requires(Permission.SETTINGS)
def save_minimum_wage(db: Database, actor: Actor, wage: MinimumWage) -> MinimumWage:
    validate_minimum_wage(wage)
    with writing(db, actor) as session:
        row = MinimumWageRow() if wage.id is None else session.get(MinimumWageRow, wage.id)
        if row is None:
            raise NotFound(tr("قيمة الحد الأدنى للأجر غير موجودة."))
        if wage.id is None:
            session.add(row)
        row.kind, row.effective_from = wage.kind, wage.effective_from
        row.monthly_amount, row.reference = wage.monthly_amount, wage.reference
        session.flush()
        return MinimumWage(row.kind, row.effective_from, row.monthly_amount, row.reference, row.id)


def _quota(row: QuotaRow, province: ProvinceRow, edition: EditionRow) -> Quota:
    return Quota(row.edition_id, row.province_id, row.posts, row.person_months, row.component,
                 row.notes, row.id, province.name_ar, province.code,
                 edition_title(edition.number, edition.year), row_version=row.row_version)


def list_quotas(db: Database, edition_id: uuid.UUID | None = None,
                province_id: uuid.UUID | None = None) -> list[Quota]:
    query = (select(QuotaRow, ProvinceRow, EditionRow).join(ProvinceRow).join(EditionRow)
             .order_by(EditionRow.year.desc(), ProvinceRow.code, QuotaRow.component))
    if edition_id is not None:
        query = query.where(QuotaRow.edition_id == edition_id)
    if province_id is not None:
        query = query.where(QuotaRow.province_id == province_id)
    with reading(db) as session:
        return [_quota(q, p, e) for q, p, e in session.execute(query)]


def get_quota(db: Database, edition_id: uuid.UUID, province_id: uuid.UUID,
              component: Component = Component.TEMPORARY_WORKSITES) -> Quota | None:
    for quota in list_quotas(db, edition_id, province_id):
        if quota.component == component:
            return quota
    return None


@requires(Permission.QUOTAS)
def save_quota(db: Database, actor: Actor, quota: Quota) -> Quota:
    """Create or change a province's quota; a second quota for the same slot is refused."""
    with writing(db, actor) as session:
        edition = session.get(EditionRow, quota.edition_id) if quota.edition_id else None
        province = session.get(ProvinceRow, quota.province_id) if quota.province_id else None
        errors = []
        if edition is None:
            errors.append(FieldError("edition_id", tr("النسخة: يرجى اختيار نسخة البرنامج.")))
        if province is None:
            errors.append(FieldError("province_id", tr("الإقليم: يرجى اختيار الإقليم أو العمالة.")))
        if edition is not None:
            try:
                validate_quota(quota, _edition(edition))
            except ValidationError as exc:
                errors += exc.errors
        if errors:
            raise ValidationError(errors)
        assert edition is not None and province is not None
        clash = session.scalars(select(QuotaRow).where(
            QuotaRow.edition_id == quota.edition_id, QuotaRow.province_id == quota.province_id,
            QuotaRow.component == quota.component, QuotaRow.id != quota.id)).first()
        if clash is not None:
            raise ValidationError(FieldError(
                "province_id", tr("الإقليم: لإقليم {province.name_ar} حصة مسجلة من قبل في "
                                  "{number} لهذا الشق؛ عدلها بدل إضافة حصة ثانية.")
                               .format(province=province,
                                       number=edition_title(edition.number, edition.year))))
        if quota.id is None:
            row = QuotaRow()
            session.add(row)
        else:
            found = session.get(QuotaRow, quota.id)
            if found is None:
                raise NotFound(tr("الحصة غير موجودة."))
            versions.check(session, found, quota.row_version)
            row = found
        row.edition_id, row.province_id = quota.edition_id, quota.province_id
        row.component, row.posts = quota.component, quota.posts
        row.person_months, row.notes = quota.person_months, quota.notes.strip()
        session.flush()
        return _quota(row, province, edition)


@requires(Permission.QUOTAS)
def delete_quota(db: Database, actor: Actor, quota_id: uuid.UUID) -> None:
    with writing(db, actor) as session:
        row = session.get(QuotaRow, quota_id)
        if row is None:
            raise NotFound(tr("الحصة غير موجودة."))
        session.delete(row)
