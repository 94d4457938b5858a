"""The days worked by a worksite's people in one month, typed from the signed register.

One line per person: the working days the assignment covers in the month, and the days
worked, which feed the CNSS declaration. A blank (—) means not yet recorded. The dialog
takes only a worksite id, so any page can open it.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.attendance import Month, months_between
from app.domain.roles import Permission
from app.domain.text import LRI, PDI, RLM
from app.errors import DomainError, ValidationError
from app.services import attendance, attendance_register
from app.services.attendance import Person
from ui import errors
from ui.context import AppContext
from ui.documents import ask_pdf_path, pdf_file_name, say_saved, write_pdf
from ui.i18n import month_year_text, tr
from ui.tasks import run_op, run_query
from ui.widgets.inputs import ChoiceBox
from ui.widgets.permissions import offer

NAME, CIN, POSSIBLE, DAYS = range(4)
NOT_RECORDED = -1


def default_month(months: list[Month], today: date) -> Month | None:
    """The last month already begun, else the first: the one a secretary types next."""
    started = [m for m in months if m.first_day <= today]
    return started[-1] if started else (months[0] if months else None)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, proposal_id: uuid.UUID,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal_id = proposal_id
        self.people: list[Person] = []
        self.outcome: bool | None = None
        self.days_grid: QDialog | None = None
        self.site = attendance.worksite(ctx.db, proposal_id)
        self.setWindowTitle(tr("سجل الحضور وأيام العمل"))
        self.resize(820, 600)

        heading = QLabel(f"{RLM}{LRI}{self.site.reference}{PDI} — {self.site.title_ar}\n"
                         f"{self.site.partner_name}")
        heading.setWordWrap(True)
        self.month = ChoiceBox()
        months = months_between(self.site.starts_on, self.site.ends_on)
        self.month.set_items([(m, month_year_text(m.first_day)) for m in months])
        chosen = default_month(months, today or date.today())
        if chosen is not None:
            self.month.select(chosen)
        self.month.currentIndexChanged.connect(self.load)
        self.print_button = QPushButton(tr("طباعة السجل..."))
        self.print_button.setToolTip(tr("سجل الحضور اليومي للشهر: سطر لكل مستفيد وخانة لكل "
                                        "يوم عمل، للتوقيع"))
        self.print_button.clicked.connect(self.print_register)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("الشهر:")))
        top.addWidget(self.month)
        top.addStretch()
        top.addWidget(self.print_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("الاسم الكامل"), tr("رقم البطاقة الوطنية"),
                                              tr("أيام العمل الممكنة"), tr("أيام العمل")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.from_register = QCheckBox(tr("نقلت الأيام من السجل الموقع"))
        self.from_register.setChecked(True)
        self.fill_button = QPushButton(tr("ملء كل الأيام الممكنة"))
        self.fill_button.clicked.connect(self.fill_possible)
        self.by_day_button = QPushButton(tr("يوما بيوم..."))
        self.by_day_button.setToolTip(tr("خانة لكل يوم عمل في الشهر لكل مستفيد، كما في السجل "
                                         "الموقع؛ عدد الخانات المعلمة هو أيام العمل"))
        self.by_day_button.clicked.connect(self.open_days_grid)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.summary = QLabel()
        self.save_button = QPushButton(tr("حفظ"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("إغلاق"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.from_register)
        bottom.addWidget(self.fill_button)
        bottom.addWidget(self.by_day_button)
        bottom.addStretch()
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        offer(ctx, Permission.BENEFICIARIES, self.save_button, self.fill_button)
        offer(ctx, Permission.PRINT, self.print_button)
        self.load()

    # -- reading ------------------------------------------------------------------------

    def selected_month(self) -> Month | None:
        value = self.month.value()
        return value if isinstance(value, Month) else None

    def load(self) -> None:
        month = self.selected_month()
        if month is None:
            self.show_people([])
            return
        db, proposal_id = self.ctx.db, self.proposal_id
        run_query(self, lambda: attendance.people(db, proposal_id, month), self.show_people,
                  lambda exc: errors.show_error(self, exc))

    def show_people(self, people: list[Person]) -> None:
        self.people = people
        self.error.hide()
        self.table.setRowCount(len(people))
        editable = self.ctx.can(Permission.BENEFICIARIES)
        for row, person in enumerate(people):
            for column, text in ((NAME, person.name_ar), (CIN, person.cin),
                                 (POSSIBLE, str(len(person.possible)))):
                item = QTableWidgetItem(text)
                if column != NAME:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(NOT_RECORDED, len(person.possible))
            spin.setSpecialValueText("—")
            spin.setValue(NOT_RECORDED if person.days is None else person.days)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setEnabled(editable)
            spin.valueChanged.connect(self.update_summary)
            self.table.setCellWidget(row, DAYS, spin)
        self.table.resizeColumnToContents(CIN)
        self.update_summary()

    def spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, DAYS)
        assert isinstance(widget, QSpinBox)
        return widget

    def typed(self) -> dict[uuid.UUID, int | None]:
        values = {}
        for row, person in enumerate(self.people):
            value = self.spin(row).value()
            values[person.assignment_id] = None if value == NOT_RECORDED else value
        return values

    def update_summary(self) -> None:
        values = self.typed()
        recorded = [v for v in values.values() if v is not None]
        self.summary.setText(tr("المستفيدون: {people} — أيام مسجلة لـ {recorded} — مجموع "
                                "الأيام: {days}").format(people=len(values),
                                                         recorded=len(recorded),
                                                         days=sum(recorded)))

    # -- writing ------------------------------------------------------------------------

    def fill_possible(self) -> None:
        for row, person in enumerate(self.people):
            self.spin(row).setValue(len(person.possible))

    def open_days_grid(self) -> None:
        """Tick the days one by one; their count becomes each person's days, then saved."""
        from ui.dialogs.attendance_days_dialog import DaysGridDialog

        month = self.selected_month()
        if month is None or not self.people:
            return
        grid = DaysGridDialog(self.ctx, self.people, month, self.typed(), self)
        self.days_grid = grid
        grid.accepted.connect(lambda: self.take_days(grid.counts()))
        grid.open()

    def take_days(self, counts: dict[uuid.UUID, int | None]) -> None:
        for row, person in enumerate(self.people):
            value = counts.get(person.assignment_id)
            self.spin(row).setValue(NOT_RECORDED if value is None else value)
        self.save()

    def save(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        db, actor, proposal_id = self.ctx.db, self.ctx.actor, self.proposal_id
        values = self.typed()
        source = "register" if self.from_register.isChecked() else "typed"
        self.error.hide()
        self.save_button.setEnabled(False)
        run_op(self, lambda: attendance.record_days(db, actor, proposal_id, month, values,
                                                    source), self._saved, self._refused)

    def _saved(self, _count: int) -> None:
        self.save_button.setEnabled(True)
        self.outcome = True
        self.load()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.outcome = False
        if isinstance(exc, ValidationError):
            names = {str(p.assignment_id): row for row, p in enumerate(self.people)}
            for error in exc.errors:
                if error.field in names:
                    self.table.selectRow(names[error.field])
            self.error.setText("\n".join(e.message for e in exc.errors))
            self.error.show()
        elif isinstance(exc, DomainError):
            self.error.setText(exc.message)
            self.error.show()
        else:
            errors.show_error(self, exc)

    def print_register(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        path = ask_pdf_path(self, tr("طباعة سجل الحضور"),
                            pdf_file_name(f"{self.site.reference}-{month.key}", "-register"))
        if path is not None:
            self.write_register(month, path)

    def write_register(self, month: Month, path: Path) -> None:
        db, actor, proposal_id = self.ctx.db, self.ctx.actor, self.proposal_id
        write_pdf(self, lambda: attendance_register.register_pdf(db, actor, proposal_id, month),
                  path, say_saved(self, tr("طباعة سجل الحضور")))
