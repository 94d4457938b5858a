"""The folded search text of partners, proposals and calls, written in one place.

Lists search one stored column per table (`search_text`), the folded concatenation of what
the list searches, so a typed word meets one indexed column instead of `ilike` over several
columns and joins (migration 0007 indexes it: FTS5 trigram on SQLite, pg_trgm on
PostgreSQL). A proposal's text holds its partner's names and its communes' names copied in
(denormalised): a search of several words is then one index lookup, and renaming a partner
or a commune, which is rare, rewrites the text of that record's proposals here.

Every ORM write goes through `writing()`, which installs the hooks below, so no service can
forget the column. Bulk inserts with Core (fixtures, benchmarks) fill it with the same
`*_text` functions.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, event, inspect, select, update
from sqlalchemy.orm import Session

from app.domain.text import fold
from app.services import changes
from app.storage.models import CallRow, CommuneRow, PartnerRow, ProposalRow, proposal_communes

PARTNER_FIELDS = ("name_ar", "name_fr", "registration_number", "legal_representative", "phone")
PROPOSAL_FIELDS = ("reference", "title_ar")
CALL_FIELDS = ("reference", "title_ar")
_INSTALLED = "search_installed"
_RENAMED = "search_renamed"


def _value(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name, None)


def _joined(parts: Iterable[Any]) -> str:
    return fold(" ".join(str(p) for p in parts if p))


def partner_text(row: Any) -> str:
    """A partner's search text, from a PartnerRow or a mapping of its columns."""
    return _joined(_value(row, f) for f in PARTNER_FIELDS)


def call_text(row: Any) -> str:
    return _joined(_value(row, f) for f in CALL_FIELDS)


def proposal_text(row: Any, partner_names: Iterable[str | None] = (),
                  commune_names: Iterable[str | None] = ()) -> str:
    """A proposal's search text: its own fields, then its partner's and communes' names
    (sorted, so the same communes always give the same text)."""
    return _joined([*(_value(row, f) for f in PROPOSAL_FIELDS), *partner_names,
                    *sorted(n for n in commune_names if n)])


def _renamed(obj: Any, *names: str) -> bool:
    state = inspect(obj)
    return state.persistent and any(state.attrs[n].history.has_changes() for n in names)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = [*session.new, *(o for o in session.dirty if session.is_modified(o))]
    partners = {o.id: o for o in pending if isinstance(o, PartnerRow) and o.id is not None}
    renamed: dict[str, set[uuid.UUID]] = session.info.setdefault(_RENAMED, defaultdict(set))
    for obj in pending:
        if isinstance(obj, PartnerRow):
            _set(obj, partner_text(obj))
            if _renamed(obj, "name_ar", "name_fr"):
                renamed["partner"].add(obj.id)
        elif isinstance(obj, CallRow):
            _set(obj, call_text(obj))
        elif isinstance(obj, ProposalRow):
            partner = partners.get(obj.partner_id) or (
                session.get(PartnerRow, obj.partner_id) if obj.partner_id else None)
            names = (partner.name_ar, partner.name_fr) if partner is not None else ()
            _set(obj, proposal_text(obj, names, (c.name_ar for c in obj.communes)))
        elif isinstance(obj, CommuneRow) and _renamed(obj, "name_ar"):
            renamed["commune"].add(obj.id)


def _set(obj: PartnerRow | CallRow | ProposalRow, text: str) -> None:
    if obj.search_text != text:
        obj.search_text = text


def _after_flush(session: Session, _context: Any) -> None:
    """Renamed partners and communes are in the database now: rewrite their proposals."""
    renamed = session.info.pop(_RENAMED, None)
    if not renamed:
        return
    conditions = []
    if renamed.get("partner"):
        conditions.append(ProposalRow.partner_id.in_(renamed["partner"]))
    if renamed.get("commune"):
        conditions.append(ProposalRow.id.in_(
            select(proposal_communes.c.proposal_id)
            .where(proposal_communes.c.commune_id.in_(renamed["commune"]))))
    for condition in conditions:
        rewritten = refresh_proposals(session, condition)
        if rewritten:
            changes.note(session, changes.Kind.PROPOSAL, rewritten)


def refresh_proposals(session: Session, condition: ColumnElement[bool]) -> list[uuid.UUID]:
    """Recompute the search text of the proposals matching `condition` from the database;
    returns the ids whose text changed. `updated_at` is kept: the text is derived, and a
    rename elsewhere must not make these records look newer to an exchange."""
    rows = session.execute(
        select(ProposalRow.id, ProposalRow.reference, ProposalRow.title_ar,
               ProposalRow.search_text, PartnerRow.name_ar, PartnerRow.name_fr)
        .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id).where(condition)).all()
    if not rows:
        return []
    communes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for proposal_id, name in session.execute(
            select(proposal_communes.c.proposal_id, CommuneRow.name_ar)
            .join(CommuneRow, CommuneRow.id == proposal_communes.c.commune_id)
            .where(proposal_communes.c.proposal_id.in_([r.id for r in rows]))):
        communes[proposal_id].append(name)
    changed = []
    for row in rows:
        text = proposal_text({"reference": row.reference, "title_ar": row.title_ar},
                             (row.name_ar, row.name_fr), communes.get(row.id, []))
        if text != row.search_text:
            changed.append({"key": row.id, "text": text})
    if changed:
        table = cast(Table, ProposalRow.__table__)
        session.execute(update(table).where(table.c.id == bindparam("key"))
                        .values(search_text=bindparam("text"), updated_at=table.c.updated_at),
                        changed)
    return [c["key"] for c in changed]


def install_search(session: Session) -> None:
    if not session.info.get(_INSTALLED):
        event.listen(session, "before_flush", _before_flush)
        event.listen(session, "after_flush", _after_flush)
        session.info[_INSTALLED] = True
