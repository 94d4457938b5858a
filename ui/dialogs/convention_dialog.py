"""One partnership convention: what it says, the few things that may change before
signing, its printing, and the scans attached to it.

The wording is a snapshot taken when the convention was drawn up, so only the place, the
date, the Hijri date and the signatories are editable here; everything else is shown as
it will print. Whether it can still change is the services' decision: a convention signed
elsewhere since this window opened is refused with their Locked message, and the window
then turns read-only.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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

from app.domain.amounts import amount_with_letters
from app.domain.conventions import ConventionContent, Signatory
from app.domain.dates import suggested_hijri
from app.domain.roles import Permission
from app.domain.text import FSI, PDI, RLM
from app.errors import Locked, ValidationError
from app.services import conventions
from app.services.conventions import ConventionSummary, DraftChanges
from ui import errors
from ui.context import AppContext
from ui.dialogs.audit_dialog import history_button
from ui.dialogs.record_dialog import RecordDialog
from ui.documents import ask_pdf_path, open_document, pdf_file_name, say_saved, write_pdf
from ui.errors import show_error
from ui.i18n import amount_text, date_text, label, months_text, tr
from ui.tasks import Progress
from ui.widgets.attachments_box import AttachmentsBox
from ui.widgets.inputs import ChoiceBox, choice_box, date_edit, date_value

OWNER_TABLE = "conventions"
LOCKED_STYLE = "background: #eceff1; color: #263238; padding: 6px; border-radius: 4px;"


def scan_kinds() -> list[tuple[str, str]]:
    return [("signed_copy", tr("النسخة الموقعة (مسح ضوئي)")), ("", tr("وثيقة أخرى"))]


def print_convention(parent: QWidget, ctx: AppContext, convention_id: uuid.UUID,
                     path: Path) -> Progress:
    db, actor = ctx.db, ctx.actor
    return write_pdf(parent, lambda: conventions.convention_pdf(db, actor, convention_id),
                     path, say_saved(parent, tr("طباعة الاتفاقية")))


class ValueLabel(QLabel):
    """A read-only value that stays right-aligned even when it starts with digits or
    Latin letters (a number, a code, an amount): Qt would lay those out left to right."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_value(text)

    def set_value(self, text: str) -> None:
        self.setText(RLM + text if text else "")

    def value(self) -> str:
        return self.text().removeprefix(RLM)


def _value_label(text: str = "") -> ValueLabel:
    return ValueLabel(text)


SEX, NAME = 1, 2  # the signatories' columns after the capacity


class SignatoriesTable(QWidget):
    """The signature blocks in printed order: capacity, name and السيد/السيدة (printed
    before the name), rows added or moved."""

    civility_changed = Signal()

    def __init__(self, signatories: tuple[Signatory, ...], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._editable = True
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("الصفة"), tr("السيد/السيدة"),
                                              tr("الاسم الكامل")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(tr("إضافة موقع"))
        self.remove_button = QPushButton(tr("حذف"))
        self.up_button = QPushButton(tr("إلى الأعلى"))
        self.down_button = QPushButton(tr("إلى الأسفل"))
        self.up_button.setToolTip(tr("نقل الموقع إلى الأعلى في ترتيب الطباعة"))
        self.down_button.setToolTip(tr("نقل الموقع إلى الأسفل في ترتيب الطباعة"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        for signatory in signatories:
            self.add_row(signatory.capacity, signatory.name, signatory.sex)

    def add_row(self, capacity: str = "", name: str = "", sex: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(capacity))
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        civility = choice_box([("", "—"), ("m", tr("السيد")), ("f", tr("السيدة"))], sex)
        civility.setEnabled(self._editable)
        civility.currentIndexChanged.connect(self.civility_changed)
        self.table.setCellWidget(row, SEX, civility)
        self.table.setCurrentCell(row, 0)

    def _sex(self, row: int) -> str:
        box = self.table.cellWidget(row, SEX)
        return str(box.value() or "") if isinstance(box, ChoiceBox) else ""

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        columns = (0, NAME)
        values = [self._text(row, c) for c in columns], [self._text(target, c) for c in columns]
        for index, column in enumerate(columns):
            self.table.item(row, column).setText(values[1][index])
            self.table.item(target, column).setText(values[0][index])
        sexes = self._sex(row), self._sex(target)
        for at, sex in ((row, sexes[1]), (target, sexes[0])):
            box = self.table.cellWidget(at, SEX)
            if isinstance(box, ChoiceBox):
                box.select(sex)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def signatories(self) -> tuple[Signatory, ...]:
        """Rows left wholly empty are dropped; a half-filled row goes to the rules."""
        found = []
        for row in range(self.table.rowCount()):
            capacity, name = self._text(row, 0), self._text(row, NAME)
            if capacity or name:
                found.append(Signatory(capacity, name, self._sex(row)))
        return tuple(found)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
        self._editable = not read_only
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, SEX)
            if box is not None:
                box.setEnabled(not read_only)


class ConventionDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, convention_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("اتفاقية شراكة"), parent)
        self.convention_id = convention_id
        self.setMinimumWidth(1000)
        self.summary: ConventionSummary = conventions.get_summary(ctx.db, convention_id)
        self.content: ConventionContent = conventions.get_content(ctx.db, convention_id)
        self.setWindowTitle(tr("اتفاقية شراكة رقم {number}").format(number=self.content.number))
        content = self.content

        # What the convention says, as it will print (the snapshot).
        self.number = _value_label(content.number)
        self.number.setStyleSheet("font-weight: bold;")
        self.status = _value_label()
        self.short_code = _value_label()
        self.partner = _value_label(content.partner.name)
        self.representative = _value_label(tr("{capacity}: {name}").format(
            capacity=content.partner.representative_capacity,
            name=content.partner.representative))
        self.worksite = _value_label(content.worksite.title)
        self.communes = _value_label("، ".join(content.worksite.communes))
        people = content.worksite.beneficiaries
        self.beneficiaries = _value_label(tr(
            "{total}، منهم نساء: {women}، وأشخاص في وضعية إعاقة: {disabled}").format(
            total=people.total, women=people.women, disabled=people.disabled))
        self.duration = _value_label(months_text(content.worksite.duration_months))
        self.total = _value_label(amount_with_letters(content.worksite.total_amount))
        self.admin_fee = _value_label(amount_text(content.worksite.admin_fee_amount)
                                      + " " + tr("درهم"))
        self.tranches = _value_label("\n".join(
            tr("الشطر {position}: {amount} درهم، {due}").format(
                position=t.position, amount=amount_text(t.amount), due=t.due_text)
            for t in content.tranches))
        facts = QGroupBox(tr("بيانات الاتفاقية"))
        grid = QFormLayout(facts)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, value in (
                (tr("رقم الاتفاقية"), self.number), (tr("الحالة"), self.status),
                (tr("رمز التحقق"), self.short_code), (tr("الهيئة الشريكة"), self.partner),
                (tr("الممثل القانوني"), self.representative), (tr("الورش"), self.worksite),
                (tr("الجماعات"), self.communes), (tr("المستفيدون"), self.beneficiaries),
                (tr("المدة"), self.duration), (tr("المبلغ الإجمالي"), self.total),
                (tr("التدبير الإداري"), self.admin_fee), (tr("الأشطر"), self.tranches)):
            grid.addRow(caption, value)

        # What may still change before signing.
        self.place = QLineEdit(content.place)
        self.date = date_edit(content.date)
        self.hijri = QLineEdit(content.hijri_date_text)
        self.hijri.setPlaceholderText(tr("مثال: 1 ذو الحجة 1444"))
        self.suggest_button = QPushButton(tr("اقتراح"))
        self.suggest_button.setToolTip(tr(
            "يقترح التاريخ الهجري الموافق لتاريخ التحرير حسب تقويم أم القرى؛ صححه يدويا "
            "إن اختلف عن الرؤية المحلية بيوم"))
        self.suggest_button.clicked.connect(self.suggest_hijri)
        hijri_row = QWidget()
        row = QHBoxLayout(hijri_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hijri, 1)
        row.addWidget(self.suggest_button)
        self.signatories = SignatoriesTable(content.signatories)
        self.form.add_field("place", tr("مكان التحرير"), self.place)
        self.form.add_field("on", tr("تاريخ التحرير"), self.date)
        self.form.add_field("hijri_date_text", tr("التاريخ الهجري"), hijri_row)
        self.form.add_field("signatories", tr("الموقعون"), self.signatories)
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(LOCKED_STYLE)
        self.locked_note.hide()

        self.attachments = AttachmentsBox(
            ctx, OWNER_TABLE, scan_kinds(), tr("النسخة الموقعة والوثائق"), "")
        self.attachments.set_owner(convention_id)

        editable = QGroupBox(tr("قبل التوقيع"))
        column = QVBoxLayout(editable)
        column.addWidget(self.locked_note)
        column.addWidget(self.form)
        side = QVBoxLayout()
        side.addWidget(editable)
        side.addWidget(self.attachments, 1)
        body = QHBoxLayout()
        body.addWidget(facts, 1)
        body.addLayout(side, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        layout.insertLayout(0, body, 1)

        self.print_button = self.buttons.addButton(
            tr("طباعة PDF..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(tr("حفظ الاتفاقية في ملف PDF للطباعة (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pdf)
        self.preview_button = self.buttons.addButton(
            tr("معاينة"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(tr("فتح الاتفاقية في عارض PDF (Ctrl+Shift+P)"))
        self.preview_button.clicked.connect(self.preview)
        self.history_button = history_button(self, ctx, "conventions", convention_id)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("حفظ التغييرات (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إغلاق"))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.preview)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save)

        self._dirty = False
        self._suggested = suggested_hijri(content.date)
        self.place.textEdited.connect(self._changed)
        self.hijri.textEdited.connect(self._changed)
        self.date.dateChanged.connect(self._date_changed)
        self.signatories.table.itemChanged.connect(self._changed)
        self.signatories.civility_changed.connect(self._changed)
        self.signatories.table.model().rowsRemoved.connect(self._changed)
        self.signatories.table.model().rowsInserted.connect(self._changed)
        self._show_state()
        self._dirty = False
        self.resize(1120, 720)

    # -- state --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.summary.is_signed

    def _show_state(self) -> None:
        summary = self.summary
        self.status.set_value(label(summary.status))
        self.short_code.set_value(conventions.convention_short_code(self.ctx.db,
                                                                    self.convention_id))
        read_only = self.read_only
        for editor in (self.place, self.date, self.hijri, self.suggest_button):
            editor.setEnabled(not read_only)
        self.signatories.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        if read_only:
            signed = date_text(summary.signed_on) if summary.signed_on else ""
            self.locked_note.setText(tr(
                "وقعت هذه الاتفاقية في {date}، فهي مقفلة: كل تغيير بعد التوقيع يتم عبر "
                "ملحق.").format(date=signed))
        self.locked_note.setVisible(read_only)

    def reload(self) -> None:
        self.summary = conventions.get_summary(self.ctx.db, self.convention_id)
        self._show_state()

    def _changed(self, *_args: object) -> None:
        self._dirty = True

    def _date_changed(self) -> None:
        """Follow the date with the Hijri suggestion, unless the text was corrected by hand."""
        self._dirty = True
        if self.hijri.text().strip() in ("", self._suggested):
            self.suggest_hijri()

    def suggest_hijri(self) -> None:
        self._suggested = suggested_hijri(date_value(self.date))
        self.hijri.setText(self._suggested)
        self._dirty = True

    # -- saving and printing ------------------------------------------------------------

    def changes(self) -> DraftChanges:
        return DraftChanges(place=self.place.text(), on=date_value(self.date),
                            hijri_date_text=self.hijri.text(),
                            signatories=self.signatories.signatories())

    def submit(self) -> Callable[[], ConventionContent]:
        db, actor, convention_id, changes = (self.ctx.db, self.ctx.actor, self.convention_id,
                                             self.changes())
        read_at = self.summary.row_version
        return lambda: conventions.update_draft(db, actor, convention_id, changes, read_at)

    def on_saved(self, saved: ConventionContent) -> None:
        self.content = saved
        self._dirty = False
        self.reload()

    def refused(self, exc: BaseException) -> None:
        """The rules' messages go to their fields, a refusal of the whole record (signed
        meanwhile, deleted) to a message box."""
        self.outcome = False
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc)
            return
        show_error(self, exc)
        if isinstance(exc, Locked):
            self.reload()

    def _when_ready(self, action: Callable[[], Any]) -> None:
        """Print what the screen shows: unsaved edits are saved first."""
        if self.read_only or not self._dirty:
            action()
        else:
            self.save(then=action)

    def print_pdf(self) -> None:
        def ask_and_print() -> None:
            path = ask_pdf_path(self, tr("طباعة الاتفاقية"),
                                pdf_file_name(self.content.number))
            if path is not None:
                self.print_to(path)

        self._when_ready(ask_and_print)

    def print_to(self, path: Path) -> Progress:
        db, actor, convention_id = self.ctx.db, self.ctx.actor, self.convention_id
        return write_pdf(self, lambda: conventions.convention_pdf(
            db, actor, convention_id), path, self._printed)

    def _printed(self, path: Path) -> None:
        self.reload()
        say_saved(self, tr("طباعة الاتفاقية"))(path)

    def preview(self) -> None:
        """A copy in the temporary folder, opened in the system's PDF viewer."""
        self._when_ready(self._preview)

    def _preview(self) -> Progress:
        folder = Path(tempfile.gettempdir()) / "awrach-preview"
        path = folder / pdf_file_name(self.content.number)
        db, convention_id = self.ctx.db, self.convention_id

        def shown(written: Path) -> None:
            if not open_document(written):
                errors.messages.info(self, tr("معاينة"), tr(
                    "لم يعثر على برنامج لعرض ملفات PDF على هذا الجهاز. حفظت المعاينة في:")
                    + f"\n{FSI}{written}{PDI}")

        # A preview carries no verification code and is not recorded as a print.
        return write_pdf(self, lambda: conventions.convention_preview_pdf(db, convention_id),
                         path, shown)
