"""What a database remembers of its exchanges of data packages with other databases.

A package moves records between laptops that never see each other online. To tell "they
changed it" from "we changed it" from "both did" each database keeps, per other database
(a peer, named by its machine id), the version of every record as last exchanged with it
(the common base), a log of its own changes, and the conflicts waiting for a person.
None of these tables travel in a package; they are this database's own bookkeeping.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base, Keyed, Versioned, utcnow


class ChangeLogRow(Base):
    """One record inserted, changed or deleted here, in commit order (`seq`).

    Written by the same flush hook as the audit log (`app.services.audit`), so no write
    escapes it, on SQLite and on PostgreSQL alike. A peer's `sent_seq` says up to where it
    has been sent the changes.
    """

    __tablename__ = "exchange_changes"
    __table_args__ = (Index("ix_exchange_changes_record", "table_name", "record_key"),)

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                     primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(80))
    record_key: Mapped[str] = mapped_column(String(400))
    action: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class PeerRow(Base):
    """Another database this one exchanged packages with."""

    __tablename__ = "exchange_peers"

    machine: Mapped[str] = mapped_column(String(80), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    last_import_at: Mapped[datetime | None]
    last_package_sha256: Mapped[str] = mapped_column(String(64), default="")
    last_export_at: Mapped[datetime | None]
    sent_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class BaseVersionRow(Base):
    """A record as it was when last exchanged with a peer: the base of a three-way merge.

    `peer` is "*" for what was exported without naming a destination.
    """

    __tablename__ = "exchange_bases"

    peer: Mapped[str] = mapped_column(String(80), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(80), primary_key=True)
    record_key: Mapped[str] = mapped_column(String(400), primary_key=True)
    version: Mapped[str] = mapped_column(String(64), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ConflictRow(Versioned, Keyed, Base):
    """A record changed here and in another database since their last exchange.

    Kept until a person chooses, field by field, what stays; the three versions are
    shown side by side (`ui/dialogs/conflicts_dialog.py`).
    """

    __tablename__ = "exchange_conflicts"

    peer: Mapped[str] = mapped_column(String(80), index=True)
    package_sha256: Mapped[str] = mapped_column(String(64), default="")
    table_name: Mapped[str] = mapped_column(String(80))
    record_key: Mapped[str] = mapped_column(String(400))
    base: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ours: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON)
    theirs_version: Mapped[str] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")


__all__ = ["BaseVersionRow", "ChangeLogRow", "ConflictRow", "PeerRow"]


# Tables that are not records to exchange. Every other table of the metadata travels in a
# data package without code of its own (tests/test_exchange.py enumerates them):
# - audit_log: each database's own chain; an import is recorded in the importing
#   database's chain as its own entries, under the importing user, never copied;
# - users: accounts and password hashes stay on their machine;
# - the exchange bookkeeping itself.
NOT_RECORDS = frozenset({
    "audit_log", "users", "exchange_changes", "exchange_peers", "exchange_bases",
    "exchange_conflicts",
})
