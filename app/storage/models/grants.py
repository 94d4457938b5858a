"""The employment grant of the second component: regional allocations, calls, employers,
applications with their posts, the regional committee's decisions, signed agreements,
hires and the months of grant paid."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import PartnerKind
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class GrantAllocationRow(Versioned, Keyed, Base):
    """Hires a region may fund with the grant in an edition (its "quota")."""

    __tablename__ = "grant_allocations"
    __table_args__ = (UniqueConstraint("edition_id", "region_id"),
                      CheckConstraint("hires > 0", name="hires_positive"))

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("regions.id"), index=True)
    hires: Mapped[int]
    notes: Mapped[str] = mapped_column(Text, default="")


class GrantCallRow(Versioned, Keyed, Base):
    __tablename__ = "grant_calls"

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("regions.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    title_ar: Mapped[str] = mapped_column(String(400))
    opens_on: Mapped[date]
    closes_on: Mapped[date]


class EmployerRow(Versioned, Keyed, Base):
    """An enterprise, cooperative or association that hires with the grant."""

    __tablename__ = "employers"

    kind: Mapped[PartnerKind] = mapped_column(enum_type(PartnerKind))
    name_ar: Mapped[str] = mapped_column(String(400))
    name_fr: Mapped[str] = mapped_column(String(400), default="")
    cnss_affiliate: Mapped[str] = mapped_column(String(7), unique=True)
    sector: Mapped[str] = mapped_column(String(40))
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provinces.id"), index=True)
    legal_representative: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    rib: Mapped[str] = mapped_column(String(24), default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class GrantApplicationRow(Versioned, Keyed, Base):
    __tablename__ = "grant_applications"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_calls.id"), index=True)
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    received_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    hires: Mapped[int]
    target_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class GrantPostRow(Keyed, Base):
    __tablename__ = "grant_posts"

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("grant_applications.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title_ar: Mapped[str] = mapped_column(String(400))
    count: Mapped[int]
    monthly_wage: Mapped[Decimal]
    contract_months: Mapped[int]
    contract_type: Mapped[str] = mapped_column(String(20))


class GrantDecisionRow(Keyed, Base):
    """The regional committee's decision on an application, taken in a meeting; locked
    with the meeting once it is closed (migration 0012)."""

    __tablename__ = "grant_decisions"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_applications.id"),
                                                      index=True)
    approved: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text, default="")
    # Set by the live meeting (migration 0016): "approved", "rejected" or "postponed";
    # None on decisions recorded before, read from `approved`.
    outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    conditions: Mapped[str] = mapped_column(Text, default="", server_default="")


class GrantAgreementRow(Versioned, Keyed, Base):
    """The agreement with an employer; once signed (`locked_at`) the database refuses any
    change of what it says (migration 0012)."""

    __tablename__ = "grant_agreements"

    number: Mapped[str] = mapped_column(String(60), unique=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_applications.id"),
                                                      unique=True)
    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employers.id"), index=True)
    hires: Mapped[int]
    monthly_amount: Mapped[Decimal]
    grant_months: Mapped[int]
    total_amount: Mapped[Decimal]
    signed_on: Mapped[date | None]
    signed_place: Mapped[str] = mapped_column(default="")
    locked_at: Mapped[datetime | None]
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")


class GrantHireRow(Versioned, Keyed, Base):
    __tablename__ = "grant_hires"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_agreements.id"),
                                                    index=True)
    cin: Mapped[str] = mapped_column(String(8), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    post_title: Mapped[str] = mapped_column(String(400), default="")
    starts_on: Mapped[date]
    contract_months: Mapped[int]
    grant_months: Mapped[int]
    ended_on: Mapped[date | None]
    end_reason: Mapped[str] = mapped_column(Text, default="")
    replaces_hire_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grant_hires.id"))
    # The person in the beneficiaries register (migration 0017); `cin` and `full_name`
    # stay as typed so the hire reads the same should the register entry change.
    beneficiary_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("beneficiaries.id"),
                                                            index=True)


class GrantPaymentRow(Keyed, Base):
    """A month of grant paid for a hire."""

    __tablename__ = "grant_payments"
    __table_args__ = (UniqueConstraint("hire_id", "month_index"),)

    hire_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_hires.id"), index=True)
    month_index: Mapped[int]
    amount: Mapped[Decimal]
    paid_on: Mapped[date]


class GrantAmendmentRow(Versioned, Keyed, Base):
    """A numbered amendment (ملحق) to a signed agreement: the terms it sets (hires, grant per
    month, months of grant) and what it prints. Once signed (`locked_at`) the database
    refuses any change of it (migration 0017); the agreement itself never changes."""

    __tablename__ = "grant_amendments"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_agreements.id"),
                                                    index=True)
    number: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    drawn_up_on: Mapped[date]
    hires: Mapped[int]
    monthly_amount: Mapped[Decimal]
    grant_months: Mapped[int]
    total_amount: Mapped[Decimal]
    signed_on: Mapped[date | None]
    signed_place: Mapped[str] = mapped_column(default="")
    locked_at: Mapped[datetime | None]
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
