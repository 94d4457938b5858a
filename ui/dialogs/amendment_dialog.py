"""Amendments (ملاحق) to a signed convention: list, write, print, sign.

A signed convention never changes; what the parties agree later is a numbered amendment
that rewrites some articles, is printed with its own verification code and is signed in
turn. Whether a convention may take an amendment (it must be signed) is the services'
rule, shown as they word it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.conventions import ArticleChange
from app.domain.roles import Permission
from app.domain.text import RLM
from app.services import conventions
from app.services.conventions import AmendmentSummary
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.documents import ask_pdf_path, pdf_file_name, say_saved, write_pdf
from ui.i18n import tr
from ui.models.record_table import Column, RecordTableModel
from ui.tasks import Progress
from ui.widgets.inputs import date_edit, date_value


def amendment_columns() -> list[Column[AmendmentSummary]]:
    return [
        Column(tr("رقم الملحق"), lambda a: a.number, numeric=True),
        Column(tr("السبب"), lambda a: a.reason),
        Column(tr("تاريخ التوقيع"), lambda a: a.signed_on.strftime("%d/%m/%Y")
               if a.signed_on else "", numeric=True),
        Column(tr("الحالة"), lambda a: tr("موقع") if a.locked else tr("غير موقع")),
    ]


class ArticleEditor(QGroupBox):
    """One article as the amendment rewrites it: its title and its new text."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("التعديل {number}").format(number=number), parent)
        self.article_title = QLineEdit()
        self.article_title.setPlaceholderText(tr("مثال: المادة السابعة: التمويل وكيفية الأداء"))
        self.new_text = QPlainTextEdit()
        self.new_text.setPlaceholderText(tr("النص الجديد للمادة كما سيطبع"))
        self.new_text.setMinimumHeight(110)
        self.remove_button = QPushButton(tr("حذف هذا التعديل"))
        column = QVBoxLayout(self)
        column.addWidget(QLabel(tr("عنوان المادة")))
        column.addWidget(self.article_title)
        column.addWidget(QLabel(tr("النص الجديد")))
        column.addWidget(self.new_text)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.remove_button)
        column.addLayout(row)

    def is_empty(self) -> bool:
        return not self.article_title.text().strip() and not self.new_text.toPlainText().strip()

    def change(self) -> ArticleChange:
        return ArticleChange(self.article_title.text().strip(),
                             self.new_text.toPlainText().strip())


class NewAmendmentDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, convention_id: uuid.UUID, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("ملحق جديد للاتفاقية رقم {number}").format(number=number),
                         parent)
        self.convention_id = convention_id
        self.setMinimumWidth(720)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("مثال: تأخر تحويل الشطر الأول"))
        self.reason.setFixedHeight(70)
        self.on = date_edit()
        self.on.setDate(self.on.date().currentDate())
        self.articles: list[ArticleEditor] = []
        holder = QWidget()
        self.articles_layout = QVBoxLayout(holder)
        self.articles_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(330)
        self.add_button = QPushButton(tr("إضافة مادة معدلة"))
        self.add_button.clicked.connect(lambda: self.add_article())
        changes = QWidget()
        column = QVBoxLayout(changes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        column.addLayout(row)
        self.form.add_field("reason", tr("سبب الملحق"), self.reason)
        self.form.add_field("on", tr("تاريخ الملحق"), self.on)
        self.form.add_field("changes", tr("المواد المعدلة"), changes)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("حفظ الملحق"))
        self.add_article()

    def add_article(self) -> ArticleEditor:
        editor = ArticleEditor(len(self.articles) + 1)
        editor.remove_button.clicked.connect(lambda: self.remove_article(editor))
        self.articles.append(editor)
        self.articles_layout.insertWidget(self.articles_layout.count() - 1, editor)
        editor.article_title.setFocus()
        return editor

    def remove_article(self, editor: ArticleEditor) -> None:
        self.articles.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        for number, other in enumerate(self.articles, start=1):
            other.setTitle(tr("التعديل {number}").format(number=number))

    def changes(self) -> list[ArticleChange]:
        """Boxes left wholly empty are dropped; a half-filled one goes to the rules."""
        return [editor.change() for editor in self.articles if not editor.is_empty()]

    def submit(self) -> Callable[[], uuid.UUID]:
        db, actor, convention_id = self.ctx.db, self.ctx.actor, self.convention_id
        reason, changes, on = self.reason.toPlainText(), self.changes(), date_value(self.on)
        return lambda: conventions.create_amendment(db, actor, convention_id, reason,
                                                    changes, on)


class AmendmentSignDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, amendment: AmendmentSummary, place: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تسجيل توقيع الملحق رقم {number}").format(
            number=amendment.number), parent)
        self.amendment = amendment
        self.signed_on = date_edit()
        self.signed_on.setDate(self.signed_on.date().currentDate())
        self.place = QLineEdit(place)
        self.form.add_field("signed_on", tr("تاريخ التوقيع"), self.signed_on)
        self.form.add_field("signed_place", tr("مكان التوقيع"), self.place)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("تسجيل التوقيع"))

    def submit(self) -> Callable[[], uuid.UUID]:
        db, actor, amendment_id = self.ctx.db, self.ctx.actor, self.amendment.id
        signed_on, place = date_value(self.signed_on), self.place.text()

        def sign() -> uuid.UUID:
            conventions.sign_amendment(db, actor, amendment_id, signed_on, place)
            return amendment_id

        return sign


class AmendmentsDialog(QDialog):
    """The amendments of one convention, newest last, and what can be done with each."""

    def __init__(self, ctx: AppContext, convention_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.convention_id = convention_id
        self.content = conventions.get_content(ctx.db, convention_id)
        self.setWindowTitle(tr("ملاحق الاتفاقية رقم {number}").format(
            number=self.content.number))
        self.setMinimumSize(760, 420)
        heading = QLabel(RLM + tr("الاتفاقية رقم {number} مع {partner}").format(
            number=self.content.number, partner=self.content.partner.name))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.model: RecordTableModel[AmendmentSummary] = RecordTableModel(
            amendment_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(tr("لا ملاحق لهذه الاتفاقية."))

        self.new_button = QPushButton(tr("ملحق جديد..."))
        self.new_button.setToolTip("Ctrl+N")
        self.print_button = QPushButton(tr("طباعة الملحق..."))
        self.print_button.setToolTip("Ctrl+P")
        self.sign_button = QPushButton(tr("تسجيل توقيع الملحق..."))
        self.sign_button.setToolTip("Ctrl+G")
        close = QPushButton(tr("إغلاق"))
        self.new_button.clicked.connect(self.new_amendment)
        self.print_button.clicked.connect(self.print_current)
        self.sign_button.clicked.connect(self.sign_current)
        close.clicked.connect(self.reject)
        for key, slot in ((QKeySequence.StandardKey.New, self.new_amendment),
                          (QKeySequence.StandardKey.Print, self.print_current),
                          (QKeySequence("Ctrl+G"), self.sign_current)):
            QShortcut(key, self, slot)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.print_button, self.sign_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        current = self.current()
        wanted = select or (current.id if current else None)
        records = conventions.list_amendments(self.ctx.db, self.convention_id)
        self.model.set_records(records)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = [row for row, a in enumerate(records) if a.id == wanted] or \
            ([len(records) - 1] if records else [])
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
        self.empty.setVisible(not records)
        self._enable()

    def _enable(self) -> None:
        current = self.current()
        self.print_button.setEnabled(current is not None)
        self.sign_button.setEnabled(current is not None)

    def current(self) -> AmendmentSummary | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def new_amendment_dialog(self) -> NewAmendmentDialog:
        return NewAmendmentDialog(self.ctx, self.convention_id, self.content.number, self)

    def new_amendment(self) -> None:
        dialog = self.new_amendment_dialog()
        if dialog.exec():
            self.amendment_saved(dialog.saved)

    def amendment_saved(self, amendment_id: uuid.UUID) -> None:
        self.refresh(select=amendment_id)

    def print_current(self) -> Progress | None:
        current = self.current()
        if current is None:
            return None
        path = ask_pdf_path(self, tr("طباعة الملحق"), pdf_file_name(
            self.content.number, f"-{tr('ملحق')}-{current.number}"))
        return self.print_to(current, path) if path is not None else None

    def print_to(self, amendment: AmendmentSummary, path: Path) -> Progress:
        db, actor, amendment_id = self.ctx.db, self.ctx.actor, amendment.id
        return write_pdf(self, lambda: conventions.amendment_pdf(
            db, actor, amendment_id), path, say_saved(self, tr("طباعة الملحق")))

    def sign_dialog(self, amendment: AmendmentSummary) -> AmendmentSignDialog:
        return AmendmentSignDialog(self.ctx, amendment, self.content.place, self)

    def sign_current(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = self.sign_dialog(current)
        if dialog.exec():
            self.refresh()
