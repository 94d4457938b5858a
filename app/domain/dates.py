"""Dates in documents beyond the day itself (written by `app.domain.formats.long_date`):
the hour, and an optional Hijri date.

Hijri dates are computed (Umm al-Qura) only as a suggestion: official
Moroccan Hijri dates follow local moon sighting and may differ by a day, so documents keep
the text a person corrected.
"""

from __future__ import annotations

from datetime import date, time

from hijridate import Gregorian

HIJRI_MONTHS = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)


def clock_time(moment: time) -> str:
    """'15:30', the way convocations write the hour."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


# After a preposition ("في", "لـ") "ذو" is in the genitive: "في 6 ذي القعدة 1444".
_GENITIVE = {"ذو القعدة": "ذي القعدة", "ذو الحجة": "ذي الحجة"}


def hijri_genitive(text: str) -> str:
    """A Hijri date as it reads after "في" or "الموافق لـ": "6 ذي القعدة 1444". Documents
    always print the Hijri date after one of them."""
    for nominative, genitive in _GENITIVE.items():
        text = text.replace(nominative, genitive)
    return text


def suggested_hijri(day: date) -> str:
    """'6 ذي القعدة 1444' (genitive, as printed after "لـ"): a starting point that a
    person may correct by a day."""
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    return hijri_genitive(f"{hijri.day} {HIJRI_MONTHS[hijri.month - 1]} {hijri.year}")


def day_within(day: date, first: date | None, last: date | None) -> date:
    """`day` brought inside [first, last]: the date a form offers by default belongs to the
    edition or call it is for (typing 2023's files in 2026 must not default to 2026)."""
    if last is not None and day > last:
        day = last
    if first is not None and day < first:
        day = first
    return day
