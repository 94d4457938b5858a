"""Amendments (ملاحق) to a signed employment-grant agreement: list, draw up, print, sign.

The same way as a convention's amendments: a signed agreement never changes; an amendment
sets the hires, the grant per month or the months of grant anew, is printed with its own
verification mark and signed in turn. Whether an agreement may take one, and within what,
are the services' rules, shown under their fields as they word them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.grant_amendments import GrantTerms
from app.domain.roles import Permission
from app.domain.text import RLM
from app.errors import FieldError, ValidationError
from app.services import grant_agreements, grant_amendments
from app.services.grant_amendments import GrantAmendment
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.documents import ask_pdf_path, pdf_file_name, say_saved, write_pdf
from ui.i18n import amount_text, counted, figure, months_text, tr
from ui.models.record_table import Column, RecordTableModel
from ui.tasks import Progress
from ui.widgets.inputs import date_edit, date_value, months_box, spin_box
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut


def _terms_text(terms: GrantTerms) -> str:
    hires = counted(terms.hires, tr("أجير واحد"), tr("أجيران"), tr("{n} أجراء"),
                    tr("{n} أجيرا"), tr("{n} أجير"))
    return tr("{hires} × {monthly} درهم × {months} = {total} درهم").format(
        hires=hires, monthly=amount_text(terms.monthly_amount),
        months=months_text(terms.grant_months), total=amount_text(terms.total))


def amendment_columns() -> list[Column[GrantAmendment]]:
    return [
        Column(tr("رقم الملحق"), lambda a: a.number, numeric=True),
        Column(tr("السبب"), lambda a: a.reason),
        Column(tr("الأجراء"), lambda a: figure(a.hires), numeric=True),
        Column(tr("المنحة الشهرية"), lambda a: amount_text(a.monthly_amount),
               numeric=True),
        Column(tr("الأشهر"), lambda a: figure(a.grant_months), numeric=True),
        Column(tr("مجموع المنحة"), lambda a: amount_text(a.total_amount), numeric=True),
        Column(tr("الحالة"), lambda a: tr("موقع في {day}").format(
            day=f"{a.signed_on:%d/%m/%Y}") if a.signed_on else tr("غير موقع")),
    ]


class GrantAmendmentDialog(RecordDialog):
    """A new amendment, starting from the agreement's terms as they stand."""

    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, agreement: grant_agreements.Agreement,
                 terms: GrantTerms, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("ملحق جديد لاتفاقية المنحة رقم {number}").format(
            number=agreement.number), parent)
        self.agreement, self.terms = agreement, terms
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("مثال: توسيع نشاط المشغل وحاجته إلى أجيرين إضافيين"))
        self.reason.setFixedHeight(70)
        self.on = date_edit(date.today())
        self.hires = spin_box(0, 100_000, terms.hires)
        self.monthly = QLineEdit(f"{terms.monthly_amount:.2f}")
        self.months = months_box(0, 120, terms.grant_months)
        self.now = QLabel(RLM + _terms_text(terms))
        self.after = QLabel()
        for widget in (self.hires, self.months):
            widget.valueChanged.connect(self._show_total)
        self.monthly.textChanged.connect(self._show_total)
        f = self.form
        f.add_field("current", tr("الشروط السارية"), self.now)
        f.add_field("reason", tr("سبب الملحق"), self.reason)
        f.add_field("on", tr("تاريخ الملحق"), self.on)
        f.add_field("hires", tr("عدد الأجراء"), self.hires)
        f.add_field("monthly_amount", tr("المنحة عن كل أجير وعن كل شهر (درهم)"), self.monthly)
        f.add_field("grant_months", tr("مدة المنحة"), self.months)
        f.add_field("after", tr("بعد الملحق"), self.after)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("حفظ الملحق"))
        self._show_total()

    def _monthly(self) -> Decimal | None:
        try:
            return Decimal(self.monthly.text().strip().replace(" ", "").replace(",", "."))
        except InvalidOperation:
            return None

    def _show_total(self) -> None:
        monthly = self._monthly()
        self.after.setText(RLM + _terms_text(GrantTerms(
            self.hires.value(), monthly, self.months.value())) if monthly is not None else "")

    def submit(self) -> Callable[[], GrantAmendment]:
        db, actor, agreement_id = self.ctx.db, self.ctx.actor, self.agreement.id
        reason, on, monthly = self.reason.toPlainText(), date_value(self.on), self._monthly()
        hires, months = self.hires.value(), self.months.value()

        def draw_up() -> GrantAmendment:
            if monthly is None:
                raise ValidationError(FieldError("monthly_amount",
                                                 tr("المنحة الشهرية: أدخل مبلغا بالأرقام.")))
            return grant_amendments.draw_up(db, actor, agreement_id, reason,
                                            GrantTerms(hires, monthly, months), on)

        return draw_up


class GrantAmendmentSignDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, amendment: GrantAmendment, place: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تسجيل توقيع الملحق رقم {number}").format(
            number=amendment.number), parent)
        self.amendment = amendment
        self.signed_on = date_edit(date.today())
        self.place = QLineEdit(place)
        note = QLabel(tr("بعد التوقيع يقفل الملحق وتصبح شروطه شروط الاتفاقية: جداول المنحة "
                         "والمجاميع تتبعها."))
        note.setWordWrap(True)
        self.setMinimumWidth(680)  # the note on one line: a wrapped one is cut when it opens
        self.form.add_field("signed_on", tr("تاريخ التوقيع"), self.signed_on)
        self.form.add_field("signed_place", tr("مكان التوقيع"), self.place)
        self.form.add_field("note", "", note)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("تسجيل التوقيع"))

    def submit(self) -> Callable[[], GrantAmendment]:
        db, actor, amendment_id = self.ctx.db, self.ctx.actor, self.amendment.id
        signed_on, place = date_value(self.signed_on), self.place.text()
        return lambda: grant_amendments.sign(db, actor, amendment_id, signed_on, place)


class GrantAmendmentsDialog(QDialog):
    """The amendments of one agreement, oldest first, and what can be done with each."""

    def __init__(self, ctx: AppContext, agreement: grant_agreements.Agreement,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agreement = ctx, agreement
        self.setWindowTitle(tr("ملاحق اتفاقية المنحة رقم {number}").format(
            number=agreement.number))
        self.setMinimumSize(900, 420)
        heading = QLabel(RLM + tr("الاتفاقية رقم {number} مع {employer}").format(
            number=agreement.number, employer=agreement.employer_name_ar))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.terms = QLabel()
        self.model: RecordTableModel[GrantAmendment] = RecordTableModel(
            amendment_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.empty = QLabel(tr("لا ملاحق لهذه الاتفاقية."))
        self.new_button = QPushButton(tr("ملحق جديد..."))
        self.print_button = QPushButton(tr("طباعة الملحق..."))
        self.sign_button = QPushButton(tr("تسجيل توقيع الملحق..."))
        close = QPushButton(tr("إغلاق"))
        self.new_button.clicked.connect(self.new_amendment)
        self.print_button.clicked.connect(self.print_current)
        self.sign_button.clicked.connect(self.sign_current)
        close.clicked.connect(self.reject)
        for button, keys in ((self.new_button, "Ctrl+N"), (self.print_button, "Ctrl+P"),
                             (self.sign_button, "Ctrl+G")):
            give_shortcut(button, keys, self)
        offer(ctx, Permission.CONVENTIONS, self.new_button, self.sign_button)
        offer(ctx, Permission.PRINT, self.print_button)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.print_button, self.sign_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.terms)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        current = self.current()
        wanted = select or (current.id if current else None)
        records = grant_amendments.list_amendments(self.ctx.db, self.agreement.id)
        self.model.set_records(records)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = [row for row, a in enumerate(records) if a.id == wanted] or \
            ([len(records) - 1] if records else [])
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
        self.empty.setVisible(not records)
        self.terms.setText(RLM + tr("الشروط السارية: ") + _terms_text(
            grant_amendments.current_terms(self.ctx.db, self.agreement.id)))
        self._enable()

    def _enable(self) -> None:
        current = self.current()
        self.print_button.setEnabled(current is not None and self.ctx.can(Permission.PRINT))
        self.sign_button.setEnabled(current is not None and not current.locked
                                    and self.ctx.can(Permission.CONVENTIONS))

    def current(self) -> GrantAmendment | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def new_amendment_dialog(self) -> GrantAmendmentDialog:
        return GrantAmendmentDialog(self.ctx, self.agreement, grant_amendments.current_terms(
            self.ctx.db, self.agreement.id), self)

    def new_amendment(self) -> None:
        dialog = self.new_amendment_dialog()
        if dialog.exec():
            self.refresh(select=dialog.saved.id)

    def print_current(self) -> Progress | None:
        current = self.current()
        if current is None:
            return None
        path = ask_pdf_path(self, tr("طباعة الملحق"), pdf_file_name(current.reference))
        return self.print_to(current, path) if path is not None else None

    def print_to(self, amendment: GrantAmendment, path: Path) -> Progress:
        db, actor, amendment_id = self.ctx.db, self.ctx.actor, amendment.id
        return write_pdf(self, lambda: grant_amendments.amendment_pdf(
            db, actor, amendment_id), path, say_saved(self, tr("طباعة الملحق")))

    def sign_dialog(self, amendment: GrantAmendment) -> GrantAmendmentSignDialog:
        return GrantAmendmentSignDialog(self.ctx, amendment, self.agreement.signed_place, self)

    def sign_current(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = self.sign_dialog(current)
        if dialog.exec():
            self.refresh()
