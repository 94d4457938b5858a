"""Add or change a call for project proposals (طلب عروض المشاريع) and its specification."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.domain.calls import Call
from app.domain.enums import Component
from app.domain.proposals import WorksiteDomain
from app.domain.roles import Permission
from app.services import calls, programme, proposals, territory
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import edition_name, label, named, tr
from ui.widgets.attachments_box import AttachmentsBox
from ui.widgets.inputs import choice_box, date_edit, date_value

SPECIFICATION = "specification"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _domain_name(domain: WorksiteDomain) -> str:
    return named(domain)


class CallDialog(RecordDialog):
    PERMISSION = Permission.CALLS

    def __init__(self, ctx: AppContext, call: Call | None = None,
                 edition_id: uuid.UUID | None = None, province_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل طلب العروض") if call else tr("إضافة طلب عروض"), parent)
        self.call = call
        today = date.today()
        editions = programme.list_editions(ctx.db)
        provinces = territory.list_provinces(ctx.db)

        self.edition = choice_box([(e.id, edition_name(e)) for e in editions],
                                  call.edition_id if call else edition_id)
        self.component = choice_box([(c, label(c)) for c in Component],
                                    call.component if call else Component.TEMPORARY_WORKSITES)
        self.province = choice_box([(p.id, f"{named(p)} ({p.code})") for p in provinces],
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

        self.specifications = AttachmentsBox(
            ctx, "calls", [(SPECIFICATION, tr("دفتر التحملات"))], tr("دفتر التحملات"),
            tr("يرفق دفتر التحملات بعد حفظ طلب العروض."))
        self.specifications.set_owner(call.id if call else None)
        f.add_field("file", "", self.specifications)

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

    # --- saving -----------------------------------------------------------------------
    def submit(self) -> Callable[[], Call]:
        call = Call(
            edition_id=self.edition.value(), title_ar=self.title_ar.text(),
            opens_on=date_value(self.opens_on), closes_on=date_value(self.closes_on),
            component=self.component.value(), province_id=self.province.value(),
            region_id=self.call.region_id if self.call else None,
            reference=self.reference.text(),
            accepted_domain_codes=self.checked_domain_codes(),
            id=self.call.id if self.call else None,
            row_version=self.call.row_version if self.call else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: calls.save_call(db, actor, call)
