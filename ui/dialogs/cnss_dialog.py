"""A body's CNSS declaration for a month: choose the body, the month and a folder; the
Damancom file, the .xlsx and the .csv are written there, and every missing value is
listed (the Damancom file waits until the list is empty)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.attendance import Month
from app.domain.text import FSI, PDI, RLM
from app.services import cnss, partners
from app.services.cnss import Result
from ui import errors
from ui.context import AppContext
from ui.i18n import month_year_text, tr
from ui.tasks import Progress, run_task
from ui.widgets.inputs import ChoiceBox


def recent_months(today: date, count: int = 24) -> list[Month]:
    """This month and the ones before it, newest first."""
    months, current = [], Month.of(today)
    for _ in range(count):
        months.append(current)
        current = (Month(current.year - 1, 12) if current.month == 1
                   else Month(current.year, current.month - 1))
    return months


class CnssDialog(QDialog):
    def __init__(self, ctx: AppContext, partner_id: uuid.UUID | None = None,
                 month: Month | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Result | None = None
        self.setWindowTitle(tr("التصريح لدى الصندوق الوطني للضمان الاجتماعي"))
        self.resize(860, 560)
        bodies = cnss.bodies_with_people(ctx.db)
        if partner_id is not None and partner_id not in dict(bodies):
            bodies.insert(0, (partner_id, partners.get_partner(ctx.db, partner_id).name_ar))
        self.body = ChoiceBox(bodies, partner_id, searchable=True)
        months = recent_months(today or date.today())
        if month is not None and month not in months:
            months.append(month)
        self.month = ChoiceBox([(m, month_year_text(m.first_day)) for m in months],
                               month or (months[1] if len(months) > 1 else None))
        self.folder = QLineEdit(str(Path.home()))
        browse = QPushButton(tr("اختيار..."))
        browse.clicked.connect(self.choose_folder)
        self.transfer = QLineEdit()
        self.transfer.setPlaceholderText(tr("رقم التحويل الوارد في لائحة CNSS (اختياري)"))

        grid = QVBoxLayout()
        for text, widget in ((tr("الهيئة:"), self.body), (tr("الشهر:"), self.month)):
            row = QHBoxLayout()
            row.addWidget(QLabel(text))
            row.addWidget(widget, 1)
            grid.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("المجلد:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        grid.addLayout(row)
        grid.addWidget(self.transfer)

        self.status = QLabel(tr("تكتب في المجلد ثلاثة ملفات: ملف ضمان كم، ونفس اللائحة "
                                "بصيغة Excel وCSV."))
        self.status.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([tr("المعني"), tr("المعطى"), tr("المشكل")])
        self.problems.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.problems.hide()
        self.run_button = QPushButton(tr("إعداد التصريح"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.declare)
        close = QPushButton(tr("إغلاق"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("مجلد ملفات التصريح"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def declare(self) -> Progress | None:
        body, month = self.body.value(), self.month.value()
        if body is None or month is None or not self.folder.text().strip():
            self.status.setText(tr("اختر الهيئة والشهر والمجلد."))
            return None
        db, out, transfer = self.ctx.db, Path(self.folder.text().strip()), self.transfer.text()
        self.run_button.setEnabled(False)
        return run_task(self, tr("جار إعداد التصريح..."),
                        lambda _progress: cnss.export(db, body, month, out,
                                                      transfer=transfer.strip()),
                        self.show_result, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        errors.show_error(self, exc)

    def show_result(self, result: Result) -> None:
        self.run_button.setEnabled(True)
        self.result = result
        files = "".join(f"\n{RLM}{FSI}{path}{PDI}" for path in result.files)
        if result.problems:
            text = tr("لم يكتب ملف ضمان كم: عدد المعطيات الناقصة أو الخاطئة {count}، مفصلة أدناه. "
                      "كتبت لائحتا Excel وCSV مع عمود «ما ينقص»:").format(
                count=len(result.problems))
        else:
            text = tr("كتب التصريح: عدد المستفيدين {people}، مجموع أيام العمل {days}:").format(
                people=len(result.lines), days=result.total_days)
        self.status.setText(text + files)
        self.problems.setVisible(bool(result.problems))
        self.problems.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            for column, value in enumerate((problem.who, problem.what, problem.message)):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
