"""Excel workbooks of one table, right to left, streamed so that long lists stay cheap.

The file is written beside its final name and renamed into place only once complete, so a
crash or a full disk never leaves a half-written workbook under the name the user chose.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import os
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl (with numpy and Pillow, 35 MB) loads on the first write
    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
WIDTH_SAMPLE_ROWS = 500  # column widths are measured on the header and the first rows
MIN_WIDTH, MAX_WIDTH = 8, 60
# Text openpyxl would store as an error value rather than as text (its ERROR_CODES).
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str) -> str:
    """Excel refuses some characters in sheet names and more than 31 characters."""
    cleaned = " ".join(title.translate(_SHEET_TITLE_FORBIDDEN).split()).strip("'")
    return cleaned[:31] or "Sheet1"


# The control characters XML 1.0 forbids (openpyxl refuses them): taken out of the text.
_ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _text(value: str) -> str:
    return _ILLEGAL_CHARACTERS.sub("", value)


def _plain(value: Any) -> Any:
    """A value Excel stores natively: numbers, dates and text (never a formula)."""
    if value is None or isinstance(value, bool | int | float | Decimal | str):
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date | time):
        return value
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return label if isinstance(label, str) else str(value.value)
    return str(value)


def _cell(ws: WriteOnlyWorksheet, value: Any, WriteOnlyCell: Any) -> Cell | Any:  # noqa: N803
    """What to append for `value`: the value itself where openpyxl's own typing keeps it as
    it is (numbers, most text), which lets openpyxl reuse one cell for the row; a cell of
    our own for dates (our format) and for text openpyxl would read as a formula or an
    error code. Half the writing time of a long list went into a cell per value."""
    kind = type(value)
    if kind is int or kind is float or kind is Decimal:
        return value
    if kind is not str:
        value = _plain(value)
    if value is None:
        return None
    if isinstance(value, str):
        value = _text(value)
        if not value.startswith("=") and value not in _ERROR_CODES:
            return value
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # a name starting with "=" must never become a formula
        return cell
    if not isinstance(value, datetime | date | time):
        return value
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    else:
        cell.number_format = TIME_FORMAT
    return cell


def _display_width(value: Any) -> int:
    value = _plain(value)
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, Decimal | float):
        return len(f"{value:,.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_table(path: Path, title: str, headers: list[str],
                rows: Iterable[Sequence[object]]) -> Path:
    """Write `headers` then `rows` to a one-sheet workbook at `path`; returns the path.

    The sheet reads right to left with a bold, frozen, filterable header row. Dates are
    real Excel dates (dd/mm/yyyy), Decimals and ints are numbers, everything else text.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE_ROWS))

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(title))
    ws.sheet_view.rightToLeft = True
    ws.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        widest = max([_display_width(header)]
                     + [_display_width(row[index - 1]) for row in sample if len(row) >= index])
        ws.column_dimensions[get_column_letter(index)].width = \
            min(max(widest + 2, MIN_WIDTH), MAX_WIDTH)

    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=_text(header))
        cell.data_type = "s"
        cell.font, cell.alignment = bold, centred
        header_cells.append(cell)
    ws.append(header_cells)

    count = 0
    for row in itertools.chain(sample, iterator):
        ws.append([_cell(ws, value, WriteOnlyCell) for value in row])
        count += 1
    if headers:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"

    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name beside the target (same disk, so the rename is atomic), created with
    # the user's usual permissions, unlike mkstemp's owner-only ones.
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        wb.save(partial)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return path
