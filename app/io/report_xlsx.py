"""The follow-up report as a workbook: one sheet per table, numbers stored as numbers.

Committees paste these figures into the region's and the ministry's own files, so a count
is an integer cell and an amount a number with two decimals, never text that looks like
one. Sheets read right to left. Written beside its name and renamed once complete.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.io.xlsx import _plain, _sheet_title

Value = str | int | float | Decimal | date | None
BOLD = Font(bold=True)


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Value]]
    note: str = ""


def _cell(ws: Any, value: Value, bold: bool = False) -> Any:
    cell = WriteOnlyCell(ws, value=_plain(value))
    if bold:
        cell.font = BOLD
    elif isinstance(cell.value, Decimal | float):
        cell.number_format = "#,##0.00"
    elif isinstance(cell.value, date):
        cell.number_format = "dd/mm/yyyy"
    return cell


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> int:
    """Write every sheet; returns the number of data rows written.

    Streamed (openpyxl's write-only mode): a province's thousands of late worksites are
    written row by row instead of being held as cell objects first."""
    book = Workbook(write_only=True)
    used: set[str] = set()
    written = 0
    for sheet in sheets:
        title = _sheet_title(sheet.title)
        while title in used:
            title = _sheet_title(f"{title[:28]} {len(used)}")
        used.add(title)
        ws = book.create_sheet(title)
        ws.sheet_view.rightToLeft = True
        for index, header in enumerate(sheet.headers, start=1):
            longest = max([len(str(header)), *(len(str(r[index - 1])) for r in sheet.rows[:200]
                                               if index - 1 < len(r))])
            ws.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 10), 60)
        ws.append([_cell(ws, header, bold=True) for header in sheet.headers])
        for row in sheet.rows:
            ws.append([_cell(ws, v) for v in row])
            written += 1
        if sheet.note:
            ws.append([])
            ws.append([sheet.note])
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    os.replace(partial, path)
    return written
