"""The month's attendance day by day, as the signed register has it: one box per working
day of the month per person, for the days the person's assignment covers on the worksite.

The ticked boxes are counted into the same days-worked value the month grid types, and the
attendance dialog saves that value through the attendance service; the days themselves
are not kept (the signed paper register is the record of which days).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from app.domain.attendance import Month, working_days
from app.domain.roles import Permission
from app.services.attendance import Person
from ui.context import AppContext
from ui.i18n import month_year_text, tr
from ui.widgets.permissions import offer

NAME = 0
DAY_WIDTH = 28


class DaysGridDialog(QDialog):
    """`counts` are the days already typed per assignment (None: not yet); a person with N
    days opens with the first N of their working days ticked."""

    def __init__(self, ctx: AppContext, people: list[Person], month: Month,
                 counts: dict[uuid.UUID, int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.before = dict(counts)
        self.days: list[date] = sorted({d for p in people for d in p.possible}) or \
            working_days(month)
        self.total_column = len(self.days) + 1
        self.setWindowTitle(tr("أيام العمل يوما بيوم"))
        self.resize(1100, 600)
        heading = QLabel(tr("{month}: علم على كل يوم عمل فيه المستفيد كما في السجل الموقع؛ "
                            "عدد الأيام المعلمة هو أيام عمله في الشهر.").format(
            month=month_year_text(month.first_day)))
        heading.setWordWrap(True)

        self.table = QTableWidget(len(people), len(self.days) + 2)
        self.table.setHorizontalHeaderLabels(
            [tr("الاسم الكامل"), *(str(d.day) for d in self.days), tr("المجموع")])
        for column, day in enumerate(self.days, start=1):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(day.strftime("%d/%m/%Y"))
        header_view = self.table.horizontalHeader()
        header_view.setMinimumSectionSize(DAY_WIDTH)
        header_view.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.total_column):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, DAY_WIDTH)
        self.table.verticalHeader().setVisible(False)
        editable = ctx.can(Permission.BENEFICIARIES)
        for row, person in enumerate(people):
            self._fill_row(row, person, counts.get(person.assignment_id), editable)
        self.table.resizeColumnToContents(self.total_column)
        self.table.itemChanged.connect(self._changed)

        self.all_button = QPushButton(tr("تعليم كل الأيام الممكنة"))
        self.all_button.clicked.connect(self.tick_all)
        self.ok_button = QPushButton(tr("اعتماد الأيام وحفظها"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        cancel = QPushButton(tr("إلغاء"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_button)
        bottom.addStretch()
        bottom.addWidget(self.ok_button)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        offer(ctx, Permission.BENEFICIARIES, self.all_button, self.ok_button)

    def _fill_row(self, row: int, person: Person, count: int | None, editable: bool) -> None:
        name = QTableWidgetItem(person.name_ar)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, NAME, name)
        ticked = set(person.possible[:count or 0])
        for column, day in enumerate(self.days, start=1):
            item = QTableWidgetItem()
            if day in person.possible:
                flags = Qt.ItemFlag.ItemIsEnabled
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if day in ticked
                                   else Qt.CheckState.Unchecked)
            else:  # before the start or after the end of this person's assignment
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setBackground(self.palette().window())
            self.table.setItem(row, column, item)
        total = QTableWidgetItem(str(len(ticked)))
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, self.total_column, total)

    def box(self, row: int, day: date) -> QTableWidgetItem | None:
        item = self.table.item(row, self.days.index(day) + 1)
        return item if item is not None and item.flags() != Qt.ItemFlag.NoItemFlags else None

    def ticked(self, row: int) -> int:
        return sum(1 for column in range(1, self.total_column)
                   if (item := self.table.item(row, column)) is not None
                   and item.checkState() == Qt.CheckState.Checked)

    def _changed(self, item: QTableWidgetItem) -> None:
        if 1 <= item.column() < self.total_column:
            total = self.table.item(item.row(), self.total_column)
            if total is not None:
                total.setText(str(self.ticked(item.row())))

    def tick_all(self) -> None:
        for row, person in enumerate(self.people):
            for day in person.possible:
                box = self.box(row, day)
                if box is not None:
                    box.setCheckState(Qt.CheckState.Checked)

    def counts(self) -> dict[uuid.UUID, int | None]:
        """Each person's days worked: the ticked boxes (a person not recorded before and
        with no box ticked stays not recorded)."""
        result: dict[uuid.UUID, int | None] = {}
        for row, person in enumerate(self.people):
            ticked = self.ticked(row)
            key = person.assignment_id
            result[key] = None if ticked == 0 and self.before.get(key) is None else ticked
        return result
