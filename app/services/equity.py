"""Territorial equity (العدالة المجالية): a region's provinces side by side.

The committees of seed 003 ask whether fragile provinces get their share. A quota means
little alone: it is divided by the province's population and by its registered job seekers
(entered per province and edition with their source and year, since both move), and set
beside who was reached, the share of women and of people with disabilities, and worksites
per commune. Provinces furthest from the regional average come first.

Who was reached is read from the beneficiaries register (the people assigned to the
province's worksites); a worksite where no one is assigned yet counts at its planned
figures, and the view says which provinces lean on plans.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, distinct, func, select

from app.domain.enums import ProposalStatus, Sex
from app.domain.followup import Denominators, check_denominators
from app.domain.roles import Permission
from app.errors import NotFound
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    ProposalRow,
    ProvinceRow,
    QuotaRow,
)
from app.storage.models.followup import EquityDenominatorRow


@dataclass(frozen=True)
class ProvinceEquity:
    province_id: uuid.UUID
    code: str
    name: str
    posts: int
    person_months: int
    population: int | None
    job_seekers: int | None
    source: str
    source_year: int | None
    reached: int  # people assigned, plus those planned where no one is assigned yet
    women: int
    disabled: int
    worksites: int
    communes: int  # communes of the province
    row_version: int  # of its denominators, 0 when none were entered
    assigned: int = 0  # people in the beneficiaries register on its worksites
    planned_worksites: int = 0  # worksites counted at their planned figures (no one yet)

    @property
    def basis(self) -> str:
        """Where "reached" comes from: the register, the plans, or both."""
        if not self.worksites:
            return NONE
        if not self.planned_worksites:
            return ASSIGNED
        return PLANNED if not self.assigned else MIXED

    @property
    def posts_per_10k(self) -> float | None:
        return None if not self.population else self.posts * 10_000 / self.population

    @property
    def posts_per_100_seekers(self) -> float | None:
        return None if not self.job_seekers else self.posts * 100 / self.job_seekers

    @property
    def women_share(self) -> float | None:
        return None if not self.reached else self.women * 100 / self.reached

    @property
    def disabled_share(self) -> float | None:
        return None if not self.reached else self.disabled * 100 / self.reached

    @property
    def worksites_per_commune(self) -> float | None:
        return None if not self.communes else self.worksites / self.communes


NONE, ASSIGNED, PLANNED, MIXED = "", "assigned", "planned", "mixed"

MEASURES = ("posts_per_10k", "posts_per_100_seekers", "women_share", "disabled_share",
            "worksites_per_commune")


@dataclass(frozen=True)
class EquityRow:
    province: ProvinceEquity
    gap: float  # mean relative distance from the regional average, over known measures


@dataclass(frozen=True)
class EquityView:
    rows: list[EquityRow]
    averages: dict[str, float | None]


def region_equity(db: Database, edition_id: uuid.UUID, region_id: uuid.UUID) -> EquityView:
    with reading(db, mapped=True) as session:
        provinces = session.execute(select(ProvinceRow.id, ProvinceRow.code, ProvinceRow.name_ar)
                                    .where(ProvinceRow.region_id == region_id)
                                    .order_by(ProvinceRow.code)).all()
        if not provinces:
            raise NotFound(tr("الجهة غير موجودة أو لا أقاليم لها."))
        ids = [p.id for p in provinces]
        quotas = {pid: (posts, pm) for pid, posts, pm in session.execute(
            select(QuotaRow.province_id, func.sum(QuotaRow.posts),
                   func.sum(QuotaRow.person_months))
            .where(QuotaRow.edition_id == edition_id, QuotaRow.province_id.in_(ids))
            .group_by(QuotaRow.province_id))}
        selected = [ProposalRow.edition_id == edition_id, ProposalRow.province_id.in_(ids),
                    ProposalRow.status == ProposalStatus.SELECTED]
        worksites = dict(session.execute(
            select(ProposalRow.province_id, func.count()).where(*selected)
            .group_by(ProposalRow.province_id)).all())
        # The people in the register, each once per province, from the assignments of its
        # worksites; worksites where no one is assigned yet count at their planned figures.
        people = (select(ProposalRow.province_id, AssignmentRow.beneficiary_id,
                         BeneficiaryRow.sex, BeneficiaryRow.has_disability)
                  .join(AssignmentRow, AssignmentRow.proposal_id == ProposalRow.id)
                  .join(BeneficiaryRow, BeneficiaryRow.id == AssignmentRow.beneficiary_id)
                  .where(*selected).distinct().subquery())
        assigned = {row[0]: row[1:] for row in session.execute(
            select(people.c.province_id, func.count(),
                   func.sum(case((people.c.sex == Sex.FEMALE, 1), else_=0)),
                   func.sum(case((people.c.has_disability, 1), else_=0)))
            .group_by(people.c.province_id))}
        has_people = select(AssignmentRow.id).where(AssignmentRow.proposal_id == ProposalRow.id)
        planned = {row[0]: row[1:] for row in session.execute(
            select(ProposalRow.province_id, func.count(),
                   func.coalesce(func.sum(ProposalRow.beneficiaries), 0),
                   func.coalesce(func.sum(ProposalRow.women_planned), 0),
                   func.coalesce(func.sum(ProposalRow.disabled_planned), 0))
            .where(*selected, ~has_people.exists())
            .group_by(ProposalRow.province_id))}
        communes = dict(session.execute(
            select(CommuneRow.province_id, func.count(distinct(CommuneRow.id)))
            .where(CommuneRow.province_id.in_(ids)).group_by(CommuneRow.province_id)).all())
        denominators = {row.province_id: row for row in session.scalars(
            select(EquityDenominatorRow).where(EquityDenominatorRow.edition_id == edition_id,
                                               EquityDenominatorRow.province_id.in_(ids)))}
        items = []
        for pid, code, name in provinces:
            posts, pm = quotas.get(pid, (0, 0))
            empty, planned_people, planned_women, planned_disabled = planned.get(
                pid, (0, 0, 0, 0))
            count, women, disabled = assigned.get(pid, (0, 0, 0))
            den = denominators.get(pid)
            items.append(ProvinceEquity(
                pid, code, name, int(posts or 0), int(pm or 0),
                den.population if den else None, den.job_seekers if den else None,
                den.source if den else "", den.source_year if den else None,
                int(count) + int(planned_people), int(women or 0) + int(planned_women),
                int(disabled or 0) + int(planned_disabled), int(worksites.get(pid, 0)),
                int(communes.get(pid, 0)), den.row_version if den else 0, int(count),
                int(empty)))
    averages: dict[str, float | None] = {}
    for measure in MEASURES:
        values = [v for v in (getattr(p, measure) for p in items) if v is not None]
        averages[measure] = sum(values) / len(values) if values else None
    rows = [EquityRow(p, _gap(p, averages)) for p in items]
    rows.sort(key=lambda r: (-r.gap, r.province.code))
    return EquityView(rows, averages)


def _gap(province: ProvinceEquity, averages: dict[str, float | None]) -> float:
    gaps = []
    for measure in MEASURES:
        value, average = getattr(province, measure), averages[measure]
        if value is not None and average:
            gaps.append(abs(value - average) / average)
    return sum(gaps) / len(gaps) if gaps else 0.0


@requires(Permission.FOLLOW_UP)
def save_denominators(db: Database, actor: Actor, edition_id: uuid.UUID,
                      province_id: uuid.UUID, values: Denominators, *,
                      read_at: int | None = None) -> None:
    """A province's population and registered job seekers for an edition, with where the
    figures come from (e.g. "RGPH 2024 (HCP)", "ANAPEC")."""
    check_denominators(values)
    with writing(db, actor) as session:
        row = session.scalars(select(EquityDenominatorRow).where(
            EquityDenominatorRow.edition_id == edition_id,
            EquityDenominatorRow.province_id == province_id)).first()
        if row is None:
            row = EquityDenominatorRow(edition_id=edition_id, province_id=province_id)
            session.add(row)
        elif read_at:
            versions.check(session, row, read_at)
        row.population = values.population
        row.job_seekers = values.job_seekers
        row.source = values.source.strip()
        row.source_year = values.source_year


def per_thousand(value: float | None) -> str:
    return "—" if value is None else f"{Decimal(value).quantize(Decimal('0.01'))}"
