"""Importing lists of people from Excel or CSV: mapping, checks of every row, and an
all-or-nothing write.

The whole file is checked before anything is written; a file with any error writes nothing
and gives a report (line, column, value, rule in Arabic) that can be saved as .xlsx, unless
the user asks to import the valid rows only. The write is one transaction: a crash or a kill
halfway leaves the database as it was. Rows go in through SQLAlchemy Core in chunks (the
ORM's per-object bookkeeping costs ten times more at 250,000 rows; on SQLite an
executemany straight to the driver), so the audit log gets one summarising entry naming
the file, the counts and the user, and the search index is filled in one statement after
the rows instead of by a trigger per row.

The checks work a column at a time: a national list repeats its first names, dates, sexes
and communes thousands of times, so each distinct value is converted and checked once, and
only the CIN column (distinct by nature) is walked row by row.
"""

from __future__ import annotations

import functools
import gc
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.orm import Session

from app.domain.beneficiaries import (
    CATEGORY_WORDS,
    AgeLimits,
    EducationLevel,
    EligibilityCategory,
    age_problem,
    check_cins,
    normalise_cins,
    overlaps,
)
from app.domain.enums import AssignmentStatus, AuditAction, ProposalStatus, Sex
from app.domain.roles import Permission
from app.domain.text import fold
from app.errors import DomainError, FieldError, ValidationError
from app.io import xlsx
from app.io.tabular import Table, as_date, as_text, read_table
from app.language import QT_TR_NOOP, tr
from app.services import changes
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.beneficiaries import (
    HOLDING,
    configured_age_limits,
    name_key,
    people_text,
    worksite_period,
)
from app.services.unit_of_work import reading, writing
from app.storage import pending_indexes
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    AuditRow,
    BeneficiaryRow,
    CommuneRow,
    ProposalRow,
)
from app.storage.models.base import utcnow

CHUNK = 10_000
# Told how far a step went; may raise (a cancelled task) to stop and roll back.
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportField:
    key: str
    title: str
    required: bool
    synonyms: tuple[str, ...]


FIELDS: tuple[ImportField, ...] = (
    ImportField("cin", QT_TR_NOOP("رقم البطاقة الوطنية"), True,
                ("رقم البطاقه الوطنيه", "البطاقه الوطنيه", "ب.و", "cin", "cni", "n cin",
                 "numero cin", "carte nationale")),
    ImportField("last_name_ar", QT_TR_NOOP("الاسم العائلي بالعربية"), True,
                ("الاسم العائلي", "النسب", "الاسم العائلي بالعربيه", "nom ar", "nom arabe")),
    ImportField("first_name_ar", QT_TR_NOOP("الاسم الشخصي بالعربية"), True,
                ("الاسم الشخصي", "الاسم", "الاسم الشخصي بالعربيه", "prenom ar", "prenom arabe")),
    ImportField("last_name_fr", QT_TR_NOOP("الاسم العائلي بالحروف اللاتينية"), False,
                ("nom", "nom fr", "nom latin", "الاسم العائلي بالفرنسيه", "last name")),
    ImportField("first_name_fr", QT_TR_NOOP("الاسم الشخصي بالحروف اللاتينية"), False,
                ("prenom", "prenom fr", "prenom latin", "الاسم الشخصي بالفرنسيه",
                 "first name")),
    ImportField("sex", QT_TR_NOOP("الجنس"), True, ("الجنس", "النوع", "sexe", "genre", "sex")),
    ImportField("birth_date", QT_TR_NOOP("تاريخ الازدياد"), True,
                ("تاريخ الازدياد", "تاريخ الميلاد", "date de naissance", "date naissance",
                 "naissance", "ddn")),
    ImportField("phone", QT_TR_NOOP("الهاتف"), False,
                ("الهاتف", "رقم الهاتف", "telephone", "tel", "gsm")),
    ImportField("commune", QT_TR_NOOP("جماعة السكن"), False,
                ("الجماعه", "جماعه السكن", "الجماعه الترابيه", "commune", "commune de residence")),
    ImportField("category", QT_TR_NOOP("فئة الاستهداف"), False,
                ("الفئه", "فئه الاستهداف", "الفئه المستهدفه", "categorie", "category")),
    ImportField("education_level", QT_TR_NOOP("المستوى الدراسي"), False,
                ("المستوى الدراسي", "niveau scolaire", "niveau d'etudes", "niveau")),
    ImportField("has_disability", QT_TR_NOOP("في وضعية إعاقة"), False,
                ("اعاقه", "في وضعيه اعاقه", "handicap")),
    ImportField("cnss_number", QT_TR_NOOP("رقم الضمان الاجتماعي"), False,
                ("رقم الضمان الاجتماعي", "رقم التسجيل في الضمان الاجتماعي", "cnss",
                 "n cnss", "immatriculation cnss")),
    ImportField("rib", QT_TR_NOOP("رقم الحساب البنكي"), False,
                ("رقم الحساب", "الحساب البنكي", "rib")),
    ImportField("anapec_number", QT_TR_NOOP("رقم التسجيل بأنابيك"), False,
                ("رقم التسجيل بانابيك", "انابيك", "anapec", "n anapec")),
    ImportField("worksite", QT_TR_NOOP("مرجع الورش"), False,
                ("الورش", "مرجع الورش", "chantier", "reference chantier", "worksite")),
)
BY_KEY = {f.key: f for f in FIELDS}
SEX_WORDS = {"ذكر": Sex.MALE, "m": Sex.MALE, "h": Sex.MALE, "homme": Sex.MALE,
             "male": Sex.MALE, "1": Sex.MALE, "انثي": Sex.FEMALE, "انثى": Sex.FEMALE,
             "f": Sex.FEMALE, "femme": Sex.FEMALE, "female": Sex.FEMALE, "2": Sex.FEMALE}
EDUCATION_WORDS = {
    **{e.value: e for e in EducationLevel}, **{fold(e.label): e for e in EducationLevel},
    "بدون": EducationLevel.NONE, "sans": EducationLevel.NONE, "primaire": EducationLevel.PRIMARY,
    "college": EducationLevel.MIDDLE, "lycee": EducationLevel.SECONDARY,
    "bac": EducationLevel.SECONDARY, "universitaire": EducationLevel.HIGHER,
    "superieur": EducationLevel.HIGHER, "جامعي": EducationLevel.HIGHER,
}
YES = {"نعم", "1", "oui", "yes", "x", "true"}
REPORT_HEADERS = [QT_TR_NOOP("السطر"), QT_TR_NOOP("العمود"), QT_TR_NOOP("القيمة"),
                  QT_TR_NOOP("القاعدة")]


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    value: str
    rule: str


@dataclass
class ImportOptions:
    """`mapping` names the file's column for each field key; `proposal_id` puts everyone on
    one worksite; `valid_only` imports the rows that pass and reports the others."""

    mapping: dict[str, int]
    proposal_id: uuid.UUID | None = None
    valid_only: bool = False
    limits: AgeLimits = field(default_factory=configured_age_limits)
    check_day: date | None = None


@dataclass
class ImportReport:
    file_name: str
    rows: int = 0
    valid: int = 0
    imported: int = 0
    assigned: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    blank_lines: int = 0
    encoding: str = ""
    # Wall and CPU seconds of each phase of an import (read, checks, insert, ...).
    phases: dict[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def rejected_lines(self) -> int:
        return len({p.line for p in self.problems})


class ImportRefused(DomainError):
    """The file has errors and the user asked for all or nothing: nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(
            tr("الملف {report.file_name}: {report.rejected_lines} سطر(ا) به أخطاء من أصل "
               "{report.rows}. لم يستورد أي سطر. احفظ تقرير الأخطاء أو استورد الأسطر "
               "السليمة فقط.").format(report=report))


# -- mapping -----------------------------------------------------------------------------------

def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None
                  ) -> dict[str, int]:
    """Each field's column, found by its Arabic or French header (or the header the user
    chose for it last time)."""
    folded = [fold(h).replace("_", " ").replace(":", "").strip() for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for key, header in (remembered or {}).items():
        if key in BY_KEY and fold(header) in folded:
            index = folded.index(fold(header))
            mapping[key] = index
            taken.add(index)
    for exact in (True, False):
        for spec in FIELDS:
            if spec.key in mapping:
                continue
            names = [fold(spec.title), *(fold(s) for s in spec.synonyms)]
            for index, header in enumerate(folded):
                if index in taken or not header:
                    continue
                if (header in names) if exact else any(
                        len(n) > 3 and (n in header) for n in names):
                    mapping[spec.key] = index
                    taken.add(index)
                    break
    return mapping


def check_mapping(mapping: dict[str, int], headers: list[str]) -> None:
    """A file without a required column is refused here, naming the column."""
    errors = [FieldError(spec.key, tr("العمود «{title}» غير موجود في الملف: أضفه أو اختر "
                                      "العمود الذي يقابله.").format(title=tr(spec.title)),
                         "mapping")
              for spec in FIELDS if spec.required and mapping.get(spec.key) is None]
    errors += [FieldError(key, tr("العمود رقم {number} غير موجود في الملف.")
                                  .format(number=index + 1), "mapping")
               for key, index in mapping.items() if index >= len(headers)]
    if errors:
        raise ValidationError(errors)


def open_file(path: Path) -> Table:
    return read_table(path)


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """Columns with few distinct values (sex, category, commune) fold once per value."""
    return fold(text)


# -- checks ------------------------------------------------------------------------------------

@dataclass
class _Context:
    existing: dict[str, str]
    communes: dict[str, uuid.UUID]
    worksites: dict[str, ProposalRow]
    worksite_taken: dict[uuid.UUID, int]
    busy: dict[str, list[tuple[date | None, date | None, str]]]
    fixed_worksite: ProposalRow | None


def _context(session: Session, options: ImportOptions) -> _Context:
    existing = {cin: source for cin, source in session.execute(
        select(BeneficiaryRow.cin, BeneficiaryRow.source))}
    communes: dict[str, uuid.UUID] = {}
    for key, name_ar, name_fr, code in session.execute(
            select(CommuneRow.id, CommuneRow.name_ar, CommuneRow.name_fr, CommuneRow.code)):
        for name in (name_ar, name_fr, code):
            if name:
                communes.setdefault(fold(name), key)
    worksites = {row.reference: row for row in session.scalars(select(ProposalRow).where(
        ProposalRow.status == ProposalStatus.SELECTED))}
    taken = dict(session.execute(
        select(AssignmentRow.proposal_id, func.count()).where(AssignmentRow.status.in_(HOLDING))
        .group_by(AssignmentRow.proposal_id)).all())
    busy: dict[str, list[tuple[date | None, date | None, str]]] = {}
    for cin, start, end, reference in session.execute(
            select(BeneficiaryRow.cin, AssignmentRow.starts_on, AssignmentRow.ends_on,
                   ProposalRow.reference)
            .join(AssignmentRow, AssignmentRow.beneficiary_id == BeneficiaryRow.id)
            .join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
            .where(AssignmentRow.status.in_(HOLDING))):
        busy.setdefault(cin, []).append((start, end, reference))
    fixed = session.get(ProposalRow, options.proposal_id) if options.proposal_id else None
    return _Context(existing, communes, worksites, taken, busy, fixed)


# Where each field's problems come within a line of the report (the order of the checks).
_ORDER = {key: i for i, key in enumerate((
    "cin", "first_name_ar", "last_name_ar", "sex", "worksite", "birth_date", "commune",
    "category", "education_level", "cnss_number", "rib", "busy", "capacity"))}


def _mapped(values: Sequence[object], convert: Callable[[Any], Any]) -> list[Any]:
    """`convert` of each value, called once per distinct value: a national list repeats its
    first names, dates, sexes and communes thousands of times. (True, 1 and 1.0 are one
    dict key, so a column holding any of them is converted value by value.)"""
    known: dict[Any, Any] = dict.fromkeys(values)
    if True in known or False in known:
        return [convert(v) for v in values]
    for value in known:
        known[value] = convert(value)
    return list(map(known.__getitem__, values))


def _text(value: object) -> str:
    return value.strip() if type(value) is str else as_text(value)


def _spaced(value: object) -> str:
    return " ".join(_text(value).split())


def _category_of(value: object) -> tuple[str, str | None]:
    """(the folded cell, the category's value or None when unknown)."""
    word = _folded(_text(value))
    found = CATEGORY_WORDS.get(word) or next(
        (c for key, c in CATEGORY_WORDS.items() if key in word), None) if word else None
    return word, (found.value if found is not None else None)


def _education_of(value: object) -> tuple[str, str | None]:
    word = _folded(_text(value))
    level = EDUCATION_WORDS.get(word)
    return word, (level.value if level is not None else None)


def _birth_of(value: object) -> tuple[date | None, bool]:
    """(the date, whether the cell was one)."""
    try:
        return as_date(value), True
    except ValueError:
        return None, False


def _age_verdict(read: tuple[date | None, bool], day: date, options: ImportOptions
                 ) -> str | None:
    birth, is_date = read
    if not is_date:
        return tr("تاريخ الازدياد: ليس تاريخا (يوم/شهر/سنة).")
    return age_problem(birth, day, options.limits)


@dataclass
class _Checked:
    """The rows that passed, as columns of the values to store (in file order)."""

    columns: dict[str, list[Any]]
    worksites: list[ProposalRow | None]

    def __len__(self) -> int:
        return len(self.worksites)


def _check(table: Table, options: ImportOptions, ctx: _Context, report: ImportReport,
           source: str, progress: ProgressCallback | None) -> _Checked:
    """Every row converted and checked, a column at a time (each distinct value once);
    returns the rows to write (valid ones only)."""
    mapping, headers, total = options.mapping, table.headers, table.total
    titles = {spec.key: (headers[mapping[spec.key]] if spec.key in mapping
                         and headers[mapping[spec.key]] else tr(spec.title)) for spec in FIELDS}
    titles["busy"], titles["capacity"] = titles["cin"], titles["worksite"]
    lines = table.lines
    width = max([len(headers), *(index + 1 for index in mapping.values())])
    raw = table.columns(width)
    nothing: tuple[object, ...] = (None,) * total

    def column(key: str) -> Sequence[object]:
        return raw[mapping[key]] if key in mapping else nothing

    found: list[tuple[int, int, Problem]] = []

    def fail(index: int, key: str, value: object, rule: str) -> None:
        found.append((index, _ORDER[key], Problem(lines[index], titles[key], as_text(value),
                                                  rule)))

    def step(done: int) -> None:
        if progress is not None:
            progress(done * total // 10, total)

    report.rows = total
    raw_cins = column("cin")
    cins = normalise_cins(raw_cins)
    cin_problems, cin_warnings = check_cins(cins)
    for index, problem in cin_problems.items():
        fail(index, "cin", raw_cins[index], problem)
    report.warnings.extend(Problem(lines[index], titles["cin"], cins[index], warning)
                           for index, warning in cin_warnings.items())

    def known_before(index: int, cin: str) -> None:
        origin = (tr(" (استورد من {source})").format(source=ctx.existing[cin])
                  if ctx.existing[cin] else "")
        fail(index, "cin", raw_cins[index], tr("رقم البطاقة الوطنية {cin}: مسجل من قبل في "
                                               "قاعدة البيانات{origin}.")
                                               .format(cin=cin, origin=origin))

    distinct = set(cins)
    if not cin_problems and len(distinct) == total:  # the usual file: the sets tell
        existing = ctx.existing.keys() & distinct
        if existing:
            for index in [i for i, cin in enumerate(cins) if cin in existing]:
                known_before(index, cins[index])
    else:
        first_line: dict[str, int] = {}
        for index, cin in enumerate(cins):
            if index in cin_problems:
                continue
            first = first_line.setdefault(cin, index)
            if first != index:
                fail(index, "cin", raw_cins[index],
                     tr("رقم البطاقة الوطنية {cin} مكرر في الملف (السطر {line}).")
                        .format(cin=cin, line=lines[first]))
            elif cin in ctx.existing:
                known_before(index, cin)
    step(2)
    names = {key: _mapped(column(key), _spaced) for key in (
        "first_name_ar", "last_name_ar", "first_name_fr", "last_name_fr")}
    for key in ("first_name_ar", "last_name_ar"):
        for index in [i for i, name in enumerate(names[key]) if not name]:
            fail(index, key, "", tr("{field}: إجباري.")
                                    .format(field=tr(BY_KEY[key].title)))
    raw_sexes = column("sex")
    sexes = _mapped(raw_sexes, lambda v: SEX_WORDS.get(_folded(as_text(v))))
    for index in [i for i, sex in enumerate(sexes) if sex is None]:
        fail(index, "sex", raw_sexes[index], tr("الجنس: ذكر أو أنثى (H/F)."))
    step(3)
    references = _mapped(column("worksite"), _text)
    worksites: list[ProposalRow | None] = [ctx.fixed_worksite] * total
    if "worksite" in mapping:
        for index, reference in enumerate(references):
            if reference:
                worksites[index] = ctx.worksites.get(reference)
                if worksites[index] is None:
                    fail(index, "worksite", reference,
                         tr("الورش {reference}: غير موجود أو غير منتقى.")
                            .format(reference=reference))
    today = options.check_day or date.today()
    raw_births = column("birth_date")
    births_read = _mapped(raw_births, _birth_of)
    age_days = _mapped(worksites, lambda w: w.starts_on if w is not None and w.starts_on
                       else today)
    if len(set(age_days)) == 1:  # one day for every row: each distinct date checked once
        verdicts = _mapped(births_read, lambda read: _age_verdict(read, age_days[0], options))
    else:
        verdicts = _mapped(list(zip(births_read, age_days, strict=True)),
                           lambda pair: _age_verdict(pair[0], pair[1], options))
    for index in [i for i, verdict in enumerate(verdicts) if verdict]:
        fail(index, "birth_date", raw_births[index], verdicts[index])
    step(5)
    raw_communes = _mapped(column("commune"), _text)
    communes = _mapped(raw_communes, lambda v: ctx.communes.get(_folded(v)) if v else None)
    for index, commune_id in enumerate(communes):
        if commune_id is None and raw_communes[index]:
            fail(index, "commune", raw_communes[index],
                 tr("الجماعة: غير موجودة في لائحة الجماعات."))
    categories = _mapped(column("category"), _category_of)
    for index, (word, value) in enumerate(categories):
        if word and value is None:
            fail(index, "category", word, tr("فئة الاستهداف: غير معروفة."))
    levels = _mapped(column("education_level"), _education_of)
    for index, (word, value) in enumerate(levels):
        if word and value is None:
            fail(index, "education_level", word, tr("المستوى الدراسي: غير معروف."))
    cnss = _mapped(column("cnss_number"), lambda v: _text(v).replace(" ", ""))
    for index in [i for i, c in enumerate(cnss) if c and not (c.isdigit() and len(c) == 9)]:
        fail(index, "cnss_number", cnss[index], tr("رقم الضمان الاجتماعي: 9 أرقام."))
    ribs = _mapped(column("rib"), lambda v: _text(v).replace(" ", ""))
    for index in [i for i, r in enumerate(ribs) if r and not (r.isdigit() and len(r) == 24)]:
        fail(index, "rib", ribs[index], tr("رقم الحساب البنكي: 24 رقما."))
    step(7)
    failed = {index for index, _, _ in found}
    for index in range(total):
        worksite = worksites[index]
        if worksite is None or index in failed:
            continue
        cin = cins[index]
        start, end = worksite_period(worksite.starts_on, worksite.duration_months)
        for a_start, a_end, other in ctx.busy.get(cin, []):
            if overlaps(a_start, a_end, start, end):
                fail(index, "busy", raw_cins[index], tr("{cin}: معين في الورش {other} خلال الفترة "
                                                        "نفسها (شخص واحد في ورش واحد).")
                                                        .format(cin=cin, other=other))
                break
        else:
            ctx.busy.setdefault(cin, []).append((start, end, worksite.reference))
            taken = ctx.worksite_taken.get(worksite.id, 0)
            if taken + 1 > worksite.beneficiaries:
                fail(index, "capacity", worksite.reference,
                     tr("الورش {worksite.reference} مبرمج لـ {worksite.beneficiaries} "
                        "مستفيدا: هذا السطر يتجاوز العدد.").format(worksite=worksite))
            else:
                ctx.worksite_taken[worksite.id] = taken + 1
    found.sort(key=lambda item: (item[0], item[1]))
    report.problems.extend(problem for _, _, problem in found)
    failed = {index for index, _, _ in found}
    kept = [i for i in range(total) if i not in failed] if failed else None

    def keep(values: Sequence[Any]) -> list[Any]:
        return list(values) if kept is None else [values[i] for i in kept]

    categories_kept = keep([value or "" for _, value in categories])
    disability = _mapped(column("has_disability"), lambda v: _folded(_text(v)) in YES)
    stored: dict[str, list[Any]] = {
        "cin": keep(cins), **{key: keep(values) for key, values in names.items()},
        "sex": keep(sexes), "birth_date": keep([birth for birth, _ in births_read]),
        "phone": keep(list(map(_text, column("phone")))), "commune_id": keep(communes),
        "category": categories_kept,
        "education_level": keep([value or "" for _, value in levels]),
        "has_disability": [d or c == EligibilityCategory.DISABILITY.value
                           for d, c in zip(keep(disability), categories_kept, strict=True)],
        "cnss_number": keep(cnss), "rib": keep(ribs),
        "anapec_number": keep(_mapped(column("anapec_number"), _text)),
    }
    stored["search_text"] = people_text(stored)
    stored["name_key"] = list(map(name_key, stored["first_name_fr"], stored["last_name_fr"]))
    count = len(stored["cin"])
    stored["source"] = [source] * count
    step(10)
    report.valid = count
    report.blank_lines = len(table.skipped_blank)
    return _Checked(stored, keep(worksites))


def check_file(db: Database, path: Path, options: ImportOptions,
               progress: ProgressCallback | None = None) -> ImportReport:
    """The report an import would give, writing nothing (the wizard's preview)."""
    table = read_table(path)
    check_mapping(options.mapping, table.headers)
    report = ImportReport(Path(path).name, encoding=table.encoding)
    with reading(db) as session:
        _check(table, options, _context(session, options), report, Path(path).name, progress)
    return report


# -- the write ---------------------------------------------------------------------------------

class _Clock:
    """Wall and CPU time of each phase of an import, kept on its report (the bench prints
    them; on a shared machine the CPU time is the steadier figure)."""

    def __init__(self, phases: dict[str, tuple[float, float]]) -> None:
        self.phases = phases
        self.name = ""
        self.wall = self.cpu = 0.0

    def start(self, name: str) -> None:
        self.stop()
        self.name, self.wall, self.cpu = name, time.perf_counter(), time.process_time()

    def stop(self) -> None:
        if self.name:
            self.phases[self.name] = (time.perf_counter() - self.wall,
                                      time.process_time() - self.cpu)
        self.name = ""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector set aside while millions of cells and rows are made:
    none of them forms a cycle, and its passes over them cost seconds at 250,000 rows."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _new_ids(count: int) -> list[str]:
    """Random (version 4) UUIDs as the 32 hex digits SQLite stores, made in bulk and sorted:
    the primary-key index then grows at its end instead of splitting pages all over."""
    import numpy  # here, not at import: the list screen that imports this module needs none

    octets = numpy.frombuffer(os.urandom(16 * count), dtype=numpy.uint8).reshape(count, 16)
    octets = octets.copy()
    octets[:, 6] = (octets[:, 6] & 0x0F) | 0x40
    octets[:, 8] = (octets[:, 8] & 0x3F) | 0x80
    # Sorted as 16-byte strings by numpy (the order of their hex digits), not as 250,000
    # Python strings.
    digits = numpy.sort(octets.view("S16").ravel()).tobytes().hex()
    return [digits[i:i + 32] for i in range(0, 32 * count, 32)]


def _stored(values: list[Any], column: Any, dialect: Any) -> list[Any]:
    """A column's values as the driver receives them, converted by the column type's own
    bind processor (the same text SQLAlchemy would store), once per distinct value."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return values if processor is None else _mapped(values, processor)


def _insert_people(session: Session, columns: dict[str, list[Any]], ids: list[str],
                   clock: _Clock, progress: ProgressCallback | None) -> None:
    """Insert the people, and keep their indexes, in the cheapest way the database allows.

    On SQLite: an executemany straight to the driver over the stored columns (SQLAlchemy's
    per-row bookkeeping costs more than SQLite's insert at 250,000 rows); for a large
    import the secondary indexes (sorts, names) are dropped and built again after the rows,
    and the FTS insert trigger is set aside and the index filled in one statement with a
    larger in-memory buffer: inserting under nine indexes keyed on random ids costs several
    times a sorted rebuild. DDL is transactional in SQLite, so a rollback or a kill brings
    every index and trigger back with everything else. The unique CIN index stays.
    """
    table = cast(SqlTable, BeneficiaryRow.__table__)
    connection = session.connection()
    count, now = len(ids), utcnow()
    constants: dict[str, object] = {"created_at": now, "updated_at": now, "row_version": 1}
    names = ["id", *constants, *columns]
    if connection.dialect.name != "sqlite":
        keys = [uuid.UUID(hex=key) for key in ids]
        values = [keys, *([value] * count for value in constants.values()),
                  *columns.values()]
        rows = [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
        for start in range(0, count, CHUNK):
            session.execute(insert(table), rows[start:start + CHUNK])
            if progress is not None:
                progress(min(start + CHUNK, count), count)
        return
    _write_lock(session)
    _checkpoint_later(session)
    before = session.scalar(text("SELECT coalesce(max(rowid), 0) FROM beneficiaries")) or 0
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS beneficiaries_search_insert")
    rebuilt = []
    if count >= REBUILD_FROM:
        rebuilt = list(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'beneficiaries' AND sql IS NOT NULL "
            "AND name LIKE 'ix_beneficiaries_%'"))
        for name, _sql in rebuilt:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    # Random UUID keys touch pages all over the primary and CIN indexes, and each index
    # built below reads the whole table: a page cache that holds what the import writes
    # keeps it all in memory until the commit (SQLite's default is 2 MB; with less, dirty
    # pages are spilled to the WAL mid-transaction and read back for every index).
    connection.exec_driver_sql(f"PRAGMA cache_size=-{import_cache_kb(int(before) + count)}")
    dialect = connection.dialect
    stored = [ids, *([_stored([value], table.c[name], dialect)[0]] * count
                     for name, value in constants.items()),
              *(_stored(values, table.c[name], dialect) for name, values in columns.items())]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    stream = zip(*stored, strict=True)
    # The driver's own cursor, in this transaction, fed the rows as they are zipped: no
    # list of each chunk, no SQLAlchemy bookkeeping per chunk.
    cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, count, CHUNK):
            cursor.executemany(sql, islice(stream, CHUNK))
            if progress is not None:
                progress(min(start + CHUNK, count), count)
    finally:
        cursor.close()
    clock.start("indexes")
    for name, sql in rebuilt:
        connection.exec_driver_sql(pending_indexes.pending_form(sql) if deferred_index(name)
                                   else sql)
    # FTS5 flushes its in-memory terms every 1 MB by default, then merges the segments:
    # one larger buffer for this fill writes fewer segments (about a third faster).
    config = "INSERT INTO beneficiaries_search(beneficiaries_search, rank) VALUES ('hashsize', {})"
    connection.exec_driver_sql(config.format(FTS_FILL_BUFFER))
    connection.exec_driver_sql(
        "INSERT INTO beneficiaries_search(rowid, search_text) "
        f"SELECT rowid, search_text FROM beneficiaries WHERE rowid > {int(before)}")
    connection.exec_driver_sql(config.format(FTS_DEFAULT_BUFFER))
    connection.exec_driver_sql(INSERT_TRIGGER)
    connection.exec_driver_sql("PRAGMA cache_size=-2000")


def _checkpoint_later(session: Session) -> None:
    """Leave copying the import's pages from the write-ahead log into the database file
    to the next commit (the sorts built right after it): the commit makes the people
    durable in the log, and SQLite's automatic copy, a tenth of the import's time at
    250,000 people, would otherwise run inside it. The setting is put back as soon as the
    transaction ends, however it ends."""
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA wal_autocheckpoint=0")

    def restore(_session: Session) -> None:
        with suppress(sqlite3.Error):  # a connection already closed goes with its setting
            raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")

    event.listen(session, "after_commit", restore, once=True)
    event.listen(session, "after_rollback", restore, once=True)


def deferred_index(name: str) -> bool:
    """Whether a large import leaves this index to be built after its commit: the sorts
    other than the list's own order (family name), which the list shows first."""
    return name.startswith("ix_beneficiaries_sort_") and name != LIST_ORDER_INDEX


def complete_indexes(db: Database) -> list[str]:
    """Build the sort indexes a large import left pending (app.storage.pending_indexes),
    in a transaction of their own; the names built (none, usually).

    Called by the import wizard and the CLI once an import is committed, and when the
    program opens, in case it stopped in between. Maintenance of the schema, not of any
    record: no user, no audit entry. About a second at 250,000 people."""
    with db.session() as session:
        connection = session.connection()
        if not pending_indexes.pending(connection, "beneficiaries"):
            return []
        _write_lock(session)
        rows = session.scalar(text("SELECT coalesce(max(rowid), 0) FROM beneficiaries")) or 0
        # Each index sorts the whole table: in SQLite's default 2 MB it would sort in
        # pieces written to temporary files.
        connection.exec_driver_sql(f"PRAGMA cache_size=-{import_cache_kb(int(rows))}")
        try:
            built = pending_indexes.complete(connection, "beneficiaries")
        finally:
            connection.exec_driver_sql("PRAGMA cache_size=-2000")
        session.commit()
    return built


def import_cache_kb(rows: int) -> int:
    """The page cache (KiB) of an import into a table of `rows` people: about what they
    take on disk with their indexes and search index (0.9 KB each), within bounds. At
    250,000 people, 244 MB instead of 64 MB saves about half a second of CPU (spills and
    re-reads) for 160 MB more at the peak; SQLite frees it when the import ends (the C
    allocator may keep the pages for the process's later use)."""
    return min(max(rows * IMPORT_CACHE_KB_PER_ROW, IMPORT_CACHE_KB), IMPORT_CACHE_MAX_KB)


IMPORT_CACHE_KB = 65_536
IMPORT_CACHE_KB_PER_ROW = 1
IMPORT_CACHE_MAX_KB = 262_144
FTS_FILL_BUFFER = 64 * 1024 * 1024
FTS_DEFAULT_BUFFER = 1024 * 1024
# From this many rows an import rebuilds the secondary indexes rather than updating them.
REBUILD_FROM = 20_000
LIST_ORDER_INDEX = "ix_beneficiaries_sort_last_name_ar"
WAL_AUTOCHECKPOINT = 1000  # SQLite's default, in pages
INSERT_TRIGGER = (
    "CREATE TRIGGER beneficiaries_search_insert AFTER INSERT ON beneficiaries BEGIN "
    "INSERT INTO beneficiaries_search(rowid, search_text) VALUES (new.rowid, new.search_text); "
    "END")


@requires(Permission.BENEFICIARIES)
def import_file(db: Database, actor: Actor, path: Path, options: ImportOptions,
                progress: ProgressCallback | None = None) -> ImportReport:
    """Check the whole file, then write its people (and their assignments) in one
    transaction; refused as a whole (ImportRefused, nothing written) when a row fails,
    unless `options.valid_only`."""
    path = Path(path)
    report = ImportReport(path.name)
    clock = _Clock(report.phases)
    with _collector_paused():
        clock.start("read")
        table = read_table(path)
        report.encoding = table.encoding
        check_mapping(options.mapping, table.headers)
        with writing(db, actor) as session:
            _write_lock(session)
            clock.start("checks")
            checked = _check(table, options, _context(session, options), report, path.name,
                             progress)
            del table
            clock.stop()
            if report.problems and not options.valid_only:
                raise ImportRefused(report)
            clock.start("insert")
            ids = _new_ids(len(checked))
            _insert_people(session, checked.columns, ids, clock, progress)
            clock.start("assignments and audit")
            assignments = []
            for key, worksite in zip(ids, checked.worksites, strict=True):
                if worksite is not None:
                    start, end = worksite_period(worksite.starts_on, worksite.duration_months)
                    assignments.append({
                        "id": uuid.uuid4(), "row_version": 1,
                        "beneficiary_id": uuid.UUID(hex=key), "proposal_id": worksite.id,
                        "starts_on": start, "ends_on": end, "status": AssignmentStatus.PLANNED,
                        "certificate_number": "", "leave_reason": ""})
            if assignments:
                session.execute(insert(cast(SqlTable, AssignmentRow.__table__)), assignments)
            report.imported, report.assigned = len(ids), len(assignments)
            # One entry for the whole import, chained like any other at the commit's flush.
            session.add(AuditRow(
                username=actor.username, action=AuditAction.INSERT, entity="beneficiaries",
                entity_id=f"import:{path.name}",
                changes={"file": {"new": path.name}, "rows": {"new": report.rows},
                         "imported": {"new": report.imported},
                         "assigned": {"new": report.assigned},
                         "rejected": {"new": report.rejected_lines}}))
            changes.note(session, changes.Kind.BENEFICIARY)
            clock.start("commit")
        clock.stop()
    return report


def _write_lock(session: Session) -> None:
    """Take the write lock before reading what the checks compare with, so the database
    cannot change between the checks and the write (and, on SQLite, so the DDL below runs
    inside this transaction: pysqlite would otherwise run it in autocommit)."""
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite" and not getattr(raw, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def write_report(report: ImportReport, path: Path) -> Path:
    """The problems (and warnings) of an import as an Excel sheet."""
    rows = [[p.line, p.column, p.value, p.rule] for p in report.problems]
    rows += [[p.line, p.column, p.value, p.rule] for p in report.warnings]
    return xlsx.write_table(path, tr("تقرير الاستيراد"), [tr(h) for h in REPORT_HEADERS], rows)
