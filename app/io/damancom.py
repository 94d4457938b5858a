"""The salary declaration file a body uploads to CNSS's Damancom portal (ضمان كم).

Layout: CNSS's specification of the electronic exchange of salary declarations (version
2, 2006), as public code and DOMAIN.md describe it. Every line is 260 characters and
starts with its record type; numbers are zero-padded on the left, text is upper case
without accents and padded with spaces on the right, amounts are in centimes and dates
AAAAMMJJ. A declaration is B00 (transfer), B01 (employer), one B02 per person already
on CNSS's monthly list with its B03 totals, one B04 per new hire with its B05 totals,
and the B06 totals of the whole file. Each person line carries a control sum: the
insured number plus the salaries plus the days plus the rank of the situation code; the
totals carry the sums of those.

Nothing is written blank: `check` lists every missing or ill-formed value (a person
without a CNSS number, a body without its affiliate number, a name without Latin
letters) and `write_declaration` refuses to write while the list is not empty.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.attendance import FULL_MONTH_DAYS, Month
from app.domain.cnss import affiliate_is_valid, insured_is_valid
from app.language import tr

LINE_WIDTH = 260
CATEGORY = "B0"  # the salary declaration, in the transfer header
# Situation codes of a person who did not work the whole month; their rank (from 1) is
# what the control sum adds.
SITUATIONS = ("SO", "DE", "IT", "IL", "AT", "CS", "MS", "MP")
CIN_WIDTH = 8

# (field, width, kind): "N" right-aligned zero-padded digits, "A" left-aligned text.
Layout = tuple[tuple[str, int, str], ...]
B00: Layout = (("type", 3, "A"), ("transfer", 14, "N"), ("category", 2, "A"),
               ("filler", 241, "A"))
B01: Layout = (("type", 3, "A"), ("affiliate", 7, "N"), ("period", 6, "N"),
               ("name", 40, "A"), ("activity", 40, "A"), ("address", 120, "A"),
               ("city", 20, "A"), ("postcode", 6, "A"), ("agency", 2, "A"),
               ("issued_on", 8, "N"), ("due_on", 8, "N"))
B02: Layout = (("type", 3, "A"), ("affiliate", 7, "N"), ("period", 6, "N"),
               ("insured", 9, "N"), ("name", 60, "A"), ("children", 2, "N"),
               ("af_to_pay", 6, "N"), ("af_to_deduct", 6, "N"), ("af_net", 6, "N"),
               ("af_to_return", 6, "N"), ("days", 2, "N"), ("real_salary", 13, "N"),
               ("capped_salary", 9, "N"), ("situation", 2, "A"), ("control", 19, "N"),
               ("filler", 104, "A"))
B03: Layout = (("type", 3, "A"), ("affiliate", 7, "N"), ("period", 6, "N"),
               ("count", 6, "N"), ("children", 6, "N"), ("af_to_pay", 12, "N"),
               ("af_to_deduct", 12, "N"), ("af_net", 12, "N"), ("af_to_return", 12, "N"),
               ("days", 6, "N"), ("real_salary", 15, "N"), ("capped_salary", 13, "N"),
               ("control", 19, "N"), ("filler", 131, "A"))
B04: Layout = (("type", 3, "A"), ("affiliate", 7, "N"), ("period", 6, "N"),
               ("insured", 9, "N"), ("name", 60, "A"), ("cin", CIN_WIDTH, "A"),
               ("days", 2, "N"), ("real_salary", 13, "N"), ("capped_salary", 9, "N"),
               ("control", 19, "N"), ("filler", 124, "A"))
TOTALS: Layout = (("type", 3, "A"), ("affiliate", 7, "N"), ("period", 6, "N"),
                  ("count", 6, "N"), ("days", 6, "N"), ("real_salary", 15, "N"),
                  ("capped_salary", 13, "N"), ("control", 19, "N"), ("filler", 185, "A"))
LAYOUTS: dict[str, Layout] = {"B00": B00, "B01": B01, "B02": B02, "B03": B03, "B04": B04,
                              "B05": TOTALS, "B06": TOTALS}


@dataclass(frozen=True)
class Employer:
    affiliate: str
    name: str  # in Latin letters
    activity: str = ""
    address: str = ""
    city: str = ""
    postcode: str = ""
    agency: str = ""


@dataclass(frozen=True)
class Insured:
    """One person's line: `new_hire` people go to B04 (with their CIN), others to B02."""

    insured: str
    name: str  # in Latin letters
    cin: str
    days: int
    real_salary: int  # centimes
    capped_salary: int  # centimes
    new_hire: bool
    situation: str = ""
    label: str = ""  # how the problems list names the person (Arabic name and CIN)


@dataclass(frozen=True)
class Declaration:
    employer: Employer
    month: Month
    issued_on: date
    due_on: date
    people: Sequence[Insured]
    transfer: str = ""  # given by CNSS with its monthly list; zeros when unknown


@dataclass(frozen=True)
class Problem:
    """A value that would be wrong or blank in the file: who, which value, why."""

    who: str
    what: str
    message: str


@dataclass(frozen=True)
class Totals:
    count: int = 0
    days: int = 0
    real_salary: int = 0
    capped_salary: int = 0
    control: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.count + other.count, self.days + other.days,
                      self.real_salary + other.real_salary,
                      self.capped_salary + other.capped_salary, self.control + other.control)


def latin_text(text: str) -> str:
    """Upper case without accents, as the file wants: "Aït Benhaddou" -> "AIT BENHADDOU";
    letters outside A-Z (Arabic) are dropped, so an Arabic-only name comes out empty."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).upper()
    plain = re.sub(r"[^A-Z0-9 '\-.,/]", " ", plain)
    return " ".join(plain.split())


def situation_rank(code: str) -> int:
    return SITUATIONS.index(code) + 1 if code in SITUATIONS else 0


def control_sum(person: Insured) -> int:
    return (int(person.insured or 0) + person.real_salary + person.capped_salary + person.days
            + situation_rank(person.situation))


def _field(value: object, width: int, kind: str, name: str) -> str:
    if kind == "N":
        text = str(value if value not in ("", None) else 0)
        if not text.isdigit() or len(text) > width:
            raise ValueError(f"{name}: {text!r} does not fit {width} digits")
        return text.rjust(width, "0")
    text = latin_text(str(value or ""))
    return text[:width].ljust(width)


def record(kind: str, **values: object) -> str:
    """One line of the file; a missing field is zeros or spaces (fillers only, since
    `check` refused any missing value first)."""
    layout = LAYOUTS[kind]
    line = "".join(_field(kind if name == "type" else values.get(name, ""), width, form, name)
                   for name, width, form in layout)
    assert len(line) == LINE_WIDTH, (kind, len(line))
    return line


def parse(line: str) -> dict[str, str]:
    """The fields of a line, by its record type (to read a file back, in tests and checks)."""
    layout = LAYOUTS[line[:3]]
    values, start = {}, 0
    for name, width, _ in layout:
        values[name] = line[start:start + width]
        start += width
    return values


def _wrong(value: str, digits: int) -> str:
    """"ناقص" for a blank number, else what is wrong with the one typed."""
    if not value:
        return tr("ناقص")
    return (tr("غير صحيح: يتكون من {digits} أرقام (المسجل «{value}»)")
            .format(digits=digits, value=value))


def check(declaration: Declaration) -> list[Problem]:
    """Every value the file needs, in the order a person would fix them."""
    problems: list[Problem] = []
    employer = declaration.employer
    if not affiliate_is_valid(employer.affiliate):
        problems.append(Problem(tr("الهيئة"), tr("رقم الانخراط"),
                                tr("رقم انخراط الهيئة في CNSS {state}: "
                                   "أدخله في بطاقة الهيئة.")
                                .format(state=_wrong(employer.affiliate, 7))))
    if not latin_text(employer.name):
        problems.append(Problem(tr("الهيئة"), tr("الاسم بالحروف اللاتينية"),
                                tr("اسم الهيئة بالفرنسية ناقص: أدخله في بطاقة الهيئة.")))
    transfer = declaration.transfer
    if transfer and not (transfer.isdigit() and len(transfer) <= 14):
        problems.append(Problem(tr("الملف"), tr("رقم التحويل"),
                                tr("رقم التحويل يتكون من 14 رقما على الأكثر.")))
    for person in declaration.people:
        who = person.label or person.name
        if not insured_is_valid(person.insured):
            problems.append(Problem(who, tr("رقم التسجيل في CNSS"),
                                    tr("رقم التسجيل في CNSS {state}.")
                                    .format(state=_wrong(person.insured, 9))))
        if not latin_text(person.name):
            problems.append(Problem(who, tr("الاسم بالحروف اللاتينية"),
                                    tr("الاسم العائلي والشخصي بالحروف اللاتينية ناقص.")))
        if person.new_hire and not (person.cin and len(person.cin) <= CIN_WIDTH):
            problems.append(Problem(who, tr("رقم البطاقة الوطنية"),
                                    tr("رقم البطاقة الوطنية ناقص أو أطول من {CIN_WIDTH} أحرف "
                                       "(«{person.cin}»).")
                                       .format(CIN_WIDTH=CIN_WIDTH, person=person)))
        if not 0 <= person.days <= FULL_MONTH_DAYS:
            problems.append(Problem(who, tr("أيام العمل"),
                                    tr("عدد الأيام المصرح بها بين 0 و{FULL_MONTH_DAYS}.")
                                       .format(FULL_MONTH_DAYS=FULL_MONTH_DAYS)))
        if person.situation and person.situation not in SITUATIONS:
            problems.append(Problem(who, tr("الوضعية"),
                                    tr("رمز وضعية غير معروف: {person.situation}.")
                                    .format(person=person)))
    return problems


def _totals(people: Sequence[Insured]) -> Totals:
    total = Totals()
    for person in people:
        total += Totals(1, person.days, person.real_salary, person.capped_salary,
                        control_sum(person))
    return total


def lines(declaration: Declaration) -> list[str]:
    """The file's lines, B00 to B06; call `check` first."""
    employer, period = declaration.employer, declaration.month.period
    head = {"affiliate": employer.affiliate, "period": period}
    listed = [p for p in declaration.people if not p.new_hire]
    hired = [p for p in declaration.people if p.new_hire]
    result = [
        record("B00", transfer=declaration.transfer, category=CATEGORY),
        record("B01", **head, name=employer.name, activity=employer.activity,
               address=employer.address, city=employer.city, postcode=employer.postcode,
               agency=employer.agency, issued_on=f"{declaration.issued_on:%Y%m%d}",
               due_on=f"{declaration.due_on:%Y%m%d}"),
    ]
    for person in listed:
        result.append(record("B02", **head, insured=person.insured, name=person.name,
                             days=person.days, real_salary=person.real_salary,
                             capped_salary=person.capped_salary,
                             situation=person.situation, control=control_sum(person)))
    first = _totals(listed)
    result.append(record("B03", **head, count=first.count, days=first.days,
                         real_salary=first.real_salary, capped_salary=first.capped_salary,
                         control=first.control))
    for person in hired:
        result.append(record("B04", **head, insured=person.insured, name=person.name,
                             cin=person.cin, days=person.days, real_salary=person.real_salary,
                             capped_salary=person.capped_salary, control=control_sum(person)))
    second = _totals(hired)
    whole = first + second
    for kind, total in (("B05", second), ("B06", whole)):
        result.append(record(kind, **head, count=total.count, days=total.days,
                             real_salary=total.real_salary,
                             capped_salary=total.capped_salary, control=total.control))
    return result


def file_name(affiliate: str, month: Month, order: str) -> str:
    """"DS_1234567_202305.txt" (or period first): which order Damancom expects is to be
    confirmed on a real upload, so it is a setting."""
    parts = (month.period, affiliate) if order == "period_affiliate" else (affiliate,
                                                                          month.period)
    return f"DS_{parts[0]}_{parts[1]}.txt"


class Refused(Exception):
    """The declaration still has problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def write_declaration(declaration: Declaration, path: Path) -> Path:
    """Write the file in one step (beside, then renamed); refuses while `check` finds any
    problem, so a blank or wrong value never reaches CNSS."""
    problems = check(declaration)
    if problems:
        raise Refused(problems)
    text = "\r\n".join(lines(declaration)) + "\r\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        partial.write_bytes(text.encode("ascii"))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
