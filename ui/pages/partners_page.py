"""Partners (الشركاء): the associations, cooperatives and enterprises that carry projects."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import PartnerKind
from app.domain.partners import Partner
from app.errors import DomainError
from app.services import exports, partners, territory
from app.services.listing import ListQuery
from ui import errors
from ui.context import AppContext
from ui.dialogs.partner_dialog import PartnerDialog
from ui.i18n import label, tr
from ui.models.paged_table import PagedColumn
from ui.tasks import Progress, run_task
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import PagedListPanel

REFRESHED_BY = ("partners", "communes", "demo", "*")
MAX_COLUMN_WIDTH = 280


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
        self._fill_provinces()
        self.panel.filters.addWidget(self.kind_filter)
        self.panel.filters.addWidget(self.province_filter)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.province_filter.currentIndexChanged.connect(self._filters_changed)

        self.export_button = QPushButton(tr("تصدير Excel"))
        self.export_button.setToolTip(tr("كل الهيئات المطابقة للبحث والتصفية، لا الصفحة فقط"))
        self.export_button.clicked.connect(self.export)
        self.panel.bar.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.panel.reload()
        self._fit_columns()
        ctx.changed.connect(self._on_changed)

    @property
    def model(self) -> Any:
        return self.panel.model

    def _fit_columns(self) -> None:
        """Widths from the first page, capped so that long names do not hide the rest."""
        table = self.panel.table
        table.resizeColumnsToContents()
        for column in range(self.panel.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))

    def _fill_provinces(self) -> None:
        current = self.province_filter.value()
        self.province_filter.blockSignals(True)
        self.province_filter.set_items([(None, tr("كل الأقاليم"))] + [
            (p.id, p.name_ar) for p in territory.list_provinces(self.ctx.db)])
        self.province_filter.select(current)
        self.province_filter.blockSignals(False)

    def _filters_changed(self) -> None:
        self.panel.set_filter("kind", self.kind_filter.value())
        self.panel.set_filter("province_id", self.province_filter.value())
        self.panel.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in REFRESHED_BY:
            self.panel.reload()

    # Add and edit ---------------------------------------------------------------------------

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

    # Export ---------------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        """What the list shows now: search, filters and sort, every row."""
        return self.panel.model.query

    def export(self) -> None:
        default = Path.home() / f"partners-{date.today():%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, tr("تصدير الشركاء إلى Excel"), str(default),
                                              tr("مصنف Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Progress:
        """Write the matching partners to `path` off the UI thread, then say how many."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        query = self.current_query()
        db = self.ctx.db
        self.export_button.setEnabled(False)

        def work(progress: Progress) -> int:
            return exports.export_partners(db, query, path, progress=progress.report)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            errors.messages.info(self, tr("تصدير Excel"), tr(
                "كتب {count} سجلا في الملف:").format(count=count) + f"\n\u2068{path}\u2069")

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            errors.show_error(self, exc)

        return run_task(self, tr("جار تصدير الشركاء..."), work, done, failed)
