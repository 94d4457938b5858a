"""Days worked per person and month: what the register says and what CNSS is told."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base, Keyed, Versioned


class WorkedDaysRow(Versioned, Keyed, Base):
    """One assignment's days worked in one month (`month` is "2023-05").

    Kept per assignment, not per person: a person replaced mid-month on one worksite and
    starting on another has two lines, each declared by its own body.
    """

    __tablename__ = "worked_days"
    __table_args__ = (
        UniqueConstraint("assignment_id", "month"),
        Index("ix_worked_days_month", "month"),
    )

    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assignments.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))
    days: Mapped[int]
    source: Mapped[str] = mapped_column(String(20), default="typed")  # register | typed
