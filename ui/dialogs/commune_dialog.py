"""Add a commune missing from the shipped list, or correct one."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.enums import CommuneKind
from app.domain.roles import Permission
from app.domain.territory import Commune
from app.services import territory
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import label, named, tr
from ui.widgets.inputs import choice_box


class CommuneDialog(RecordDialog):
    PERMISSION = Permission.TERRITORY

    def __init__(self, ctx: AppContext, commune: Commune | None = None,
                 province_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تصحيح جماعة") if commune else tr("إضافة جماعة"), parent)
        self.commune = commune
        provinces = territory.list_provinces(ctx.db)
        self.province = choice_box([(p.id, f"{named(p)} ({p.code})") for p in provinces],
                                   commune.province_id if commune else province_id,
                                   searchable=True)
        self.name_ar = QLineEdit(commune.name_ar if commune else "")
        self.name_fr = QLineEdit(commune.name_fr if commune else "")
        self.name_fr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.kind = choice_box([(k, label(k)) for k in CommuneKind],
                               commune.kind if commune else None)
        self.code = QLineEdit(commune.code or "" if commune else "")
        self.code.setPlaceholderText("00.000.00.00")
        f = self.form
        f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        f.add_field("name_ar", tr("الاسم بالعربية"), self.name_ar)
        f.add_field("name_fr", tr("الاسم بالفرنسية"), self.name_fr)
        f.add_field("kind", tr("النوع"), self.kind)
        f.add_field("code", tr("الرمز الجغرافي (اختياري)"), self.code)

    def submit(self) -> Callable[[], Commune]:
        commune = Commune(
            name_ar=self.name_ar.text(), name_fr=self.name_fr.text(),
            kind=self.kind.value(),
            province_id=self.province.value(), code=self.code.text().strip() or None,
            id=self.commune.id if self.commune else None,
            row_version=self.commune.row_version if self.commune else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: territory.save_commune(db, actor, commune)
