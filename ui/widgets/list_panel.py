"""A searchable, sortable table with Add and Edit, reachable from the keyboard.

Enter or a double-click opens the selected row, Ctrl+N adds, Ctrl+F goes to the search box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel, SearchProxy


class RecordTableView(QTableView):
    activated_record = Signal(object)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_record.emit(self.currentIndex().data(RECORD_ROLE))
            return
        super().keyPressEvent(event)


class ListPanel(QWidget):
    def __init__(self, columns: list[Column[Any]], add_label: str,
                 on_add: Callable[[], None], on_edit: Callable[[Any], None],
                 parent: QWidget | None = None, newest_first: bool = False) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self._on_add, self._on_edit = on_add, on_edit

        self.filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("بحث (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(add_label)
        self.add_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(tr("تعديل"))
        self.edit_button.setToolTip(tr("Enter أو نقرتان"))
        self.count = QLabel()
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(self.edit_current)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addLayout(self.filters)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)

        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder if newest_first
                                else Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_record.connect(on_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        QShortcut(QKeySequence.StandardKey.New, self, on_add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def set_records(self, records: list[Any]) -> None:
        self.model.set_records(records)
        self.table.resizeColumnsToContents()

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
        self._on_edit(index.data(RECORD_ROLE))

    def _update_count(self) -> None:
        self.count.setText(tr("{shown} من {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))
