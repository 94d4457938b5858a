"""Committees, their members and the scoring grid of an edition.

A committee belongs to one edition and one province (or region for the sustainable
component). The scoring grid belongs to the edition so that every committee of a
province ranks its proposals the same way; once a score is recorded against it, its
weights are frozen, since changing them would silently re-rank decided proposals.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import CommitteeLevel
from app.domain.meetings import (
    Committee,
    Criterion,
    Member,
    check_grid_may_change,
    default_criteria,
    validate_committee,
    validate_member,
    validate_scoring_grid,
)
from app.domain.programme import edition_title
from app.domain.roles import Permission
from app.errors import Conflict, NotFound
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    AttendanceRow,
    CommitteeRow,
    EditionRow,
    MeetingRow,
    MemberRow,
    ProvinceRow,
    RegionRow,
    ScoreRow,
    ScoringCriterionRow,
    VoteRow,
)


@dataclass(frozen=True)
class CommitteeInfo:
    committee: Committee
    edition_title: str
    territory_name: str
    members: int
    meetings: int


def _committee(row: CommitteeRow) -> Committee:
    return Committee(row.level, row.edition_id, row.name_ar, row.province_id, row.region_id,
                     row.quorum_numerator, row.quorum_denominator, row.chair_casting_vote,
                     row.id, row_version=row.row_version)


def list_committees(db: Database, edition_id: uuid.UUID | None = None) -> list[CommitteeInfo]:
    members = (select(func.count(MemberRow.id)).where(MemberRow.committee_id == CommitteeRow.id)
               .scalar_subquery())
    meetings = (select(func.count(MeetingRow.id))
                .where(MeetingRow.committee_id == CommitteeRow.id).scalar_subquery())
    query = (select(CommitteeRow, EditionRow, ProvinceRow.name_ar, RegionRow.name_ar, members,
                    meetings)
             .join(EditionRow, CommitteeRow.edition_id == EditionRow.id)
             .outerjoin(ProvinceRow, CommitteeRow.province_id == ProvinceRow.id)
             .outerjoin(RegionRow, CommitteeRow.region_id == RegionRow.id)
             .order_by(EditionRow.year.desc(), CommitteeRow.name_ar))
    if edition_id is not None:
        query = query.where(CommitteeRow.edition_id == edition_id)
    with reading(db) as session:
        return [CommitteeInfo(_committee(c), edition_title(e.number, e.year), p or r or "",
                              int(m), int(n))
                for c, e, p, r, m, n in session.execute(query)]


def get_committee(db: Database, committee_id: uuid.UUID) -> Committee:
    with reading(db) as session:
        row = session.get(CommitteeRow, committee_id)
        if row is None:
            raise NotFound(tr("اللجنة غير موجودة."))
        return _committee(row)


@requires(Permission.COMMITTEES)
def save_committee(db: Database, actor: Actor, committee: Committee) -> Committee:
    validate_committee(committee)
    with writing(db, actor) as session:
        if committee.id is None:
            row = CommitteeRow()
        else:
            found = session.get(CommitteeRow, committee.id)
            if found is None:
                raise NotFound(tr("اللجنة غير موجودة."))
            versions.check(session, found, committee.row_version)
            row = found
        assert committee.edition_id is not None
        row.level, row.edition_id, row.name_ar = (committee.level, committee.edition_id,
                                                  committee.name_ar.strip())
        row.province_id, row.region_id = committee.province_id, committee.region_id
        row.quorum_numerator = committee.quorum_numerator
        row.quorum_denominator = committee.quorum_denominator
        row.chair_casting_vote = committee.chair_casting_vote
        session.add(row)
        session.flush()
        committee_id = row.id
    return get_committee(db, committee_id)


def _member(row: MemberRow) -> Member:
    return Member(row.committee_id, row.full_name, row.function, row.organisation,
                  row.is_voting, row.position, row.id, row_version=row.row_version)


def list_members(db: Database, committee_id: uuid.UUID) -> list[Member]:
    with reading(db) as session:
        return [_member(m) for m in session.scalars(
            select(MemberRow).where(MemberRow.committee_id == committee_id)
            .order_by(MemberRow.position, MemberRow.full_name))]


@requires(Permission.COMMITTEES)
def save_member(db: Database, actor: Actor, member: Member) -> Member:
    validate_member(member)
    with writing(db, actor) as session:
        if member.committee_id is None or session.get(CommitteeRow, member.committee_id) is None:
            raise NotFound(tr("اللجنة غير موجودة."))
        if member.id is None:
            row = MemberRow(committee_id=member.committee_id)
            last = session.scalar(select(func.max(MemberRow.position))
                                  .where(MemberRow.committee_id == member.committee_id))
            row.position = member.position or (last or 0) + 1
        else:
            found = session.get(MemberRow, member.id)
            if found is None:
                raise NotFound(tr("العضو غير موجود."))
            versions.check(session, found, member.row_version)
            row = found
            row.position = member.position or row.position
        row.full_name, row.function = member.full_name.strip(), member.function
        row.organisation, row.is_voting = member.organisation.strip(), member.is_voting
        session.add(row)
        session.flush()
        result = _member(row)
    return result


@requires(Permission.COMMITTEES)
def remove_member(db: Database, actor: Actor, member_id: uuid.UUID) -> None:
    """A member who attended or voted stays: the minutes name them."""
    with writing(db, actor) as session:
        row = session.get(MemberRow, member_id)
        if row is None:
            raise NotFound(tr("العضو غير موجود."))
        used = session.scalar(select(func.count(AttendanceRow.id))
                              .where(AttendanceRow.member_id == member_id))
        used = used or session.scalar(select(func.count(VoteRow.id))
                                      .where(VoteRow.member_id == member_id))
        used = used or session.scalar(select(func.count(MeetingRow.id))
                                      .where(MeetingRow.chair_member_id == member_id))
        if used:
            raise Conflict(tr("لا يمكن حذف عضو سجل حضوره أو صوته في اجتماع؛ محاضر اللجنة تذكره."))
        session.delete(row)


# -- the scoring grid ----------------------------------------------------------------------


@dataclass(frozen=True)
class GridCriterion:
    criterion: Criterion
    id: uuid.UUID | None = None


def _ensure_grid(session: Session, edition_id: uuid.UUID) -> list[ScoringCriterionRow]:
    """The edition's grid, created from the defaults of the seeds the first time it is used."""
    rows = list(session.scalars(select(ScoringCriterionRow)
                                .where(ScoringCriterionRow.edition_id == edition_id)
                                .order_by(ScoringCriterionRow.position)))
    if rows:
        return rows
    rows = [ScoringCriterionRow(edition_id=edition_id, code=c.code, name_ar=c.name_ar,
                                weight=c.weight, max_score=c.max_score, position=i)
            for i, c in enumerate(default_criteria(), start=1)]
    session.add_all(rows)
    session.flush()
    return rows


def grid_from_rows(rows: list[ScoringCriterionRow]) -> list[GridCriterion]:
    return [GridCriterion(Criterion(r.code, r.name_ar, Decimal(r.weight), r.max_score), r.id)
            for r in rows]


def scoring_grid(db: Database, edition_id: uuid.UUID) -> list[GridCriterion]:
    """The grid in force; the defaults (not yet saved) when the edition has none."""
    with reading(db) as session:
        rows = list(session.scalars(select(ScoringCriterionRow)
                                    .where(ScoringCriterionRow.edition_id == edition_id)
                                    .order_by(ScoringCriterionRow.position)))
        return grid_from_rows(rows) if rows else default_grid()


def default_grid() -> list[GridCriterion]:
    return [GridCriterion(criterion) for criterion in default_criteria()]


@requires(Permission.COMMITTEES)
def save_scoring_grid(db: Database, actor: Actor, edition_id: uuid.UUID,
                      criteria: list[Criterion]) -> list[GridCriterion]:
    validate_scoring_grid(criteria)
    with writing(db, actor) as session:
        rows = list(session.scalars(select(ScoringCriterionRow)
                                    .where(ScoringCriterionRow.edition_id == edition_id)))
        check_grid_may_change(bool(rows) and bool(session.scalar(
            select(func.count(ScoreRow.id)).where(
                ScoreRow.criterion_id.in_([r.id for r in rows])))))
        by_code = {r.code: r for r in rows}
        for i, c in enumerate(criteria, start=1):
            row = by_code.pop(c.code.strip(), None) or ScoringCriterionRow(
                edition_id=edition_id, code=c.code.strip())
            row.name_ar, row.weight, row.max_score, row.position = (
                c.name_ar.strip(), c.weight, c.max_score, i)
            session.add(row)
        for row in by_code.values():
            session.delete(row)
    return scoring_grid(db, edition_id)


def has_regional_committee(db: Database) -> bool:
    """Whether the employment-grant section applies: only a regional committee runs it."""
    with reading(db) as session:
        return session.scalar(select(CommitteeRow.id).where(
            CommitteeRow.level == CommitteeLevel.REGIONAL).limit(1)) is not None
