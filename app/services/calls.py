"""Calls for project proposals per edition, component and territory."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.domain.calls import Call, validate_call
from app.domain.programme import edition_title
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.listing import search_condition
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import CallRow, EditionRow, ProvinceRow, RegionRow


def _call(row: CallRow, edition: EditionRow, territory: str) -> Call:
    return Call(row.edition_id, row.title_ar, row.opens_on, row.closes_on, row.component,
                row.province_id, row.region_id, row.reference, list(row.accepted_domain_codes),
                row.id, edition_title(edition.number, edition.year), territory,
                row_version=row.row_version)


def list_calls(db: Database, edition_id: uuid.UUID | None = None,
               province_id: uuid.UUID | None = None, search: str = "") -> list[Call]:
    query = (select(CallRow, EditionRow, ProvinceRow.name_ar, RegionRow.name_ar)
             .join(EditionRow).outerjoin(ProvinceRow, CallRow.province_id == ProvinceRow.id)
             .outerjoin(RegionRow, CallRow.region_id == RegionRow.id)
             .order_by(CallRow.opens_on.desc()))
    if edition_id is not None:
        query = query.where(CallRow.edition_id == edition_id)
    if province_id is not None:
        query = query.where(CallRow.province_id == province_id)
    condition = search_condition(search, CallRow.search_text)
    if condition is not None:
        query = query.where(condition)
    with reading(db) as session:
        return [_call(c, e, p or r or "") for c, e, p, r in session.execute(query)]


def get_call(db: Database, call_id: uuid.UUID) -> Call:
    for call in list_calls(db):
        if call.id == call_id:
            return call
    raise NotFound(tr("طلب العروض غير موجود."))


@requires(Permission.CALLS)
def save_call(db: Database, actor: Actor, call: Call) -> Call:
    validate_call(call)
    with writing(db, actor) as session:
        if call.edition_id is None or session.get(EditionRow, call.edition_id) is None:
            raise ValidationError(FieldError("edition_id", tr("النسخة: يرجى اختيار نسخة "
                                                              "البرنامج.")))
        if call.id is None:
            row = CallRow()
            session.add(row)
        else:
            found = session.get(CallRow, call.id)
            if found is None:
                raise NotFound(tr("طلب العروض غير موجود."))
            versions.check(session, found, call.row_version)
            row = found
        row.edition_id, row.component = call.edition_id, call.component
        row.province_id, row.region_id = call.province_id, call.region_id
        row.reference, row.title_ar = call.reference.strip(), call.title_ar.strip()
        row.opens_on, row.closes_on = call.opens_on, call.closes_on
        row.accepted_domain_codes = list(call.accepted_domain_codes)
        session.flush()
        call_id = row.id
    return get_call(db, call_id)
