"""Partners (الشركاء): the associations, cooperatives and enterprises that carry projects."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.domain.enums import PartnerKind
from app.domain.partners import Partner
from app.domain.roles import Permission
from app.errors import DomainError
from app.services import exports, partners, territory
from app.services.changes import Changes, Kind
from ui import errors
from ui.context import AppContext
from ui.dialogs.cnss_dialog import CnssDialog
from ui.dialogs.partner_dialog import PartnerDialog
from ui.i18n import label, named, tr
from ui.models.paged_table import PagedColumn
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import PagedListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut


class PartnersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = PagedListPanel([
            PagedColumn(tr("النوع"), lambda p: label(p.kind), "kind"),
            PagedColumn(tr("الاسم بالعربية"), lambda p: p.name_ar, "name_ar"),
            PagedColumn(tr("الاسم بالفرنسية"), lambda p: p.name_fr, "name_fr", latin=True),
            PagedColumn(tr("رقم التسجيل"), lambda p: p.registration_number,
                        "registration_number"),
            PagedColumn(tr("الممثل القانوني"), lambda p: p.legal_representative,
                        "legal_representative"),
            PagedColumn(tr("الهاتف"), lambda p: p.phone, "phone"),
            PagedColumn(tr("الجماعة"), lambda p: p.commune_name_ar, "commune"),
            PagedColumn(tr("الإقليم"), lambda p: p.province_name_ar, "province"),
        ], lambda q: partners.list_partners(ctx.db, q), tr("إضافة هيئة"),
            self.add_partner, self.edit_partner, self)

        self.kind_filter = ChoiceBox([(None, tr("كل الأنواع"))]
                                     + [(k, label(k)) for k in PartnerKind])
        self.kind_filter.setToolTip(tr("النوع"))
        self.province_filter = ChoiceBox(searchable=True)
        self.province_filter.setToolTip(tr("الإقليم"))
        self.province_filter.setMinimumWidth(180)
        self.commune_filter = ChoiceBox(searchable=True)
        self.commune_filter.setToolTip(tr("الجماعة"))
        self.commune_filter.setMinimumWidth(160)
        self._fill_provinces()
        self._fill_communes()
        self.panel.filters.addWidget(self.kind_filter)
        self.panel.filters.addWidget(self.province_filter)
        self.panel.filters.addWidget(self.commune_filter)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.province_filter.currentIndexChanged.connect(self._fill_communes)
        self.province_filter.currentIndexChanged.connect(self._filters_changed)
        self.commune_filter.currentIndexChanged.connect(self._filters_changed)

        self.panel.enable_paged_export("partners", lambda query, path, progress: (
            exports.export_partners(ctx.db, query, path, progress=progress)))

        self.cnss_button = QPushButton(tr("تصريح CNSS..."))
        self.cnss_button.setToolTip(tr("ملف التصريح الشهري لضمان كم ولائحتا Excel وCSV "
                                       "لمستفيدي الهيئة المحددة"))
        self.cnss_button.clicked.connect(lambda: self.cnss_dialog().exec())
        self.panel.bar.addWidget(self.cnss_button)
        give_shortcut(self.cnss_button, "Ctrl+Shift+D", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.panel.reload()
        offer(ctx, Permission.PARTNERS, self.panel.add_button)
        ctx.changed.connect(self._on_changed)

    @property
    def model(self) -> Any:
        return self.panel.model

    def _fill_provinces(self) -> None:
        current = self.province_filter.value()
        self.province_filter.blockSignals(True)
        self.province_filter.set_items([(None, tr("كل الأقاليم"))] + [
            (p.id, named(p)) for p in territory.list_provinces(self.ctx.db)])
        self.province_filter.select(current)
        self.province_filter.blockSignals(False)

    def _fill_communes(self) -> None:
        """The communes of the chosen province (none offered before a province is chosen)."""
        province_id = self.province_filter.value()
        self.commune_filter.blockSignals(True)
        self.commune_filter.set_items([(None, tr("كل الجماعات"))] + (
            [(c.id, named(c)) for c in territory.list_communes(self.ctx.db, province_id)]
            if province_id else []))
        self.commune_filter.blockSignals(False)

    def _filters_changed(self) -> None:
        self.panel.set_filter("kind", self.kind_filter.value())
        self.panel.set_filter("province_id", self.province_filter.value())
        self.panel.set_filter("commune_id", self.commune_filter.value())
        self.panel.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.TERRITORY):
            self._fill_provinces()
            self._fill_communes()
        if changes.touches(Kind.PARTNER, Kind.TERRITORY):
            self.panel.reload()

    # Add and edit ---------------------------------------------------------------------------

    def cnss_dialog(self) -> CnssDialog:
        """The declaration of the selected body (the body is chosen in the dialog otherwise)."""
        record = self.panel.current_record()
        return CnssDialog(self.ctx, record.id if record is not None else None, parent=self)

    def partner_dialog(self, partner: Partner | None = None) -> PartnerDialog:
        """The form for a new partner or a stored one (tests use it without `exec`)."""
        return PartnerDialog(self.ctx, partner, parent=self)

    def add_partner(self) -> None:
        self.partner_dialog().exec()

    def edit_partner(self, record: Partner) -> None:
        if record is None or record.id is None:
            return
        try:
            partner = partners.get_partner(self.ctx.db, record.id)
        except DomainError as exc:  # deleted meanwhile by someone else
            errors.show_error(self, exc)
            self.panel.reload()
            return
        self.partner_dialog(partner).exec()
