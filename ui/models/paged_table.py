"""A table model over a paged service list: only the rows on screen are ever loaded.

The view gets the true row count (so the scrollbar is honest) and rows are fetched in
windows of PAGE_SIZE as they are painted; sorting and searching go back to the service,
which does them in SQL. This keeps hundreds of thousands of rows as fast as a hundred.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.services.listing import ListQuery, Page
from ui.models.record_table import RECORD_ROLE, ColumnsTableModel

T = TypeVar("T")
PAGE_SIZE = 200
MAX_CACHED_PAGES = 20
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PagedColumn(Generic[T]):
    title: str
    display: Callable[[T], Any]
    sort_key: str = ""
    numeric: bool = False
    latin: bool = False  # French names: laid out left-to-right, cut on the right if long


class PagedTableModel(ColumnsTableModel, Generic[T]):
    def __init__(self, columns: Sequence[PagedColumn[T]],
                 fetch: Callable[[ListQuery], Page[T]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._query = ListQuery(limit=PAGE_SIZE)
        self._pages: dict[int, list[T]] = {}
        self._total = 0

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, search: str | None = None, filters: Mapping[str, Any] | None = None
                  ) -> None:
        changes: dict[str, Any] = {}
        if search is not None:
            changes["search"] = search
        if filters is not None:
            changes["filters"] = dict(filters)
        self._query = replace(self._query, **changes)
        self.reload()

    def reload(self) -> None:
        """Drop the cache and ask again (after a change, a sort, a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        first = self._fetch(replace(self._query, offset=0))
        self._total = first.total
        self._pages[0] = first.rows
        self.endResetModel()

    def record(self, row: int) -> T | None:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            rows = self._fetch(replace(self._query, offset=page * PAGE_SIZE)).rows
            self._pages[page] = rows
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._total):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            record = self.record(index.row())
            return None if record is None else self.display_text(column, record)
        if role == RECORD_ROLE:
            return self.record(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else ""
        self._query = replace(self._query, sort=key,
                              descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()
