"""Add or change a call for project proposals (طلب عروض المشاريع) and its specification."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.calls import Call
from app.domain.enums import Component
from app.errors import DomainError, ValidationError
from app.services import attachments, calls, programme, proposals, territory
from app.services.attachments import Attachment
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import label, tr
from ui.widgets.inputs import choice_box, date_edit, date_value

SPECIFICATION = "specification"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 2


def _domain_name(domain: proposals.Domain) -> str:
    if QLocale().language() == QLocale.Language.French and domain.name_fr:
        return domain.name_fr
    return domain.name_ar


def _size(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return tr("{size} ميغابايت").format(size=f"{size_bytes / (1024 * 1024):.1f}")
    return tr("{size} كيلوبايت").format(size=max(1, round(size_bytes / 1024)))


class CallDialog(RecordDialog):
    def __init__(self, ctx: AppContext, call: Call | None = None,
                 edition_id: uuid.UUID | None = None, province_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل طلب العروض") if call else tr("إضافة طلب عروض"), parent)
        self.call = call
        today = date.today()
        editions = programme.list_editions(ctx.db)
        provinces = territory.list_provinces(ctx.db)

        self.edition = choice_box([(e.id, e.title) for e in editions],
                                  call.edition_id if call else edition_id)
        self.component = choice_box([(c, label(c)) for c in Component],
                                    call.component if call else Component.TEMPORARY_WORKSITES)
        self.province = choice_box([(p.id, f"{p.name_ar} ({p.code})") for p in provinces],
                                   call.province_id if call else province_id, searchable=True)
        if (call.province_id if call else province_id) is None:
            self.province.setCurrentIndex(-1)
        self.reference = QLineEdit(call.reference if call else "")
        # A Latin code: laid out left to right, but aligned with the Arabic fields.
        self.reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reference.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reference.setPlaceholderText("KHN-AO-2024")
        self.title_ar = QLineEdit(call.title_ar if call else "")
        self.opens_on = date_edit(call.opens_on if call else today)
        self.closes_on = date_edit(call.closes_on if call else today + timedelta(days=30))
        self.domains = QListWidget()
        self.domains.setObjectName("domains")
        self.domains.setMinimumHeight(140)
        self.domains.setMaximumHeight(180)
        self._fill_domains()

        f = self.form
        f.add_field("edition_id", tr("النسخة"), self.edition)
        f.add_field("component", tr("الشق"), self.component)
        f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        f.add_field("reference", tr("المرجع"), self.reference)
        f.add_field("title_ar", tr("العنوان"), self.title_ar)
        f.add_field("opens_on", tr("تاريخ الفتح"), self.opens_on)
        f.add_field("closes_on", tr("تاريخ الإغلاق"), self.closes_on)
        f.add_field("accepted_domain_codes", tr("المجالات المقبولة"), self.domains)

        self.specifications: QListWidget | None = None
        self.attach_button: QPushButton | None = None
        self.open_button: QPushButton | None = None
        if call is not None and call.id is not None:
            f.add_field("file", tr("دفتر التحملات"), self._specification_row())
            self.refresh_specifications()

    # --- accepted domains -------------------------------------------------------------
    def _fill_domains(self) -> None:
        """Active domains, plus any the call already accepts that were since retired."""
        chosen = set(self.call.accepted_domain_codes) if self.call else None
        shown = proposals.list_domains(self.ctx.db)
        codes = {d.code for d in shown}
        if chosen:
            shown += [d for d in proposals.list_domains(self.ctx.db, active_only=False)
                      if d.code in chosen and d.code not in codes]
            codes |= {d.code for d in shown}
        items = [(d.code, _domain_name(d)) for d in shown]
        items += [(code, code) for code in sorted((chosen or set()) - codes)]
        for code, name in items:
            item = QListWidgetItem(name)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen is None or code in chosen
                               else Qt.CheckState.Unchecked)
            self.domains.addItem(item)

    def domain_items(self) -> list[QListWidgetItem]:
        return [self.domains.item(row) for row in range(self.domains.count())]

    def checked_domain_codes(self) -> list[str]:
        return [item.data(CODE_ROLE) for item in self.domain_items()
                if item.checkState() == Qt.CheckState.Checked]

    # --- specification (دفتر التحملات) ------------------------------------------------
    def _specification_row(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.specifications = QListWidget()
        self.specifications.setObjectName("specifications")
        self.specifications.setMaximumHeight(80)
        self.specifications.itemDoubleClicked.connect(lambda _item: self.open_specification())
        self.specifications.currentRowChanged.connect(self._update_open_button)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(tr("إرفاق دفتر التحملات..."))
        self.attach_button.clicked.connect(lambda: self.attach_specification())
        self.open_button = QPushButton(tr("فتح"))
        self.open_button.clicked.connect(self.open_specification)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addWidget(self.specifications)
        column.addLayout(buttons)
        return holder

    def refresh_specifications(self) -> None:
        if self.specifications is None or self.call is None or self.call.id is None:
            return
        self.specifications.clear()
        for attachment in attachments.list_attachments(self.ctx.db, "calls", self.call.id):
            if attachment.kind != SPECIFICATION:
                continue
            # U+200F keeps a Latin file name in the right-to-left flow of the list.
            size = _size(attachment.size_bytes)
            item = QListWidgetItem(f"\u200f{attachment.original_name} ({size})")
            item.setData(ATTACHMENT_ROLE, attachment)
            self.specifications.addItem(item)
        if self.specifications.count():
            self.specifications.setCurrentRow(self.specifications.count() - 1)
        self._update_open_button()

    def specification_files(self) -> list[Attachment]:
        if self.specifications is None:
            return []
        return [self.specifications.item(row).data(ATTACHMENT_ROLE)
                for row in range(self.specifications.count())]

    def _update_open_button(self) -> None:
        if self.open_button is not None and self.specifications is not None:
            self.open_button.setEnabled(self.specifications.currentItem() is not None)

    def _choose_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("اختيار دفتر التحملات"), "",
            tr("المستندات (*.pdf *.doc *.docx *.odt);;كل الملفات (*)"))
        return Path(path) if path else None

    def attach_specification(self, source: Path | None = None) -> Attachment | None:
        if self.call is None or self.call.id is None:
            return None
        source = source or self._choose_file()
        if source is None:
            return None
        self.form.clear_errors()
        try:
            attached = attachments.attach(self.ctx.db, self.ctx.actor, "calls", self.call.id,
                                          source, kind=SPECIFICATION)
        except ValidationError as exc:
            self.form.show_errors(exc)
            return None
        except DomainError as exc:
            self.form.general_error.setText(exc.message)
            self.form.general_error.show()
            return None
        self.refresh_specifications()
        return attached

    def open_specification(self) -> None:
        if self.specifications is None or self.specifications.currentItem() is None:
            return
        attachment: Attachment = self.specifications.currentItem().data(ATTACHMENT_ROLE)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachment.path)))

    # --- saving -----------------------------------------------------------------------
    def submit(self) -> Call:
        call = Call(
            edition_id=self.edition.value(), title_ar=self.title_ar.text(),
            opens_on=date_value(self.opens_on), closes_on=date_value(self.closes_on),
            component=self.component.value(), province_id=self.province.value(),
            region_id=self.call.region_id if self.call else None,
            reference=self.reference.text(),
            accepted_domain_codes=self.checked_domain_codes(),
            id=self.call.id if self.call else None)
        saved = calls.save_call(self.ctx.db, self.ctx.actor, call)
        self.ctx.notify("calls")
        return saved
