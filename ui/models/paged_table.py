"""A table model over a paged service list: only the rows on screen are ever loaded.

The view gets the true row count (so the scrollbar is honest) and rows are fetched in
windows of PAGE_SIZE as they are painted; sorting and searching go back to the service,
which does them in SQL. This keeps hundreds of thousands of rows as fast as a hundred.

Nothing here runs SQL on the GUI thread: the count and the first window of a new search,
sort or filter, and any window scrolled to, are asked of the reader thread. A window not
yet cached shows empty until it arrives (a few milliseconds); a new search keeps the old
rows on screen until its own arrive, then resets the view at once, so a slow free-text
search never freezes typing. `reloaded` tells the panel (count, selection) when it did.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from shiboken6 import isValid

from app.services.listing import ListQuery, Page
from ui.models.record_table import RECORD_ROLE, ColumnsTableModel
from ui.tasks import run_query

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
    reloaded = Signal()

    def __init__(self, columns: Sequence[PagedColumn[T]],
                 fetch: Callable[[ListQuery], Page[T]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._query = ListQuery(limit=PAGE_SIZE)
        self._pages: dict[int, list[T]] = {}
        self._loading: set[int] = set()
        self._generation = 0  # bumped by each reload: windows asked before it are dropped
        self._total = 0
        self._reloading = False

    @property
    def reloading(self) -> bool:
        return self._reloading

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
        """Ask again (after a change, a sort, a new filter); the view resets on arrival.

        A reload asked while another is on its way wins: the earlier answer is dropped.
        """
        self._generation += 1
        self._reloading = True
        self._loading.clear()
        fetch, query, generation = self._fetch, replace(self._query, offset=0), self._generation
        run_query(None, lambda: fetch(query),
                  lambda first: self._first_arrived(generation, first),
                  lambda exc: self._failed(generation, exc), quiet=True)

    def _first_arrived(self, generation: int, first: Page[T]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.beginResetModel()
        self._pages.clear()
        self._total = first.total
        self._pages[0] = first.rows
        self._reloading = False
        self.endResetModel()
        self.reloaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._reloading = False
        from ui.errors import show_error

        show_error(None, exc)

    def record(self, row: int) -> T | None:
        """The record at `row`, or None while its window is on its way."""
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        return rows[offset] if offset < len(rows) else None

    @property
    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _request(self, page: int) -> None:
        if page in self._loading or self._reloading:
            return
        self._loading.add(page)
        # The count came with the first window: a search matching 50,000 rows is not
        # counted again for every window scrolled to.
        fetch, query = self._fetch, replace(self._query, offset=page * PAGE_SIZE,
                                            known_total=self._total)
        generation = self._generation
        run_query(None, lambda: fetch(query).rows,
                  lambda rows: self._arrived(generation, page, rows),
                  lambda _exc: self._loading.discard(page), quiet=True)

    def _arrived(self, generation: int, page: int, rows: list[T]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading.discard(page)
        while len(self._pages) >= MAX_CACHED_PAGES:
            self._pages.pop(next(iter(self._pages)))  # the window fetched longest ago
        self._pages[page] = rows
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, self.columnCount() - 1))

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
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query == self._query:
            return  # the view restating the order it has (as it does when it is built)
        self._query = query
        self.reload()
