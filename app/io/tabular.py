"""Lists from outside, as one header row and rows of cells: .xlsx, .xls, .ods and .csv.

Workbooks are read with python-calamine (Rust; about ten times faster than openpyxl on a
national list). CSV files from Windows come as UTF-8 with a BOM or as Windows-1256 (Arabic
Windows); the encoding is found by trying UTF-8 strictly first, since a cp1256 file is
almost never valid UTF-8. Excel dates may arrive as serial numbers (days since 1899-12-30).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

from app.errors import DomainError
from app.language import tr

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers that can be a birth or worksite date (1900-01-01 .. 2100-12-31).
_SERIALS = (2, 73415)
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")


class UnreadableFile(DomainError):
    pass


@dataclass
class Table:
    """What a file holds: its header row and its other rows, blank ones skipped but counted.

    `lines` gives each row's line number in the file; `rows` iterates over (line, cells)
    (the wizard's preview); the import reads whole columns (`columns`).
    """

    headers: list[str]
    lines: list[int]
    body: list[list[object]]
    encoding: str = ""
    skipped_blank: list[int] = field(default_factory=list)
    rows: Iterator[tuple[int, list[object]]] = field(init=False)

    def __post_init__(self) -> None:
        self.rows = zip(self.lines, self.body, strict=True)

    @property
    def total(self) -> int:
        return len(self.body)

    def columns(self, width: int) -> list[tuple[object, ...]]:
        """The first `width` columns, each as one tuple over the rows (short rows padded
        with None): transposed in C, where a loop over 250,000 rows per column is not."""
        for cells in self.body:
            if len(cells) < width:
                cells.extend([None] * (width - len(cells)))
        if not self.body:
            return [() for _ in range(width)]
        return list(zip(*self.body, strict=False))[:width]


def _blank(cells: list[object]) -> bool:
    try:  # text cells (every CSV cell, most workbook cells): one join
        return not "".join(cells).strip()  # type: ignore[arg-type]
    except TypeError:
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1256", errors="replace"), "cp1256"


def _csv(path: Path) -> Table:
    text, encoding = _decode(path.read_bytes())
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return _table(list(csv.reader(io.StringIO(text), dialect)), encoding)  # type: ignore[arg-type]


def _workbook(path: Path) -> Table:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        lines: list[list[object]] = cast(list[list[object]],
                                         sheet.to_python(skip_empty_area=False))
    except Exception as exc:  # calamine raises its own types for damaged files
        raise UnreadableFile(tr("تعذرت قراءة الملف {path.name}: ليس مصنفا صالحا ({exc}).")
                                .format(path=path, exc=exc)) from exc
    # calamine's rows are fresh lists already: copying 250,000 of them costs half a second.
    return _table(lines if all(type(line) is list for line in lines)
                  else [list(line) for line in lines], "xlsx")


def _table(lines: list[list[object]], encoding: str) -> Table:
    start = 0
    while start < len(lines) and _blank(lines[start]):
        start += 1
    if start == len(lines):
        raise UnreadableFile(tr("الملف فارغ: لا يحتوي على سطر العناوين."))
    headers = [str(c).strip() if c is not None else "" for c in lines[start]]
    blank: list[int] = []
    numbers: list[int] = []
    body: list[list[object]] = []
    for number, line in enumerate(lines[start + 1:], start=start + 2):
        if _blank(line):
            blank.append(number)
        else:
            numbers.append(number)
            body.append(line)
    return Table(headers, numbers, body, encoding, blank)


def read_table(path: Path) -> Table:
    """The first sheet of a workbook, or a CSV file, as headers and rows."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(tr("الملف غير موجود: {path}").format(path=path))
    if path.suffix.lower() in WORKBOOKS:
        return _workbook(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return _csv(path)
    raise UnreadableFile(tr("نوع الملف {path.name} غير مدعوم: استعمل ملف Excel (.xlsx) أو CSV.")
                            .format(path=path))


def as_text(value: object) -> str:
    """A cell as text: whole numbers without '.0' (Excel stores 0612345678 as 612345678.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def _quick_date(text: str) -> date | None:
    """dd/mm/yyyy and yyyy-mm-dd without strptime, which is slow at 250,000 rows."""
    parts = text.split("/") if "/" in text else text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    try:
        if len(parts[2]) == 4:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        if len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def as_date(value: object) -> date | None:
    """A cell as a date: a real date, an Excel serial number, or text in the usual forms.

    Raises ValueError when the cell holds something that is not a date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip()
        if text.replace(".", "", 1).isdigit() and len(text) <= 7:
            number = float(text)
        else:
            text = text.split(" ")[0].split("T")[0]
            quick = _quick_date(text)
            if quick is not None:
                return quick
            for fmt in _DATE_FORMATS:
                try:
                    return datetime.strptime(text, fmt).date()
                except ValueError:
                    continue
            raise ValueError(text)
    if number is not None and _SERIALS[0] <= number <= _SERIALS[1]:
        return EXCEL_EPOCH + timedelta(days=int(number))
    raise ValueError(str(value))
