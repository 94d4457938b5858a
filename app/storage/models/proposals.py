"""Calls for proposals and the worksites proposed against them."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import Component, CostLineKind, ProposalStatus
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class CallRow(Versioned, Keyed, Base):
    __tablename__ = "calls"

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    component: Mapped[Component] = mapped_column(enum_type(Component))
    province_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provinces.id"), index=True)
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("regions.id"), index=True)
    reference: Mapped[str] = mapped_column(String(80), default="")
    title_ar: Mapped[str] = mapped_column(String(500))
    opens_on: Mapped[date]
    closes_on: Mapped[date]
    accepted_domain_codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Folded text of the searched columns, written by app.services.search on every flush.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


proposal_communes = Table(
    "proposal_communes",
    Base.metadata,
    Column("proposal_id", ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True),
    Column("commune_id", ForeignKey("communes.id"), primary_key=True),
)


class ProposalRow(Versioned, Keyed, Base):
    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint("beneficiaries >= 0", name="beneficiaries_non_negative"),
        CheckConstraint("women_planned <= beneficiaries", name="women_within_total"),
        CheckConstraint("disabled_planned <= beneficiaries", name="disabled_within_total"),
        # One index per sortable column, ending with the list's tie-breakers (reference, id):
        # a sorted page deep in a national list then walks an index instead of sorting.
        Index("ix_proposals_reference_id", "reference", "id"),
        *(Index(f"ix_proposals_sort_{column}", column, "reference", "id") for column in (
            "title_ar", "beneficiaries", "women_planned", "duration_months", "status",
            "received_on")),
    )

    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("calls.id"), index=True)
    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provinces.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partners.id"), index=True)
    domain_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worksite_domains.id"))
    reference: Mapped[str] = mapped_column(String(80), default="")
    title_ar: Mapped[str] = mapped_column(String(500))
    description_ar: Mapped[str] = mapped_column(Text, default="")
    beneficiaries: Mapped[int]
    women_planned: Mapped[int] = mapped_column(default=0)
    disabled_planned: Mapped[int] = mapped_column(default=0)
    duration_months: Mapped[int]
    starts_on: Mapped[date | None]
    received_on: Mapped[date | None]
    late_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProposalStatus] = mapped_column(enum_type(ProposalStatus), index=True,
                                                   default=ProposalStatus.RECEIVED)
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Folded reference, title, partner names and commune names (app.services.search keeps
    # it, also when a partner or a commune is renamed).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    communes = relationship("CommuneRow", secondary=proposal_communes)
    cost_lines: Mapped[list[CostLineRow]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="CostLineRow.position")


class CostLineRow(Keyed, Base):
    __tablename__ = "proposal_cost_lines"

    proposal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CostLineKind] = mapped_column(enum_type(CostLineKind))
    label: Mapped[str] = mapped_column(String(400), default="")
    amount: Mapped[Decimal]
    position: Mapped[int] = mapped_column(default=0)

    proposal: Mapped[ProposalRow] = relationship(back_populates="cost_lines")
