"""People employed on worksites and their assignments."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import AssignmentStatus, Sex
from app.storage.models.base import Base, Keyed, enum_type


class BeneficiaryRow(Keyed, Base):
    __tablename__ = "beneficiaries"
    __table_args__ = (Index("ix_beneficiaries_names", "last_name_ar", "first_name_ar"),)

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
    cnss_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    rib: Mapped[str] = mapped_column(String(24), default="")
    category: Mapped[str] = mapped_column(String(60), default="")


class AssignmentRow(Keyed, Base):
    __tablename__ = "assignments"

    beneficiary_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), index=True)
    convention_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conventions.id"))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    status: Mapped[AssignmentStatus] = mapped_column(enum_type(AssignmentStatus),
                                                     default=AssignmentStatus.PLANNED)
    cnss_declared_on: Mapped[date | None]
    certificate_number: Mapped[str] = mapped_column(String(80), default="")
