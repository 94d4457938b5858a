"""Follow-up (التتبع): the dashboard, the worksites' lives, the tranches and their
payments, territorial equity, and the report for the governor, the region or the ministry.

One edition and one place (a province, or a region for a regional committee) at the top
set what every tab shows. Reads run on the reader thread; the page refreshes when a write
touches what it shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.followup import TRANSITIONS, Lateness
from app.domain.roles import Permission
from app.services import dashboard, equity, followup, programme, reports, territory
from app.services.changes import Changes, Kind
from app.services.dashboard import Dashboard, Drill, Figure, Place, Scope
from app.services.followup import TrancheLine, WorksiteLine
from ui.context import AppContext
from ui.dialogs.followup_dialogs import (
    DenominatorsDialog,
    PaymentDialog,
    PaymentsDialog,
    RecordsDialog,
    StatusDialog,
    VisitDialog,
    WorksiteFileDialog,
    status_label,
    tranche_rows,
    worksite_rows,
)
from ui.documents import ask_pdf_path, say_saved, write_pdf
from ui.errors import show_error
from ui.i18n import amount_text, edition_name, figure, label, lead, named, tr
from ui.models.record_table import Column
from ui.tasks import run_query, run_task
from ui.widgets.chart_card import ChartCard, value_text
from ui.widgets.figure_button import FigureButton
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut

FIGURES_PER_ROW = 4
CHART_KEYS = ("quota", "status", "domain", "commune", "budget", "conventions", "late",
              "sex", "disability", "category")


def _date_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def worksite_columns() -> list[Column[WorksiteLine]]:
    return [
        Column(tr("المرجع"), lambda w: w.reference, numeric=True),
        Column(tr("الورش"), lambda w: w.title),
        Column(tr("الهيئة"), lambda w: w.partner_name),
        Column(tr("الجماعات"), lambda w: w.communes),
        Column(tr("الحالة"), lambda w: status_label(w.status)),
        Column(tr("التأخر"), lambda w: label(w.late)),
        Column(tr("الانطلاق المبرمج"), lambda w: _date_text(w.planned_start),
               lambda w: w.planned_start.isoformat() if w.planned_start else "", numeric=True),
        Column(tr("الانتهاء المبرمج"), lambda w: _date_text(w.planned_end),
               lambda w: w.planned_end.isoformat() if w.planned_end else "", numeric=True),
        Column(tr("الاتفاقية"), lambda w: w.convention_number, numeric=True),
    ]


def tranche_columns() -> list[Column[TrancheLine]]:
    return [
        Column(tr("الاتفاقية"), lambda t: t.convention_number, numeric=True),
        Column(tr("الهيئة"), lambda t: t.partner_name),
        Column(tr("الجماعات"), lambda t: t.communes),
        Column(tr("الشطر"), lambda t: f"{t.position}/{t.count}", numeric=True),
        Column(tr("المبلغ (درهم)"), lambda t: amount_text(t.amount), lambda t: t.amount,
               numeric=True),
        Column(tr("الشرط"), lambda t: t.condition),
        Column(tr("الاستحقاق"), lambda t: _date_text(t.due_on),
               lambda t: t.due_on.isoformat() if t.due_on else "", numeric=True),
        Column(tr("المؤدى (درهم)"), lambda t: amount_text(t.paid), lambda t: t.paid,
               numeric=True),
        Column(tr("آخر أداء"), lambda t: _date_text(t.last_paid_on), numeric=True),
        Column(tr("الوضعية"), lambda t: tr("متأخر") if t.late else (
            tr("مؤدى") if t.left <= 0 else (tr("غير موقعة") if not t.signed else ""))),
    ]


class FollowUpPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self.cards: dict[str, ChartCard] = {}
        self.figure_buttons: dict[str, FigureButton] = {}
        editions = programme.list_editions(ctx.db)
        latest = max(editions, key=lambda e: e.year) if editions else None
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in editions],
                                 latest.id if latest else None)
        self.edition.setToolTip(tr("النسخة"))
        self.place = ChoiceBox(searchable=True)
        self.place.setToolTip(tr("الإقليم أو الجهة"))
        self.place.setMinimumWidth(230)
        self.pdf_button = QPushButton(tr("تقرير PDF..."))
        self.pdf_button.setToolTip(tr("التقرير المطبوع للإقليم أو الجهة: الأرقام والرسوم "
                                      "والجداول والمتأخرات"))
        self.xlsx_button = QPushButton(tr("تقرير Excel..."))
        self.xlsx_button.setToolTip(tr("نفس الأرقام في مصنف Excel، جدول في كل ورقة"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        give_shortcut(self.pdf_button, "Ctrl+P", self)
        give_shortcut(self.xlsx_button, "Ctrl+Shift+E", self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("النسخة:")))
        top.addWidget(self.edition)
        top.addWidget(QLabel(tr("المجال الترابي:")))
        top.addWidget(self.place)
        top.addStretch()
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_dashboard(), tr("لوحة القيادة"))
        self.tabs.addTab(self._build_worksites(), tr("الأوراش"))
        self.tabs.addTab(self._build_tranches(), tr("الأشطر والأداءات"))
        self.tabs.addTab(self._build_equity(), tr("العدالة المجالية"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        offer(ctx, Permission.PRINT, self.pdf_button)
        offer(ctx, Permission.FOLLOW_UP, self.status_button, self.visit_button,
              self.pay_button, self.denominators_button)
        self._fill_places()
        self.edition.currentIndexChanged.connect(self._edition_changed)
        self.place.currentIndexChanged.connect(self.reload)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- building ------------------------------------------------------------------------

    def _build_dashboard(self) -> QWidget:
        self.figures_grid = QGridLayout()
        self.charts_grid = QGridLayout()
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        self.dashboard_note = QLabel()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.dashboard_note)
        column.addLayout(self.figures_grid)
        column.addLayout(self.charts_grid)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _build_worksites(self) -> QWidget:
        self.worksites = ListPanel(worksite_columns(), tr("زيارة ميدانية..."),
                                   self.add_visit, self.open_file)
        self.worksites.search.setPlaceholderText(tr("بحث في الأوراش (Ctrl+F)"))
        self.worksites.edit_button.setText(tr("ملف الورش"))
        self.visit_button = self.worksites.add_button
        self.status_button = QPushButton(tr("تغيير الحالة..."))
        self.status_button.setToolTip(tr("انطلاق، توقيف، استئناف، إنجاز أو إلغاء الورش"))
        self.status_button.clicked.connect(self.change_status)
        self.worksites.bar.insertWidget(self.worksites.bar.count() - 2, self.status_button)
        self.late_only = QCheckBox(tr("المتأخرة فقط"))
        self.late_only.toggled.connect(self.reload_lists)
        self.worksites.filters.addWidget(self.late_only)
        give_shortcut(self.status_button, "Ctrl+T", self.worksites)
        give_shortcut(self.late_only, "Ctrl+Shift+L", self.worksites)
        self.worksites.enable_export("worksites")
        return self.worksites

    def _build_tranches(self) -> QWidget:
        holder = QWidget()
        self.tranches = ListPanel(tranche_columns(), tr("تسجيل أداء..."), self.record_payment,
                                  self.record_payment)
        self.tranches.search.setPlaceholderText(tr("بحث في الأشطر (Ctrl+F)"))
        self.tranches.edit_button.hide()
        self.pay_button = self.tranches.add_button
        self.payments_button = QPushButton(tr("الأداءات..."))
        self.payments_button.setToolTip(tr("أداءات الشطر المحدد: تصحيحها أو حذفها"))
        self.payments_button.clicked.connect(self.open_payments)
        self.tranches.bar.insertWidget(self.tranches.bar.count() - 2, self.payments_button)
        give_shortcut(self.payments_button, "Ctrl+Shift+P", self.tranches)
        self.late_tranches = QCheckBox(tr("المتأخرة فقط"))
        self.late_tranches.toggled.connect(self.reload_lists)
        self.tranches.filters.addWidget(self.late_tranches)
        give_shortcut(self.late_tranches, "Ctrl+Shift+L", self.tranches)
        self.tranches.enable_export("tranches")
        self.money = QLabel()
        self.money.setWordWrap(True)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tranches, 1)
        column.addWidget(self.money)
        return holder

    def _build_equity(self) -> QWidget:
        holder = QWidget()
        self.region = ChoiceBox([(r.id, named(r)) for r in territory.list_regions(self.ctx.db)])
        self.region.setToolTip(tr("الجهة"))
        self.region.currentIndexChanged.connect(self.reload_equity)
        self.denominators_button = QPushButton(tr("السكان والباحثون عن الشغل..."))
        self.denominators_button.setToolTip(tr("المقامات التي تقسم عليها الحصة، مع مصدرها "
                                               "وسنتها، للإقليم المحدد"))
        self.denominators_button.clicked.connect(self.edit_denominators)
        give_shortcut(self.denominators_button, "Ctrl+Shift+U", holder)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("الجهة:")))
        bar.addWidget(self.region)
        bar.addStretch()
        bar.addWidget(self.denominators_button)
        self.equity_table = QTableWidget(0, 11)
        self.equity_table.setHorizontalHeaderLabels([
            tr("الإقليم"), tr("المناصب"), tr("السكان"), tr("الباحثون عن الشغل"),
            tr("لكل 10.000 نسمة"), tr("لكل 100 باحث"), tr("المستفيدون"),
            tr("النساء %"), tr("الإعاقة %"), tr("أوراش/جماعة"), tr("الابتعاد %")])
        self.equity_table.verticalHeader().hide()
        self.equity_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.equity_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.equity_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.equity_table.horizontalHeaderItem(4).setToolTip(tr("مناصب لكل 10.000 نسمة"))
        self.equity_table.horizontalHeaderItem(5).setToolTip(tr("مناصب لكل 100 باحث عن الشغل"))
        self.equity_table.horizontalHeaderItem(10).setToolTip(tr(
            "متوسط الابتعاد النسبي عن المعدل الجهوي في النسب المعروفة"))
        self.equity_table.cellDoubleClicked.connect(lambda _r, _c: self.edit_denominators())
        self.equity_note = QLabel(tr("الأقاليم الأبعد عن المعدل الجهوي أولا. أدخل السكان "
                                     "والباحثين عن الشغل لكل إقليم لتظهر النسب."))
        self.equity_note.setWordWrap(True)
        self.equity_rows: list[equity.EquityRow] = []
        column = QVBoxLayout(holder)
        column.addLayout(bar)
        column.addWidget(self.equity_table, 1)
        column.addWidget(self.equity_note)
        return holder

    # -- scope ---------------------------------------------------------------------------

    def _fill_places(self) -> None:
        edition_id = self.edition.value()
        found = dashboard.places(self.ctx.db, edition_id) if edition_id else []
        current = self.place.value()
        self.place.blockSignals(True)
        self.place.set_items([(p, p.label) for p in found])
        if current is not None:
            match = next((p for p in found if p.id == current.id), None)
            if match is not None:
                self.place.select(match)
        self.place.blockSignals(False)
        if found and self.region.count():
            province = found[0].province_ids[0] if found[0].province_ids else None
            if province is not None:
                region_id = territory.get_province(self.ctx.db, province).region_id
                self.region.select(region_id)

    def _edition_changed(self) -> None:
        self._fill_places()
        self.reload()

    def scope(self) -> Scope | None:
        edition_id, place = self.edition.value(), self.place.value()
        if edition_id is None or not isinstance(place, Place):
            return None
        return dashboard.scope_of(self.ctx.db, edition_id, place.province_ids, place.label)

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.reload_dashboard()
        self.reload_lists()
        self.reload_equity()

    def reload_dashboard(self) -> None:
        scope = self.scope()
        if scope is None:
            self.dashboard_note.setText(tr("لا توجد نسخة أو مجال ترابي لعرض لوحة القيادة."))
            return
        db = self.ctx.db
        run_query(self, lambda: dashboard.in_language(dashboard.build(db, scope)),
                  self._show_board, quiet=True)

    def reload_lists(self) -> None:
        scope = self.scope()
        if scope is None:
            return
        db, late_w, late_t = self.ctx.db, self.late_only.isChecked(), \
            self.late_tranches.isChecked()

        def load() -> tuple[list[WorksiteLine], list[TrancheLine], list[followup.MoneyTotal]]:
            works: list[WorksiteLine] = []
            tranches: list[TrancheLine] = []
            totals: list[followup.MoneyTotal] = []
            for province_id in scope.province_ids:
                works += followup.list_worksites(db, scope.edition_id, province_id,
                                                 late_only=late_w)
                tranches += followup.list_tranches(db, scope.edition_id, province_id,
                                                   late_only=late_t)
                totals += followup.payment_totals(db, scope.edition_id, province_id,
                                                  by="province")
            return works, tranches, totals

        run_query(self, load, self._show_lists, quiet=True)

    def reload_equity(self) -> None:
        edition_id, region_id = self.edition.value(), self.region.value()
        if edition_id is None or region_id is None:
            return
        db = self.ctx.db
        run_query(self, lambda: equity.region_equity(db, edition_id, region_id),
                  self._show_equity, quiet=True)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.EDITION, Kind.QUOTA):
            self._fill_places()
        if changes.touches(Kind.FOLLOW_UP, Kind.CONVENTION, Kind.PROPOSAL, Kind.QUOTA,
                           Kind.EDITION, Kind.BENEFICIARY, Kind.PARTNER):
            self.reload()

    # -- showing -------------------------------------------------------------------------

    def _clear(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _show_board(self, board: Dashboard) -> None:
        self.board = board
        self.dashboard_note.setText(f"<b>{lead()}{board.scope.title}</b>")
        self._clear(self.figures_grid)
        self._clear(self.charts_grid)
        self.figure_buttons = {}
        for index, item in enumerate(board.figures):
            button = FigureButton(self._figure_value(item), item.label)
            if item.drill is not None:
                button.setToolTip(tr("عرض السجلات التي يعدها هذا الرقم"))
                button.clicked.connect(lambda _c=False, f=item: self.open_drill(f.drill, f.label))
            else:
                button.setToolTip(tr("رقم مرجعي من الحصة المخصصة"))
            self.figure_buttons[item.key] = button
            # The grid follows the layout direction itself: the first figure at the right
            # in Arabic, at the left in French.
            self.figures_grid.addWidget(button, index // FIGURES_PER_ROW,
                                        index % FIGURES_PER_ROW)
        self.cards = {}
        for index, key in enumerate(CHART_KEYS):
            card = ChartCard(board.breakdown(key))
            card.drill.connect(self.open_drill)
            self.cards[key] = card
            self.charts_grid.addWidget(card, index // 2, index % 2)

    def _figure_value(self, item: Figure) -> str:
        value = tr("غير متوفر بعد") if item.value is None else value_text(item.value)
        if item.unit:
            value += " " + tr("درهم")
        if item.target is not None and isinstance(item.value, int) and item.target:
            value += tr(" من {target}").format(target=value_text(item.target))
        return f"{lead()}{value}"

    def _show_lists(self, loaded: tuple[list[WorksiteLine], list[TrancheLine],
                                        list[followup.MoneyTotal]]) -> None:
        works, tranches, totals = loaded
        self.worksites.set_records(works)
        self.worksites.fit_columns(widest=200)
        self.tranches.set_records(tranches)
        self.tranches.fit_columns(widest=200)
        due = sum((t.due for t in totals), start=Decimal(0))
        paid = sum((t.paid for t in totals), start=Decimal(0))
        late = sum(1 for t in tranches if t.late)
        self.money.setText(tr("الملتزم به في الاتفاقيات الموقعة: {due} درهم؛ المؤدى: {paid} "
                              "درهم؛ الباقي: {left} درهم؛ أشطر متأخرة: {late}.").format(
            due=amount_text(due), paid=amount_text(paid),
            left=amount_text(due - paid), late=figure(late)))

    def _show_equity(self, view: equity.EquityView) -> None:
        self.equity_rows = view.rows
        table = self.equity_table
        table.setRowCount(len(view.rows))

        def ratio(value: float | None) -> str:
            """A decimal comma, as every other figure of the application ("37,97")."""
            return "—" if value is None else f"{value:.2f}".replace(".", ",")

        for row, item in enumerate(view.rows):
            p = item.province
            reached = figure(p.reached) + ("" if p.basis in (equity.ASSIGNED, equity.NONE)
                                           else " *")
            cells = [p.name, figure(p.posts), figure(p.population) if p.population else "—",
                     figure(p.job_seekers) if p.job_seekers else "—", ratio(p.posts_per_10k),
                     ratio(p.posts_per_100_seekers), reached, ratio(p.women_share),
                     ratio(p.disabled_share), ratio(p.worksites_per_commune),
                     f"{item.gap * 100:.0f}"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column in (6, 7, 8):
                    cell.setToolTip(self._basis_text(p))
                elif p.source:
                    cell.setToolTip(tr("المصدر: {source} ({year})").format(
                        source=p.source, year=p.source_year or ""))
                table.setItem(row, column, cell)
        leaning = [r.province for r in view.rows
                   if r.province.basis in (equity.PLANNED, equity.MIXED)]
        text = tr("الأقاليم الأبعد عن المعدل الجهوي أولا. المستفيدون ونسب النساء والإعاقة من "
                  "سجل المستفيدين (المعينون في الأوراش). أدخل السكان والباحثين عن الشغل لكل "
                  "إقليم لتظهر النسب.")
        if leaning:
            text += "\n* " + tr("أرقام مبرمجة حيث لم يعين أحد بعد: {names}.").format(
                names="، ".join(f"{p.name} ({self._basis_text(p)})" for p in leaning))
        self.equity_note.setText(text)

    def _basis_text(self, p: equity.ProvinceEquity) -> str:
        if p.basis == equity.PLANNED:
            return tr("أرقام مبرمجة: لم يعين أي مستفيد بعد")
        if p.basis == equity.MIXED:
            return tr("{assigned} معينا فعلا، وأرقام مبرمجة لـ {planned} من {worksites} ورشا "
                      "لم يعين فيها أحد بعد").format(
                assigned=figure(p.assigned), planned=figure(p.planned_worksites),
                worksites=figure(p.worksites))
        if p.basis == equity.ASSIGNED:
            return tr("المعينون فعلا في سجل المستفيدين")
        return tr("لا أوراش مصادق عليها")

    # -- actions -------------------------------------------------------------------------

    def open_drill(self, drill: Drill, title: str) -> None:
        scope = self.scope()
        if scope is None:
            return
        db = self.ctx.db

        def load() -> tuple[list[str], list[list[str]]]:
            if drill.what == "tranches":
                return tranche_rows(dashboard.tranches_behind(db, scope, drill))
            return worksite_rows(dashboard.worksites_behind(db, scope, drill))

        def show(loaded: tuple[list[str], list[list[str]]]) -> None:
            self.records_dialog = RecordsDialog(title, *loaded, parent=self)
            self.records_dialog.show()

        run_query(self, load, show)

    def _current_worksite(self) -> WorksiteLine | None:
        record = self.worksites.current_record()
        return record if isinstance(record, WorksiteLine) else None

    def change_status(self) -> None:
        line = self._current_worksite()
        if line is None or not TRANSITIONS[line.status]:
            return
        self.status_dialog = StatusDialog(self.ctx, line, self)
        self.status_dialog.open()

    def add_visit(self) -> None:
        line = self._current_worksite()
        if line is None:
            return
        self.visit_dialog = VisitDialog(self.ctx, line, self)
        self.visit_dialog.open()

    def open_file(self, record: Any = None) -> None:
        line = record if isinstance(record, WorksiteLine) else self._current_worksite()
        if line is None:
            return
        db, pid = self.ctx.db, line.proposal_id

        def show(file: followup.WorksiteFile) -> None:
            self.file_dialog = WorksiteFileDialog(file, self, ctx=self.ctx)
            self.file_dialog.show()

        run_query(self, lambda: followup.worksite_file(db, pid), show)

    def record_payment(self, record: Any = None) -> None:
        line = record if isinstance(record, TrancheLine) else self.tranches.current_record()
        if not isinstance(line, TrancheLine):
            return
        self.payment_dialog = PaymentDialog(self.ctx, line, self)
        self.payment_dialog.open()

    def open_payments(self) -> None:
        line = self.tranches.current_record()
        if not isinstance(line, TrancheLine):
            return
        self.payments_dialog = PaymentsDialog(self.ctx, line, self)
        self.payments_dialog.show()

    def edit_denominators(self) -> None:
        row = self.equity_table.currentRow()
        edition_id = self.edition.value()
        if edition_id is None or not 0 <= row < len(self.equity_rows):
            return
        self.denominators_dialog = DenominatorsDialog(self.ctx, edition_id,
                                                      self.equity_rows[row].province, self)
        self.denominators_dialog.open()

    def _file_stem(self, scope: Scope) -> str:
        return f"awrach-{scope.edition_year}-{scope.place}".replace(" ", "-")

    def save_pdf(self) -> None:
        scope = self.scope()
        if scope is None:
            return
        path = ask_pdf_path(self, tr("تقرير التتبع"), f"{self._file_stem(scope)}.pdf")
        if path is not None:
            self.write_report(scope, path)

    def write_report(self, scope: Scope, path: Path) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        write_pdf(self, lambda: reports.report_pdf(db, actor, scope), path,
                  say_saved(self, tr("تقرير التتبع")))

    def save_xlsx(self) -> None:
        scope = self.scope()
        if scope is None:
            return
        default = Path.home() / f"{self._file_stem(scope)}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, tr("تقرير Excel"), str(default),
                                              tr("مصنف Excel (*.xlsx)"))
        if name:
            path = Path(name)
            self.write_workbook(scope, path if path.suffix.lower() == ".xlsx"
                                else path.with_name(path.name + ".xlsx"))

    def write_workbook(self, scope: Scope, path: Path,
                       then: Callable[[Path], None] | None = None) -> None:
        db = self.ctx.db

        def work(_progress: Any) -> Path:
            reports.write_report_xlsx(db, scope, path)
            return path

        run_task(self, tr("جار إعداد مصنف Excel..."), work,
                 then or say_saved(self, tr("تقرير Excel")), lambda exc: show_error(self, exc))

    def late_count(self) -> int:
        return sum(1 for line in self.worksites.model.records()
                   if line.late is not Lateness.NONE)

    def province_ids(self) -> list[uuid.UUID]:
        place = self.place.value()
        return list(place.province_ids) if isinstance(place, Place) else []
