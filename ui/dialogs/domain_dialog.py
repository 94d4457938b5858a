"""Add, rename or retire a worksite domain of the configurable list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.proposals import WorksiteDomain
from app.domain.roles import Permission
from app.services import proposals
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import tr


class DomainDialog(RecordDialog):
    PERMISSION = Permission.SETTINGS

    def __init__(self, ctx: AppContext, domain: WorksiteDomain | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل المجال") if domain else tr("إضافة مجال"), parent)
        self.domain = domain
        self.code = QLineEdit(domain.code if domain else "")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setReadOnly(domain is not None)
        self.name_ar = QLineEdit(domain.name_ar if domain else "")
        self.name_fr = QLineEdit(domain.name_fr if domain else "")
        self.name_fr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.active = QCheckBox(tr("مجال مقبول في طلبات العروض الجديدة"))
        self.active.setChecked(domain.active if domain else True)
        self.form.add_field("code", tr("الرمز"), self.code)
        self.form.add_field("name_ar", tr("الاسم بالعربية"), self.name_ar)
        self.form.add_field("name_fr", tr("الاسم بالفرنسية"), self.name_fr)
        self.form.add_field("active", "", self.active)

    def submit(self) -> Callable[[], WorksiteDomain]:
        db, actor = self.ctx.db, self.ctx.actor
        domain = WorksiteDomain(
            self.code.text().strip(), self.name_ar.text(), self.name_fr.text(),
            self.active.isChecked(), id=self.domain.id if self.domain else None,
            row_version=self.domain.row_version if self.domain else None)
        return lambda: proposals.save_domain(db, actor, domain)
