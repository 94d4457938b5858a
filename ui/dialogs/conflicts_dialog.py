"""Records changed here and in another database since their last exchange.

Nothing was overwritten: for each field that differs the person sees the common base,
our value and theirs, and chooses; the proposal is theirs only where they alone changed
the field. The choice is saved here as a change, which travels with the next package.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.audit_labels import entity_label, field_label
from app.domain.roles import Permission
from app.services import exchange
from app.services.exchange import Conflict
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.tasks import Progress, run_op
from ui.widgets.permissions import offer

OURS, THEIRS = "ours", "theirs"


def shown(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(tr("تعارضات الحزم"))
        self.resize(1100, 560)
        self.list = QListWidget()
        self.list.setMaximumWidth(320)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("الحقل"), tr("الأصل المشترك"), tr("نسختنا"),
                                              tr("نسختهم"), tr("يحتفظ بـ")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.save_button = QPushButton(tr("اعتماد الاختيار"))
        self.save_button.clicked.connect(self.resolve_current)
        offer(ctx, Permission.EXCHANGE, self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addWidget(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.conflicts = exchange.list_conflicts(self.ctx.db)
        self.list.clear()
        for conflict in self.conflicts:
            name = exchange.describe_record(self.ctx.db, conflict.table, conflict.key)
            self.list.addItem(f"{entity_label(conflict.table)}: {name}")
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.table.setRowCount(0)
        self.save_button.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.setText(tr("لا تعارض ينتظر قرارا."))
            return
        self.heading.setText(tr("غير هذا السجل هنا وفي قاعدة بيانات {peer} منذ آخر تبادل. "
                                "اختر لكل حقل النسخة التي تبقى.")
                             .format(peer=conflict.peer_label))
        for choice in conflict.differing:
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, value in enumerate((field_label(choice.name), shown(choice.base),
                                            shown(choice.ours), shown(choice.theirs))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(at, column, item)
            side = QComboBox()
            side.addItem(tr("نسختنا"), OURS)
            side.addItem(tr("نسختهم"), THEIRS)
            side.setCurrentIndex(1 if choice.proposed == THEIRS else 0)
            side.setProperty("field", choice.name)
            self.table.setCellWidget(at, 4, side)

    def sides(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 4)
            assert isinstance(box, QComboBox)
            chosen[str(box.property("field"))] = str(box.currentData())
        return chosen

    def choose(self, field: str, side: str) -> None:
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 4)
            if isinstance(box, QComboBox) and box.property("field") == field:
                box.setCurrentIndex(box.findData(side))

    def resolve_current(self) -> Progress | None:
        conflict = self.current()
        if conflict is None:
            return None
        db, actor, sides = self.ctx.db, self.ctx.actor, self.sides()
        return run_op(self, lambda: exchange.resolve_conflict(
            db, actor, conflict.id, sides, conflict.row_version),
            lambda _saved: self.reload(), lambda exc: show_error(self, exc))
