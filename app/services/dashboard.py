"""The committee's dashboard: what the governor, the region and the ministry ask for, summed
in SQL for an edition and a province (or every province of a region).

Every figure and every breakdown carries a `Drill` that names the records behind it, so a
screen can list them on a click, and a breakdown whose data is not entered yet says so
instead of showing zeros that would read as facts.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import ConventionStatus, PartnerKind, ProposalStatus, Sex
from app.domain.followup import (
    Lateness,
    WorksiteStatus,
    lateness,
    planned_end,
    tranche_due_on,
    tranche_is_late,
)
from app.domain.programme import people_reached
from app.domain.text import FSI, PDI
from app.errors import NotFound
from app.language import QT_TR_NOOP, is_french, tr
from app.services import followup
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    ConventionRow,
    CostLineRow,
    EditionRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    QuotaRow,
    RegionRow,
    TrancheRow,
    WorksiteDomainRow,
    proposal_communes,
)
from app.storage.models.followup import TranchePaymentRow, WorksiteRow

NOT_YET = QT_TR_NOOP("لم تسجل هذه المعطيات بعد")
PEOPLE_AT_DURATION = QT_TR_NOOP("عدد المستفيدين الممكن بمدة {months} أشهر")
SCOPE_TITLE = QT_TR_NOOP("{place} – أوراش {year}")


@dataclass(frozen=True)
class Scope:
    """An edition and the provinces a committee answers for (one, or a region's)."""

    edition_id: uuid.UUID
    province_ids: tuple[uuid.UUID, ...]
    edition_year: int
    place: str  # "إقليم خنيفرة" / "جهة بني ملال-خنيفرة"
    default_duration: int
    start: date | None = None  # a period: worksites planned to start within it
    end: date | None = None

    @property
    def title(self) -> str:
        """In the interface language; in French the place's Arabic name is isolated, so
        the title keeps its order ("إقليم خنيفرة – Awrach 2023")."""
        place = f"{FSI}{self.place}{PDI}" if is_french() else self.place
        return tr(SCOPE_TITLE).format(place=place, year=self.edition_year)


@dataclass(frozen=True)
class Drill:
    """Which records a figure counts: a worksite filter the follow-up list understands."""

    what: str  # "worksites" | "tranches"
    # "status" | "domain" | "commune" | "late" | "convention" | "kind" | "assigned" | ""
    field: str = ""
    value: str = ""


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int | Decimal | None  # None: not there yet
    target: int | Decimal | None = None  # what it is measured against, if anything
    drill: Drill | None = None
    unit: str = ""


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    label_header: str
    value_header: str
    rows: list[tuple[str, int | Decimal, Drill | None]] = field(default_factory=list)
    available: bool = True
    note: str = ""


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    figures: list[Figure]
    breakdowns: list[Breakdown]
    # The conventions with a late tranche, in number order: a printed list reads its first
    # ones without going through every tranche again.
    late_conventions: tuple[uuid.UUID, ...] = ()

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def breakdown(self, key: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.key == key)


def scope_for(db: Database, year: int, province_code: str | None = None,
              region_code: str | None = None, start: date | None = None,
              end: date | None = None) -> Scope:
    """The scope from what a user or a command line names: a year and a province or region
    code (or Arabic/French name)."""
    with reading(db) as session:
        edition = session.scalars(select(EditionRow).where(EditionRow.year == year)).first()
        if edition is None:
            raise NotFound(tr("لا توجد نسخة من البرنامج لسنة {year}.").format(year=year))
        if region_code:
            region = session.scalars(select(RegionRow).where(
                (RegionRow.code == region_code) | (RegionRow.name_ar == region_code)
                | (RegionRow.name_fr == region_code))).first()
            if region is None:
                raise NotFound(tr("الجهة غير موجودة: {region_code}.")
                                  .format(region_code=region_code))
            ids = tuple(session.scalars(select(ProvinceRow.id).where(
                ProvinceRow.region_id == region.id).order_by(ProvinceRow.code)))
            place = f"جهة {region.name_ar}"
        else:
            province = session.scalars(select(ProvinceRow).where(
                (ProvinceRow.code == province_code) | (ProvinceRow.name_ar == province_code)
                | (ProvinceRow.name_fr == province_code))).first()
            if province is None:
                raise NotFound(tr("الإقليم غير موجود: {province_code}.")
                                  .format(province_code=province_code))
            ids = (province.id,)
            place = f"إقليم {province.name_ar}"
        return Scope(edition.id, ids, edition.year, place, edition.default_duration_months,
                     start, end)


def scope_of(db: Database, edition_id: uuid.UUID, province_ids: Sequence[uuid.UUID],
             place: str) -> Scope:
    with reading(db) as session:
        edition = session.get(EditionRow, edition_id)
        if edition is None:
            raise NotFound(tr("النسخة غير موجودة."))
        return Scope(edition_id, tuple(province_ids), edition.year, place,
                     edition.default_duration_months)


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    where = [ProposalRow.edition_id == scope.edition_id,
             ProposalRow.status == ProposalStatus.SELECTED]
    if len(scope.province_ids) == 1:
        where.append(ProposalRow.province_id == scope.province_ids[0])
    else:
        where.append(ProposalRow.province_id.in_(scope.province_ids))
    if scope.start is not None:
        where.append(ProposalRow.starts_on >= scope.start)
    if scope.end is not None:
        where.append(ProposalRow.starts_on <= scope.end)
    return where


def _money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def in_language(board: Dashboard) -> Dashboard:
    """The board with its titles and labels in the interface language, for the window.

    `build` keeps the Arabic words because the follow-up report prints them (documents
    stay Arabic); the window shows this copy. Names typed by users (domains, communes)
    have no catalog entry and stay as typed.
    """
    if not is_french():
        return board
    labels = {m.label: m.label_fr for kind in (Sex, EligibilityCategory) for m in kind}

    def word(text: str) -> str:
        return labels.get(text) or tr(text)

    def label(figure: Figure) -> str:
        if figure.key == "people_at_duration":
            return tr(PEOPLE_AT_DURATION).format(months=board.scope.default_duration)
        return word(figure.label)

    return replace(board, figures=[
        replace(f, label=label(f), unit=tr(f.unit) if f.unit else "")
        for f in board.figures], breakdowns=[
        replace(b, title=tr(b.title), label_header=tr(b.label_header),
                value_header=tr(b.value_header), note=tr(b.note) if b.note else "",
                rows=[(word(name), value, drill) for name, value, drill in b.rows])
        for b in board.breakdowns])


def build(db: Database, scope: Scope, *, today: date | None = None) -> Dashboard:
    """Every figure of the dashboard, in a handful of grouped queries."""
    day = today or date.today()
    where = _in_scope(scope)
    with reading(db, mapped=True) as session:
        return _build(session, scope, where, day)


def _build(session: Session, scope: Scope, where: list[ColumnElement[bool]],
           day: date) -> Dashboard:
    posts, person_months = session.execute(
        select(func.coalesce(func.sum(QuotaRow.posts), 0),
               func.coalesce(func.sum(QuotaRow.person_months), 0))
        .where(QuotaRow.edition_id == scope.edition_id,
               QuotaRow.province_id.in_(scope.province_ids))).one()
    # One pass over the worksites in scope gives the counts, the sums, the statuses (and
    # lateness, which depends on today) and the domains: the grouped rows are few.
    grouped = session.execute(
        select(WorksiteRow.status, ProposalRow.starts_on, ProposalRow.duration_months,
               ProposalRow.domain_id, func.count(),
               func.coalesce(func.sum(ProposalRow.beneficiaries), 0),
               func.coalesce(func.sum(ProposalRow.beneficiaries * ProposalRow.duration_months),
                             0),
               func.coalesce(func.sum(ProposalRow.women_planned), 0),
               func.coalesce(func.sum(ProposalRow.disabled_planned), 0))
        .outerjoin(WorksiteRow, WorksiteRow.proposal_id == ProposalRow.id).where(*where)
        .group_by(WorksiteRow.status, ProposalRow.starts_on, ProposalRow.duration_months,
                  ProposalRow.domain_id)).all()
    worksites = people = used_pm = women = disabled = 0
    statuses: Counter[WorksiteStatus] = Counter()
    late: Counter[Lateness] = Counter()
    by_domain: Counter[uuid.UUID | None] = Counter()
    for status, start, duration, domain_id, count, n, pm, w, d in grouped:
        worksites, people, used_pm = worksites + count, people + n, used_pm + pm
        women, disabled = women + w, disabled + d
        state = WorksiteStatus(status or WorksiteStatus.PLANNED)  # no row yet: planned
        statuses[state] += count
        late[lateness(state, start, planned_end(start, duration), day)] += count
        by_domain[domain_id] += count
    # Other tables are reached by `IN (the worksites in scope)`: SQLite then walks their
    # proposal_id index from the scope's few thousand ids, instead of scanning a national
    # table and looking each row's proposal up.
    ids = select(ProposalRow.id).where(*where)
    # Each body once: IN looks up the scope's distinct bodies (a third fewer lookups than
    # joining every worksite to its body and counting distinct ids).
    kinds = dict(session.execute(
        select(PartnerRow.kind, func.count())
        .where(PartnerRow.id.in_(select(ProposalRow.partner_id).where(*where)))
        .group_by(PartnerRow.kind)).all())
    budget = session.scalar(select(func.coalesce(func.sum(CostLineRow.amount), 0))
                            .where(CostLineRow.proposal_id.in_(ids)))
    signed = [ConventionStatus.SIGNED, ConventionStatus.TERMINATED]
    conv_counts: dict[ConventionStatus, int] = {}
    committed = Decimal(0)
    for c_status, count, total in session.execute(
            select(ConventionRow.status, func.count(), func.sum(ConventionRow.total_amount))
            .where(ConventionRow.proposal_id.in_(ids)).group_by(ConventionRow.status)):
        conv_counts[c_status] = count
        if c_status in signed:
            committed += Decimal(total or 0)
    names = {row.id: (row.name_ar, row.code) for row in session.execute(
        select(WorksiteDomainRow.id, WorksiteDomainRow.name_ar, WorksiteDomainRow.code)
        .where(WorksiteDomainRow.id.in_([k for k in by_domain if k is not None])))}
    domains = sorted(((*names.get(k, ("—", None)), n) for k, n in by_domain.items()),
                     key=lambda row: (-row[2], row[0]))
    # Counted per commune from the (proposal, commune) index first; the hundred or so
    # communes are then named, rather than every worksite's commune looked up.
    per_commune = (select(proposal_communes.c.commune_id, func.count().label("n"))
                   .where(proposal_communes.c.proposal_id.in_(ids))
                   .group_by(proposal_communes.c.commune_id).subquery())
    by_commune = session.execute(
        select(CommuneRow.name_ar, CommuneRow.id, per_commune.c.n)
        .join(per_commune, per_commune.c.commune_id == CommuneRow.id)
        .order_by(per_commune.c.n.desc(), CommuneRow.name_ar)).all()
    # The people in the register, each once: IN keeps a person assigned twice (left and
    # came back) single without a DISTINCT over the joined rows.
    people_rows = session.execute(
        select(BeneficiaryRow.sex, BeneficiaryRow.has_disability, BeneficiaryRow.category,
               func.count())
        .where(BeneficiaryRow.id.in_(select(AssignmentRow.beneficiary_id)
                                     .where(AssignmentRow.proposal_id.in_(ids))))
        .group_by(BeneficiaryRow.sex, BeneficiaryRow.has_disability,
                  BeneficiaryRow.category)).all()
    assigned = sum(n for _, _, _, n in people_rows)
    # Each worksite of the scope asks the (proposal, ...) index whether it has anyone.
    staffed = session.scalar(select(func.count()).select_from(ProposalRow).where(
        *where, select(AssignmentRow.proposal_id)
        .where(AssignmentRow.proposal_id == ProposalRow.id).exists())) or 0
    assigned_women = sum(n for sex, _, _, n in people_rows if Sex(sex) is Sex.FEMALE)
    assigned_disabled = sum(n for _, disabled, _, n in people_rows if disabled)
    late_ids, paid = _late_tranche_lines(session, where, day)
    late_tranches = len(late_ids)
    with_late = tuple(uuid.UUID(str(cid)) for cid in dict.fromkeys(late_ids))
    communes = len(by_commune)

    conventions_signed = sum(n for s, n in conv_counts.items() if s in signed)
    conventions_all = sum(conv_counts.values())
    worksite = Drill("worksites")
    figures = [
        Figure("worksites", QT_TR_NOOP("عدد الأوراش"), worksites, None, worksite),
        Figure("communes", QT_TR_NOOP("الجماعات المستفيدة"), communes or 0, None, worksite),
        Figure("associations", QT_TR_NOOP("الجمعيات"), kinds.get(PartnerKind.ASSOCIATION, 0), None,
               Drill("worksites", "kind", PartnerKind.ASSOCIATION.value)),
        Figure("cooperatives", QT_TR_NOOP("التعاونيات"), kinds.get(PartnerKind.COOPERATIVE, 0),
               None,
               Drill("worksites", "kind", PartnerKind.COOPERATIVE.value)),
        Figure("posts", QT_TR_NOOP("المناصب المخصصة"), int(posts), None, None),
        Figure("people_planned", QT_TR_NOOP("المستفيدون المبرمجون"), int(people), int(posts),
               worksite),
        Figure("person_months", QT_TR_NOOP("أشهر العمل المستعملة من الحصة"), int(used_pm),
               int(person_months), worksite),
        Figure("people_at_duration",
               PEOPLE_AT_DURATION.format(months=scope.default_duration),
               people_reached(int(person_months), scope.default_duration), None, None),
        Figure("women_planned", QT_TR_NOOP("النساء (مبرمج)"), int(women), int(people), worksite),
        Figure("disabled_planned", QT_TR_NOOP("الأشخاص في وضعية إعاقة (مبرمج)"), int(disabled),
               int(people), worksite),
        # From the beneficiaries register: None (not entered yet) until someone is assigned.
        Figure("people_assigned", QT_TR_NOOP("المستفيدون المعينون (سجل المستفيدين)"),
               assigned or None, int(people), Drill("worksites", "assigned")),
        Figure("women_assigned", QT_TR_NOOP("النساء المعينات"),
               assigned_women if assigned else None,
               assigned or None, Drill("worksites", "assigned")),
        Figure("disabled_assigned", QT_TR_NOOP("الأشخاص في وضعية إعاقة المعينون"),
               assigned_disabled if assigned else None, assigned or None,
               Drill("worksites", "assigned")),
        Figure("worksites_staffed", QT_TR_NOOP("أوراش عين فيها مستفيدون"), staffed or None,
               worksites,
               Drill("worksites", "assigned")),
        Figure("conventions_signed", QT_TR_NOOP("الاتفاقيات الموقعة"), conventions_signed,
               worksites,
               Drill("worksites", "convention", "signed")),
        Figure("conventions", QT_TR_NOOP("الاتفاقيات المحررة"), conventions_all, worksites,
               Drill("worksites", "convention", "any")),
        Figure("budget", QT_TR_NOOP("الكلفة المصادق عليها"), _money(budget), None, worksite,
               QT_TR_NOOP("درهم")),
        Figure("committed", QT_TR_NOOP("المبالغ الملتزم بها (اتفاقيات موقعة)"), _money(committed),
               None, Drill("worksites", "convention", "signed"), "درهم"),
        Figure("paid", QT_TR_NOOP("المبالغ المؤداة"), _money(paid), _money(committed),
               Drill("tranches"), "درهم"),
        Figure("late_worksites", QT_TR_NOOP("أوراش متأخرة"),
               late[Lateness.NOT_STARTED] + late[Lateness.OVERDUE], worksites,
               Drill("worksites", "late", "any")),
        Figure("late_tranches", QT_TR_NOOP("أشطر متأخرة الأداء"), late_tranches, None,
               Drill("tranches", "late", "any")),
    ]
    breakdowns = [
        Breakdown("quota", QT_TR_NOOP("الحصة: المستعمل مقابل المخصص"), QT_TR_NOOP("البيان"),
                  QT_TR_NOOP("العدد"), [
            (QT_TR_NOOP("المناصب المخصصة"), int(posts), None),
            (QT_TR_NOOP("المستفيدون المبرمجون"), int(people), worksite),
            (QT_TR_NOOP("أشهر العمل المخصصة"), int(person_months), None),
            (QT_TR_NOOP("أشهر العمل المستعملة"), int(used_pm), worksite)]),
        Breakdown("status", QT_TR_NOOP("الأوراش حسب الحالة"), QT_TR_NOOP("الحالة"),
                  QT_TR_NOOP("عدد الأوراش"), [
            (state.label, statuses[state], Drill("worksites", "status", state.value))
            for state in WorksiteStatus if statuses[state]]),
        Breakdown("domain", QT_TR_NOOP("الأوراش حسب المجال"), QT_TR_NOOP("المجال"),
                  QT_TR_NOOP("عدد الأوراش"), [
            (name, count, Drill("worksites", "domain", code or ""))
            for name, code, count in domains]),
        Breakdown("commune", QT_TR_NOOP("الأوراش حسب الجماعة"), QT_TR_NOOP("الجماعة"),
                  QT_TR_NOOP("عدد الأوراش"), [
            (name, count, Drill("worksites", "commune", str(cid)))
            for name, cid, count in by_commune]),
        Breakdown("budget", QT_TR_NOOP("الميزانية: الملتزم بها مقابل المؤداة"),
                  QT_TR_NOOP("البيان"), QT_TR_NOOP("المبلغ (درهم)"), [
            (QT_TR_NOOP("الكلفة المصادق عليها"), _money(budget), worksite),
            (QT_TR_NOOP("الملتزم بها"), _money(committed), Drill("worksites", "convention",
                                                                 "signed")),
            (QT_TR_NOOP("المؤداة"), _money(paid), Drill("tranches"))]),
        Breakdown("conventions", QT_TR_NOOP("الاتفاقيات: الموقعة مقابل المصادق عليها"),
                  QT_TR_NOOP("البيان"), QT_TR_NOOP("العدد"), [
            (QT_TR_NOOP("الأوراش المصادق عليها"), worksites, worksite),
            (QT_TR_NOOP("الاتفاقيات المحررة"), conventions_all, Drill("worksites", "convention",
                                                                      "any")),
            (QT_TR_NOOP("الاتفاقيات الموقعة"), conventions_signed,
             Drill("worksites", "convention", "signed"))]),
        Breakdown("late", QT_TR_NOOP("المتأخرات"), QT_TR_NOOP("البيان"), QT_TR_NOOP("العدد"), [
            (Lateness.NOT_STARTED.label, late[Lateness.NOT_STARTED],
             Drill("worksites", "late", Lateness.NOT_STARTED.value)),
            (Lateness.OVERDUE.label, late[Lateness.OVERDUE],
             Drill("worksites", "late", Lateness.OVERDUE.value)),
            (QT_TR_NOOP("أشطر متأخرة الأداء"), late_tranches, Drill("tranches", "late", "any"))]),
        *_people_breakdowns(people_rows),
    ]
    return Dashboard(scope, figures, breakdowns, with_late)


def _category_label(value: str | None) -> str:
    """The category's words; a value this version does not know is shown as stored."""
    if not value:
        return QT_TR_NOOP("غير محددة")
    try:
        return EligibilityCategory(value).label
    except ValueError:
        return value


def _people_breakdowns(rows: Sequence[tuple[Sex, bool, str, int]]) -> list[Breakdown]:
    available = bool(rows)
    note = "" if available else NOT_YET
    sex: Counter[str] = Counter()
    disability: Counter[str] = Counter()
    category: Counter[str] = Counter()
    for sex_value, disabled, cat, count in rows:
        sex[Sex(sex_value).label] += count
        disability[QT_TR_NOOP("في وضعية إعاقة") if disabled else QT_TR_NOOP("بدون إعاقة")] += count
        category[_category_label(cat)] += count
    return [
        Breakdown("sex", QT_TR_NOOP("المستفيدون حسب الجنس"), QT_TR_NOOP("الجنس"),
                  QT_TR_NOOP("عدد المستفيدين"),
                  [(k, v, None) for k, v in sex.most_common()], available, note),
        Breakdown("disability", QT_TR_NOOP("المستفيدون حسب الإعاقة"), QT_TR_NOOP("الوضعية"),
                  QT_TR_NOOP("عدد المستفيدين"),
                  [(k, v, None) for k, v in disability.most_common()], available, note),
        Breakdown("category", QT_TR_NOOP("المستفيدون حسب فئة الاستحقاق"), QT_TR_NOOP("الفئة"),
                  QT_TR_NOOP("عدد المستفيدين"),
                  [(k, v, None) for k, v in category.most_common()], available, note),
    ]


def _late_tranche_lines(session: Session, where: list[ColumnElement[bool]],
                        day: date) -> tuple[list[Any], Decimal]:
    """The convention of each late tranche (signed, in scope, due and not fully paid), in
    convention number order, and what was paid in all (payments are recorded on signed
    conventions only).

    A region has tens of thousands of tranches: the convention's id is read as the
    driver gives it (text on SQLite) and the caller turns each convention into a UUID
    once."""
    # Driven from the worksites in scope (their index carries the id) to their signed
    # conventions and tranches, each tranche's payments summed through its own index: no
    # list of the scope's ids is built, and the proposals are not looked up again.
    paid = (select(func.sum(TranchePaymentRow.amount))
            .where(TranchePaymentRow.tranche_id == TrancheRow.id)
            .correlate(TrancheRow).scalar_subquery())
    rows = session.connection().execute(  # Core rows: tens of thousands, no ORM entities
        select(type_coerce(TrancheRow.convention_id, String), TrancheRow.position,
               TrancheRow.due_on, TrancheRow.amount, ConventionRow.signed_on,
               ProposalRow.starts_on, ProposalRow.duration_months, paid.label("p"))
        .select_from(ProposalRow)
        .join(ConventionRow, ConventionRow.proposal_id == ProposalRow.id)
        .join(TrancheRow, TrancheRow.convention_id == ConventionRow.id)
        .where(*where, ConventionRow.status.in_([ConventionStatus.SIGNED,
                                                 ConventionStatus.TERMINATED]))
        .order_by(ConventionRow.number, TrancheRow.position)).all()
    # Counted here, over the rows in scope: a GROUP BY in SQL would read every tranche.
    counts = Counter(row[0] for row in rows)
    total = sum((Decimal(row.p or 0) for row in rows), Decimal(0))
    late = [cid for cid, position, due_on, amount, signed_on, start, duration, p
            in rows if tranche_is_late(tranche_due_on(position, counts[cid], due_on, signed_on,
                                                      start, duration),
                                       amount, Decimal(p or 0), day)]
    return late, total


# -- the records behind a figure -------------------------------------------------------------


def worksites_behind(db: Database, scope: Scope, drill: Drill, *,
                     today: date | None = None,
                     limit: int | None = None) -> list[followup.WorksiteLine]:
    """The worksites a figure or a bar counts, in reference order (the first `limit`)."""
    late = drill.field == "late"
    among: Any = None
    if drill.field in ("kind", "domain", "commune", "convention", "status", "assigned") \
            or scope.start is not None or scope.end is not None:
        query = select(ProposalRow.id).where(*_in_scope(scope))
        if drill.field == "kind":
            query = query.join(PartnerRow, PartnerRow.id == ProposalRow.partner_id).where(
                PartnerRow.kind == PartnerKind(drill.value))
        elif drill.field == "domain":
            if drill.value:
                query = query.join(WorksiteDomainRow,
                                   WorksiteDomainRow.id == ProposalRow.domain_id).where(
                    WorksiteDomainRow.code == drill.value)
            else:
                query = query.where(ProposalRow.domain_id.is_(None))
        elif drill.field == "commune":
            query = query.join(proposal_communes,
                               proposal_communes.c.proposal_id == ProposalRow.id).where(
                proposal_communes.c.commune_id == uuid.UUID(drill.value))
        elif drill.field == "convention":
            statuses = ([ConventionStatus.SIGNED, ConventionStatus.TERMINATED]
                        if drill.value == "signed" else list(ConventionStatus))
            query = query.where(ProposalRow.id.in_(
                select(ConventionRow.proposal_id)
                .where(ConventionRow.status.in_(statuses))))
        elif drill.field == "assigned":
            query = query.where(ProposalRow.id.in_(select(AssignmentRow.proposal_id)))
        elif drill.field == "status" and drill.value == WorksiteStatus.PLANNED.value:
            query = query.outerjoin(WorksiteRow, WorksiteRow.proposal_id == ProposalRow.id
                                    ).where((WorksiteRow.status.is_(None))
                                            | (WorksiteRow.status == drill.value))
        elif drill.field == "status":
            query = query.join(WorksiteRow, WorksiteRow.proposal_id == ProposalRow.id
                               ).where(WorksiteRow.status == drill.value)
        among = query
    lines: list[followup.WorksiteLine] = []
    # Listed province by province (their index), only the worksites counted.
    for province_id in scope.province_ids:
        found = followup.list_worksites(
            db, scope.edition_id, province_id, today=today, late_only=late, among=among,
            limit=None if limit is None or (late and drill.value != "any")
            else limit - len(lines))
        if late and drill.value != "any":
            found = [line for line in found if line.late.value == drill.value]
        lines += found
        if limit is not None and len(lines) >= limit:
            return lines[:limit]
    return lines


def tranches_behind(db: Database, scope: Scope, drill: Drill, *,
                    today: date | None = None,
                    limit: int | None = None) -> list[followup.TrancheLine]:
    lines: list[followup.TrancheLine] = []
    for province_id in scope.province_ids:
        lines += followup.list_tranches(db, scope.edition_id, province_id, today=today,
                                        late_only=drill.field == "late",
                                        limit=None if limit is None else limit - len(lines))
        if limit is not None and len(lines) >= limit:
            break
    return lines


@dataclass(frozen=True)
class Place:
    """A province or a region a dashboard can be shown for."""

    kind: str  # "province" | "region"
    id: uuid.UUID
    label: str
    province_ids: tuple[uuid.UUID, ...]


def places(db: Database, edition_id: uuid.UUID) -> list[Place]:
    """Provinces with worksites in the edition first (most first), then those with a quota,
    then the regions: a provincial committee finds its own at the top."""
    with reading(db, mapped=True) as session:
        counts = dict(session.execute(
            select(ProposalRow.province_id, func.count())
            .where(ProposalRow.edition_id == edition_id,
                   ProposalRow.status == ProposalStatus.SELECTED)
            .group_by(ProposalRow.province_id)).all())
        with_quota = set(session.scalars(select(QuotaRow.province_id)
                                         .where(QuotaRow.edition_id == edition_id)))
        provinces = session.execute(select(ProvinceRow.id, ProvinceRow.name_ar,
                                           ProvinceRow.region_id)
                                    .order_by(ProvinceRow.code)).all()
        regions = session.execute(select(RegionRow.id, RegionRow.name_ar)
                                  .order_by(RegionRow.code)).all()
    shown = [p for p in provinces if p.id in counts or p.id in with_quota]
    shown.sort(key=lambda p: -counts.get(p.id, 0))
    by_region: dict[uuid.UUID, list[uuid.UUID]] = {}
    for p in provinces:
        by_region.setdefault(p.region_id, []).append(p.id)
    return ([Place("province", p.id, f"إقليم {p.name_ar}", (p.id,)) for p in shown]
            + [Place("region", r.id, f"جهة {r.name_ar}", tuple(by_region.get(r.id, ())))
               for r in regions])
