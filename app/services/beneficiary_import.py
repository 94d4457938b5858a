"""Importing lists of people from Excel or CSV: mapping, checks of every row, and an
all-or-nothing write.

The whole file is checked before anything is written; a file with any error writes nothing
and gives a report (line, column, value, rule in Arabic) that can be saved as .xlsx, unless
the user asks to import the valid rows only. The write is one transaction: a crash or a kill
halfway leaves the database as it was. Rows go in through SQLAlchemy Core in chunks (the
ORM's per-object bookkeeping costs ten times more at 250,000 rows), so the audit log gets
one summarising entry naming the file, the counts and the user, and the search index is
filled in one statement after the rows instead of by a trigger per row.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.domain.beneficiaries import (
    CATEGORY_WORDS,
    AgeLimits,
    EducationLevel,
    EligibilityCategory,
    age_problem,
    cin_problem,
    cin_warning,
    normalise_cin,
    overlaps,
)
from app.domain.enums import AssignmentStatus, AuditAction, ProposalStatus, Sex
from app.domain.roles import Permission
from app.domain.text import fold
from app.errors import DomainError, FieldError, ValidationError
from app.io import xlsx
from app.io.tabular import Table, as_date, as_text, read_table
from app.services import changes
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.beneficiaries import (
    HOLDING,
    configured_age_limits,
    name_key,
    person_text,
    worksite_period,
)
from app.services.unit_of_work import reading, writing
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
    ImportField("cin", "رقم البطاقة الوطنية", True,
                ("رقم البطاقه الوطنيه", "البطاقه الوطنيه", "ب.و", "cin", "cni", "n cin",
                 "numero cin", "carte nationale")),
    ImportField("last_name_ar", "الاسم العائلي بالعربية", True,
                ("الاسم العائلي", "النسب", "الاسم العائلي بالعربيه", "nom ar", "nom arabe")),
    ImportField("first_name_ar", "الاسم الشخصي بالعربية", True,
                ("الاسم الشخصي", "الاسم", "الاسم الشخصي بالعربيه", "prenom ar", "prenom arabe")),
    ImportField("last_name_fr", "الاسم العائلي بالحروف اللاتينية", False,
                ("nom", "nom fr", "nom latin", "الاسم العائلي بالفرنسيه", "last name")),
    ImportField("first_name_fr", "الاسم الشخصي بالحروف اللاتينية", False,
                ("prenom", "prenom fr", "prenom latin", "الاسم الشخصي بالفرنسيه",
                 "first name")),
    ImportField("sex", "الجنس", True, ("الجنس", "النوع", "sexe", "genre", "sex")),
    ImportField("birth_date", "تاريخ الازدياد", True,
                ("تاريخ الازدياد", "تاريخ الميلاد", "date de naissance", "date naissance",
                 "naissance", "ddn")),
    ImportField("phone", "الهاتف", False, ("الهاتف", "رقم الهاتف", "telephone", "tel", "gsm")),
    ImportField("commune", "جماعة السكن", False,
                ("الجماعه", "جماعه السكن", "الجماعه الترابيه", "commune", "commune de residence")),
    ImportField("category", "فئة الاستهداف", False,
                ("الفئه", "فئه الاستهداف", "الفئه المستهدفه", "categorie", "category")),
    ImportField("education_level", "المستوى الدراسي", False,
                ("المستوى الدراسي", "niveau scolaire", "niveau d'etudes", "niveau")),
    ImportField("has_disability", "في وضعية إعاقة", False,
                ("اعاقه", "في وضعيه اعاقه", "handicap")),
    ImportField("cnss_number", "رقم الضمان الاجتماعي", False,
                ("رقم الضمان الاجتماعي", "رقم التسجيل في الضمان الاجتماعي", "cnss",
                 "n cnss", "immatriculation cnss")),
    ImportField("rib", "رقم الحساب البنكي", False, ("رقم الحساب", "الحساب البنكي", "rib")),
    ImportField("anapec_number", "رقم التسجيل بأنابيك", False,
                ("رقم التسجيل بانابيك", "انابيك", "anapec", "n anapec")),
    ImportField("worksite", "مرجع الورش", False,
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
REPORT_HEADERS = ["السطر", "العمود", "القيمة", "القاعدة"]


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

    @property
    def rejected_lines(self) -> int:
        return len({p.line for p in self.problems})


class ImportRefused(DomainError):
    """The file has errors and the user asked for all or nothing: nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(
            f"الملف {report.file_name}: {report.rejected_lines} سطر(ا) به أخطاء من أصل "
            f"{report.rows}. لم يستورد أي سطر. احفظ تقرير الأخطاء أو استورد الأسطر "
            "السليمة فقط.")


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
    errors = [FieldError(spec.key, f"العمود «{spec.title}» غير موجود في الملف: أضفه أو اختر "
                                   "العمود الذي يقابله.", "mapping")
              for spec in FIELDS if spec.required and mapping.get(spec.key) is None]
    errors += [FieldError(key, f"العمود رقم {index + 1} غير موجود في الملف.", "mapping")
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


def _check(table: Table, options: ImportOptions, ctx: _Context, report: ImportReport,
           source: str, progress: ProgressCallback | None
           ) -> list[tuple[dict[str, Any], ProposalRow | None]]:
    """Every row converted and checked; returns the rows to write (valid ones only)."""
    mapping, headers = options.mapping, table.headers
    column_title = {key: headers[index] or BY_KEY[key].title for key, index in mapping.items()}
    today = options.check_day or date.today()
    seen: dict[str, int] = {}
    good: list[tuple[int, dict[str, Any], ProposalRow | None]] = []
    now = utcnow()
    # Each field's position in a row padded to `width`; a field without a column reads the
    # padding's last cell, always None. (No closure per row: 250,000 rows.)
    width = max([len(headers), *mapping.values()]) + 1
    position = {spec.key: mapping.get(spec.key, width - 1) for spec in FIELDS}
    titles = {spec.key: column_title.get(spec.key, spec.title) for spec in FIELDS}
    padding: list[object] = [None] * width
    problems: list[Problem] = []
    line, cells = 0, padding

    def fail(key: str, value: object, rule: str) -> None:
        problems.append(Problem(line, titles[key], as_text(value), rule))

    def cell(key: str) -> object:
        return cells[position[key]]

    for count, (line, raw_cells) in enumerate(table.rows, start=1):
        if progress is not None and count % CHUNK == 0:
            progress(count, table.total)
        report.rows += 1
        problems = []
        kept = raw_cells[:width - 1]
        cells = [*kept, *padding[len(kept):]]

        raw_cin = cell("cin")
        cin = normalise_cin(raw_cin)
        problem = cin_problem(cin)
        if problem:
            fail("cin", raw_cin, problem)
        else:
            warning = cin_warning(cin)
            if warning:
                report.warnings.append(Problem(line, column_title["cin"], cin, warning))
            if cin in seen:
                fail("cin", raw_cin, f"رقم البطاقة الوطنية {cin} مكرر في الملف (السطر "
                                     f"{seen[cin]}).")
            elif cin in ctx.existing:
                origin = f" (استورد من {ctx.existing[cin]})" if ctx.existing[cin] else ""
                fail("cin", raw_cin, f"رقم البطاقة الوطنية {cin}: مسجل من قبل في قاعدة "
                                     f"البيانات{origin}.")
            seen.setdefault(cin, line)
        names = {}
        for key in ("first_name_ar", "last_name_ar", "first_name_fr", "last_name_fr"):
            names[key] = " ".join(as_text(cell(key)).split())
        for key in ("first_name_ar", "last_name_ar"):
            if not names[key]:
                fail(key, "", f"{BY_KEY[key].title}: إجباري.")
        raw_sex = cell("sex")
        sex = SEX_WORDS.get(_folded(as_text(raw_sex)))
        if sex is None:
            fail("sex", raw_sex, "الجنس: ذكر أو أنثى (H/F).")
        worksite = ctx.fixed_worksite
        reference = as_text(cell("worksite"))
        if reference:
            worksite = ctx.worksites.get(reference)
            if worksite is None:
                fail("worksite", reference, f"الورش {reference}: غير موجود أو غير منتقى.")
        raw_birth = cell("birth_date")
        birth: date | None = None
        try:
            birth = as_date(raw_birth)
        except ValueError:
            fail("birth_date", raw_birth, "تاريخ الازدياد: ليس تاريخا (يوم/شهر/سنة).")
        else:
            day = worksite.starts_on if worksite is not None and worksite.starts_on else today
            problem = age_problem(birth, day, options.limits)
            if problem:
                fail("birth_date", raw_birth, problem)
        commune_id = None
        raw_commune = as_text(cell("commune"))
        if raw_commune:
            commune_id = ctx.communes.get(_folded(raw_commune))
            if commune_id is None:
                fail("commune", raw_commune, "الجماعة: غير موجودة في لائحة الجماعات.")
        category = ""
        raw_category = _folded(as_text(cell("category")))
        if raw_category:
            found = CATEGORY_WORDS.get(raw_category) or next(
                (c for word, c in CATEGORY_WORDS.items() if word in raw_category), None)
            if found is None:
                fail("category", raw_category, "فئة الاستهداف: غير معروفة.")
            else:
                category = found.value
        education = ""
        raw_education = _folded(as_text(cell("education_level")))
        if raw_education:
            level = EDUCATION_WORDS.get(raw_education)
            if level is None:
                fail("education_level", raw_education, "المستوى الدراسي: غير معروف.")
            else:
                education = level.value
        cnss = as_text(cell("cnss_number")).replace(" ", "")
        if cnss and not (cnss.isdigit() and len(cnss) == 9):
            fail("cnss_number", cnss, "رقم الضمان الاجتماعي: 9 أرقام.")
        rib = as_text(cell("rib")).replace(" ", "")
        if rib and not (rib.isdigit() and len(rib) == 24):
            fail("rib", rib, "رقم الحساب البنكي: 24 رقما.")
        disability = _folded(as_text(cell("has_disability"))) in YES or \
            category == EligibilityCategory.DISABILITY.value
        if worksite is not None and not problems:
            start, end = worksite_period(worksite.starts_on, worksite.duration_months)
            for a_start, a_end, other in ctx.busy.get(cin, []):
                if overlaps(a_start, a_end, start, end):
                    fail("cin", raw_cin, f"{cin}: معين في الورش {other} خلال الفترة نفسها "
                                         "(شخص واحد في ورش واحد).")
                    break
            else:
                ctx.busy.setdefault(cin, []).append((start, end, worksite.reference))
                taken = ctx.worksite_taken.get(worksite.id, 0)
                if taken + 1 > worksite.beneficiaries:
                    fail("worksite", worksite.reference,
                         f"الورش {worksite.reference} مبرمج لـ {worksite.beneficiaries} "
                         "مستفيدا: هذا السطر يتجاوز العدد.")
                else:
                    ctx.worksite_taken[worksite.id] = taken + 1
        if problems:
            report.problems.extend(problems)
            continue
        row = {
            "id": uuid.uuid4(), "created_at": now, "updated_at": now, "row_version": 1,
            "cin": cin, **names, "sex": sex, "birth_date": birth,
            "phone": as_text(cell("phone")), "commune_id": commune_id, "category": category,
            "education_level": education, "has_disability": disability, "cnss_number": cnss,
            "rib": rib, "anapec_number": as_text(cell("anapec_number")), "source": source,
        }
        row["search_text"] = person_text(row)
        row["name_key"] = name_key(names["first_name_fr"], names["last_name_fr"])
        good.append((line, row, worksite))
    report.valid = len(good)
    report.blank_lines = len(table.skipped_blank)
    return [(row, worksite) for _, row, worksite in good]


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

def _insert_indexed(session: Session, rows: list[dict[str, Any]],
                    progress: ProgressCallback | None) -> None:
    """Insert the people, and keep their indexes, in the cheapest way the database allows.

    On SQLite, for a large import, the secondary indexes (sorts, names) are dropped and
    built again after the rows, and the FTS insert trigger is set aside and the index filled
    in one statement: inserting 250,000 rows under nine indexes keyed on random ids costs
    several times a sorted rebuild. DDL is transactional in SQLite, so a rollback or a kill
    brings every index and trigger back with everything else. The unique CIN index stays.
    """
    table = cast(SqlTable, BeneficiaryRow.__table__)
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    before, rebuilt = 0, []
    if sqlite:
        _write_lock(session)
        before = session.scalar(text("SELECT coalesce(max(rowid), 0) FROM beneficiaries")) or 0
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS beneficiaries_search_insert")
        if len(rows) >= REBUILD_FROM:
            rebuilt = list(connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'beneficiaries' AND sql IS NOT NULL "
                "AND name LIKE 'ix_beneficiaries_%'"))
            for name, _sql in rebuilt:
                connection.exec_driver_sql(f'DROP INDEX "{name}"')
        # Random UUID keys touch pages all over the primary and CIN indexes: a larger page
        # cache for this connection keeps them in memory (SQLite's default is 2 MB).
        connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KB}")
    write = _driver_insert(connection, table, rows) if sqlite and rows else None
    for start in range(0, len(rows), CHUNK):
        if write is not None:
            write(rows[start:start + CHUNK])
        else:
            session.execute(insert(table), rows[start:start + CHUNK])
        if progress is not None:
            progress(min(start + CHUNK, len(rows)), len(rows))
    if sqlite:
        for _name, sql in rebuilt:
            connection.exec_driver_sql(sql)
        connection.exec_driver_sql(
            "INSERT INTO beneficiaries_search(rowid, search_text) "
            f"SELECT rowid, search_text FROM beneficiaries WHERE rowid > {int(before)}")
        connection.exec_driver_sql(INSERT_TRIGGER)
        connection.exec_driver_sql("PRAGMA cache_size=-2000")


IMPORT_CACHE_KB = 65_536
def _driver_insert(connection: Any, table: SqlTable, rows: list[dict[str, Any]]
                   ) -> Callable[[list[dict[str, Any]]], None]:
    """An executemany straight to the driver, each value converted by the column type's own
    bind processor (the same text SQLAlchemy would store): at 250,000 rows SQLAlchemy's
    per-statement bookkeeping costs more than SQLite's insert itself."""
    names = list(rows[0])
    dialect = connection.dialect
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")

    def write(chunk: list[dict[str, Any]]) -> None:
        connection.exec_driver_sql(sql, [
            tuple(p(row[n]) if p is not None else row[n]
                  for n, p in zip(names, processors, strict=True)) for row in chunk])

    return write


# From this many rows an import rebuilds the secondary indexes rather than updating them.
REBUILD_FROM = 20_000
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
    table = read_table(path)
    check_mapping(options.mapping, table.headers)
    report = ImportReport(path.name, encoding=table.encoding)
    with writing(db, actor) as session:
        _write_lock(session)
        good = _check(table, options, _context(session, options), report, path.name, progress)
        if report.problems and not options.valid_only:
            raise ImportRefused(report)
        # In key order: the primary-key index then grows at its end instead of splitting
        # pages all over (the ids are random UUIDs).
        rows = sorted((row for row, _ in good), key=lambda row: row["id"])
        assignments = []
        for row, worksite in good:
            if worksite is not None:
                start, end = worksite_period(worksite.starts_on, worksite.duration_months)
                assignments.append({
                    "id": uuid.uuid4(), "created_at": row["created_at"],
                    "updated_at": row["created_at"], "row_version": 1,
                    "beneficiary_id": row["id"], "proposal_id": worksite.id,
                    "starts_on": start, "ends_on": end, "status": AssignmentStatus.PLANNED,
                    "certificate_number": "", "leave_reason": ""})
        _insert_indexed(session, rows, progress)
        if assignments:
            session.execute(insert(cast(SqlTable, AssignmentRow.__table__)), assignments)
        report.imported, report.assigned = len(rows), len(assignments)
        # One entry for the whole import, chained like any other at the commit's flush.
        session.add(AuditRow(
            username=actor.username, action=AuditAction.INSERT, entity="beneficiaries",
            entity_id=f"import:{path.name}",
            changes={"file": {"new": path.name}, "rows": {"new": report.rows},
                     "imported": {"new": report.imported},
                     "assigned": {"new": report.assigned},
                     "rejected": {"new": report.rejected_lines}}))
        changes.note(session, changes.Kind.BENEFICIARY)
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
    return xlsx.write_table(path, "تقرير الاستيراد", REPORT_HEADERS, rows)
