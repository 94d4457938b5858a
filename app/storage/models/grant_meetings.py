"""What a regional committee's live meeting records about each grant application: its place
on the agenda, the scores and the votes. Attendance, recommendations and the closing are the
meeting's own (committee.py); the decision is `GrantDecisionRow`. Locked with the meeting
once it is closed (migration 0016), like the worksite meeting's rows."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import VoteChoice
from app.storage.models.base import Base, Keyed, enum_type


class GrantAgendaRow(Keyed, Base):
    __tablename__ = "grant_agenda"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_applications.id"))
    position: Mapped[int]


class GrantScoreRow(Keyed, Base):
    __tablename__ = "grant_scores"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id", "criterion_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_applications.id"))
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scoring_criteria.id"))
    value: Mapped[Decimal] = mapped_column(Numeric(6, 2))


class GrantVoteRow(Keyed, Base):
    __tablename__ = "grant_votes"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id", "member_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grant_applications.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committee_members.id"))
    choice: Mapped[VoteChoice] = mapped_column(enum_type(VoteChoice))
