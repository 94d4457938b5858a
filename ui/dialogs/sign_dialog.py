"""Recording a convention's signature at the ceremony: date, place, who signed, the scan.

Signing locks the convention in the services and the database; the scan of the signed
paper is attached afterwards (a copy beside the database), so a scan that cannot be copied
never undoes a signature that happened: the secretary is told, and attaches it again from
the convention's window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.domain.text import FSI, PDI, RLM
from app.services import attachments, conventions
from ui import errors
from ui.context import AppContext
from ui.dialogs.convention_dialog import OWNER_TABLE
from ui.dialogs.record_dialog import RecordDialog
from ui.errors import describe
from ui.i18n import amount_text, date_text, tr
from ui.tasks import run_task
from ui.widgets.inputs import date_edit, date_value

SCAN_FILTER = "(*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"


class SignDialog(RecordDialog):
    PERMISSION = Permission.CONVENTIONS

    def __init__(self, ctx: AppContext, convention_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تسجيل توقيع الاتفاقية"), parent)
        self.convention_id = convention_id
        self.setMinimumWidth(640)
        content = conventions.get_content(ctx.db, convention_id)
        self.content = content
        self.heading = QLabel(RLM + tr("الاتفاقية رقم {number} مع {partner}، بمبلغ {amount} "
                                       "درهم.").format(
            number=content.number, partner=content.partner.name,
            amount=amount_text(content.worksite.total_amount)))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")

        self.signed_on = date_edit(content.date)
        self.printed_date = QLabel()
        self.printed_date.setWordWrap(True)
        self.signed_on.dateChanged.connect(self._show_dates)
        self.place = QLineEdit(content.place)
        present = QWidget()
        boxes = QVBoxLayout(present)
        boxes.setContentsMargins(0, 0, 0, 0)
        self.present: list[tuple[QCheckBox, str]] = []
        for signatory in content.signatories:
            name = signatory.name or tr("(بدون اسم: لا يمكن أن يوقع)")
            box = QCheckBox(RLM + tr("{capacity}: {name}").format(
                capacity=signatory.capacity, name=name))
            box.setChecked(True)
            boxes.addWidget(box)
            self.present.append((box, signatory.name))
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(tr("اختياري: ملف PDF أو صورة للنسخة الموقعة"))
        self.scan.setClearButtonEnabled(True)
        self.browse_button = QPushButton(tr("اختيار..."))
        self.browse_button.clicked.connect(self.choose_scan)
        scan_row = QWidget()
        row = QHBoxLayout(scan_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scan, 1)
        row.addWidget(self.browse_button)

        self.form.add_field("signed_on", tr("تاريخ التوقيع"), self.signed_on)
        self.form.add_field("printed_date", "", self.printed_date)
        self.form.add_field("signed_place", tr("مكان التوقيع"), self.place)
        self.form.add_field("present", tr("الموقعون الحاضرون"), present)
        self.form.add_field("file", tr("النسخة الموقعة الممسوحة"), scan_row)
        note = QLabel(tr("بعد تسجيل التوقيع تصبح الاتفاقية مقفلة: لا تعدل إلا بملحق."))
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.heading)
        layout.insertWidget(2, note)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("تسجيل التوقيع"))
        self._show_dates()

    def _show_dates(self) -> None:
        """The paper prints "حرر ب... في <date>"; a ceremony on another day is recorded
        beside it, and the amendments will name both."""
        if date_value(self.signed_on) == self.content.date:
            self.printed_date.clear()
            self.printed_date.hide()
            return
        self.printed_date.setText(RLM + tr(
            "الورقة الموقعة تحمل تاريخ {printed}؛ يسجل تاريخ الحفل بجانبه، وتذكر الملاحق "
            "التاريخين كلا باسمه.").format(printed=date_text(self.content.date)))
        self.printed_date.show()

    def choose_scan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("النسخة الموقعة الممسوحة"), str(Path.home()),
            tr("وثائق ممسوحة") + f" {SCAN_FILTER};;" + tr("كل الملفات") + " (*)")
        if name:
            self.scan.setText(name)

    def present_names(self) -> list[str]:
        return [name for box, name in self.present if box.isChecked()]

    def scan_path(self) -> Path | None:
        text = self.scan.text().strip()
        return Path(text) if text else None

    def submit(self) -> Callable[[], uuid.UUID]:
        db, actor, convention_id = self.ctx.db, self.ctx.actor, self.convention_id
        signed_on, place, present = (date_value(self.signed_on), self.place.text(),
                                     self.present_names())

        def sign() -> uuid.UUID:
            conventions.sign(db, actor, convention_id, signed_on, place, present)
            return convention_id

        return sign

    def on_saved(self, _convention_id: uuid.UUID) -> None:
        scan = self.scan_path()
        if scan is not None:
            self.attach_scan(scan)

    def attach_scan(self, scan: Path) -> None:
        """Copied off the UI thread; reported to the window that opened this dialog,
        which outlives it."""
        owner = self.parentWidget() or self
        db, actor, convention_id = self.ctx.db, self.ctx.actor, self.convention_id

        def failed(exc: BaseException) -> None:
            errors.messages.error(owner, tr("تعذر إرفاق النسخة الموقعة"), tr(
                "سجل التوقيع، لكن تعذر إرفاق الملف {file}؛ أرفقه من نافذة الاتفاقية.").format(
                file=f"{FSI}{scan.name}{PDI}") + "\n" + describe(exc))

        run_task(owner, tr("جار نسخ الملف..."),
                 lambda _progress: attachments.attach(db, actor, OWNER_TABLE, convention_id,
                                                      scan, "signed_copy"),
                 lambda _attachment: None, failed)
