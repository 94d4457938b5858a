"""Calls for project proposals (طلبات عروض المشاريع): the list, a filter per edition, the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.calls import Call
from app.domain.roles import Permission
from app.services import calls, programme
from app.services.changes import Changes, Kind
from ui.context import AppContext
from ui.dialogs.call_dialog import CallDialog
from ui.i18n import edition_name, label, tr
from ui.models.record_table import Column
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.permissions import offer

OPEN, NOT_YET, CLOSED = 0, 1, 2
OPENS_COLUMN = 5


def call_state(call: Call, today: date | None = None) -> int:
    today = today or date.today()
    if call.is_open_on(today):
        return OPEN
    return NOT_YET if today < call.opens_on else CLOSED


def status_text(call: Call, today: date | None = None) -> str:
    return {OPEN: tr("مفتوح"), NOT_YET: tr("لم يفتح بعد"),
            CLOSED: tr("مغلق")}[call_state(call, today)]


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class CallsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = ListPanel([
            Column(tr("المرجع"), lambda c: c.reference),
            Column(tr("العنوان"), lambda c: c.title_ar),
            Column(tr("النسخة"), lambda c: c.edition_title),
            Column(tr("الإقليم"), lambda c: c.territory_name_ar),
            Column(tr("الشق"), lambda c: label(c.component)),
            Column(tr("من"), lambda c: _day(c.opens_on), lambda c: c.opens_on),
            Column(tr("إلى"), lambda c: _day(c.closes_on), lambda c: c.closes_on),
            Column(tr("الحالة"), status_text, call_state),
        ], tr("إضافة طلب عروض"), self.add_call, self.edit_call)
        self.model = self.panel.model
        self.proxy = self.panel.proxy
        self.edition_filter = ChoiceBox()
        self.edition_filter.currentIndexChanged.connect(self.refresh)
        self.panel.filters.addWidget(self.edition_filter)
        self.panel.enable_export("calls")
        # The latest call first: it is the one a committee works on.
        self.panel.table.sortByColumn(OPENS_COLUMN, Qt.SortOrder.DescendingOrder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

        self._fill_filter()
        self.refresh()
        offer(ctx, Permission.CALLS, self.panel.add_button)
        ctx.changed.connect(self._on_changed)

    def _fill_filter(self) -> None:
        current = self.edition_filter.value()
        self.edition_filter.blockSignals(True)
        self.edition_filter.set_items([(None, tr("كل النسخ"))] + [
            (e.id, edition_name(e)) for e in programme.list_editions(self.ctx.db)])
        self.edition_filter.select(current)
        self.edition_filter.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.EDITION):
            self._fill_filter()
        if changes.touches(Kind.CALL, Kind.EDITION, Kind.TERRITORY, Kind.DOMAIN):
            self.refresh()

    def refresh(self) -> None:
        self.panel.set_records(calls.list_calls(self.ctx.db, self.edition_filter.value()))

    def call_dialog(self, call: Call | None = None) -> CallDialog:
        if call is not None:
            return CallDialog(self.ctx, call, parent=self)
        return CallDialog(self.ctx, edition_id=self.edition_filter.value(), parent=self)

    def add_call(self) -> None:
        self.call_dialog().exec()

    def edit_call(self, call: Call) -> None:
        self.call_dialog(call).exec()
