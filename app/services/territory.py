"""Regions, provinces and communes: the shipped HCP list plus what committees add or fix."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import CommuneKind, ProvinceKind
from app.domain.roles import Permission
from app.domain.territory import Commune, Province, Region, validate_commune
from app.errors import FieldError, NotFound, ValidationError
from app.io import reference_csv
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import CommuneRow, ProvinceRow, RegionRow

# Shipped rows get keys derived from their HCP code, so every laptop has the same keys.
TERRITORY_NAMESPACE = uuid.UUID("2b0e9d4e-7f3c-4f0b-8a61-0c9f4c1d5a77")


def shipped_id(code: str) -> uuid.UUID:
    return uuid.uuid5(TERRITORY_NAMESPACE, code)


@dataclass(frozen=True)
class ReferenceLoad:
    regions_added: int
    provinces_added: int
    communes_added: int
    communes_updated: int


def reference_loaded(db: Database) -> bool:
    with reading(db) as session:
        return bool(session.scalar(select(func.count()).select_from(CommuneRow)))


@requires(Permission.TERRITORY)
def load_reference_data(db: Database, actor: Actor, folder: Path | None = None) -> ReferenceLoad:
    """Add what is missing from the shipped list and refresh names users have not corrected.

    Nothing is ever deleted: communes that users added stay, whatever the list says.
    """
    with writing(db, actor) as session:
        regions = {r.code: r for r in session.scalars(select(RegionRow))}
        provinces = {p.code: p for p in session.scalars(select(ProvinceRow))}
        communes = {c.code: c for c in session.scalars(select(CommuneRow)) if c.code}
        added = [0, 0, 0]
        updated = 0
        for rec in reference_csv.regions(folder):
            if rec.code not in regions:
                regions[rec.code] = RegionRow(id=shipped_id(rec.code), code=rec.code,
                                              name_ar=rec.name_ar, name_fr=rec.name_fr)
                session.add(regions[rec.code])
                added[0] += 1
        for rec in reference_csv.provinces(folder):
            if rec.code not in provinces:
                provinces[rec.code] = ProvinceRow(
                    id=shipped_id(rec.code), code=rec.code, name_ar=rec.name_ar,
                    name_fr=rec.name_fr, kind=ProvinceKind(rec.kind),
                    region_id=regions[rec.parent_code].id)
                session.add(provinces[rec.code])
                added[1] += 1
        for rec in reference_csv.communes(folder):
            row = communes.get(rec.code)
            if row is None:
                session.add(CommuneRow(
                    id=shipped_id(rec.code), code=rec.code, name_ar=rec.name_ar,
                    name_fr=rec.name_fr, kind=CommuneKind(rec.kind),
                    province_id=provinces[rec.parent_code].id))
                added[2] += 1
            elif not row.corrected_by_user and not row.added_by_user and (
                    row.name_ar, row.name_fr) != (rec.name_ar, rec.name_fr):
                row.name_ar, row.name_fr = rec.name_ar, rec.name_fr
                updated += 1
        return ReferenceLoad(added[0], added[1], added[2], updated)


def list_regions(db: Database) -> list[Region]:
    with reading(db) as session:
        rows = session.scalars(select(RegionRow).order_by(RegionRow.code))
        return [Region(r.code, r.name_ar, r.name_fr, r.id) for r in rows]


def _province(row: ProvinceRow) -> Province:
    return Province(row.code, row.name_ar, row.name_fr, row.kind, row.region_id, row.id,
                    row.region.name_ar)


def list_provinces(db: Database, region_id: uuid.UUID | None = None,
                   include_arrondissements: bool = False) -> list[Province]:
    """Provinces and prefectures in code order (the Casablanca arrondissements only if asked)."""
    query = select(ProvinceRow).join(RegionRow).order_by(ProvinceRow.code)
    if region_id is not None:
        query = query.where(ProvinceRow.region_id == region_id)
    if not include_arrondissements:
        query = query.where(ProvinceRow.kind != ProvinceKind.PREFECTURE_OF_ARRONDISSEMENTS)
    with reading(db) as session:
        return [_province(r) for r in session.scalars(query)]


def get_province(db: Database, province_id: uuid.UUID) -> Province:
    with reading(db) as session:
        row = session.get(ProvinceRow, province_id)
        if row is None:
            raise NotFound(tr("الإقليم أو العمالة غير موجود."))
        return _province(row)


def find_province(db: Database, code_or_name: str) -> Province:
    """By HCP code, French or Arabic name (as typed on a command line)."""
    text = code_or_name.strip()
    with reading(db) as session:
        row = session.scalars(select(ProvinceRow).where(or_(
            ProvinceRow.code == text, func.lower(ProvinceRow.name_fr) == text.lower(),
            ProvinceRow.name_ar == text))).first()
        if row is None:
            raise NotFound(tr("لا يوجد إقليم أو عمالة بهذا الرمز أو الاسم: {text}")
                           .format(text=text))
        return _province(row)


def _commune(row: CommuneRow, province_name: str = "") -> Commune:
    return Commune(row.name_ar, row.name_fr, row.kind, row.province_id, row.code,
                   row.added_by_user, row.corrected_by_user, row.id, province_name,
                   row_version=row.row_version)


def list_communes(db: Database, province_id: uuid.UUID | None = None,
                  search: str = "") -> list[Commune]:
    query = (select(CommuneRow, ProvinceRow.name_ar).join(ProvinceRow)
             .order_by(ProvinceRow.code, CommuneRow.name_ar))
    if province_id is not None:
        query = query.where(CommuneRow.province_id == province_id)
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(or_(CommuneRow.name_ar.like(pattern),
                                CommuneRow.name_fr.ilike(pattern),
                                CommuneRow.code.like(pattern)))
    with reading(db) as session:
        return [_commune(row, name) for row, name in session.execute(query)]


def commune_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Every commune as (id, "name (province)"), in `list_communes`' order: what a filter
    box shows, read as plain columns (a list screen opens without building 1,500 records)."""
    query = (select(CommuneRow.id, CommuneRow.name_ar, ProvinceRow.name_ar).join(ProvinceRow)
             .order_by(ProvinceRow.code, CommuneRow.name_ar))
    with reading(db) as session:
        return [(key, f"{name} ({province})") for key, name, province in session.execute(query)]


@requires(Permission.TERRITORY)
def save_commune(db: Database, actor: Actor, commune: Commune) -> Commune:
    """Add a commune (marked as added by users) or correct one (marked as corrected)."""
    validate_commune(commune)
    with writing(db, actor) as session:
        province = (session.get(ProvinceRow, commune.province_id)
                    if commune.province_id else None)
        if province is None:
            raise ValidationError(FieldError("province_id", tr("الإقليم: يرجى اختيار إقليم "
                                                               "موجود.")))
        if commune.code:
            clash = session.scalars(select(CommuneRow).where(
                CommuneRow.code == commune.code, CommuneRow.id != commune.id)).first()
            if clash is not None:
                raise ValidationError(FieldError(
                    "code", tr("الرمز الجغرافي: مستعمل من قبل لجماعة {clash.name_ar}.")
                            .format(clash=clash)))
        if commune.id is None:
            row = CommuneRow(added_by_user=True)
            session.add(row)
        else:
            found = session.get(CommuneRow, commune.id)
            if found is None:
                raise NotFound(tr("الجماعة غير موجودة."))
            versions.check(session, found, commune.row_version)
            row = found
            if not row.added_by_user:
                row.corrected_by_user = True
        row.name_ar = commune.name_ar.strip()
        row.name_fr = commune.name_fr.strip()
        row.kind = commune.kind
        row.province_id = commune.province_id
        row.code = commune.code or None
        session.flush()
        return _commune(row, province.name_ar)


def commune_in_province(session: Session, commune_id: uuid.UUID,
                        province_id: uuid.UUID) -> bool:
    row = session.get(CommuneRow, commune_id)
    return row is not None and row.province_id == province_id
