"""People employed on worksites and their assignments."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import AssignmentStatus, Sex
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class BeneficiaryRow(Versioned, Keyed, Base):
    __tablename__ = "beneficiaries"
    __table_args__ = (
        # The list's order (family name, then id) and the other sortable columns, each
        # ending with those tie-breakers, like proposals: a deep page walks an index. On
        # SQLite they end with the rowid instead of the id, the list's tie-breaker there
        # (migration 0021: an import rebuilds them, and the id made each a third longer).
        Index("ix_beneficiaries_sort_last_name_ar", "last_name_ar", "id"),
        *(Index(f"ix_beneficiaries_sort_{column}", column, "last_name_ar", "id") for column in (
            "first_name_ar", "last_name_fr", "birth_date", "category", "sex")),
    )

    cin: Mapped[str] = mapped_column(String(20), unique=True)
    first_name_ar: Mapped[str] = mapped_column(String(120))
    last_name_ar: Mapped[str] = mapped_column(String(120))
    first_name_fr: Mapped[str] = mapped_column(String(120), default="")
    last_name_fr: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[Sex] = mapped_column(enum_type(Sex))
    birth_date: Mapped[date | None]
    has_disability: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    commune_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("communes.id"), index=True)
    anapec_number: Mapped[str] = mapped_column(String(40), default="")
    cnss_number: Mapped[str] = mapped_column(String(40), default="")
    # The Al Barid Bank account (RIB, 24 digits) once opened.
    rib: Mapped[str] = mapped_column(String(24), default="")
    # An app.domain.beneficiaries.EligibilityCategory value ("" when not given).
    category: Mapped[str] = mapped_column(String(60), default="")
    education_level: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # Where the record came from: the imported file's name, or "" when typed in.
    source: Mapped[str] = mapped_column(String(255), default="", server_default="")
    # Consonant key of the Latin names (app.domain.beneficiaries.consonant_key): blocks the
    # likely-duplicate search.
    name_key: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # Folded names, CIN and phone (app.services.beneficiaries.person_text), indexed by
    # migration 0009 as the lists of 0007 are.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class AssignmentRow(Versioned, Keyed, Base):
    __tablename__ = "assignments"
    # One index leads with the worksite and carries the person, so the people of a set of
    # worksites (the dashboard's register figures for a region) are read from it alone
    # (migration 0020).
    __table_args__ = (Index("ix_assignments_proposal_status_beneficiary", "proposal_id",
                            "status", "beneficiary_id"),)

    beneficiary_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"))
    convention_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conventions.id"))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    status: Mapped[AssignmentStatus] = mapped_column(enum_type(AssignmentStatus),
                                                     default=AssignmentStatus.PLANNED)
    cnss_declared_on: Mapped[date | None]
    certificate_number: Mapped[str] = mapped_column(String(80), default="")
    # A person who leaves keeps the row (status LEFT) with the day and the reason; whoever
    # takes the place has a new row naming the one it replaces.
    left_on: Mapped[date | None]
    leave_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assignments.id"))


class DuplicateDecisionRow(Keyed, Base):
    """A pair of records a person looked at and declared two different people, so the
    likely-duplicates list stops offering it (nothing is ever merged automatically)."""

    __tablename__ = "beneficiary_pair_decisions"

    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    decided_by: Mapped[str] = mapped_column(String(80), default="")
