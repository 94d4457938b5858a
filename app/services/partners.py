"""The registry of bodies that carry projects."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from app.domain.cnss import digits_only
from app.domain.partners import Partner, normalise_phone, normalise_rib, validate_partner
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.listing import ListQuery, Page, run_page, search_condition
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import CommuneRow, PartnerRow, ProvinceRow

_Commune = aliased(CommuneRow)
_Province = aliased(ProvinceRow)

SORTS = {
    "name_ar": PartnerRow.name_ar, "name_fr": PartnerRow.name_fr, "kind": PartnerRow.kind,
    "registration_number": PartnerRow.registration_number,
    "legal_representative": PartnerRow.legal_representative, "phone": PartnerRow.phone,
    "commune": _Commune.name_ar, "province": _Province.name_ar,
}


def _partner(row: PartnerRow, commune: str | None = "", province: str | None = "") -> Partner:
    return Partner(row.kind, row.name_ar, row.name_fr, row.registration_number,
                   row.legal_representative, row.representative_title, row.phone, row.email,
                   row.address, row.commune_id, row.bank_name, row.rib, row.notes, row.id,
                   commune or "", province or "", row_version=row.row_version,
                   representative_sex=row.representative_sex or "",
                   cnss_affiliate=row.cnss_affiliate)


def _base(query: ListQuery, counting: bool = False) -> Select:
    """The list's query; to count, only keys are read and the commune and province joins
    are left out unless a province filter needs them (they never change the number)."""
    if counting:
        base: Select = select(PartnerRow.id)
        if query.filters.get("province_id"):
            base = base.join(_Commune, PartnerRow.commune_id == _Commune.id)
    else:
        base = (select(PartnerRow, _Commune.name_ar, _Province.name_ar)
                .outerjoin(_Commune, PartnerRow.commune_id == _Commune.id)
                .outerjoin(_Province, _Commune.province_id == _Province.id))
    condition = search_condition(query.search, PartnerRow.search_text)
    if condition is not None:
        base = base.where(condition)
    filters = query.filters
    if filters.get("kind"):
        base = base.where(PartnerRow.kind == filters["kind"])
    if filters.get("commune_id"):
        base = base.where(PartnerRow.commune_id == filters["commune_id"])
    if filters.get("province_id"):
        base = base.where(_Commune.province_id == filters["province_id"])
    return base


def list_partners(db: Database, query: ListQuery = ListQuery()) -> Page[Partner]:  # noqa: B008
    with reading(db) as session:
        return run_page(session, _base(query), query, SORTS,
                        [PartnerRow.name_ar, PartnerRow.id], lambda r: _partner(*r),
                        PartnerRow.id, count_base=_base(query, counting=True))


def get_partner(db: Database, partner_id: uuid.UUID) -> Partner:
    with reading(db) as session:
        row = session.get(PartnerRow, partner_id)
        if row is None:
            raise NotFound(tr("الهيئة غير موجودة."))
        commune = session.get(CommuneRow, row.commune_id) if row.commune_id else None
        return _partner(row, commune.name_ar if commune else "",
                        commune.province.name_ar if commune else "")


@requires(Permission.PARTNERS)
def save_partner(db: Database, actor: Actor, partner: Partner) -> Partner:
    validate_partner(partner)
    with writing(db, actor) as session:
        registration = partner.registration_number.strip()
        if registration:
            clash = session.scalars(select(PartnerRow).where(
                PartnerRow.registration_number == registration,
                PartnerRow.kind == partner.kind, PartnerRow.id != partner.id)).first()
            if clash is not None:
                raise ValidationError(FieldError(
                    "registration_number",
                    tr("رقم التسجيل: مسجل من قبل للهيئة «{clash.name_ar}».")
                    .format(clash=clash), "partner.unique"))
        if partner.commune_id is not None and session.get(CommuneRow, partner.commune_id) is None:
            raise ValidationError(FieldError("commune_id", tr("الجماعة: غير موجودة.")))
        if partner.id is None:
            row = PartnerRow()
            session.add(row)
        else:
            found = session.get(PartnerRow, partner.id)
            if found is None:
                raise NotFound(tr("الهيئة غير موجودة."))
            versions.check(session, found, partner.row_version)
            row = found
        row.kind = partner.kind
        row.name_ar, row.name_fr = partner.name_ar.strip(), partner.name_fr.strip()
        row.registration_number = registration
        row.legal_representative = partner.legal_representative.strip()
        row.representative_title = partner.representative_title.strip()
        row.representative_sex = partner.representative_sex
        row.phone, row.email = normalise_phone(partner.phone), partner.email.strip()
        row.address, row.commune_id = partner.address.strip(), partner.commune_id
        row.bank_name, row.rib = partner.bank_name.strip(), normalise_rib(partner.rib)
        row.notes = partner.notes.strip()
        row.cnss_affiliate = digits_only(partner.cnss_affiliate)
        session.flush()
        partner_id = row.id
    return get_partner(db, partner_id)
