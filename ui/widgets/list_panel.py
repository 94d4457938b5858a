"""Searchable, sortable tables with Add and Edit, reachable from the keyboard.

Enter or a double-click opens the selected row, Ctrl+N adds, Ctrl+F goes to the search box,
Down from the search box goes to the rows (Up from the first row comes back), Ctrl+E exports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import FSI, PDI
from app.services.listing import ListQuery, Page
from ui.errors import MessageService, show_error
from ui.i18n import tr
from ui.models.paged_table import PagedColumn, PagedTableModel
from ui.models.record_table import (
    RECORD_ROLE,
    Column,
    ElideByDirection,
    RecordTableModel,
    SearchProxy,
)
from ui.tasks import Progress, run_task
from ui.widgets.flow_row import FlowRow
from ui.widgets.shortcuts import give_shortcut

Exporter = Callable[[ListQuery, Path, Callable[[int, int], None]], int]


class RecordTableView(QTableView):
    activated_record = Signal(object)
    left_at_top = Signal()  # Up on the first row: back to the search box

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_record.emit(self.currentIndex().data(RECORD_ROLE))
            return
        if event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and self.currentIndex().row() <= 0:
            self.left_at_top.emit()
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Down or Page Down goes on to the rows, as in a browser's address bar."""

    down = Signal()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.down.emit()
            return
        super().keyPressEvent(event)


class TablePanel(QWidget):
    """Search box, filters, Add and Edit, the table and a row count; subclasses give a model."""

    def __init__(self, add_label: str, on_add: Callable[[], None],
                 on_edit: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_add, self._on_edit = on_add, on_edit
        self.filters = QHBoxLayout()
        self.search = SearchBox()
        self.search.setPlaceholderText(tr("بحث (Ctrl+F)"))
        self.search.setToolTip(tr("بحث (Ctrl+F)؛ السهم إلى الأسفل للانتقال إلى اللائحة ثم Enter "
                                  "لفتح السطر"))
        self.search.down.connect(self.focus_rows)
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(add_label)
        self.add_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(tr("تعديل"))
        self.edit_button.setToolTip(tr("Enter أو نقرتان"))
        self.count = QLabel()
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(self.edit_current)

        # Search and filters first, then the actions; on a narrow window they wrap.
        searching = QHBoxLayout()
        # Wide enough to read what is typed when the filters beside it are many (French).
        self.search.setMinimumWidth(150)
        searching.addWidget(self.search, 2)
        searching.addLayout(self.filters)
        self.bar = FlowRow()
        self.bar.add_layout(searching)
        self.bar.addWidget(self.add_button)
        self.bar.addWidget(self.edit_button)

        self.table = RecordTableView()
        self.table.setItemDelegate(ElideByDirection(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring all rows of a national list is slow.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_record.connect(on_edit)
        self.table.left_at_top.connect(self.focus_search)

        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        QShortcut(QKeySequence.StandardKey.New, self, on_add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def enable_export(self, file_stem: str) -> None:
        """An "Excel" button that writes every row matching the list, not just the page."""
        self._file_stem = file_stem
        self.export_button = QPushButton(tr("تصدير Excel"))
        self.export_button.setToolTip(tr("كل السجلات المطابقة للبحث والتصفية، لا الصفحة فقط"))
        self.export_button.clicked.connect(self.export)
        give_shortcut(self.export_button, "Ctrl+E", self)
        self.bar.addWidget(self.export_button)

    def export_job(self) -> Callable[[Path, Callable[[int, int], None]], int]:
        """What to write, fixed when the user asks (subclasses know where their rows are)."""
        raise NotImplementedError

    def export(self) -> None:
        default = Path.home() / f"{self._file_stem}-{date.today():%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, tr("تصدير Excel"), str(default),
                                              tr("مصنف Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Progress:
        """Write the rows off the UI thread with a cancellable progress, then say how many."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        job = self.export_job()
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            messages().info(self, tr("تصدير Excel"), tr(
                "كتب {count} سجلا في الملف:").format(count=count) + f"\n{FSI}{path}{PDI}")

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc)

        return run_task(self, tr("جار التصدير إلى Excel..."),
                        lambda progress: job(path, progress.report), done, failed)

    def _keep_current(self, reset: Callable[[], None]) -> None:
        """Reload without losing the secretary's place: the same record stays selected."""
        index = self.table.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        reset()
        model = self.table.model()
        key = getattr(record, "id", None)
        if record is None or model is None:
            return
        rows = [index.row()] + list(range(min(model.rowCount(), 500)))
        for row in rows:
            candidate = model.index(row, 0)
            if candidate.isValid() and getattr(candidate.data(RECORD_ROLE), "id", None) == key:
                self.table.setCurrentIndex(candidate)
                return

    def fit_columns(self, widest: int = 340) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))

    def focus_rows(self) -> None:
        """Into the table, on the selected row or else the first one."""
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_record(self) -> Any:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def edit_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self._on_edit(record)

    def _open_index(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self._on_edit(record)


class ListPanel(TablePanel):
    """Over a small list held in memory: search and sort happen in a proxy."""

    def __init__(self, columns: list[Column[Any]], add_label: str,
                 on_add: Callable[[], None], on_edit: Callable[[Any], None],
                 parent: QWidget | None = None, newest_first: bool = False) -> None:
        super().__init__(add_label, on_add, on_edit, parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder if newest_first
                                else Qt.SortOrder.AscendingOrder)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)

    def set_records(self, records: list[Any]) -> None:
        self._keep_current(lambda: self.model.set_records(records))
        self.fit_columns()

    def export_job(self) -> Callable[[Path, Callable[[int, int], None]], int]:
        headers, rows = self.model.headers(), [
            self.model.display_row(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())]
        title = self._file_stem

        def write(path: Path, _progress: Callable[[int, int], None]) -> int:
            from app.services import exports  # openpyxl: loaded when a list is exported

            return exports.export_table(path, title, headers, rows)

        return write

    def _update_count(self) -> None:
        self.count.setText(tr("{shown} من {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))


class PagedListPanel(TablePanel):
    """Over a service list paged in SQL: typing searches after a short pause."""

    def __init__(self, columns: list[PagedColumn[Any]], fetch: Callable[[ListQuery], Page[Any]],
                 add_label: str, on_add: Callable[[], None], on_edit: Callable[[Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(add_label, on_add, on_edit, parent)
        self.model: PagedTableModel[Any] = PagedTableModel(columns, fetch, self)
        self._filters: dict[str, Any] = {}
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(250)
        self._pause.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self.apply_search)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # Columns fit the rows on screen, not the page of 200 (Qt's default measures up to
        # 1000 rows): a tenth of the first paint of a national list.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.model.modelReset.connect(self._update_count)
        self.model.reloaded.connect(self._select_kept)
        self._fitted = False
        self._kept: Any = None

    def _update_count(self) -> None:
        self.count.setText(tr("{total} سجلا").format(total=self.model.rowCount()))
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self.fit_columns()

    def enable_paged_export(self, file_stem: str, exporter: Exporter) -> None:
        self._exporter = exporter
        self.enable_export(file_stem)

    def export_job(self) -> Callable[[Path, Callable[[int, int], None]], int]:
        query, exporter = self.model.query, self._exporter
        return lambda path, progress: exporter(query, path, progress)

    def set_filter(self, key: str, value: Any) -> None:
        if value in (None, ""):
            self._filters.pop(key, None)
        else:
            self._filters[key] = value

    def apply_search(self) -> None:
        self._pause.stop()
        self.model.set_query(search=self.search.text(), filters=self._filters)

    def reload(self) -> None:
        """Ask again without losing the secretary's place once the rows arrive."""
        current = self.current_record()
        if current is not None:
            self._kept = current
        self.model.set_query(search=self.search.text(), filters=self._filters)

    def _select_kept(self) -> None:
        kept, self._kept = self._kept, None
        key = getattr(kept, "id", None)
        if key is None:
            return
        for row in range(min(self.model.rowCount(), 500)):
            if getattr(self.model.record(row), "id", None) == key:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return


def messages() -> MessageService:
    from ui import errors  # looked up at call time, so tests can replace the service

    return errors.messages
