"""People who use the program, and the audit log of every change they make."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import AuditAction, UserRole
from app.storage.models.base import Base, Keyed, Versioned, enum_type, utcnow


class UserRow(Versioned, Keyed, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str]
    role: Mapped[UserRole] = mapped_column(enum_type(UserRole))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]


class AuditRow(Base):
    """One changed record: who, when, what, with the old and new values of each field.

    Rows are only ever inserted; the key is a UUID so logs from two laptops merge.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),
                      Index("ix_audit_machine", "machine", "machine_seq"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(120))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The chain (migration 0006): a number per database and per machine, and the SHA-256
    # of the previous entry and of this one, so a row removed, changed or added by hand
    # breaks it.
    seq: Mapped[int | None] = mapped_column(BigInteger, index=True, unique=True)
    machine: Mapped[str] = mapped_column(String(80), default="", server_default="")
    machine_seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
