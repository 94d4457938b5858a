"""Programme & quotas: editions, quotas per province, and the communes list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.programme import Edition, Quota
from app.domain.roles import Permission
from app.domain.territory import Commune, Province
from app.services import programme, territory
from app.services.changes import Changes, Kind
from ui.context import AppContext
from ui.dialogs.commune_dialog import CommuneDialog
from ui.dialogs.edition_dialog import EditionDialog
from ui.dialogs.quota_dialog import QuotaDialog
from ui.i18n import edition_name, figure, label, months_range, months_text, named, percent, tr
from ui.models.record_table import Column
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer


def _percent(edition: Edition) -> str:
    return percent(edition.admin_fee_rate)


class ProgrammePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.editions = ListPanel([
            Column(tr("النسخة"), edition_name, lambda e: e.year),
            Column(tr("السنة"), lambda e: e.year, numeric=True),
            Column(tr("من"), lambda e: e.starts_on.strftime("%d/%m/%Y") if e.starts_on else "",
                   lambda e: e.starts_on.isoformat() if e.starts_on else ""),
            Column(tr("إلى"), lambda e: e.ends_on.strftime("%d/%m/%Y") if e.ends_on else "",
                   lambda e: e.ends_on.isoformat() if e.ends_on else ""),
            Column(tr("مدة الاستفادة"),
                   lambda e: months_range(e.min_duration_months, e.max_duration_months),
                   lambda e: (e.min_duration_months, e.max_duration_months)),
            Column(tr("المدة الاعتيادية"), lambda e: months_text(e.default_duration_months),
                   lambda e: e.default_duration_months),
            Column(tr("التدبير الإداري"), _percent, lambda e: e.admin_fee_rate, numeric=True),
        ], tr("إضافة نسخة"), self.add_edition, self.edit_edition, newest_first=True)
        self.tabs.addTab(self.editions, tr("نسخ البرنامج"))

        self.quotas = ListPanel([
            Column(tr("النسخة"), lambda q: q.edition_title),
            Column(tr("الرمز"), lambda q: q.province_code, numeric=True),
            Column(tr("الإقليم أو العمالة"), lambda q: q.province_name_ar),
            Column(tr("الشق"), lambda q: label(q.component)),
            Column(tr("المناصب"), lambda q: figure(q.posts), lambda q: q.posts, numeric=True),
            Column(tr("أشهر العمل"), lambda q: figure(q.person_months),
                   lambda q: q.person_months, numeric=True),
            Column(tr("ملاحظات"), lambda q: q.notes),
        ], tr("إضافة حصة"), self.add_quota, self.edit_quota, newest_first=True)
        self.quota_edition = ChoiceBox()
        self.quota_edition.currentIndexChanged.connect(self.refresh_quotas)
        self.quotas.filters.addWidget(self.quota_edition)
        self.tabs.addTab(self.quotas, tr("الحصص حسب الأقاليم"))

        self.provinces = ListPanel([
            Column(tr("الرمز"), lambda p: p.code, numeric=True),
            Column(tr("الإقليم أو العمالة"), lambda p: p.name_ar),
            Column(tr("الاسم بالفرنسية"), lambda p: p.name_fr),
            Column(tr("النوع"), lambda p: label(p.kind)),
            Column(tr("الجهة"), lambda p: p.region_name_ar),
        ], "", lambda: None, self.show_province_communes)
        self.provinces.add_button.hide()
        self.provinces.edit_button.setText(tr("عرض الجماعات"))
        self.tabs.addTab(self.provinces, tr("الأقاليم والعمالات"))

        self.communes = ListPanel([
            Column(tr("الرمز"), lambda c: c.code or "", numeric=True),
            Column(tr("الجماعة"), lambda c: c.name_ar),
            Column(tr("الاسم بالفرنسية"), lambda c: c.name_fr),
            Column(tr("النوع"), lambda c: label(c.kind)),
            Column(tr("الإقليم أو العمالة"), lambda c: c.province_name_ar),
            Column(tr("المصدر"), self._commune_origin),
        ], tr("إضافة جماعة"), self.add_commune, self.edit_commune)
        self.commune_province = ChoiceBox(searchable=True)
        self.commune_province.currentIndexChanged.connect(self.refresh_communes)
        self.communes.filters.addWidget(self.commune_province)
        self.tabs.addTab(self.communes, tr("الجماعات"))
        # 1,503 communes sorted in the table cost over half a second: read when first shown.
        self._communes_wanted = False
        self.tabs.currentChanged.connect(self._tab_shown)

        for panel, stem in ((self.editions, "editions"), (self.quotas, "quotas"),
                            (self.provinces, "provinces"), (self.communes, "communes")):
            panel.enable_export(stem)
        self._fill_filters()
        self.refresh()
        offer(ctx, Permission.EDITIONS, self.editions.add_button)
        offer(ctx, Permission.QUOTAS, self.quotas.add_button)
        offer(ctx, Permission.TERRITORY, self.communes.add_button)
        ctx.changed.connect(self._on_changed)

    @staticmethod
    def _commune_origin(commune: Commune) -> str:
        if commune.added_by_user:
            return tr("أضافتها اللجنة")
        if commune.corrected_by_user:
            return tr("صححتها اللجنة")
        return tr("اللائحة الرسمية")

    def _fill_filters(self) -> None:
        current = self.quota_edition.value()
        self.quota_edition.blockSignals(True)
        self.quota_edition.set_items([(None, tr("كل النسخ"))] + [
            (e.id, edition_name(e)) for e in programme.list_editions(self.ctx.db)])
        self.quota_edition.select(current)
        self.quota_edition.blockSignals(False)
        if self.commune_province.count() == 0:
            self.commune_province.blockSignals(True)
            self.commune_province.set_items([(None, tr("كل الأقاليم"))] + [
                (p.id, f"{named(p)} ({p.code})") for p in territory.list_provinces(self.ctx.db)])
            self.commune_province.blockSignals(False)

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.communes and not self._communes_wanted:
            self._communes_wanted = True
            self.refresh_communes()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.EDITION, Kind.TERRITORY):
            self._fill_filters()
        if changes.touches(Kind.EDITION, Kind.QUOTA, Kind.TERRITORY, Kind.MINIMUM_WAGE):
            self.refresh()

    def refresh(self) -> None:
        self.editions.set_records(programme.list_editions(self.ctx.db))
        if self.provinces.model.rowCount() == 0:
            self.provinces.set_records(territory.list_provinces(self.ctx.db))
        self.refresh_quotas()
        self.refresh_communes()

    def refresh_quotas(self) -> None:
        self.quotas.set_records(programme.list_quotas(self.ctx.db,
                                                      self.quota_edition.value()))

    def refresh_communes(self) -> None:
        if not self._communes_wanted:
            return
        self.communes.set_records(territory.list_communes(
            self.ctx.db, self.commune_province.value()))

    def _open(self, dialog: Any) -> Any:
        dialog.exec()
        return dialog.saved

    def add_edition(self) -> None:
        self._open(EditionDialog(self.ctx, parent=self))

    def edit_edition(self, edition: Edition) -> None:
        self._open(EditionDialog(self.ctx, edition, parent=self))

    def add_quota(self) -> None:
        self._open(QuotaDialog(self.ctx, edition_id=self.quota_edition.value(),
                               parent=self))

    def edit_quota(self, quota: Quota) -> None:
        self._open(QuotaDialog(self.ctx, quota, parent=self))

    def show_province_communes(self, province: Province) -> None:
        self._communes_wanted = True
        self.commune_province.select(province.id)
        self.tabs.setCurrentWidget(self.communes)

    def add_commune(self) -> None:
        self._open(CommuneDialog(self.ctx, province_id=self.commune_province.value(),
                                 parent=self))

    def edit_commune(self, commune: Commune) -> None:
        self._open(CommuneDialog(self.ctx, commune, parent=self))
