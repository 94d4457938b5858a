"""One translation function for the whole UI.

Source strings are the Arabic the user reads; `i18n/awrach_fr.ts` holds the French. Qt's
lupdate files every bare `tr("...")` call under the empty context, so this function looks
them up there too (and a string is translated the same way wherever it appears).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from app.domain import formats
from app.domain.enums import LabelledEnum
from app.domain.programme import edition_title_fr
from app.domain.text import LRI, LRM, PDI, RLM, plural_category


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def lead() -> str:
    """The mark that starts a line in the interface's direction: a line opening with a
    figure or a name of the other script would otherwise be laid out in that script's
    direction ("bénéficiaires 12", or "1.251 من 953" read backwards in Arabic)."""
    return LRM if QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight else RLM


def label(value: LabelledEnum) -> str:
    """An enum's label in the interface language (the domain holds both languages)."""
    if in_french():
        return value.label_fr
    return value.label


def in_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def named(record: Any) -> str:
    """A place's or a domain's name in the interface language: the French name where the
    reference data or the user gave one, else the Arabic (names typed once stay as typed)."""
    french = getattr(record, "name_fr", "") if in_french() else ""
    return french or record.name_ar


def edition_name(edition: Any) -> str:
    """"النسخة الثانية 2023", or "2e édition 2023" in French."""
    if in_french():
        return edition_title_fr(edition.number, edition.year)
    return str(edition.title)


def language() -> str:
    return "fr" if in_french() else "ar"


def figure(value: int) -> str:
    """Thousands with a dot, as Moroccan documents write them (1.251; "1 251" in French)."""
    return formats.number(value, language=language())


def amount_text(value: Decimal) -> str:
    """An amount in figures with its centimes: "1.836.000,00", "1 836 000,00"."""
    return formats.amount(value, language())


def money_text(value: Decimal) -> str:
    """"1.836.000,00 درهم", "1 836 000,00 DH"."""
    return formats.money(value, language())


def date_text(day: date) -> str:
    """"26 ماي 2023", "26 mai 2023"."""
    return formats.long_date(day, language())


def month_year_text(day: date) -> str:
    return formats.month_year(day, language())


def counted(count: int, one: str, two: str, few: str, many: str, other: str) -> str:
    """`count` with its noun in the form Arabic gives it ("3 أشهر", "12 شهرا", "شهران");
    each form is a translated string holding {n}, so French keeps its own plural."""
    forms = {"one": one, "two": two, "few": few, "many": many, "other": other}
    return forms[plural_category(count)].format(n=figure(count))


def months_text(count: int) -> str:
    return counted(count, tr("شهر واحد"), tr("شهران"), tr("{n} أشهر"), tr("{n} شهرا"),
                   tr("{n} شهر"))


def work_months_text(count: int) -> str:
    """Person-months, the unit quotas are compared in."""
    return counted(count, tr("شهر عمل واحد"), tr("شهرا عمل"), tr("{n} أشهر عمل"),
                   tr("{n} شهر عمل"), tr("{n} شهر عمل"))


def people_text(count: int) -> str:
    return counted(count, tr("مستفيد واحد"), tr("مستفيدان"), tr("{n} مستفيدين"),
                   tr("{n} مستفيدا"), tr("{n} مستفيد"))


def projects_text(count: int) -> str:
    return counted(count, tr("مشروع واحد"), tr("مشروعان"), tr("{n} مشاريع"), tr("{n} مشروعا"),
                   tr("{n} مشروع"))


def posts_text(count: int) -> str:
    return counted(count, tr("منصب واحد"), tr("منصبان"), tr("{n} مناصب"), tr("{n} منصبا"),
                   tr("{n} منصب"))


def month_suffix(count: int) -> str:
    """What follows the number in a months spin box: " أشهر" for 3 to 10, " شهرا" above."""
    return counted(count, tr(" شهر"), tr(" شهر"), tr(" أشهر"), tr(" شهرا"), tr(" شهر"))


def percent(rate: Decimal | float) -> str:
    """A rate as a percentage the way documents write it: "5 %", "2,5 %" (never
    "5.0000 %"); `rate` is a fraction (0.05)."""
    return formats.percent(rate, language())


def months_range(first: int, last: int) -> str:
    """A duration range with its start read first in either direction: "من 3 إلى 12 شهرا"."""
    return tr("من {first} إلى {last}").format(first=figure(first), last=months_text(last))


def dates_range(first: date, last: date) -> str:
    """"من 17/04/2023 إلى 12/05/2023": each date kept whole inside Arabic text."""
    return tr("من {first} إلى {last}").format(first=f"{LRI}{first:%d/%m/%Y}{PDI}",
                                             last=f"{LRI}{last:%d/%m/%Y}{PDI}")
