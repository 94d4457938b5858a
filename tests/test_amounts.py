"""Amounts in letters: a table of known cases checked against the rules in DOMAIN.md."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain import formats
from app.domain.amounts import (
    CENTIME,
    DIRHAM,
    amount_in_letters,
    amount_with_letters,
    count_in_letters,
)

CASES = [
    (0, "صفر درهم"),
    (1, "درهم واحد"),                 # 1 and 2 follow the noun
    (2, "درهمان"),
    (3, "ثلاثة دراهم"),              # 3-10: feminine number, plural noun
    (10, "عشرة دراهم"),
    (11, "أحد عشر درهما"),            # 11-99: singular accusative
    (12, "اثنا عشر درهما"),
    (21, "واحد وعشرون درهما"),
    (37, "سبعة وثلاثون درهما"),
    (100, "مائة درهم"),               # round hundreds and thousands: singular noun
    (103, "مائة وثلاثة دراهم"),
    (111, "مائة وأحد عشر درهما"),
    (200, "مائتا درهم"),              # the dual loses its ن before the noun
    (250, "مائتان وخمسون درهما"),
    (1000, "ألف درهم"),
    (1001, "ألف وواحد درهم"),
    (2000, "ألفا درهم"),
    (2500, "ألفان وخمسمائة درهم"),
    (3000, "ثلاثة آلاف درهم"),       # 3-10 thousands: آلاف
    (11000, "أحد عشر ألف درهم"),      # 11-99 thousands before the noun: ألف
    (11500, "أحد عشر ألفا وخمسمائة درهم"),
    (101000, "مائة ألف وألف درهم"),  # never "مائة وألف" (1,100)
    (200000, "مائتا ألف درهم"),
    (1_000_000, "مليون درهم"),
    (1_836_000, "مليون وثمانمائة وستة وثلاثون ألف درهم"),
    (2_000_000, "مليونا درهم"),
    (3_000_000, "ثلاثة ملايين درهم"),
]


@pytest.mark.parametrize(("number", "words"), CASES)
def test_whole_dirhams_follow_the_counting_rules(number, words):
    assert count_in_letters(number, DIRHAM) == words


def test_centimes_agree_with_their_own_noun():
    assert count_in_letters(14, CENTIME) == "أربعة عشر سنتيما"
    assert count_in_letters(5, CENTIME) == "خمسة سنتيمات"


@pytest.mark.parametrize(("amount", "figures", "letters"), [
    ("1836000", "1.836.000,00", "فقط مليون وثمانمائة وستة وثلاثون ألف درهم لا غير"),
    ("2857.14", "2.857,14",
     "فقط ألفان وثمانمائة وسبعة وخمسون درهما وأربعة عشر سنتيما لا غير"),
    ("0.50", "0,50", "فقط خمسون سنتيما لا غير"),
    ("1142.875", "1.142,88", "فقط ألف ومائة واثنان وأربعون درهما وثمانية وثمانون سنتيما لا غير"),
    ("91800", "91.800,00", "فقط واحد وتسعون ألفا وثمانمائة درهم لا غير"),
])
def test_amounts_in_figures_and_letters_agree(amount, figures, letters):
    value = Decimal(amount)
    assert formats.amount(value) == figures
    assert amount_in_letters(value) == letters
    assert amount_with_letters(value) == f"{figures} درهم ({letters})"


def test_negative_amounts_are_refused():
    with pytest.raises(ValueError):
        count_in_letters(-1, DIRHAM)


@pytest.mark.parametrize("count, category", [
    (0, "other"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"),
    (99, "many"), (100, "other"), (102, "other"), (103, "few"), (1251, "many"),
    (953, "many"), (1100, "other")])
def test_the_counted_noun_takes_the_form_arabic_gives_after_each_number(count, category):
    from app.domain.text import plural_category

    assert plural_category(count) == category
