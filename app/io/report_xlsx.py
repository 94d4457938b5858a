"""The follow-up report as a workbook: one sheet per table, numbers stored as numbers.

Committees paste these figures into the region's and the ministry's own files, so a count
is an integer cell and an amount a number with two decimals, never text that looks like
one. Sheets read right to left. Written beside its name and renamed once complete.

Written with XlsxWriter in its constant-memory mode: each row goes to the file as it is
written, with one shared format per kind of cell. A province's workbook has some 16,000
rows (its late worksites and tranches, its bodies); openpyxl's write-only mode, one cell
object each, took 1.4 s CPU for them, XlsxWriter about a third of that.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from app.io.xlsx import _plain, _sheet_title

Value = str | int | float | Decimal | date | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Value]]
    note: str = ""


def _width(sheet: Sheet, index: int) -> int:
    """Wide enough for the header and the first 200 values, between 10 and 60."""
    longest = max([len(str(sheet.headers[index])),
                   *(len(str(r[index])) for r in sheet.rows[:200] if index < len(r))])
    return min(max(longest + 2, 10), 60)


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> int:
    """Write every sheet; returns the number of data rows written."""
    partial = path.with_name(path.name + ".part")
    # Text stays text: a body's name that starts with "=" or looks like a link or a
    # number is written as typed.
    book = xlsxwriter.Workbook(str(partial), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False})
    bold = book.add_format({"bold": True})
    money = book.add_format({"num_format": "#,##0.00"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    used: set[str] = set()
    written = 0
    try:
        for sheet in sheets:
            title = _sheet_title(sheet.title)
            while title in used:
                title = _sheet_title(f"{title[:28]} {len(used)}")
            used.add(title)
            ws = book.add_worksheet(title)
            ws.right_to_left()
            for index in range(len(sheet.headers)):
                ws.set_column(index, index, _width(sheet, index))
            for col, header in enumerate(sheet.headers):
                ws.write_string(0, col, str(header), bold)
            line = 1
            for row in sheet.rows:
                _write_row(ws, line, row, money, day)
                line += 1
                written += 1
            if sheet.note:
                ws.write_string(line + 1, 0, sheet.note)
    finally:
        book.close()
    os.replace(partial, path)
    return written


def _write_row(ws: Any, line: int, row: Sequence[Value], money: Any, day: Any) -> None:
    for col, raw in enumerate(row):
        value = _plain(raw)
        if value is None:
            continue
        if isinstance(value, str):
            ws.write_string(line, col, value)
        elif isinstance(value, bool):
            ws.write_boolean(line, col, value)
        elif isinstance(value, int):
            ws.write_number(line, col, value)
        elif isinstance(value, Decimal | float):
            ws.write_number(line, col, float(value), money)
        elif isinstance(value, datetime | date):
            ws.write_datetime(line, col, value, day)
        else:
            ws.write_string(line, col, str(value))
