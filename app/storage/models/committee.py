"""Committees, members, meetings and what is recorded in them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import (
    AttendanceStatus,
    CommitteeLevel,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    MemberFunction,
    VoteChoice,
)
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class CommitteeRow(Versioned, Keyed, Base):
    __tablename__ = "committees"

    level: Mapped[CommitteeLevel] = mapped_column(enum_type(CommitteeLevel))
    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    province_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provinces.id"))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("regions.id"))
    name_ar: Mapped[str] = mapped_column(String(400))
    # The quorum rule: present voting members must be more than num/den of all of them.
    quorum_numerator: Mapped[int] = mapped_column(default=1)
    quorum_denominator: Mapped[int] = mapped_column(default=2)
    # The decision rule: a majority of the votes cast; on a tie the chair's vote decides.
    chair_casting_vote: Mapped[bool] = mapped_column(default=True)


class MemberRow(Versioned, Keyed, Base):
    __tablename__ = "committee_members"

    committee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committees.id"), index=True)
    full_name: Mapped[str]
    function: Mapped[MemberFunction] = mapped_column(enum_type(MemberFunction))
    organisation: Mapped[str] = mapped_column(String(400), default="")
    is_voting: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class MeetingRow(Versioned, Keyed, Base):
    __tablename__ = "meetings"

    committee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committees.id"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind))
    held_on: Mapped[date]
    starts_at: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(400), default="")
    chair_member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("committee_members.id"))
    status: Mapped[MeetingStatus] = mapped_column(enum_type(MeetingStatus),
                                                  default=MeetingStatus.PLANNED)
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(120))
    participating_bodies: Mapped[str] = mapped_column(Text, default="")
    # What the minutes show, frozen in the transaction that closes the meeting (JSON).
    minutes_snapshot: Mapped[str | None] = mapped_column(Text, default=None)


class AgendaItemRow(Keyed, Base):
    __tablename__ = "meeting_agenda"
    __table_args__ = (UniqueConstraint("meeting_id", "proposal_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"))
    position: Mapped[int]


class AttendanceRow(Keyed, Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committee_members.id"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus))
    represented_by: Mapped[str] = mapped_column(default="")


class ScoringCriterionRow(Keyed, Base):
    __tablename__ = "scoring_criteria"

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("editions.id"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    name_ar: Mapped[str]
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    max_score: Mapped[int] = mapped_column(default=10)
    position: Mapped[int] = mapped_column(default=0)


class ScoreRow(Keyed, Base):
    __tablename__ = "meeting_scores"
    __table_args__ = (UniqueConstraint("meeting_id", "proposal_id", "criterion_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"))
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scoring_criteria.id"))
    value: Mapped[Decimal] = mapped_column(Numeric(6, 2))


class VoteRow(Keyed, Base):
    __tablename__ = "meeting_votes"
    __table_args__ = (UniqueConstraint("meeting_id", "proposal_id", "member_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("committee_members.id"))
    choice: Mapped[VoteChoice] = mapped_column(enum_type(VoteChoice))


class DecisionRow(Keyed, Base):
    __tablename__ = "meeting_decisions"
    __table_args__ = (UniqueConstraint("meeting_id", "proposal_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    proposal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("proposals.id"), index=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_type(DecisionOutcome))
    reason: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    # A correction after closing is a new decision at a later meeting pointing at the old one.
    corrects_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting_decisions.id"))


class RecommendationRow(Keyed, Base):
    __tablename__ = "meeting_recommendations"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
