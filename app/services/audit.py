"""The audit log: every inserted, changed or deleted row, with who, when, old and new values.

It is written from one flush hook rather than by each service, so no write can forget it;
a session without an acting user cannot write at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.domain.enums import AuditAction
from app.storage.database import Database
from app.storage.models import AuditRow, Base

_IGNORED = {"created_at", "updated_at", "search_text"}  # search_text: derived (search.py)
_INSTALLED = "audit_installed"
ACTOR_KEY = "actor"


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
    entity_id = getattr(obj, "id", None) or getattr(obj, "key", None)
    return AuditRow(username=username, action=action, entity=obj.__tablename__,
                    entity_id=str(entity_id), changes=changes)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = [(o, AuditAction.INSERT) for o in session.new]
    pending += [(o, AuditAction.UPDATE) for o in session.dirty if session.is_modified(o)]
    pending += [(o, AuditAction.DELETE) for o in session.deleted]
    pending = [(o, a) for o, a in pending if isinstance(o, Base) and not isinstance(o, AuditRow)]
    if not pending:
        return
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("A write outside a unit of work: open it with services.writing().")
    for obj, action in pending:
        if action is AuditAction.INSERT and getattr(obj, "id", "") is None:
            obj.id = uuid.uuid4()
        entry = _entry(obj, action, actor.username)
        if entry is not None:
            session.add(entry)


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
