"""The bidi marks are named once and stripped the same way for every printed text; search
folds the spellings of one word to one."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import formats
from app.domain.text import ALM, FSI, LRM, PDI, RLM, fold, strip_marks


def test_strip_marks_removes_the_three_marks_and_keeps_isolates():
    text = f"{RLM}26 ماي 2023{LRM} {ALM}{FSI}C:/x{PDI}"
    assert strip_marks(text) == f"26 ماي 2023 {FSI}C:/x{PDI}"


def test_dates_for_documents_carry_no_marks():
    assert formats.long_date(date(2023, 5, 26)) == "26 ماي 2023"


@pytest.mark.parametrize(("typed", "folded"), [
    ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمنة", "امنه"), ("ٱلله", "الله"),
    ("مستشفى", "مستشفي"), ("مدرسة", "مدرسه"), ("مؤسسة", "موسسه"), ("رئيس", "رييس"),
    ("مُحَمَّد", "محمد"), ("الرَّحْمٰن", "الرحمن"), ("الـــأمل", "الامل"),
    ("٢٠٢٣", "2023"), ("۱۴۰۲", "1402"), ("Coopérative", "cooperative"), ("ÉTÉ", "ete"),
    (f"{RLM}جمعية{LRM} {ALM}الأمل", "جمعيه الامل"), (f"{FSI}C:/x{PDI}", "c:/x"),
    ("  جمعية \t  الأمل\n", "جمعيه الامل"), ("ﻷمل", "لامل"), ("B-000123", "b-000123"),
    ("", ""),
])
def test_fold_makes_spellings_of_one_word_equal(typed, folded):
    assert fold(typed) == folded


def test_fold_is_idempotent():
    text = "جمعية الأمل للتنمية Coopérative ٢٠٢٣"
    assert fold(fold(text)) == fold(text)
