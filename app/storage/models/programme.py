"""Editions, their component parameters, the dated minimum wage, quotas and settings."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import Component, WageKind
from app.storage.models.base import Base, Keyed, Rate, Versioned, enum_type


class EditionRow(Versioned, Keyed, Base):
    __tablename__ = "editions"
    __table_args__ = (
        UniqueConstraint("year"),
        UniqueConstraint("number"),
        CheckConstraint("min_duration_months <= max_duration_months", name="duration_order"),
    )

    year: Mapped[int]
    number: Mapped[int]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    admin_fee_rate: Mapped[Decimal] = mapped_column(Rate)
    min_duration_months: Mapped[int]
    max_duration_months: Mapped[int]
    default_duration_months: Mapped[int]
    bodies_may_benefit_again: Mapped[bool] = mapped_column(default=False)
    # Editable wording of the convention's preamble and the like, per edition.
    legal_references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    components: Mapped[list[EditionComponentRow]] = relationship(
        back_populates="edition", cascade="all, delete-orphan",
        order_by="EditionComponentRow.component")


class EditionComponentRow(Keyed, Base):
    __tablename__ = "edition_components"
    __table_args__ = (UniqueConstraint("edition_id", "component"),)

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    component: Mapped[Component] = mapped_column(enum_type(Component))
    enabled: Mapped[bool] = mapped_column(default=True)
    employer_grant_monthly: Mapped[Decimal | None]
    employer_grant_months: Mapped[int | None]
    min_contract_months: Mapped[int | None]

    edition: Mapped[EditionRow] = relationship(back_populates="components")


class MinimumWageRow(Keyed, Base):
    __tablename__ = "minimum_wages"
    __table_args__ = (UniqueConstraint("kind", "effective_from"),)

    kind: Mapped[WageKind] = mapped_column(enum_type(WageKind))
    effective_from: Mapped[date]
    monthly_amount: Mapped[Decimal]
    reference: Mapped[str] = mapped_column(default="")


class QuotaRow(Versioned, Keyed, Base):
    __tablename__ = "quotas"
    __table_args__ = (
        UniqueConstraint("edition_id", "province_id", "component"),
        CheckConstraint("posts > 0", name="posts_positive"),
        CheckConstraint("person_months > 0", name="person_months_positive"),
    )

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provinces.id"), index=True)
    component: Mapped[Component] = mapped_column(enum_type(Component))
    posts: Mapped[int]
    person_months: Mapped[int]
    notes: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    """Application settings that travel with the data (quorum rule, numbering pattern...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)

    # Every key is built by one of these, so a family of keys is spelt in one place.

    @staticmethod
    def convention_settings_key(province_id: uuid.UUID) -> str:
        """A province's convention wording and numbering (services.convention_settings)."""
        return f"conventions:{province_id}"

    @staticmethod
    def template_key(sha256: str) -> str:
        """A convention template's text, pinned by its hash (services.conventions)."""
        return f"templates:{sha256}"


class WorksiteDomainRow(Versioned, Keyed, Base):
    """The configurable list of worksite domains (environment, cleanliness, ...)."""

    __tablename__ = "worksite_domains"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_ar: Mapped[str]
    name_fr: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
