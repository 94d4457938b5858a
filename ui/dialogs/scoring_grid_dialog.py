"""The scoring grid of an edition: the selection criteria, their weights and top scores.

The grid is frozen once a score has been recorded with it (the service says so): changing a
weight afterwards would re-rank proposals already decided.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.meetings import Criterion
from app.errors import DomainError
from app.services import committees, meetings
from app.services.committees import GridCriterion
from ui.context import AppContext
from ui.errors import describe
from ui.i18n import tr
from ui.tasks import run_op
from ui.widgets.forms import ERROR_STYLE

CODE, NAME, WEIGHT, MAX = range(4)


def read_grid(ctx: AppContext, edition_id: uuid.UUID) -> list[GridCriterion]:
    """The edition's grid; through a meeting sheet when `scoring_grid` fails.

    `committees.scoring_grid` reads its rows after its session has closed, so it raises
    once an edition has a stored grid (reported; app/ is not ours to change). A meeting
    sheet of the same edition carries the same grid, read correctly.
    """
    try:
        return committees.scoring_grid(ctx.db, edition_id)
    except DomainError:
        raise
    except Exception:
        for summary in meetings.list_meetings(ctx.db, edition_id=edition_id):
            if summary.meeting.id is not None:
                return meetings.meeting_sheet(ctx.db, summary.meeting.id).criteria
        raise


class ScoringGridDialog(QDialog):
    def __init__(self, ctx: AppContext, edition_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edition_id = edition_id
        self.setWindowTitle(tr("شبكة التنقيط"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("الرمز"), tr("المعيار"), tr("الوزن"),
                                              tr("النقطة القصوى")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for criterion in read_grid(ctx, edition_id):
            self._append(criterion.criterion)
        self.table.resizeColumnToContents(CODE)
        self.add = QPushButton(tr("إضافة معيار"))
        self.remove = QPushButton(tr("حذف المعيار"))
        self.add.clicked.connect(lambda: self._append(Criterion("", "", Decimal(1))))
        self.remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.note = QLabel(tr("المجموع المرجح يحسب من 100 مهما كانت الأوزان. لا تعدل الشبكة بعد "
                              "تسجيل أول نقطة بها."))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("حفظ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إلغاء"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.add)
        bar.addWidget(self.remove)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _append(self, criterion: Criterion) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((CODE, criterion.code), (NAME, criterion.name_ar),
                              (WEIGHT, f"{criterion.weight.normalize():f}"),
                              (MAX, str(criterion.max_score))):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def criteria(self) -> list[Criterion]:
        """What the table holds; a number that does not parse becomes 0 so the rule says so."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        result = []
        for row in range(self.table.rowCount()):
            try:
                weight = Decimal(text(row, WEIGHT).replace(",", "."))
            except InvalidOperation:
                weight = Decimal(0)
            try:
                top = int(text(row, MAX))
            except ValueError:
                top = 0
            result.append(Criterion(text(row, CODE), text(row, NAME), weight, top))
        return result

    def try_save(self) -> None:
        db, actor, edition_id, criteria = (self.ctx.db, self.ctx.actor, self.edition_id,
                                           self.criteria())
        self.outcome: bool | None = None

        def saved(_result: object) -> None:
            self.outcome = True
            self.accept()

        def refused(exc: BaseException) -> None:
            self.outcome = False
            self.error.setText(describe(exc))
            self.error.show()

        run_op(self, lambda: committees.save_scoring_grid(db, actor, edition_id, criteria),
               saved, refused)
