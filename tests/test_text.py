"""The bidi marks are named once and stripped the same way for every printed text."""

from __future__ import annotations

from datetime import date

from app.domain.dates import moroccan_date
from app.domain.text import ALM, FSI, LRM, PDI, RLM, strip_marks


def test_strip_marks_removes_the_three_marks_and_keeps_isolates():
    text = f"{RLM}26 ماي 2023{LRM} {ALM}{FSI}C:/x{PDI}"
    assert strip_marks(text) == f"26 ماي 2023 {FSI}C:/x{PDI}"


def test_dates_for_documents_carry_no_marks():
    assert moroccan_date(date(2023, 5, 26)) == "26 ماي 2023"
