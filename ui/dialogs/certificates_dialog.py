"""The skills certificates of one worksite: who can get one (and why the others cannot
yet), a folder, the date written, then one PDF each, printed in the background with a
progress bar that can be cancelled."""

from __future__ import annotations

import uuid
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
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

from app.domain.roles import Permission
from app.domain.text import FSI, LRI, PDI, RLM
from app.services import attendance, certificates
from app.services.certificates import CertificatesResult
from ui import errors
from ui.context import AppContext
from ui.i18n import tr
from ui.tasks import Cancelled, Progress, run_task
from ui.widgets.permissions import offer


class CertificatesDialog(QDialog):
    def __init__(self, ctx: AppContext, proposal_id: uuid.UUID,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal_id = proposal_id
        self.result: CertificatesResult | None = None
        site = attendance.worksite(ctx.db, proposal_id)
        self.setWindowTitle(tr("شواهد المهارات المكتسبة"))
        self.resize(820, 560)
        on = today or date.today()
        self.date = QDateEdit(QDate(on.year, on.month, on.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.dateChanged.connect(self.load)
        self.folder = QLineEdit(str(Path.home() / f"certificates-{site.reference}"))
        browse = QPushButton(tr("اختيار..."))
        browse.clicked.connect(self.choose_folder)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("الاسم الكامل"), tr("رقم البطاقة الوطنية"),
                                              tr("الشهادة")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(tr("طباعة الشواهد"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_all)
        close = QPushButton(tr("إغلاق"))
        close.clicked.connect(self.reject)

        heading = QLabel(f"{RLM}{LRI}{site.reference}{PDI} — {site.title_ar}\n"
                         f"{site.partner_name}")
        heading.setWordWrap(True)
        options = QHBoxLayout()
        options.addWidget(QLabel(tr("تاريخ الشهادة:")))
        options.addWidget(self.date)
        options.addWidget(QLabel(tr("المجلد:")))
        options.addWidget(self.folder, 1)
        options.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        offer(ctx, Permission.PRINT, self.print_button)
        self.load()

    def issued_on(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def load(self) -> None:
        """Who gets a certificate on the date chosen (a short read: one worksite)."""
        found = certificates.candidates(self.ctx.db, self.proposal_id, self.issued_on())
        self.table.setRowCount(len(found))
        for row, candidate in enumerate(found):
            verdict = candidate.refused or tr("تطبع")
            for column, text in enumerate((candidate.name, candidate.cin, verdict)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        ready = sum(1 for c in found if not c.refused)
        self.status.setText(tr("شواهد جاهزة للطباعة: {ready} من {total}").format(
            ready=ready, total=len(found)))
        self.print_button.setEnabled(ready > 0 and self.ctx.can(Permission.PRINT))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("مجلد الشواهد"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def print_all(self) -> Progress | None:
        if not self.folder.text().strip():
            return None
        db, actor, proposal_id = self.ctx.db, self.ctx.actor, self.proposal_id
        out, on = Path(self.folder.text().strip()), self.issued_on()
        step = tr("طباعة الشهادة {done} من {total}...")

        def work(progress: Progress) -> CertificatesResult:
            def report(done: int, total: int) -> None:
                with suppress(Cancelled):
                    progress.report(done, total, step.format(done=min(done + 1, total),
                                                             total=total))

            return certificates.print_worksite(db, actor, proposal_id, out, issued_on=on,
                                               progress=report,
                                               cancelled=lambda: progress.cancelled)

        self.print_button.setEnabled(False)
        return run_task(self, tr("جار طباعة الشواهد..."), work, self.printed, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        errors.show_error(self, exc)

    def printed(self, result: CertificatesResult) -> None:
        self.print_button.setEnabled(True)
        self.result = result
        where = f"\n{RLM}{FSI}{self.folder.text().strip()}{PDI}"
        if result.cancelled:
            text = tr("ألغيت الطباعة؛ عدد الشواهد المطبوعة قبل الإلغاء: {count}، في:")
        else:
            text = tr("عدد الشواهد المطبوعة: {count}، في:")
        self.status.setText(text.format(count=result.printed) + where)
        errors.messages.info(self, tr("شواهد المهارات المكتسبة"),
                             text.format(count=result.printed) + where)
