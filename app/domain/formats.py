"""How dates, numbers and money are written, in Arabic and in French, in one place.

The screens, the documents and the exports all format through here, so "1.836.000,00 درهم"
on a convention is "1.836.000,00" in its table on screen, and "1 836 000,00 DH" once the
interface is in French. Arabic writes thousands with a dot and decimals after a comma, as
Moroccan administrative papers do; French groups thousands with a no-break space (a figure
is never cut at the end of a line). Dates use Babel's `ar_MA` and `fr_MA` month names
("26 ماي 2023", "26 mai 2023"): plain `ar` would give the Egyptian month names, and Babel's
U+200F marks, which a PDF font draws as a visible glyph, are removed. Documents stay Arabic:
every function defaults to "ar" and only the interface passes its own language.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date

from app.domain.text import strip_marks

NBSP = "\u00a0"
_SEPARATORS = {"ar": (".", ","), "fr": (NBSP, ",")}
CURRENCY = {"ar": "درهم", "fr": "DH"}
_LOCALES = {"ar": "ar_MA", "fr": "fr_MA"}


def number(value: int | Decimal | float, places: int = 0, language: str = "ar") -> str:
    """1836000 → "1.836.000" (fr "1 836 000"); with `places`, rounded half up and padded:
    "1.836.000,00"."""
    thousands, decimal_mark = _SEPARATORS[language]
    if places:
        quantum = Decimal(1).scaleb(-places)
        exact = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
        whole, fraction = f"{exact:,.{places}f}".split(".")
        return whole.replace(",", thousands) + decimal_mark + fraction
    rounded = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{int(rounded):,}".replace(",", thousands)


def amount(value: Decimal | int, language: str = "ar") -> str:
    """An amount in figures, always with centimes: "1.836.000,00" (fr "1 836 000,00")."""
    return number(value, 2, language)


def money(value: Decimal | int, language: str = "ar") -> str:
    """"1.836.000,00 درهم", "1 836 000,00 DH"."""
    return f"{amount(value, language)} {CURRENCY[language]}"


def long_date(day: date, language: str = "ar") -> str:
    """"26 ماي 2023", "26 mai 2023": day, month name, year in Western digits."""
    return strip_marks(format_date(day, "d MMMM y", locale=_LOCALES[language]))


def month_year(day: date, language: str = "ar") -> str:
    """"ماي 2023", "mai 2023"."""
    return strip_marks(format_date(day, "MMMM y", locale=_LOCALES[language]))


def weekday(day: date, language: str = "ar") -> str:
    """"الجمعة", "vendredi"."""
    return strip_marks(format_date(day, "EEEE", locale=_LOCALES[language]))


def short_date(day: date) -> str:
    """"26/05/2023" in both languages, as forms and tables write a date."""
    return day.strftime("%d/%m/%Y")


def percent(rate: Decimal | float, language: str = "ar") -> str:
    """A fraction as documents write a rate: 0.05 → "5 %", 0.025 → "2,5 %" (never
    "5.0000 %")."""
    value = (Decimal(str(rate)) * 100).quantize(Decimal("0.01"))
    text = f"{value:f}".rstrip("0").rstrip(".")
    return text.replace(".", _SEPARATORS[language][1]) + " %"
