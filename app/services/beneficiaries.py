"""Beneficiaries: the list, the person's card with history, the form, and assignment to
worksites within their planned number and the province's quota.

A worksite here is a selected proposal: its planned number of beneficiaries is its
capacity, and its start date and duration give each assignment's dates.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.domain.beneficiaries import (
    AgeLimits,
    Assignment,
    Beneficiary,
    EducationLevel,
    EligibilityCategory,
    capacity_problem,
    consonant_key,
    overlaps,
    validate_beneficiary,
)
from app.domain.enums import AssignmentStatus, ProposalStatus, Sex
from app.domain.roles import Permission
from app.domain.text import fold
from app.errors import FieldError, NotFound, ValidationError
from app.io import xlsx
from app.language import tr
from app.services import versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.listing import ListQuery, Page, row_key, run_page, search_condition
from app.services.unit_of_work import reading, writing
from app.settings import MAX_AGE, MIN_AGE
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    EditionRow,
    ProposalRow,
    QuotaRow,
)


def configured_age_limits() -> AgeLimits:
    """The age limits this computer's settings give (the wizard, the card and the CLI start
    from them), so a province with other limits changes them once."""
    return AgeLimits(MIN_AGE.get(), MAX_AGE.get())


# Assignments that hold a place on their worksite.
HOLDING = (AssignmentStatus.PLANNED, AssignmentStatus.ACTIVE)
SORTS = {
    "cin": BeneficiaryRow.cin, "first_name_ar": BeneficiaryRow.first_name_ar,
    "last_name_ar": BeneficiaryRow.last_name_ar, "last_name_fr": BeneficiaryRow.last_name_fr,
    "birth_date": BeneficiaryRow.birth_date, "category": BeneficiaryRow.category,
    "sex": BeneficiaryRow.sex,
}
EXPORT_HEADERS = [
    "رقم البطاقة الوطنية", "الاسم العائلي", "الاسم الشخصي", "Nom", "Prénom", "الجنس",
    "تاريخ الازدياد", "الهاتف", "الجماعة", "الفئة", "المستوى الدراسي", "إعاقة",
    "رقم الضمان الاجتماعي", "رقم الحساب البنكي", "الورش", "الوضعية",
]


def person_text(row: Any) -> str:
    """The folded text a search looks in: names in both scripts, CIN, phone, CNSS number.

    Equal to folding the joined fields (`fold` works letter by letter), but names repeat
    across a national list, so each is folded once (an import of 250,000 rows spends most
    of its Python time here otherwise); ASCII codes only need lower case.
    """
    get = row.get if isinstance(row, dict) else (lambda name: getattr(row, name, ""))
    return " ".join(filter(None, (search_part(str(get(name) or "")) for name in TEXT_FIELDS)))


def people_text(columns: dict[str, list[str]]) -> list[str]:
    """`person_text` of many people at once, from their columns (the bulk import): each
    distinct value folded once, then joined row by row."""
    folded = []
    for name in TEXT_FIELDS:
        values = columns[name]
        if name in ("cin", "phone"):  # one each: nothing to share
            folded.append(list(map(search_part, values)))
            continue
        parts = {value: search_part(value) for value in dict.fromkeys(values)}
        folded.append(list(map(parts.__getitem__, values)))
    # Joined in C over the columns that hold something; only the rows with a blank part
    # are joined again without it (as `person_text` leaves blanks out).
    used = [column for column in folded if any(column)]
    if not used:
        return [""] * len(columns[TEXT_FIELDS[0]])
    texts = list(map(" ".join, zip(*used, strict=True)))
    gaps: set[int] = set()
    for column in used:
        if not all(column):
            gaps.update(i for i, part in enumerate(column) if not part)
    for index in gaps:
        texts[index] = " ".join(filter(None, (column[index] for column in used)))
    return texts


TEXT_FIELDS = ("cin", "last_name_ar", "first_name_ar", "last_name_fr", "first_name_fr",
               "phone", "cnss_number")


def search_part(value: str) -> str:
    return " ".join(value.lower().split()) if value.isascii() else _fold_name(value)


@functools.lru_cache(maxsize=65536)
def _fold_name(name: str) -> str:
    return fold(name)


@functools.lru_cache(maxsize=65536)
def name_key(first_fr: str, last_fr: str) -> str:
    return consonant_key(f"{first_fr} {last_fr}")[:120]


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def worksite_period(starts_on: date | None, duration_months: int) -> tuple[date | None,
                                                                            date | None]:
    """A worksite's first and last day from its start and its duration in months."""
    if starts_on is None:
        return None, None
    return starts_on, add_months(starts_on, duration_months) - timedelta(days=1)


def _category(value: str) -> EligibilityCategory | None:
    try:
        return EligibilityCategory(value) if value else None
    except ValueError:
        return None


def _education(value: str) -> EducationLevel | None:
    try:
        return EducationLevel(value) if value else None
    except ValueError:
        return None


def _person(row: BeneficiaryRow, commune: str = "") -> Beneficiary:
    return Beneficiary(
        cin=row.cin, first_name_ar=row.first_name_ar, last_name_ar=row.last_name_ar,
        sex=row.sex, birth_date=row.birth_date, first_name_fr=row.first_name_fr,
        last_name_fr=row.last_name_fr, phone=row.phone, commune_id=row.commune_id,
        category=_category(row.category), education_level=_education(row.education_level),
        has_disability=row.has_disability, cnss_number=row.cnss_number, rib=row.rib,
        anapec_number=row.anapec_number, id=row.id, row_version=row.row_version,
        commune_name_ar=commune)


# -- the list ---------------------------------------------------------------------------------

def _holding(query: ListQuery) -> Select | None:
    """The people whose assignments match the edition / worksite / status filters."""
    conditions = []
    if query.filters.get("proposal_id"):
        conditions.append(AssignmentRow.proposal_id == query.filters["proposal_id"])
    if query.filters.get("edition_id"):
        conditions.append(AssignmentRow.proposal_id.in_(select(ProposalRow.id).where(
            ProposalRow.edition_id == query.filters["edition_id"])))
    status = query.filters.get("status")
    if status and status != "unassigned":
        conditions.append(AssignmentRow.status == AssignmentStatus(status))
    if not conditions:
        return None
    return select(AssignmentRow.beneficiary_id).where(*conditions)


def _base(query: ListQuery, counting: bool = False) -> Select:
    base: Select = (select(BeneficiaryRow.id) if counting else
                    select(BeneficiaryRow, CommuneRow.name_ar)
                    .outerjoin(CommuneRow, BeneficiaryRow.commune_id == CommuneRow.id))
    condition = search_condition(query.search, BeneficiaryRow.search_text)
    if condition is not None:
        base = base.where(condition)
    for key in ("commune_id", "category", "sex"):
        value = query.filters.get(key)
        if value:
            base = base.where(getattr(BeneficiaryRow, key) == value)
    holding = _holding(query)
    if holding is not None:
        base = base.where(BeneficiaryRow.id.in_(holding))
    if query.filters.get("status") == "unassigned":
        base = base.where(BeneficiaryRow.id.not_in(select(AssignmentRow.beneficiary_id).where(
            AssignmentRow.status.in_(HOLDING))))
    return base


def _current_worksites(session: Session, ids: list[uuid.UUID]
                       ) -> dict[uuid.UUID, tuple[str, AssignmentStatus]]:
    """Each person's latest assignment: the worksite's reference and the status."""
    found: dict[uuid.UUID, tuple[str, AssignmentStatus]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(AssignmentRow.beneficiary_id, ProposalRow.reference, AssignmentRow.status)
        .join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
        .where(AssignmentRow.beneficiary_id.in_(ids))
        .order_by(AssignmentRow.starts_on, AssignmentRow.created_at))
    for key, reference, status in rows:
        found[key] = (reference, status)
    return found


def list_beneficiaries(db: Database, query: ListQuery = ListQuery()  # noqa: B008
                       ) -> Page[Beneficiary]:
    with reading(db) as session:
        key = row_key(session, BeneficiaryRow)
        page = run_page(session, _base(query), query, SORTS,
                        [BeneficiaryRow.last_name_ar, key],
                        lambda r: _person(r[0], r[1] or ""), key,
                        count_base=_base(query, counting=True))
        current = _current_worksites(session, [p.id for p in page.rows if p.id])
        for person in page.rows:
            if person.id in current:
                person.worksite, person.assignment_status = current[person.id]
        return page


def export_beneficiaries(db: Database, query: ListQuery, path: Path,
                         progress: Any = None) -> int:
    from app.services.exports import _Rows

    rows = _Rows(lambda q: list_beneficiaries(db, q), query, export_row, progress)
    xlsx.write_table(path, "المستفيدون", EXPORT_HEADERS, rows)
    return rows.count


def export_row(p: Beneficiary) -> list[Any]:
    return [p.cin, p.last_name_ar, p.first_name_ar, p.last_name_fr, p.first_name_fr,
            p.sex.label, p.birth_date, p.phone, p.commune_name_ar,
            p.category.label if p.category else "",
            p.education_level.label if p.education_level else "",
            "نعم" if p.has_disability else "", p.cnss_number, p.rib, p.worksite,
            p.assignment_status.label if p.assignment_status else ""]


def get_beneficiary(db: Database, beneficiary_id: uuid.UUID) -> Beneficiary:
    """The person with every assignment, oldest first (the card's history)."""
    with reading(db) as session:
        row = session.get(BeneficiaryRow, beneficiary_id)
        if row is None:
            raise NotFound(tr("المستفيد غير موجود."))
        commune = session.get(CommuneRow, row.commune_id) if row.commune_id else None
        person = _person(row, commune.name_ar if commune else "")
        person.history = _assignments(session, AssignmentRow.beneficiary_id == row.id)
        if person.history:
            person.worksite = person.history[-1].worksite_reference
            person.assignment_status = person.history[-1].status
        return person


def _assignments(session: Session, condition: Any) -> list[Assignment]:
    rows = session.execute(
        select(AssignmentRow, ProposalRow.reference, ProposalRow.title_ar,
               BeneficiaryRow.first_name_ar, BeneficiaryRow.last_name_ar, BeneficiaryRow.cin)
        .join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
        .join(BeneficiaryRow, BeneficiaryRow.id == AssignmentRow.beneficiary_id)
        .where(condition).order_by(AssignmentRow.starts_on, AssignmentRow.created_at))
    return [Assignment(a.beneficiary_id, a.proposal_id, a.starts_on, a.ends_on, a.status,
                       a.left_on, a.leave_reason, a.replaces_id, a.id, reference, title,
                       f"{first} {last}", cin)
            for a, reference, title, first, last, cin in rows]


@requires(Permission.BENEFICIARIES)
def save_beneficiary(db: Database, actor: Actor, person: Beneficiary,
                     today: date | None = None) -> Beneficiary:
    """Add or change one person; every failed rule refuses the save, shown at its field."""
    from app.domain.beneficiaries import normalise_cin

    person.cin = normalise_cin(person.cin)
    errors = validate_beneficiary(person, today or date.today(), configured_age_limits())
    with writing(db, actor) as session:
        clash = session.scalars(select(BeneficiaryRow).where(
            BeneficiaryRow.cin == person.cin, BeneficiaryRow.id != person.id)).first()
        if clash is not None and person.cin:
            errors.append(FieldError("cin", tr("رقم البطاقة الوطنية {person.cin}: مسجل من قبل "
                                               "باسم «{clash.first_name_ar} "
                                               "{clash.last_name_ar}».")
                                            .format(person=person, clash=clash),
                                     "duplicate"))
        if errors:
            raise ValidationError(errors)
        if person.id is None:
            row = BeneficiaryRow(cin=person.cin)
            session.add(row)
        else:
            found = session.get(BeneficiaryRow, person.id)
            if found is None:
                raise NotFound(tr("المستفيد غير موجود."))
            versions.check(session, found, person.row_version or None)
            row = found
        row.cin = person.cin
        row.first_name_ar, row.last_name_ar = person.first_name_ar.strip(), \
            person.last_name_ar.strip()
        row.first_name_fr, row.last_name_fr = person.first_name_fr.strip(), \
            person.last_name_fr.strip()
        row.sex, row.birth_date, row.phone = person.sex, person.birth_date, person.phone.strip()
        row.commune_id = person.commune_id
        row.category = person.category.value if person.category else ""
        row.education_level = person.education_level.value if person.education_level else ""
        row.has_disability = person.has_disability
        row.cnss_number, row.rib = person.cnss_number.strip(), person.rib.strip()
        row.anapec_number = person.anapec_number.strip()
        row.search_text = person_text(row)
        row.name_key = name_key(row.first_name_fr, row.last_name_fr)
        session.flush()
        return _person(row)


# -- worksites and assignment -----------------------------------------------------------------

@dataclass(frozen=True)
class Worksite:
    """A selected proposal seen as a place for people: planned numbers against assigned."""

    id: uuid.UUID
    reference: str
    title_ar: str
    planned: int
    women_planned: int
    disabled_planned: int
    starts_on: date | None
    ends_on: date | None
    assigned: int = 0
    women: int = 0
    disabled: int = 0

    @property
    def free(self) -> int:
        return max(self.planned - self.assigned, 0)


def _counts(proposal_ids: Any) -> Select:
    """Places held, women and people with a disability per worksite, in one grouped query."""
    return (select(AssignmentRow.proposal_id, func.count(),
                   func.count().filter(BeneficiaryRow.sex == Sex.FEMALE),
                   func.count().filter(or_(BeneficiaryRow.has_disability.is_(True),
                                           BeneficiaryRow.category == "disability")))
            .select_from(AssignmentRow)
            .join(BeneficiaryRow, BeneficiaryRow.id == AssignmentRow.beneficiary_id)
            .where(AssignmentRow.proposal_id.in_(proposal_ids),
                   AssignmentRow.status.in_(HOLDING))
            .group_by(AssignmentRow.proposal_id))


def _worksite(row: ProposalRow, counts: tuple[int, int, int] = (0, 0, 0)) -> Worksite:
    assigned, women, disabled = counts
    start, end = worksite_period(row.starts_on, row.duration_months)
    return Worksite(row.id, row.reference, row.title_ar, row.beneficiaries, row.women_planned,
                    row.disabled_planned, start, end, assigned or 0, women or 0, disabled or 0)


def list_worksites(db: Database, edition_id: uuid.UUID | None = None) -> list[Worksite]:
    """The selected proposals (worksites that take people), with their counts: two queries
    whatever the number of worksites."""
    query = select(ProposalRow).where(ProposalRow.status == ProposalStatus.SELECTED) \
        .order_by(ProposalRow.reference)
    if edition_id is not None:
        query = query.where(ProposalRow.edition_id == edition_id)
    with reading(db) as session:
        rows = session.scalars(query).all()
        counts = {key: (n, w, d) for key, n, w, d in session.execute(
            _counts(query.with_only_columns(ProposalRow.id).order_by(None)))}
        return [_worksite(row, counts.get(row.id, (0, 0, 0))) for row in rows]


def worksite_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """The selected proposals as (id, reference), in `list_worksites`' order, for a filter
    box: no counts to compute before the list screen shows its first page."""
    with reading(db) as session:
        return [(key, reference) for key, reference in session.execute(
            select(ProposalRow.id, ProposalRow.reference)
            .where(ProposalRow.status == ProposalStatus.SELECTED)
            .order_by(ProposalRow.reference))]


def get_worksite(db: Database, proposal_id: uuid.UUID) -> Worksite:
    with reading(db) as session:
        row = session.get(ProposalRow, proposal_id)
        if row is None:
            raise NotFound(tr("الورش غير موجود."))
        found = session.execute(_counts([proposal_id])).first()
        return _worksite(row, (found[1], found[2], found[3]) if found else (0, 0, 0))


def worksite_people(db: Database, proposal_id: uuid.UUID) -> list[Assignment]:
    with reading(db) as session:
        return _assignments(session, AssignmentRow.proposal_id == proposal_id)


def busy_elsewhere(session: Session, beneficiary_ids: Iterable[uuid.UUID],
                   start: date | None, end: date | None, proposal_id: uuid.UUID
                   ) -> dict[uuid.UUID, str]:
    """People already holding a place on another worksite over those days (any edition)."""
    ids = list(beneficiary_ids)
    found: dict[uuid.UUID, str] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        rows = session.execute(
            select(AssignmentRow.beneficiary_id, AssignmentRow.starts_on,
                   AssignmentRow.ends_on, AssignmentRow.proposal_id, ProposalRow.reference)
            .join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
            .where(AssignmentRow.beneficiary_id.in_(chunk),
                   AssignmentRow.status.in_(HOLDING)))
        for key, a_start, a_end, other, reference in rows:
            if other == proposal_id or overlaps(a_start, a_end, start, end):
                found[key] = reference
    return found


def _quota_problem(session: Session, proposal: ProposalRow, adding: int) -> str | None:
    """The province's quota in person-months must cover the people assigned in it."""
    quota = session.scalars(select(QuotaRow).where(
        QuotaRow.edition_id == proposal.edition_id,
        QuotaRow.province_id == proposal.province_id)).first()
    if quota is None or not quota.person_months:
        return None
    used = session.scalar(
        select(func.coalesce(func.sum(ProposalRow.duration_months), 0))
        .select_from(AssignmentRow).join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
        .where(ProposalRow.edition_id == proposal.edition_id,
               ProposalRow.province_id == proposal.province_id,
               AssignmentRow.status.in_(HOLDING))) or 0
    wanted = adding * proposal.duration_months
    if used + wanted > quota.person_months:
        return (f"حصة الإقليم {quota.person_months} شهر عمل، المستعمل منها {used}: إضافة "
                f"{adding} مستفيدين لمدة {proposal.duration_months} أشهر تتجاوزها. "
                "لم يحفظ أي تغيير.")
    return None


def check_assignment(session: Session, proposal: ProposalRow,
                     beneficiary_ids: list[uuid.UUID], replacing: int = 0) -> list[FieldError]:
    """Every reason the people cannot take a place on the worksite (empty when they can)."""
    errors = []
    if proposal.status is not ProposalStatus.SELECTED:
        errors.append(FieldError("proposal_id", tr("الورش: لم يتم انتقاؤه بعد، لا يمكن تعيين "
                                                   "مستفيدين فيه."), "selected"))
        return errors
    assigned = session.scalar(select(func.count()).select_from(AssignmentRow).where(
        AssignmentRow.proposal_id == proposal.id, AssignmentRow.status.in_(HOLDING))) or 0
    problem = capacity_problem(proposal.beneficiaries, assigned - replacing,
                               len(beneficiary_ids))
    if problem:
        errors.append(FieldError("proposal_id", problem, "capacity"))
    start, end = worksite_period(proposal.starts_on, proposal.duration_months)
    busy = busy_elsewhere(session, beneficiary_ids, start, end, proposal.id)
    if busy:
        names = dict(session.execute(select(BeneficiaryRow.id, BeneficiaryRow.cin)
                                     .where(BeneficiaryRow.id.in_(list(busy)))).all())
        for key, reference in busy.items():
            errors.append(FieldError("beneficiary_id", tr("{key}: معين في الورش {reference} "
                                                          "خلال الفترة نفسها (شخص واحد في ورش "
                                                          "واحد).")
                                                       .format(key=names.get(key, ''),
                                                               reference=reference),
                                     "one_worksite"))
    if not replacing:
        quota = _quota_problem(session, proposal, len(beneficiary_ids))
        if quota:
            errors.append(FieldError("proposal_id", quota, "quota"))
    return errors


@requires(Permission.BENEFICIARIES)
def assign(db: Database, actor: Actor, beneficiary_ids: list[uuid.UUID],
           proposal_id: uuid.UUID) -> list[Assignment]:
    """Give people a place on a worksite, dated by the worksite; refused as a whole past its
    planned number, the province's quota, or for anyone busy elsewhere at the time."""
    with writing(db, actor) as session:
        proposal = session.get(ProposalRow, proposal_id)
        if proposal is None:
            raise NotFound(tr("الورش غير موجود."))
        ids = list(dict.fromkeys(beneficiary_ids))
        found = set(session.scalars(select(BeneficiaryRow.id).where(BeneficiaryRow.id.in_(ids))))
        if len(found) != len(ids):
            raise NotFound(tr("أحد المستفيدين غير موجود."))
        errors = check_assignment(session, proposal, ids)
        if errors:
            raise ValidationError(errors)
        start, end = worksite_period(proposal.starts_on, proposal.duration_months)
        rows = [AssignmentRow(beneficiary_id=key, proposal_id=proposal.id, starts_on=start,
                              ends_on=end, status=AssignmentStatus.PLANNED) for key in ids]
        session.add_all(rows)
        session.flush()
        return _assignments(session, AssignmentRow.id.in_([r.id for r in rows]))


@requires(Permission.BENEFICIARIES)
def replace(db: Database, actor: Actor, assignment_id: uuid.UUID, left_on: date,
            reason: str, replacement_id: uuid.UUID | None = None) -> Assignment | None:
    """A person leaves (day and reason kept on their assignment, which stays in the history);
    the replacement, if named, takes the place from the next day to the worksite's end."""
    with writing(db, actor) as session:
        leaving = session.get(AssignmentRow, assignment_id)
        if leaving is None:
            raise NotFound(tr("التعيين غير موجود."))
        errors = []
        if leaving.status not in HOLDING:
            errors.append(FieldError("assignment", tr("هذا المستفيد غادر الورش من قبل."), "left"))
        if not reason.strip():
            errors.append(FieldError("reason", tr("سبب المغادرة: إجباري."), "required"))
        if leaving.starts_on and left_on < leaving.starts_on:
            errors.append(FieldError("left_on", tr("تاريخ المغادرة: قبل بداية الورش."), "date"))
        if leaving.ends_on and left_on > leaving.ends_on:
            errors.append(FieldError("left_on", tr("تاريخ المغادرة: بعد نهاية الورش."), "date"))
        proposal = session.get(ProposalRow, leaving.proposal_id)
        assert proposal is not None
        if replacement_id is not None:
            if session.get(BeneficiaryRow, replacement_id) is None:
                raise NotFound(tr("المستفيد المعوض غير موجود."))
            errors += check_assignment(session, proposal, [replacement_id], replacing=1)
        if errors:
            raise ValidationError(errors)
        leaving.status, leaving.left_on, leaving.leave_reason = (
            AssignmentStatus.LEFT, left_on, reason.strip())
        leaving.ends_on = left_on
        if replacement_id is None:
            session.flush()
            return None
        _, end = worksite_period(proposal.starts_on, proposal.duration_months)
        row = AssignmentRow(beneficiary_id=replacement_id, proposal_id=proposal.id,
                            starts_on=left_on + timedelta(days=1), ends_on=end,
                            status=AssignmentStatus.PLANNED, replaces_id=leaving.id)
        session.add(row)
        session.flush()
        return _assignments(session, AssignmentRow.id == row.id)[0]


def edition_ids(db: Database) -> list[tuple[uuid.UUID, str]]:
    with reading(db) as session:
        return [(key, str(year)) for key, year in session.execute(
            select(EditionRow.id, EditionRow.year).order_by(EditionRow.year.desc()))]


def find_by_cin(db: Database, cin: str) -> Beneficiary | None:
    from app.domain.beneficiaries import normalise_cin

    with reading(db) as session:
        row = session.scalars(select(BeneficiaryRow).where(
            BeneficiaryRow.cin == normalise_cin(cin))).first()
        return _person(row) if row is not None else None


def register_person(session: Session, person: Beneficiary, today: date) -> BeneficiaryRow:
    """Add a new person to the register inside another write (a grant hire of someone the
    register does not hold yet), under the same rules as the card: the CIN normalised and
    unique, the record's own rules; every failure refuses the whole write."""
    from app.domain.beneficiaries import normalise_cin

    person.cin = normalise_cin(person.cin)
    errors = validate_beneficiary(person, today, configured_age_limits())
    clash = session.scalars(select(BeneficiaryRow).where(
        BeneficiaryRow.cin == person.cin)).first()
    if clash is not None and person.cin:
        errors.append(FieldError("cin", f"رقم البطاقة الوطنية {person.cin}: مسجل من قبل "
                                        f"باسم «{clash.first_name_ar} {clash.last_name_ar}».",
                                 "duplicate"))
    if errors:
        raise ValidationError(errors)
    row = BeneficiaryRow(
        cin=person.cin, first_name_ar=person.first_name_ar.strip(),
        last_name_ar=person.last_name_ar.strip(), first_name_fr=person.first_name_fr.strip(),
        last_name_fr=person.last_name_fr.strip(), sex=person.sex, birth_date=person.birth_date,
        phone=person.phone.strip(), commune_id=person.commune_id,
        category=person.category.value if person.category else "",
        education_level=person.education_level.value if person.education_level else "",
        has_disability=person.has_disability, cnss_number=person.cnss_number.strip(),
        rib=person.rib.strip(), anapec_number=person.anapec_number.strip())
    row.search_text = person_text(row)
    row.name_key = name_key(row.first_name_fr, row.last_name_fr)
    session.add(row)
    session.flush()
    return row
