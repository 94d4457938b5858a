"""Partnership conventions, their signatories, payment tranches and amendments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import ConventionStatus
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class ConventionRow(Versioned, Keyed, Base):
    __tablename__ = "conventions"

    number: Mapped[str] = mapped_column(String(80), unique=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), index=True)
    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting_decisions.id"))
    status: Mapped[ConventionStatus] = mapped_column(enum_type(ConventionStatus),
                                                     default=ConventionStatus.DRAFT)
    total_amount: Mapped[Decimal]
    admin_fee_amount: Mapped[Decimal]
    signed_on: Mapped[date | None]
    signed_place: Mapped[str] = mapped_column(default="")
    hijri_date_text: Mapped[str] = mapped_column(default="")
    locked_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SignatoryRow(Keyed, Base):
    __tablename__ = "convention_signatories"

    convention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conventions.id"), index=True)
    full_name: Mapped[str]
    capacity: Mapped[str] = mapped_column(String(400))
    present: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class TrancheRow(Keyed, Base):
    __tablename__ = "convention_tranches"
    __table_args__ = (UniqueConstraint("convention_id", "position"),)

    convention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conventions.id"), index=True)
    position: Mapped[int]
    amount: Mapped[Decimal]
    due_on: Mapped[date | None]
    paid_on: Mapped[date | None]


class AmendmentRow(Keyed, Base):
    __tablename__ = "convention_amendments"
    __table_args__ = (UniqueConstraint("convention_id", "number"),)

    convention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conventions.id"), index=True)
    number: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    signed_on: Mapped[date | None]
    signed_place: Mapped[str] = mapped_column(default="")
    hijri_date_text: Mapped[str] = mapped_column(default="")
    locked_at: Mapped[datetime | None]
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class NumberSequenceRow(Base):
    """The last number given in a series (e.g. conventions of one province and edition).

    A number is taken in the same transaction as the record that carries it and the
    counter never goes back, so a number is never given twice, even after a deletion.
    """

    __tablename__ = "number_sequences"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class PrintedDocumentRow(Keyed, Base):
    """Every PDF the app printed: what a paper or a file is checked against.

    Rows are only ever added (the database refuses updates and deletes).
    """

    __tablename__ = "printed_documents"

    kind: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reference: Mapped[str] = mapped_column(String(120))
    version: Mapped[int]
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    short_code: Mapped[str] = mapped_column(String(20), index=True)
    printed_by: Mapped[str] = mapped_column(String(120))
    # The head of the audit chain printed under the QR code (migration 0006): read before
    # the first print of this content, and printed again on its reprints so that they stay
    # byte-identical.
    audit_seq: Mapped[int | None] = mapped_column(BigInteger)
    audit_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
