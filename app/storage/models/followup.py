"""What happens to a worksite after its approval: its status, field visits, payments, and
the denominators the territorial equity view divides by.

Payments have their own table: a signed convention's tranches are locked by the database
(migration 0005) and must stay so, while paying them is the ordinary life of a convention.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.followup import WorksiteStatus
from app.storage.models.base import Base, Keyed, Versioned, enum_type
from app.storage.models.proposals import ProposalRow

# Every dashboard figure reads one province's selected worksites of one edition. Without
# statistics SQLite would walk the status index (nearly every proposal is "selected" at
# national scale); this one serves all three equalities, and carries the id and the body
# so that `IN (the worksites in scope)`, which most figures are reached through, and the
# scope's bodies are read from the index alone (migration 0020: a region's 25,000 ids in
# 8 ms instead of 58 ms per query). Declared here, with the follow-up it serves, so the
# proposals' own module stays as it is.
Index("ix_proposals_scope", ProposalRow.province_id, ProposalRow.edition_id,
      ProposalRow.status, ProposalRow.id, ProposalRow.partner_id)


class WorksiteRow(Versioned, Keyed, Base):
    """The follow-up state of one selected proposal (absent: planned, nothing recorded)."""

    __tablename__ = "worksites"

    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), unique=True)
    status: Mapped[WorksiteStatus] = mapped_column(enum_type(WorksiteStatus), index=True,
                                                   default=WorksiteStatus.PLANNED)
    started_on: Mapped[date | None]
    ended_on: Mapped[date | None]  # completed or cancelled on
    status_on: Mapped[date | None]  # the date of the last change
    progress_note: Mapped[str] = mapped_column(Text, default="")


class WorksiteEventRow(Keyed, Base):
    """Each change of status, kept: the history a report or an inspector asks for."""

    __tablename__ = "worksite_events"

    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), index=True)
    status: Mapped[WorksiteStatus] = mapped_column(enum_type(WorksiteStatus))
    on_date: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


class FieldVisitRow(Versioned, Keyed, Base):
    __tablename__ = "field_visits"

    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), index=True)
    visited_on: Mapped[date]
    visitor: Mapped[str] = mapped_column(String(200))
    observations: Mapped[str] = mapped_column(Text, default="")


class TranchePaymentRow(Versioned, Keyed, Base):
    __tablename__ = "tranche_payments"

    tranche_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("convention_tranches.id"),
                                                  index=True)
    convention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conventions.id"), index=True)
    paid_on: Mapped[date]
    amount: Mapped[Decimal]
    reference: Mapped[str] = mapped_column(String(120), default="")  # order / transfer number
    note: Mapped[str] = mapped_column(Text, default="")


class EquityDenominatorRow(Versioned, Keyed, Base):
    __tablename__ = "equity_denominators"
    __table_args__ = (UniqueConstraint("province_id", "edition_id"),
                      Index("ix_equity_denominators_edition", "edition_id"))

    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provinces.id"))
    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"))
    population: Mapped[int | None]
    job_seekers: Mapped[int | None]
    source: Mapped[str] = mapped_column(String(300), default="")
    source_year: Mapped[int | None]
