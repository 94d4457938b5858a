"""Days worked: the working days of a month, and how many of them a person can have worked.

Beneficiaries work six days a week; Sunday is the weekly rest, so the register has a box
for every other day. CNSS counts a full month as 26 days whatever the calendar says, so
the days declared never exceed 26 even in a month of 27 working days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.domain.rules import RuleCheck
from app.language import tr

FULL_MONTH_DAYS = 26  # CNSS: a full month, whatever its length
REST_WEEKDAY = 6  # Sunday (date.weekday())
_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, written "2023-05" in the database and on the command line."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2999:
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """"2023-05" or "05/2023"; ValueError otherwise."""
        text = text.strip()
        match = _MONTH.fullmatch(text)
        if match:
            return cls(int(match[1]), int(match[2]))
        parts = text.split("/")
        if len(parts) == 2 and all(part.isdigit() for part in parts):
            return cls(int(parts[1]), int(parts[0]))
        raise ValueError(f"not a month: {text!r}")

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def period(self) -> str:
        """"202305": the period as CNSS files write it (AAAAMM)."""
        return f"{self.year:04d}{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        return self.key


def working_days(month: Month) -> list[date]:
    """Every day of the month but the weekly rest: one box each on the register."""
    return [date(month.year, month.month, day)
            for day in range(1, month.last_day.day + 1)
            if date(month.year, month.month, day).weekday() != REST_WEEKDAY]


def days_on_worksite(month: Month, starts_on: date | None, ends_on: date | None) -> list[date]:
    """The working days of the month that fall within an assignment's dates."""
    return [day for day in working_days(month)
            if (starts_on is None or day >= starts_on) and (ends_on is None or day <= ends_on)]


def declared_days(days_worked: int) -> int:
    """What the CNSS file says: the days worked, at most a full month."""
    return max(0, min(days_worked, FULL_MONTH_DAYS))


def check_days(check: RuleCheck, field: str, name: str, days: int, possible: int) -> None:
    """A number of days for one person: not negative, not above the working days the
    person's assignment covers in that month."""
    if not check.require(days >= 0, field, tr("{name}: عدد أيام العمل لا يكون سالبا.")
                                              .format(name=name),
                         "attendance.negative"):
        return
    check.require(days <= possible, field,
                  tr("{name}: عدد أيام العمل ({days}) أكثر من أيام العمل الممكنة في هذا الشهر "
                     "خلال مدة تعيينه ({possible}).")
                     .format(name=name, days=days, possible=possible), "attendance.too_many")


def months_between(first: date | None, last: date | None) -> list[Month]:
    """Every month from the one holding `first` to the one holding `last`."""
    if first is None or last is None or last < first:
        return [Month.of(first)] if first is not None else []
    months, current = [], Month.of(first)
    end = Month.of(last)
    while current <= end:
        months.append(current)
        current = Month(current.year + current.month // 12, current.month % 12 + 1)
    return months
