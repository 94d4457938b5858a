"""A read-only table model over a list of service records (dataclasses).

Meant for lists of a few thousand rows at most (editions, quotas, communes); national-scale
lists use SQL-paged models. Sorting uses the raw value in SORT_ROLE, never the display text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate

from app.domain.text import RLM, fold, reads_left_to_right
from ui.language import again

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    numeric: bool = False


class ColumnsTableModel(QAbstractTableModel):
    """What both table models share: titled columns, and how a cell shows its value."""

    def __init__(self, columns: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            # Looked up at each paint: an open table follows a switch of language.
            return again(self._columns[section].title)
        return None

    @staticmethod
    def display_text(column: Any, record: Any) -> str:
        """A cell starting with a Latin word or a digit would be laid out left-to-right,
        so Arabic cells start with a right-to-left mark (numbers and Latin columns do not)."""
        value = column.display(record)
        text = "" if value is None else str(value)
        return text if column.numeric or getattr(column, "latin", False) else RLM + text

    @staticmethod
    def alignment(column: Any) -> int | None:
        return int(Qt.AlignmentFlag.AlignCenter) if column.numeric else None


class RecordTableModel(ColumnsTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def records(self) -> list[T]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [column.title for column in self._columns]

    def display_row(self, row: int) -> list[Any]:
        """The values a row shows, for exports (numbers stay numbers)."""
        record = self._rows[row]
        return [column.display(record) for column in self._columns]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(column, record)
        if role == SORT_ROLE:
            key = column.sort_key or column.display
            return key(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Search over every column, folded as the lists in SQL fold it (`fold`: 'الامل' finds
    «الأمل», 'cooperative' finds «Coopérative»), every word anywhere in the row; sorting
    on raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        shown = " ".join(str(model.index(source_row, column, source_parent).data() or "")
                         for column in range(model.columnCount(source_parent)))
        folded = fold(shown)
        return all(word in folded for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class ElideByDirection(QStyledItemDelegate):
    """A French name in a right-to-left table is cut at its end with the "…" after it, on
    its right, as French is read; Arabic text keeps the table's direction."""

    def initStyleOption(self, option: Any, index: AnyIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and \
                reads_left_to_right(option.text or ""):
            option.direction = Qt.LayoutDirection.LeftToRight
            option.textElideMode = Qt.TextElideMode.ElideRight
            if not option.displayAlignment & Qt.AlignmentFlag.AlignHCenter:
                # Still at the row's start, where the eye looks in an Arabic table.
                option.displayAlignment = (Qt.AlignmentFlag.AlignRight
                                           | Qt.AlignmentFlag.AlignAbsolute
                                           | Qt.AlignmentFlag.AlignVCenter)
