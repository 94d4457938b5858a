"""The log of this database's own changes, kept for its exchanges of data packages.

Written from the audit log's flush hook (`app.services.audit`), so every write through a
unit of work is logged in the same transaction, on SQLite and PostgreSQL alike. Its rows
are written below the ORM: they are bookkeeping, neither audited nor announced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from app.domain.enums import AuditAction
from app.storage.models.base import Base, utcnow
from app.storage.models.exchange import NOT_RECORDS, ChangeLogRow


def record_key(values: Iterable[Any]) -> str:
    """A record's primary key as one string, the same in every database."""
    return json.dumps([str(v) for v in values], ensure_ascii=False)


def log_changes(session: Session, pending: Iterable[tuple[Base, AuditAction]]) -> None:
    rows = []
    for obj, action in pending:
        table = getattr(obj, "__tablename__", "")
        if table in NOT_RECORDS:
            continue
        mapper = inspect(obj).mapper
        key = record_key(getattr(obj, mapper.get_property_by_column(c).key)
                         for c in mapper.primary_key)
        rows.append({"table_name": table, "record_key": key, "action": action.value,
                     "at": utcnow()})
    if rows:
        session.connection().execute(insert(ChangeLogRow), rows)
