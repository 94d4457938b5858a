"""Likely duplicates side by side: the two records' CIN, names in both scripts, birth date,
phone and the list they came from, with the score; a person decides, nothing is merged."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.services import beneficiary_duplicates as dups
from ui.context import AppContext
from ui.i18n import figure, tr
from ui.tasks import run_op, run_task
from ui.widgets.permissions import offer


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairs: list[dups.LikelyDuplicate] = []
        self.setWindowTitle(tr("المكررات المحتملة"))
        self.setMinimumSize(1200, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("جار البحث عن المكررات المحتملة..."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [tr("التشابه")]
        for side in (tr("الأول"), tr("الثاني")):
            headers += [f"{tr('رقم البطاقة')} ({side})", f"{tr('الاسم')} ({side})",
                        f"{tr('الاسم اللاتيني')} ({side})", f"{tr('المصدر')} ({side})"]
        headers.insert(1, tr("تاريخ الازدياد"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.different = QPushButton(tr("شخصان مختلفان (لا تعرض هذا الزوج مجددا)"))
        self.different.clicked.connect(self.dismiss_current)
        close = QPushButton(tr("إغلاق"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.different)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        offer(ctx, Permission.BENEFICIARIES, self.different)
        self.load()

    def load(self) -> None:
        db = self.ctx.db
        run_task(self, tr("جار البحث عن المكررات المحتملة..."),
                 lambda progress: dups.find_duplicates(db, progress=progress.report),
                 self._loaded)

    def _loaded(self, pairs: list[dups.LikelyDuplicate]) -> None:
        self.pairs = pairs
        self.summary.setText(tr("{count} زوجا محتملا: نفس تاريخ الازدياد وأسماء متقاربة. "
                                "قرر لكل زوج؛ لا يدمج أي سجل تلقائيا.").format(
            count=figure(len(pairs))))
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            values = [f"{pair.score:.0f}%", pair.first.birth_date.strftime("%d/%m/%Y")
                      if pair.first.birth_date else ""]
            for person in (pair.first, pair.second):
                values += [person.cin, person.name_ar, person.name_fr, person.source]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def dismiss_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        db, actor = self.ctx.db, self.ctx.actor
        run_op(self, lambda: dups.dismiss_pair(db, actor, pair.first.id, pair.second.id),
               lambda _saved: self.load())
