"""Data packages between offline databases: export a selection, import it elsewhere.

Generic over the ORM metadata: every table that is a record (all but
`app.storage.models.exchange.NOT_RECORDS`) travels, matched by its primary key (UUIDs,
or the shipped keys of settings and counters), so a table added tomorrow travels without
code here. Three table policies exist, for what is not an ordinary editable record:
append-only registers (printed documents: added if missing, never changed) and counters
(number sequences: the larger number wins, so a number is never given twice).

An import runs in one unit of work: all or nothing. Its writes go through the ORM, so the
audit log records them in this database's chain under the importing user (the sender's
own audit entries are not copied: their chain is the sender's), the search text is
recomputed, the database's locks (signed conventions, closed meetings) stay in force, and
the change log and the pages' refresh see them as any other write.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    LargeBinary,
    Numeric,
    Table,
    Time,
    Uuid,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import flag_modified

from app.domain import exchange as rules
from app.domain.exchange import FieldChoice, Outcome, Record
from app.domain.roles import Permission
from app.errors import DomainError, Locked, NotFound
from app.io.package import Package, PackageError, read_package, write_package
from app.language import tr
from app.services import attachments, audit_chain
from app.services.actor import Actor
from app.services.audit import SOURCE_KEY, machine_id
from app.services.authorization import requires
from app.services.change_log import record_key
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import Base
from app.storage.models.base import utcnow
from app.storage.models.exchange import (
    NOT_RECORDS,
    BaseVersionRow,
    ChangeLogRow,
    ConflictRow,
    PeerRow,
)
from app.storage.upgrade import head_revision, is_known_revision

# Derived or local bookkeeping columns: never carried, never compared.
LOCAL_COLUMNS = frozenset({"row_version", "search_text"})
APPEND_ONLY = frozenset({"printed_documents"})
COUNTERS = {"number_sequences": "last"}
# Shared reference data a selection always carries whole: small, and what its records
# point at or are read with (an edition's components, the scoring grid, the wording).
REFERENCE = frozenset({"regions", "provinces", "communes", "editions", "edition_components",
                       "minimum_wages", "worksite_domains", "settings", "scoring_criteria",
                       "number_sequences"})
# Columns that lock a record; an import writes them last, after the record's children.
LOCK_STATES: dict[str, dict[str, Any]] = {
    "meetings": {"status": "planned", "closed_at": None, "closed_by": None},
}
ANY_PEER = "*"  # the base of what was exported without naming the other database
_CHUNK = 400


def travelling_tables() -> list[Table]:
    """Every table a package carries, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_RECORDS]


def _table(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None or name in NOT_RECORDS:
        raise PackageError(tr("الحزمة تحمل جدولا لا يعرفه هذا البرنامج ({name}): "
                              "حدث البرنامج ثم أعد الاستيراد. لم يستورد شيء.").format(name=name))
    return table


def _mapper(table: Table) -> Mapper[Any] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper
    return None


def _lock_columns(table: Table) -> dict[str, Any]:
    states = dict(LOCK_STATES.get(table.name, {}))
    if "locked_at" in table.c:
        states["locked_at"] = None
    return states


# -- values to JSON and back --------------------------------------------------------------

def to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        scale = getattr(column.type, "scale", None)
        return f"{value:.{scale}f}" if scale is not None else str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    kind = column.type
    if value is None or isinstance(kind, JSON):
        return value
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return Decimal(value)
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


def record_of(table: Table, row: Any) -> Record:
    """A stored row as the package carries it: every column but the local bookkeeping."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {c.name: to_json(c, mapping[c]) for c in table.columns
            if c.name not in LOCAL_COLUMNS}


def key_of(table: Table, row: Any) -> str:
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return record_key(mapping[c] for c in table.primary_key.columns)


def _pk_values(table: Table, key: str) -> list[Any]:
    return [from_json(c, v) for c, v in zip(table.primary_key.columns, json.loads(key),
                                            strict=True)]


def _rows_by_key(session: Session, table: Table, keys: Sequence[str]) -> dict[str, Any]:
    """The stored rows of `table` with these keys."""
    found: dict[str, Any] = {}
    pk = list(table.primary_key.columns)
    for start in range(0, len(keys), _CHUNK):
        chunk = [_pk_values(table, k) for k in keys[start:start + _CHUNK]]
        where = (pk[0].in_([v[0] for v in chunk]) if len(pk) == 1
                 else tuple_(*pk).in_([tuple(v) for v in chunk]))
        for row in session.execute(select(table).where(where)):
            found[key_of(table, row)] = row
    return found


# -- what a selection holds ---------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """What to export: everything, or the records reached from some roots.

    A root is (table, id). Reached: the roots' children (rows pointing at them, and at
    those, through foreign keys), then every row these point at (so the package is
    complete), the files attached to any of them, and the shared reference tables.
    """

    roots: tuple[tuple[str, uuid.UUID], ...] = ()
    label: str = ""

    @property
    def everything(self) -> bool:
        return not self.roots


def selection_for(db: Database, province: str | None = None, edition: int | None = None,
                  meeting: uuid.UUID | None = None, proposal: uuid.UUID | None = None
                  ) -> Selection:
    """The selection a user names: a province (code), an edition (year), a meeting, a
    worksite (proposal, with its beneficiaries)."""
    from app.services import programme, territory

    roots: list[tuple[str, uuid.UUID]] = []
    labels: list[str] = []
    if province:
        found = territory.find_province(db, province)
        assert found.id is not None
        roots.append(("provinces", found.id))
        labels.append(f"province {province}")
    if edition is not None:
        year = programme.find_edition(db, edition)
        assert year.id is not None
        roots.append(("editions", year.id))
        labels.append(f"edition {edition}")
    if meeting is not None:
        roots.append(("meetings", meeting))
        labels.append(f"meeting {meeting}")
    if proposal is not None:
        roots.append(("proposals", proposal))
        labels.append(f"worksite {proposal}")
    return Selection(tuple(roots), ", ".join(labels))


class _Collected:
    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}

    def add(self, table: Table, rows: Iterable[Any]) -> int:
        bucket = self.rows.setdefault(table.name, {})
        added = 0
        for row in rows:
            key = key_of(table, row)
            if key not in bucket:
                bucket[key] = row
                added += 1
        return added

    def values(self, table: Table, column: Column[Any]) -> set[Any]:
        return {row._mapping[column] for row in self.rows.get(table.name, {}).values()
                if row._mapping[column] is not None}


def _where_in(session: Session, table: Table, column: Column[Any], values: set[Any]
              ) -> Iterator[Any]:
    ordered = list(values)
    for start in range(0, len(ordered), _CHUNK):
        yield from session.execute(select(table).where(
            column.in_(ordered[start:start + _CHUNK])))


def _collect(session: Session, selection: Selection) -> _Collected:
    tables = travelling_tables()
    collected = _Collected()
    if selection.everything:
        for table in tables:
            collected.add(table, session.execute(select(table)))
        return collected
    by_name = {t.name: t for t in tables}
    for name, root_id in selection.roots:
        table = by_name[name]
        collected.add(table, session.execute(select(table).where(
            table.primary_key.columns[0] == root_id)))
    changed = True
    while changed:  # children of what is collected, down to the leaves
        changed = False
        for table in tables:
            for fk in table.foreign_keys:
                parents = collected.values(fk.column.table, fk.column)
                if parents and fk.column.table.name in collected.rows:
                    changed |= collected.add(table, _where_in(session, table, fk.parent,
                                                              parents)) > 0
    owners = {v for name, rows in collected.rows.items() for row in rows.values()
              for c in by_name[name].primary_key.columns
              if isinstance(v := row._mapping[c], uuid.UUID)}
    for table in tables:  # files and printed papers of any collected record
        if "owner_id" in table.c and not table.c.owner_id.foreign_keys:
            collected.add(table, _where_in(session, table, table.c.owner_id, owners))
    for table in tables:
        if table.name in REFERENCE:
            collected.add(table, session.execute(select(table)))
    changed = True
    while changed:  # everything collected rows point at, up to the roots of the data
        changed = False
        for table in reversed(tables):
            for fk in table.foreign_keys:
                wanted = collected.values(table, fk.parent)
                parent: Table = fk.column.table
                have = collected.values(parent, fk.column)
                if wanted - have:
                    changed |= collected.add(parent, _where_in(
                        session, parent, fk.column, wanted - have)) > 0
    return collected


# -- export -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    files: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _latest_bases(session: Session, table: str, keys: Sequence[str]) -> dict[str, str]:
    """The version each record was last exchanged at, with any peer."""
    found: dict[str, tuple[datetime, str]] = {}
    for start in range(0, len(keys), _CHUNK):
        for key, version, at in session.execute(
                select(BaseVersionRow.record_key, BaseVersionRow.version, BaseVersionRow.at)
                .where(BaseVersionRow.table_name == table,
                       BaseVersionRow.record_key.in_(keys[start:start + _CHUNK]))):
            at = at if at.tzinfo else at.replace(tzinfo=UTC)
            if key not in found or at > found[key][0]:
                found[key] = (at, version)
    return {k: v for k, (_, v) in found.items()}


def _save_bases(session: Session, peer: str, table: str,
                records: dict[str, tuple[str, Record]]) -> None:
    """Remember `records` (key: (version, data)) as last exchanged with `peer`."""
    keys = list(records)
    for start in range(0, len(keys), _CHUNK):
        session.execute(delete(BaseVersionRow).where(
            BaseVersionRow.peer == peer, BaseVersionRow.table_name == table,
            BaseVersionRow.record_key.in_(keys[start:start + _CHUNK])))
    if records:
        now = utcnow()
        session.execute(insert(BaseVersionRow), [
            {"peer": peer, "table_name": table, "record_key": key, "version": version,
             "data": data, "at": now} for key, (version, data) in records.items()])


@requires(Permission.EXCHANGE)
def export_package(db: Database, actor: Actor, out: Path,
                   selection: Selection | None = None) -> ExportResult:
    """Write a package of the selection (everything by default) to `out`, a new file."""
    selection = selection or Selection()
    out = Path(out)
    if out.exists():
        raise DomainError(tr("الملف «{out}» موجود من قبل: الحزمة لا تكتب فوق ملف موجود. "
                             "اختر اسما جديدا.").format(out=out))
    folder = attachments.files_dir(db)
    with writing(db, actor) as session:
        collected = _collect(session, selection)
        records: dict[str, list[dict[str, Any]]] = {}
        files: dict[str, Path] = {}
        for table in travelling_tables():
            rows = collected.rows.get(table.name, {})
            if not rows:
                continue
            keys = sorted(rows)
            based_on = _latest_bases(session, table.name, keys)
            carried: list[dict[str, Any]] = []
            sent: dict[str, tuple[str, Record]] = {}
            for key in keys:
                data = record_of(table, rows[key])
                version = rules.version_of(data)
                carried.append({"key": json.loads(key), "version": version,
                                "based_on": based_on.get(key, ""), "data": data})
                sent[key] = (version, data)
            records[table.name] = carried
            _save_bases(session, ANY_PEER, table.name, sent)
            if "stored_name" in table.c and "sha256" in table.c:
                for row in rows.values():
                    path = folder / row._mapping["stored_name"]
                    if not path.is_file():
                        raise DomainError(tr("الملف المرفق «{path}» مفقود من مجلد المرفقات: "
                                             "لا تصدر حزمة ناقصة. لم يكتب شيء.").format(path=path))
                    files[row._mapping["stored_name"]] = path
        header = {"schema_revision": head_revision(), "machine": machine_id(),
                  "user": actor.username, "user_name": actor.full_name,
                  "created_at": utcnow().isoformat(), "selection": selection.label or "all"}
        manifest = write_package(out, header, records, files)
    return ExportResult(out, dict(manifest["counts"]), len(files))


# -- import -------------------------------------------------------------------------------

@dataclass
class ImportResult:
    """What an import did, per outcome: counts of records."""

    path: Path
    machine: str
    user: str
    outcomes: dict[Outcome, int] = field(default_factory=dict)
    files_added: int = 0

    def count(self, outcome: Outcome) -> int:
        return self.outcomes.get(outcome, 0)

    @property
    def changed(self) -> int:
        return self.count(Outcome.INSERT) + self.count(Outcome.APPLY)


def check_package(path: Path) -> Package:
    """A package this database can import, or a PackageError saying why not."""
    package = read_package(Path(path))
    revision = str(package.manifest.get("schema_revision", ""))
    if not is_known_revision(revision):
        raise PackageError(tr("الحزمة «{path}» من نسخة أحدث من البرنامج (المراجعة {revision}): "
                              "حدث البرنامج ثم أعد الاستيراد. لم يستورد شيء.")
                              .format(path=path, revision=revision))
    for table in package.tables():
        known = _table(table)
        for record in package.records(table)[:1]:
            unknown = set(record["data"]) - {c.name for c in known.columns}
            if unknown:
                raise PackageError(tr("الحزمة «{path}» تحمل حقولا لا يعرفها هذا البرنامج "
                                      "({table}.{field}). لم يستورد شيء.")
                                   .format(path=path, table=table, field=sorted(unknown)[0]))
    return package


def _locked(session: Session, table: Table, ours: Any, theirs: Record) -> bool:
    """Whether a record is locked here (signed, closed) or belongs to one that is."""
    if ours is not None:
        mapping = ours._mapping
        if any(mapping.get(c) is not None for c in ("locked_at", "closed_at")
               if c in table.c):
            return True
    for fk in table.foreign_keys:
        parent: Table = fk.column.table
        lock_columns = [c for c in ("locked_at", "closed_at") if c in parent.c]
        value = theirs.get(fk.parent.name)
        if not lock_columns or value is None:
            continue
        row = session.execute(select(*[parent.c[c] for c in lock_columns]).where(
            fk.column == from_json(fk.column, value))).first()
        if row is not None and any(v is not None for v in row):
            return True
    return False


class _Applier:
    """Writes incoming records through the ORM, the locking columns last."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.to_lock: list[tuple[Any, dict[str, Any]]] = []

    def write(self, table: Table, key: str, data: Record) -> None:
        values = {c.name: from_json(c, data[c.name]) for c in table.columns
                  if c.name in data and c.name not in LOCAL_COLUMNS}
        mapper = _mapper(table)
        if mapper is None:  # an association table: rows are added, never changed
            if not _rows_by_key(self.session, table, [key]):
                self.session.execute(insert(table).values(**values))
            return
        obj = self.session.get(mapper.class_, tuple(_pk_values(table, key)))
        new = obj is None
        if obj is None:
            obj = mapper.class_()
            self.session.add(obj)
        unlocked = _lock_columns(table)
        locking = {name: value for name, value in values.items()
                   if name in unlocked and _locks(value)}
        for name, value in values.items():
            prop = _prop(mapper, table.c[name])
            if name in locking:  # for now as it is here, or as an open record
                value = (from_json(table.c[name], unlocked[name]) if new
                         else getattr(obj, prop))
            setattr(obj, prop, value)
        if locking:
            # updated_at too: the second write must not stamp its own time on the record
            self.to_lock.append((obj, {_prop(mapper, table.c[name]): values[name]
                                       for name in [*unlocked, "updated_at"]
                                       if name in values}))

    def lock(self) -> None:
        self.session.flush()
        for obj, values in self.to_lock:
            for name, value in values.items():
                setattr(obj, name, value)
                flag_modified(obj, name)  # written even if unchanged: no onupdate stamp
            if audit_chain.is_sealed(obj.__tablename__):
                audit_chain.seal_record(self.session, obj)
        self.session.flush()


def _locks(value: Any) -> bool:
    """Whether a locking column's value locks the record (a time, a name, "closed")."""
    if isinstance(value, Enum):
        return value.value == "closed"
    return value is not None and value != "planned"


def _prop(mapper: Mapper[Any], column: Column[Any]) -> str:
    return mapper.get_property_by_column(column).key


def _base_data(session: Session, table: str, key: str, *versions: str) -> Record | None:
    for version in versions:
        if version:
            data = session.scalars(select(BaseVersionRow.data).where(
                BaseVersionRow.table_name == table, BaseVersionRow.record_key == key,
                BaseVersionRow.version == version).limit(1)).first()
            if data is not None:
                return data
    return None


@requires(Permission.EXCHANGE)
def import_package(db: Database, actor: Actor, path: Path) -> ImportResult:
    """Bring a package's records into this database: all of it or, if refused, nothing."""
    package = check_package(Path(path))
    peer = str(package.manifest["machine"])
    result = ImportResult(Path(path), peer, str(package.manifest.get("user", "")))
    folder = attachments.files_dir(db)
    for stored in package.files():  # files first: a file without its record is harmless
        target = folder / stored
        if not target.exists():
            package.extract_file(stored, target)
            result.files_added += 1
    tables = {t.name: t for t in travelling_tables()}
    order = [name for name in tables if name in package.manifest["counts"]]
    with writing(db, actor) as session:
        # The audit entries of the import are this database's own, chained here, each
        # naming the package its values came from.
        session.info[SOURCE_KEY] = f"{peer[:12]}:{package.sha256[:16]}"
        applier = _Applier(session)
        open_conflicts = {(t, k, v) for t, k, v in session.execute(
            select(ConflictRow.table_name, ConflictRow.record_key, ConflictRow.theirs_version)
            .where(ConflictRow.peer == peer, ConflictRow.resolved_at.is_(None)))}
        for name in order:
            table = tables[name]
            incoming = _parents_first(table, package.records(name))
            keys = [record_key(r["key"]) for r in incoming]
            ours = _rows_by_key(session, table, keys)
            bases = dict(session.execute(select(BaseVersionRow.record_key,
                                                BaseVersionRow.version).where(
                BaseVersionRow.peer == peer, BaseVersionRow.table_name == name)).all())
            agreed: dict[str, tuple[str, Record]] = {}
            for key, record in zip(keys, incoming, strict=True):
                theirs: Record = record["data"]
                if rules.version_of(theirs) != record["version"]:
                    raise PackageError(tr("الحزمة «{path}»: نسخة سجل من {name} لا توافق "
                                          "بصمتها. لم يستورد شيء.").format(path=path, name=name))
                mine = record_of(table, ours[key]) if key in ours else None
                outcome = _outcome(session, table, ours.get(key), mine, theirs,
                                   bases.get(key, ""), record.get("based_on", ""))
                result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
                if outcome in (Outcome.INSERT, Outcome.APPLY):
                    if name in COUNTERS and mine is not None:
                        column = COUNTERS[name]
                        theirs = {**theirs, column: max(theirs[column], mine[column])}
                    applier.write(table, key, theirs)
                if outcome in (Outcome.INSERT, Outcome.APPLY, Outcome.SAME):
                    agreed[key] = (record["version"], record["data"])
                elif (outcome is Outcome.CONFLICT
                      and (name, key, record["version"]) not in open_conflicts):
                    session.add(ConflictRow(
                        peer=peer, package_sha256=package.sha256, table_name=name,
                        record_key=key, ours=mine, theirs=theirs,
                        theirs_version=record["version"],
                        base=_base_data(session, name, key, bases.get(key, ""),
                                        record.get("based_on", ""))))
            session.flush()
            _save_bases(session, peer, name, agreed)
        applier.lock()
        _touch_peer(session, peer, package)
    return result


def _parents_first(table: Table, records: list[Any]) -> list[Any]:
    """A table's records ordered so that each comes after the record of the same table it
    points at (a replacement hire names the hire it replaces): foreign keys are checked
    row by row."""
    own = [(fk.parent.name, fk.column.name) for fk in table.foreign_keys
           if fk.column.table is table]
    if not own:
        return records
    by_value = {(column, r["data"].get(column)): r for _, column in own for r in records}
    ordered: list[Any] = []
    placed: set[int] = set()

    def place(record: Any, path: frozenset[int]) -> None:
        if id(record) in placed or id(record) in path:
            return
        for child_column, parent_column in own:
            parent = by_value.get((parent_column, record["data"].get(child_column)))
            if parent is not None and parent is not record:
                place(parent, path | {id(record)})
        placed.add(id(record))
        ordered.append(record)

    for record in records:
        place(record, frozenset())
    return ordered


def _outcome(session: Session, table: Table, row: Any, mine: Record | None, theirs: Record,
             base_version: str, based_on: str) -> Outcome:
    if table.name in APPEND_ONLY:
        return Outcome.SAME if mine is not None else Outcome.INSERT
    if table.name in COUNTERS and mine is not None:
        column = COUNTERS[table.name]
        return Outcome.APPLY if theirs[column] > mine[column] else Outcome.SAME
    locked = _locked(session, table, row, theirs)
    return rules.decide(mine, theirs, base_version, based_on, locked)


def _touch_peer(session: Session, machine: str, package: Package) -> None:
    """Note the exchange below the ORM: bookkeeping, not a change of the data to audit."""
    values = {"label": str(package.manifest.get("user_name")
                           or package.manifest.get("user", "")),
              "last_import_at": utcnow(), "last_package_sha256": package.sha256}
    if session.get(PeerRow, machine) is None:
        session.execute(insert(PeerRow).values(machine=machine, sent_seq=0, **values))
    else:
        session.execute(update(PeerRow).where(PeerRow.machine == machine).values(**values))


# -- conflicts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    peer: str
    peer_label: str
    table: str
    key: str
    found_at: datetime
    fields: list[FieldChoice]
    row_version: int

    @property
    def differing(self) -> list[FieldChoice]:
        return [f for f in self.fields if f.differs]


def list_conflicts(db: Database, include_resolved: bool = False) -> list[Conflict]:
    query = (select(ConflictRow, PeerRow.label)
             .outerjoin(PeerRow, PeerRow.machine == ConflictRow.peer)
             .order_by(ConflictRow.created_at))
    if not include_resolved:
        query = query.where(ConflictRow.resolved_at.is_(None))
    with reading(db) as session:
        return [Conflict(row.id, row.peer, label or row.peer[:8], row.table_name,
                         row.record_key, row.created_at,
                         rules.field_choices(row.base, row.ours, row.theirs), row.row_version)
                for row, label in session.execute(query)]


def open_conflict_count(db: Database) -> int:
    with reading(db) as session:
        return session.scalar(select(func.count()).select_from(ConflictRow)
                              .where(ConflictRow.resolved_at.is_(None))) or 0


@requires(Permission.EXCHANGE)
def resolve_conflict(db: Database, actor: Actor, conflict_id: uuid.UUID,
                     sides: dict[str, str], read_at: int | None = None) -> Record:
    """Keep, for each field, ours or theirs; the result is saved here as a change of
    this database, so it travels to the others with the next package."""
    from app.services import versions

    with writing(db, actor) as session:
        row = session.get(ConflictRow, conflict_id)
        if row is None:
            raise NotFound(tr("التعارض غير موجود."))
        if row.resolved_at is not None:
            raise DomainError(tr("بت في هذا التعارض من قبل."))
        versions.check(session, row, read_at)
        table = _table(row.table_name)
        current = _rows_by_key(session, table, [row.record_key]).get(row.record_key)
        mine = record_of(table, current) if current is not None else None
        if mine != row.ours:
            raise DomainError(tr("تغير هذا السجل هنا بعد الاستيراد: أعد استيراد الحزمة ليعرض "
                                 "التعارض بحالته الحالية. لم يحفظ أي تغيير."))
        if _locked(session, table, current, row.theirs):
            raise Locked(tr("هذا السجل مقفل هنا (موقع أو مختتم): لا تغيره حزمة ولا تعارض. "
                            "لم يحفظ أي تغيير."))
        chosen = rules.resolved(row.base, row.ours, row.theirs, sides)
        applier = _Applier(session)
        applier.write(table, row.record_key, chosen)
        applier.lock()
        row.resolved_at, row.resolved_by, row.resolution = utcnow(), actor.username, sides
        _save_bases(session, row.peer, row.table_name,
                    {row.record_key: (row.theirs_version, row.theirs)})
        return chosen


# -- peers and the change log -------------------------------------------------------------

@dataclass(frozen=True)
class Peer:
    machine: str
    label: str
    last_import_at: datetime | None
    last_export_at: datetime | None


def list_peers(db: Database) -> list[Peer]:
    with reading(db) as session:
        return [Peer(p.machine, p.label, p.last_import_at, p.last_export_at)
                for p in session.scalars(select(PeerRow).order_by(PeerRow.label))]


def changes_since(db: Database, seq: int = 0) -> list[tuple[str, str, str]]:
    """This database's own changes after `seq`: (table, record key, action), in order."""
    with reading(db) as session:
        return [(t, k, a) for t, k, a in session.execute(
            select(ChangeLogRow.table_name, ChangeLogRow.record_key, ChangeLogRow.action)
            .where(ChangeLogRow.seq > seq).order_by(ChangeLogRow.seq))]


def describe_record(db: Database, table: str, key: str) -> str:
    """A short name for a record in a list of conflicts: its reference, number or name."""
    known = _table(table)
    with reading(db) as session:
        row = _rows_by_key(session, known, [key]).get(key)
    if row is None:
        return key
    mapping = row._mapping
    for column in ("reference", "number", "name_ar", "title_ar", "full_name", "key"):
        if column in known.c and mapping[column]:
            return str(mapping[column])
    return str(json.loads(key)[0])[:8]

