"""Reading the audit log: a paged, filtered list, its Excel export, and one record's history.

The log is written by the flush hook in `app.services.audit`; this module only reads it.
A user thinks of a meeting's votes as part of the meeting, so a record's history takes in
its child rows too. The hook stores every column of an inserted or deleted row but only the
changed columns of an updated one, so a child is tied to its parent by the parent's id in
its insert or delete entry, or, for rows still there, by the live rows themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from app.domain.audit_labels import entity_label, field_label
from app.domain.enums import AuditAction, LabelledEnum
from app.domain.text import fold
from app.io import xlsx
from app.services.exports import ProgressCallback
from app.services.listing import ListQuery, Page, run_page
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import AuditRow, Base

SORTS = {"at": AuditRow.at, "username": AuditRow.username, "entity": AuditRow.entity,
         "action": AuditRow.action}
EXPORT_BATCH = 1000

# A record a user opens, and the tables whose rows belong to it (by which column).
CHILDREN: Mapping[str, tuple[tuple[str, str], ...]] = {
    "proposals": (("proposal_cost_lines", "proposal_id"),),
    "conventions": (("convention_signatories", "convention_id"),
                    ("convention_tranches", "convention_id"),
                    ("convention_amendments", "convention_id")),
    "meetings": tuple((table, "meeting_id") for table in (
        "meeting_agenda", "meeting_attendance", "meeting_scores", "meeting_votes",
        "meeting_decisions", "meeting_recommendations", "grant_agenda", "grant_scores",
        "grant_votes", "grant_decisions")),
}
# Rows that point at any record by its id: its files and its printed documents.
OWNED = (("attachments", "owner_id"), ("printed_documents", "owner_id"))
# The column that names a row best, for a one-line summary of an insertion or deletion.
NAMING_FIELDS = ("number", "reference", "title_ar", "name_ar", "full_name", "username",
                 "label", "text", "original_name", "code", "key")

EXPORT_HEADERS = ["الوقت", "المستخدم", "العملية", "نوع السجل", "معرف السجل", "التغييرات"]


@dataclass(frozen=True)
class FieldChange:
    """One column of an entry; enum values come back as their enum member (with a label)."""

    field: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        return field_label(self.field)


@dataclass(frozen=True)
class LogEntry:
    id: uuid.UUID
    at: datetime  # timezone-aware (UTC); shown in local time
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    changes: Mapping[str, Any]

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    def fields(self) -> list[FieldChange]:
        return [FieldChange(name, _typed(self.entity, name, value.get("old")),
                            _typed(self.entity, name, value.get("new")))
                for name, value in self.changes.items() if isinstance(value, dict)]

    @property
    def headline(self) -> str:
        """What names the row (a number, a title, a name), for an insertion or a deletion."""
        for name in NAMING_FIELDS:
            value = self.changes.get(name)
            if isinstance(value, dict):
                text = value.get("new") if value.get("new") not in (None, "") else value.get("old")
                if text not in (None, ""):
                    return str(text)
        return ""


@dataclass(frozen=True)
class HistoryScope:
    """A record and its children: the ids, per table, whose entries make its history."""

    entity: str
    entity_id: str
    ids: Mapping[str, tuple[str, ...]]


def _typed(entity: str, column: str, value: Any) -> Any:
    """A stored enum value as its member, so a reader sees "مؤهل" rather than "eligible"."""
    if not isinstance(value, str):
        return value
    table = Base.metadata.tables.get(entity)
    if table is None or column not in table.c:
        return value
    kind = table.c[column].type
    enum_class = kind.enum_class if isinstance(kind, SAEnum) else None
    if enum_class is not None and issubclass(enum_class, LabelledEnum):
        try:
            return enum_class(value)
        except ValueError:
            return value
    return value


def _aware(moment: datetime) -> datetime:
    """SQLite gives back the stored UTC time without its zone; PostgreSQL keeps it."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _entry(row: AuditRow) -> LogEntry:
    return LogEntry(row.id, _aware(row.at), row.username, row.action, row.entity,
                    row.entity_id, row.changes or {})


def _local_midnight(day: date) -> datetime:
    """The start of a local day, in UTC: stored times are UTC, the user's days are local."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _conditions(query: ListQuery) -> list[ColumnElement[bool]]:
    filters = query.filters
    found: list[ColumnElement[bool]] = []
    # Usernames and record ids are Latin and hold no search text of their own: each word
    # typed must be in one of them.
    for word in fold(query.search).split():
        found.append(or_(AuditRow.username.ilike(f"%{word}%"),
                         AuditRow.entity_id.ilike(f"%{word}%")))
    if filters.get("username"):
        found.append(AuditRow.username == filters["username"])
    if filters.get("entity"):
        found.append(AuditRow.entity == filters["entity"])
    if filters.get("entity_id"):
        found.append(AuditRow.entity_id == str(filters["entity_id"]))
    if filters.get("action"):
        found.append(AuditRow.action == filters["action"])
    if filters.get("date_from"):
        found.append(AuditRow.at >= _local_midnight(filters["date_from"]))
    if filters.get("date_to"):
        found.append(AuditRow.at < _local_midnight(filters["date_to"] + timedelta(days=1)))
    scope: HistoryScope | None = filters.get("scope")
    if scope is not None:
        found.append(or_(*(and_(AuditRow.entity == table, AuditRow.entity_id.in_(ids))
                           for table, ids in scope.ids.items() if ids)))
    return found


def _base(query: ListQuery) -> Select[AuditRow]:
    return select(AuditRow).where(*_conditions(query))


def _newest_first(query: ListQuery) -> ListQuery:
    return query if query.sort in SORTS else replace(query, sort="at", descending=True)


def list_entries(db: Database, query: ListQuery = ListQuery()) -> Page[LogEntry]:  # noqa: B008
    """One page of entries, newest first unless sorted by time, user, action or record type.

    Filters: `username`, `entity` (a table name), `entity_id`, `action`, `date_from` and
    `date_to` (local days, both included), `scope` (a `HistoryScope`); the search looks
    in user names and record ids.
    """
    query = _newest_first(query)
    with reading(db) as session:
        return run_page(session, _base(query), query, SORTS, [AuditRow.at, AuditRow.id],
                        lambda row: _entry(row[0]), AuditRow.id)


def entity_kinds(db: Database) -> list[str]:
    """The table names found in the log, for the record-type filter."""
    with reading(db) as session:
        return sorted(session.scalars(select(AuditRow.entity).distinct()))


def usernames(db: Database) -> list[str]:
    with reading(db) as session:
        return sorted(session.scalars(select(AuditRow.username).distinct()))


def _mapped_classes() -> dict[str, Any]:
    return {getattr(mapper.local_table, "name", ""): mapper.class_
            for mapper in Base.registry.mappers}


def _child_ids(session: Session, table: str, column: str, parent_id: str,
               parent_uuid: uuid.UUID) -> set[str]:
    """Rows of `table` that belong (or once belonged) to the parent."""
    logged = session.scalars(select(AuditRow.entity_id).where(
        AuditRow.entity == table,
        or_(AuditRow.changes[(column, "new")].as_string() == parent_id,
            AuditRow.changes[(column, "old")].as_string() == parent_id)).distinct())
    ids = set(logged)
    model = _mapped_classes().get(table)
    if model is not None:
        ids.update(str(i) for i in session.scalars(
            select(model.id).where(getattr(model, column) == parent_uuid)))
    return ids


def history_scope(db: Database, entity: str, entity_id: object) -> HistoryScope:
    """The record and every child row it has or had (see the module's note)."""
    key = str(entity_id)
    ids: dict[str, tuple[str, ...]] = {entity: (key,)}
    try:
        parent = uuid.UUID(key)
    except ValueError:
        return HistoryScope(entity, key, ids)
    with reading(db) as session:
        for table, column in (*CHILDREN.get(entity, ()), *OWNED):
            found = _child_ids(session, table, column, key, parent)
            if found:
                ids[table] = tuple(sorted(found))
    return HistoryScope(entity, key, ids)


def record_history(db: Database, entity: str, entity_id: object) -> list[LogEntry]:
    """Every entry of a record and of its child rows, newest first."""
    scope = history_scope(db, entity, entity_id)
    query = ListQuery(filters={"scope": scope})
    with reading(db) as session:
        rows = session.scalars(_base(query).order_by(AuditRow.at.desc(), AuditRow.id.desc()))
        return [_entry(row) for row in rows]


def value_text(value: Any) -> str:
    """A stored value as a reader of the Excel file sees it (Arabic labels, nothing raw)."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, bool):
        return "نعم" if value else "لا"
    return str(value)


def _detail(entry: LogEntry) -> str:
    lines = []
    for change in entry.fields():
        if entry.action is AuditAction.UPDATE:
            lines.append(f"{change.label}: {value_text(change.old)} ← {value_text(change.new)}")
        else:
            shown = change.new if entry.action is AuditAction.INSERT else change.old
            lines.append(f"{change.label}: {value_text(shown)}")
    return "\n".join(lines)


def _export_row(entry: LogEntry) -> list[Any]:
    return [entry.at.astimezone().replace(tzinfo=None), entry.username, entry.action.label,
            entry.entity_label, entry.entity_id, _detail(entry)]


def export_entries(db: Database, query: ListQuery, path: Path,
                   progress: ProgressCallback | None = None) -> int:
    """Write every entry matching `query` (its sort kept) from one streamed query.

    Returns the rows written. Paging through a long log would count it once a page.
    """
    query = _newest_first(query)
    column = SORTS[query.sort]
    ties = [column, AuditRow.at, AuditRow.id]
    order = [c.desc() if query.descending else c.asc() for c in ties]
    written = 0
    with reading(db) as session:
        base = _base(query)
        total = int(session.scalar(select(func.count()).select_from(
            base.order_by(None).subquery())) or 0)

        def rows() -> Iterator[list[Any]]:
            nonlocal written
            result = session.scalars(base.order_by(*order).execution_options(
                yield_per=EXPORT_BATCH))
            for row in result:
                written += 1
                yield _export_row(_entry(row))
                if progress is not None and written % EXPORT_BATCH == 0:
                    progress(written, total)
            if progress is not None:
                progress(written, total)

        xlsx.write_table(path, "سجل التدقيق", EXPORT_HEADERS, rows())
    return written
