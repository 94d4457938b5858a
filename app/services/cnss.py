"""A body's monthly CNSS declaration: the Damancom file, and the same list as .xlsx and
.csv for keying in by hand, built from the days recorded.

Who goes where: a person whose assignment starts within the declared month is a new
hire (B04, with the CIN); everyone else is on the list CNSS sends each month (B02).
The wage is the minimum wage in force on the month's first day, pro rata of the days
over 26, capped at the ceiling setting. Every missing value is a listed problem; the
Damancom file is written only when there is none, the .xlsx and .csv always (with a
column naming what is missing), so the secretary sees everything to fix at once.
"""

from __future__ import annotations

import csv
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import settings
from app.domain.attendance import Month, declared_days
from app.domain.cnss import digits_only, wage_for_days
from app.errors import NotFound
from app.io import damancom
from app.io.xlsx import write_table
from app.language import QT_TR_NOOP, tr
from app.services import attendance, programme
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import AssignmentRow, CommuneRow, PartnerRow, ProposalRow

HEADERS = [
    QT_TR_NOOP("رقم البطاقة الوطنية"),
    QT_TR_NOOP("الاسم الكامل"),
    QT_TR_NOOP("الاسم بالحروف اللاتينية"),
    QT_TR_NOOP("رقم التسجيل في CNSS"),
    QT_TR_NOOP("الورش"),
    QT_TR_NOOP("نوع السطر"),
    QT_TR_NOOP("أيام العمل المسجلة"),
    QT_TR_NOOP("الأيام المصرح بها"),
    QT_TR_NOOP("الأجر الحقيقي (درهم)"),
    QT_TR_NOOP("الأجر المسقف (درهم)"),
    QT_TR_NOOP("مجموع المراقبة"),
    QT_TR_NOOP("ما ينقص"),
]


@dataclass(frozen=True)
class Line:
    """One person in the declaration, as the lists show it."""

    cin: str
    name_ar: str
    name_latin: str
    insured: str
    worksite: str
    record: str  # B02 | B04
    days_recorded: int | None
    days: int
    real_salary: int  # centimes
    capped_salary: int
    control: int
    missing: str = ""


@dataclass
class Result:
    partner_name: str
    month: Month
    lines: list[Line]
    problems: list[damancom.Problem]
    files: list[Path] = field(default_factory=list)
    declaration_file: Path | None = None

    @property
    def total_days(self) -> int:
        return sum(line.days for line in self.lines)

    @property
    def total_real(self) -> int:
        return sum(line.real_salary for line in self.lines)


def _due(month: Month) -> date:
    """The tenth of the next month: the usual deadline, to be confirmed in CNSS's list."""
    following = Month(month.year + month.month // 12, month.month % 12 + 1)
    return date(following.year, following.month, 10)


def prepare(db: Database, partner_id: uuid.UUID, month: Month, *,
            issued_on: date | None = None, transfer: str = "",
            ceiling: int | None = None) -> tuple[damancom.Declaration, Result]:
    """The declaration and its lines, with every problem found."""
    ceiling = settings.CNSS_SALARY_CEILING.get() if ceiling is None else ceiling
    with reading(db) as session:
        partner = session.get(PartnerRow, partner_id)
        if partner is None:
            raise NotFound(tr("الهيئة غير موجودة."))
        commune = session.get(CommuneRow, partner.commune_id) if partner.commune_id else None
        employer = damancom.Employer(
            affiliate=digits_only(partner.cnss_affiliate), name=partner.name_fr,
            activity=partner.kind.value.upper(),
            address=damancom.latin_text(partner.address),
            city=commune.name_fr if commune else "")
        partner_name = partner.name_ar
    wage = programme.minimum_wage_on(db, month.first_day)
    problems: list[damancom.Problem] = []
    if wage is None:
        problems.append(damancom.Problem(tr("الأجر"), tr("الحد الأدنى للأجر"),
                                         tr("لا يوجد حد أدنى للأجر ساري المفعول في {month}: "
                                            "أدخله في الإعدادات.").format(month=month)))
    monthly = wage.monthly_amount if wage else Decimal(0)
    people, lines = [], []
    for item in attendance.body_month(db, partner_id, month):
        person = item.person
        label = f"{person.name_ar} ({person.cin})"
        if person.days is None:
            problems.append(damancom.Problem(label, tr("أيام العمل"),
                                             tr("أيام العمل غير مسجلة لشهر {month} في الورش "
                                                "{item.worksite.reference}.")
                                                .format(month=month, item=item)))
        days = declared_days(person.days or 0)
        real = wage_for_days(monthly, days)
        capped = min(real, ceiling)
        new_hire = person.starts_on is not None and month.first_day <= person.starts_on
        insured = damancom.Insured(
            insured=digits_only(person.cnss_number), name=person.name_fr,
            cin=person.cin.replace(" ", "").upper(), days=days, real_salary=real,
            capped_salary=capped, new_hire=new_hire, label=label)
        people.append(insured)
        lines.append(Line(person.cin, person.name_ar, damancom.latin_text(person.name_fr),
                          insured.insured, item.worksite.reference,
                          "B04" if new_hire else "B02", person.days, days, real, capped,
                          damancom.control_sum(insured) if insured.insured.isdigit() else 0))
    declaration = damancom.Declaration(employer, month, issued_on or date.today(), _due(month),
                                       people, transfer)
    problems += damancom.check(declaration)
    missing: dict[str, list[str]] = {}
    for problem in problems:
        missing.setdefault(problem.who, []).append(problem.what)
    lines = [Line(**{**line.__dict__, "missing": tr("، ").join(
        missing.get(f"{line.name_ar} ({line.cin})", []))}) for line in lines]
    return declaration, Result(partner_name, month, lines, problems)


def _dirhams(centimes: int) -> Decimal:
    return Decimal(centimes) / 100


def _rows(result: Result) -> list[list[object]]:
    return [[line.cin, line.name_ar, line.name_latin, line.insured, line.worksite, line.record,
             line.days_recorded, line.days, _dirhams(line.real_salary),
             _dirhams(line.capped_salary), line.control, line.missing]
            for line in result.lines]


def _write_csv(path: Path, rows: list[list[object]]) -> Path:
    """UTF-8 with a BOM, so Excel on Windows shows the Arabic names."""
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([tr(h) for h in HEADERS])
            writer.writerows(["" if value is None else value for value in row] for row in rows)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def export(db: Database, partner_id: uuid.UUID, month: Month, out: Path, *,
           issued_on: date | None = None, transfer: str = "") -> Result:
    """Write the lists into the folder `out`, and the Damancom file when nothing is
    missing. The result lists the problems; the caller shows them."""
    declaration, result = prepare(db, partner_id, month, issued_on=issued_on,
                                  transfer=transfer)
    out.mkdir(parents=True, exist_ok=True)
    affiliate = declaration.employer.affiliate or "0000000"
    stem = f"CNSS_{affiliate}_{month.period}"
    rows = _rows(result)
    result.files.append(write_table(out / f"{stem}.xlsx", f"CNSS {month.period}",
                                    [tr(h) for h in HEADERS], rows))
    result.files.append(_write_csv(out / f"{stem}.csv", rows))
    if not result.problems:
        name = damancom.file_name(affiliate, month, settings.DAMANCOM_NAME_ORDER.get())
        result.declaration_file = damancom.write_declaration(declaration, out / name)
        result.files.insert(0, result.declaration_file)
    return result


def bodies_with_people(db: Database) -> list[tuple[uuid.UUID, str]]:
    """(id, Arabic name) of every body with people assigned: the declaration's choices."""
    with reading(db) as session:
        rows = session.execute(
            select(PartnerRow.id, PartnerRow.name_ar).distinct()
            .join(ProposalRow, ProposalRow.partner_id == PartnerRow.id)
            .join(AssignmentRow, AssignmentRow.proposal_id == ProposalRow.id)
            .order_by(PartnerRow.name_ar)).all()
    return [(row.id, row.name_ar) for row in rows]


def find_body(db: Database, text: str) -> uuid.UUID:
    """A body named on the command line: its id, affiliate number or registration number."""
    with reading(db) as session:
        try:
            found = session.get(PartnerRow, uuid.UUID(text))
        except ValueError:
            value = text.strip()
            found = session.scalars(select(PartnerRow).where(
                (PartnerRow.cnss_affiliate == digits_only(value))
                | (PartnerRow.registration_number == value)
                | (PartnerRow.name_ar == value))).first()
        if found is None:
            raise NotFound(tr("الهيئة «{text}» غير موجودة: اكتب رقم انخراطها في CNSS أو اسمها.")
                              .format(text=text))
        return found.id
