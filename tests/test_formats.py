"""One way to write dates, numbers and money, in both languages: a table of cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain import formats
from app.domain.amounts import amount_with_letters

NB = "\u00a0"  # French groups thousands with a no-break space


@pytest.mark.parametrize(("write", "value", "arabic", "french"), [
    (formats.money, Decimal("1836000"), "1.836.000,00 درهم", f"1{NB}836{NB}000,00 DH"),
    (formats.money, Decimal("10514.7"), "10.514,70 درهم", f"10{NB}514,70 DH"),
    (formats.money, Decimal("0.005"), "0,01 درهم", "0,01 DH"),  # half a centime rounds up
    (formats.amount, Decimal("2970.05"), "2.970,05", f"2{NB}970,05"),
    (formats.amount, Decimal("-1234.5"), "-1.234,50", f"-1{NB}234,50"),
    (formats.amount, 999, "999,00", "999,00"),
    (formats.number, 1251, "1.251", f"1{NB}251"),
    (formats.number, 953, "953", "953"),
    (formats.number, 1_000_000, "1.000.000", f"1{NB}000{NB}000"),
    (formats.long_date, date(2023, 5, 26), "26 ماي 2023", "26 mai 2023"),
    (formats.long_date, date(2022, 7, 1), "1 يوليوز 2022", "1 juillet 2022"),
    (formats.long_date, date(2023, 8, 15), "15 غشت 2023", "15 août 2023"),
    (formats.month_year, date(2023, 9, 1), "شتنبر 2023", "septembre 2023"),
    (formats.weekday, date(2023, 5, 26), "الجمعة", "vendredi"),
    (formats.percent, Decimal("0.05"), "5 %", "5 %"),
    (formats.percent, Decimal("0.025"), "2,5 %", "2,5 %"),
])
def test_each_case_in_arabic_and_in_french(write, value, arabic, french):
    assert write(value) == arabic  # documents call without a language: always Arabic
    assert write(value, language="ar") == arabic
    assert write(value, language="fr") == french


def test_decimals_are_padded_and_rounded_half_up():
    assert formats.number(Decimal("78.5"), 2) == "78,50"
    assert formats.number(2.45, 1) == "2,5"
    assert formats.number(Decimal("2.5")) == "3"


def test_no_invisible_mark_reaches_a_document():
    for month in range(1, 13):
        text = formats.long_date(date(2023, month, 3))
        assert "\u200f" not in text and "\u200e" not in text


def test_the_convention_amount_in_letters_uses_the_same_figures():
    assert amount_with_letters(Decimal("10514.70")).startswith("10.514,70 درهم (فقط ")


def test_short_dates_read_the_same_in_both_languages():
    assert formats.short_date(date(2023, 4, 17)) == "17/04/2023"
