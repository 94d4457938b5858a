"""Proposed worksites: the intake list, status changes, the quota simulator, and the calls."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ProposalStatus
from app.domain.proposals import TRANSITIONS, Proposal
from app.domain.roles import Permission
from app.services import exports, programme, proposals, territory
from app.services.changes import Changes, Kind
from ui.context import AppContext
from ui.dialogs.proposal_dialog import ProposalDialog
from ui.i18n import edition_name, figure, label, named, tr
from ui.models.paged_table import PagedColumn
from ui.pages.calls_panel import CallsPanel
from ui.tasks import run_op
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import PagedListPanel
from ui.widgets.permissions import offer
from ui.widgets.quota_simulator import QuotaSimulator
from ui.widgets.shortcuts import give_shortcut

NEEDS_REASON = (ProposalStatus.INELIGIBLE, ProposalStatus.REJECTED)


class ProposalsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = PagedListPanel([
            PagedColumn(tr("المرجع"), lambda p: p.reference, "reference", numeric=True),
            PagedColumn(tr("عنوان الورش"), lambda p: p.title_ar, "title_ar"),
            PagedColumn(tr("الهيئة حاملة المشروع"), lambda p: p.partner_name_ar, "partner"),
            PagedColumn(tr("الجماعات"), lambda p: p.commune_names_ar),
            PagedColumn(tr("المجال"), lambda p: p.domain_name_ar, "domain"),
            PagedColumn(tr("المستفيدون"), lambda p: figure(p.beneficiaries), "beneficiaries",
                        numeric=True),
            PagedColumn(tr("النساء"), lambda p: figure(p.women_planned), "women_planned",
                        numeric=True),
            PagedColumn(tr("المدة"), lambda p: p.duration_months, "duration_months",
                        numeric=True),
            PagedColumn(tr("الحالة"), lambda p: label(p.status), "status"),
            PagedColumn(tr("تاريخ الإيداع"), lambda p: p.received_on.strftime("%d/%m/%Y")
                        if p.received_on else "", "received_on", numeric=True),
        ], lambda q: proposals.list_proposals(ctx.db, q), tr("تسجيل مشروع"),
            self.add_proposal, self.edit_proposal)

        editions = programme.list_editions(ctx.db)
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in editions]
                                 + [(None, tr("كل النسخ"))])
        self.province = ChoiceBox([(None, tr("كل الأقاليم"))] + [
            (p.id, f"{named(p)} ({p.code})") for p in territory.list_provinces(ctx.db)],
            searchable=True)
        self.status = ChoiceBox([(None, tr("كل الحالات"))]
                                + [(s, label(s)) for s in ProposalStatus])
        for box in (self.edition, self.province, self.status):
            self.panel.filters.addWidget(box)
            box.currentIndexChanged.connect(self.apply_filters)
        self.status_button = QToolButton()
        self.status_button.setText(tr("تغيير الحالة"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.panel.bar.addWidget(self.status_button)
        give_shortcut(self.status_button, "Ctrl+T", self.panel, self.status_button.showMenu)
        self.panel.enable_paged_export("proposals", lambda query, path, progress: (
            exports.export_proposals(ctx.db, query, path, progress=progress)))

        self.simulator = QuotaSimulator(ctx)
        worksites = QWidget()
        row = QHBoxLayout(worksites)
        row.addWidget(self.panel, 3)
        side = QVBoxLayout()
        side.addWidget(self.simulator)
        side.addStretch()
        row.addLayout(side, 1)

        self.calls = CallsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(worksites, tr("المشاريع المقترحة"))
        self.tabs.addTab(self.calls, tr("طلبات العروض"))
        QVBoxLayout(self).addWidget(self.tabs)

        if self.province.count() > 1 and editions:
            self._default_province(editions[0].id)
        self.apply_filters()
        offer(ctx, Permission.PROPOSALS, self.panel.add_button, self.status_button)
        ctx.changed.connect(self._on_changed)

    def _default_province(self, edition_id: Any) -> None:
        """Open on the province this office works for: the one with quotas in the edition."""
        quotas = programme.list_quotas(self.ctx.db, edition_id)
        with_proposals = [q for q in quotas if proposals.quota_use(
            self.ctx.db, edition_id, q.province_id).planned_people]
        if with_proposals:
            self.province.blockSignals(True)  # the list is asked for once, after this
            self.province.select(with_proposals[0].province_id)
            self.province.blockSignals(False)

    def apply_filters(self) -> None:
        self.panel.set_filter("edition_id", self.edition.value())
        self.panel.set_filter("province_id", self.province.value())
        self.panel.set_filter("status", self.status.value())
        self.panel.reload()
        self.simulator.show_quota(self.edition.value(), self.province.value())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PROPOSAL, Kind.QUOTA, Kind.PARTNER, Kind.CALL, Kind.EDITION,
                           Kind.MEETING, Kind.DOMAIN):
            self.panel.reload()
            self.simulator.show_quota(self.edition.value(), self.province.value())

    def proposal_dialog(self, proposal: Proposal | None = None) -> ProposalDialog:
        return ProposalDialog(self.ctx, proposal, self.edition.value(), self.province.value(),
                              parent=self)

    def add_proposal(self) -> None:
        self.proposal_dialog().exec()

    def edit_proposal(self, record: Proposal) -> None:
        if record.id is not None:
            self.proposal_dialog(proposals.get_proposal(self.ctx.db, record.id)).exec()

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        record = self.panel.current_record()
        if record is None:
            self.status_menu.addAction(tr("اختر مشروعا من اللائحة")).setEnabled(False)
            return
        for target in ProposalStatus:
            if target in TRANSITIONS[record.status]:
                action = self.status_menu.addAction(label(target))
                action.triggered.connect(lambda _=False, t=target: self.change_status(t))

    def change_status(self, target: ProposalStatus, reason: str | None = None) -> None:
        record = self.panel.current_record()
        if record is None or record.id is None:
            return
        if reason is None and target in NEEDS_REASON:
            reason, ok = QInputDialog.getText(self, label(target), tr("السبب:"))
            if not ok:
                return
        db, actor, proposal_id = self.ctx.db, self.ctx.actor, record.id
        run_op(self, lambda: proposals.set_status(db, actor, proposal_id, target,
                                                  reason or ""))
