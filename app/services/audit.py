"""The audit log: every inserted, changed or deleted row, with who, when, old and new values.

It is written from one flush hook rather than by each service, so no write can forget it;
a session without an acting user cannot write at all. The same hook chains the entries
(`app/domain/audit_chain.py`): it takes the database's write lock first, so two writers,
two threads or two computers on one PostgreSQL server, read the head one after the other
and never fork the chain; the unique index on `seq` is the last line of defence.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, ChainEntry, entry_hash
from app.domain.enums import AuditAction
from app.services.change_log import log_changes
from app.settings import MACHINE_ID
from app.storage.database import Database
from app.storage.models import AuditRow, Base

_IGNORED = {"created_at", "updated_at", "search_text", "row_version"}  # derived or bookkeeping
# What the log says changed without keeping the value: a password hash is not a password,
# but the log is exported and read by people who should not have even that.
_REDACTED = {"password_hash"}
HIDDEN = "[محجوب]"
_INSTALLED = "audit_installed"
ACTOR_KEY = "actor"
# Where the values of an entry came from when they are not this database's own: the data
# package (machine and SHA-256) an import took them from (`app.services.exchange`).
SOURCE_KEY = "package"
# pg_advisory_xact_lock's key for "the audit chain" ("awrach" in ASCII, then 1).
CHAIN_LOCK = 0x6177726163680001
_machine_lock = threading.Lock()


def machine_id() -> str:
    """This installation's stable id in the chain: made once, kept in the settings file
    (a test sets MACHINE_ID to name its machine)."""
    with _machine_lock:
        current = MACHINE_ID.get()
        if not current:
            current = uuid.uuid4().hex
            MACHINE_ID.set(current)
        return current


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (uuid.UUID, date, datetime, time)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _columns(obj: Base) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in _IGNORED]


def _entry(obj: Base, action: AuditAction, username: str) -> AuditRow | None:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if action is AuditAction.INSERT:
            value = getattr(obj, key)
            if value is not None and value != "":
                changes[key] = {"new": _plain(value)}
        elif action is AuditAction.DELETE:
            old = history.deleted[0] if history.deleted else getattr(obj, key)
            changes[key] = {"old": _plain(old)}
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _plain(old) != _plain(new):
                changes[key] = {"old": _plain(old), "new": _plain(new)}
    if action is AuditAction.UPDATE and not changes:
        return None
    for key in _REDACTED & changes.keys():
        changes[key] = {side: HIDDEN for side in changes[key]}
    entity_id = getattr(obj, "id", None) or getattr(obj, "key", None)
    return AuditRow(username=username, action=action, entity=obj.__tablename__,
                    entity_id=str(entity_id), changes=changes)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = [(o, AuditAction.INSERT) for o in session.new]
    pending += [(o, AuditAction.UPDATE) for o in session.dirty if session.is_modified(o)]
    pending += [(o, AuditAction.DELETE) for o in session.deleted]
    pending = [(o, a) for o, a in pending if isinstance(o, Base) and not isinstance(o, AuditRow)]
    unchained = [o for o in session.new if isinstance(o, AuditRow) and o.seq is None]
    if not pending and not unchained:
        return
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("A write outside a unit of work: open it with services.writing().")
    logged = []
    for obj, action in pending:
        if action is AuditAction.INSERT and getattr(obj, "id", "") is None:
            obj.id = uuid.uuid4()
        entry = _entry(obj, action, actor.username)
        if entry is not None and session.info.get(SOURCE_KEY):
            entry.changes = {**entry.changes, SOURCE_KEY: {"new": session.info[SOURCE_KEY]}}
        if entry is not None:
            session.add(entry)
            unchained.append(entry)
            logged.append((obj, action))
    if unchained:
        _chain(session, unchained)
    log_changes(session, logged)  # the exchange's change log, from the same hook


def _take_write_lock(session: Session) -> None:
    """Hold the database's write lock until commit, before the head is read.

    pysqlite opens a transaction only at the first INSERT/UPDATE/DELETE (a deferred one):
    two writers could both read the same head. BEGIN IMMEDIATE takes the write lock now,
    and a second writer waits for it (busy_timeout). Once a statement has written, the
    transaction already holds that lock. PostgreSQL writers serialise on an advisory lock
    held to the end of the transaction.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if not getattr(raw, "in_transaction", True):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})


def head_of(session: Session) -> tuple[int, str]:
    """The last entry's number and hash; (0, 64 zeros) for an empty log."""
    with session.no_autoflush:
        row = session.execute(select(AuditRow.seq, AuditRow.entry_hash)
                              .where(AuditRow.seq.is_not(None))
                              .order_by(AuditRow.seq.desc()).limit(1)).first()
    return (row[0] or 0, row[1]) if row else (0, GENESIS)


def _chain(session: Session, entries: list[AuditRow]) -> None:
    _take_write_lock(session)
    seq, previous = head_of(session)
    machine = machine_id()
    with session.no_autoflush:
        machine_seq = session.scalar(select(func.max(AuditRow.machine_seq))
                                     .where(AuditRow.machine == machine)) or 0
    for entry in entries:
        seq, machine_seq = seq + 1, machine_seq + 1
        entry.id = entry.id or uuid.uuid4()
        entry.at = entry.at or datetime.now(UTC)
        entry.changes = entry.changes or {}
        entry.seq, entry.machine, entry.machine_seq, entry.prev_hash = (
            seq, machine, machine_seq, previous)
        entry.entry_hash = previous = entry_hash(chain_entry(entry))


def chain_entry(row: AuditRow) -> ChainEntry:
    """What the hash of a stored or pending entry covers."""
    return ChainEntry(seq=row.seq or 0, machine=row.machine, machine_seq=row.machine_seq or 0,
                      prev_hash=row.prev_hash, at=row.at, username=row.username,
                      action=AuditAction(row.action).value, entity=row.entity,
                      entity_id=row.entity_id, changes=row.changes)


def seal(session: Session, entity: str, entity_id: object, sha256: str) -> None:
    """Chain the hash of a record as it is locked (a closed meeting, a signed convention),
    so an edit made after someone dropped the database's lock is still caught."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("A write outside a unit of work: open it with services.writing().")
    session.add(AuditRow(username=actor.username, action=AuditAction.SEAL, entity=entity,
                         entity_id=str(entity_id), changes={"sha256": {"new": sha256}}))


def install_audit(session: Session) -> None:
    if not session.info.get(_INSTALLED):
        event.listen(session, "before_flush", _before_flush)
        session.info[_INSTALLED] = True


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    changes: dict[str, Any]


def history(db: Database, entity: str | None = None, entity_id: object | None = None,
            limit: int = 500) -> list[AuditEntry]:
    """Most recent first."""
    query = select(AuditRow).order_by(AuditRow.at.desc()).limit(limit)
    if entity:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == str(entity_id))
    with db.session() as session:
        return [AuditEntry(r.at, r.username, r.action, r.entity, r.entity_id, r.changes)
                for r in session.scalars(query)]
