"""Assign people to a worksite: its planned number, the places taken, and the women and
disability counts against what was planned, before and after."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.beneficiaries import Assignment
from app.services import beneficiaries
from ui.context import AppContext
from ui.dialogs.record_dialog import FormDialog
from ui.i18n import figure, tr
from ui.tasks import run_query
from ui.widgets.inputs import ChoiceBox


class AssignmentDialog(FormDialog):
    def __init__(self, ctx: AppContext, beneficiary_ids: list[uuid.UUID],
                 names: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("تعيين في ورش"), parent, action=tr("تعيين"))
        self.ctx, self.ids = ctx, beneficiary_ids
        self.sites: dict[uuid.UUID, beneficiaries.Worksite] = {}
        self.worksite = ChoiceBox([], searchable=True)
        self.worksite.setMinimumWidth(560)
        self.setMinimumWidth(760)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        # Room for the counts' three lines, which arrive after the dialog has taken its size.
        self.counts.setMinimumHeight(self.counts.fontMetrics().lineSpacing() * 3)
        self.form.add_field("beneficiary_id", tr("المستفيد"), QLabel(names))
        self.form.add_field("proposal_id", tr("الورش"), self.worksite)
        self.form.add_field("counts", "", self.counts)
        self.worksite.currentIndexChanged.connect(self._show_counts)
        self.counts.setText(tr("جار تحميل الأوراش..."))
        run_query(self, lambda: beneficiaries.list_worksites(ctx.db), self._worksites,
                  quiet=True)

    def _worksites(self, sites: list[beneficiaries.Worksite]) -> None:
        """The worksites and their counts, read off the GUI thread while the dialog opens."""
        self.sites = {w.id: w for w in sites}
        self.worksite.blockSignals(True)
        self.worksite.set_items([(w.id, f"{w.reference} — {w.title_ar}") for w in sites])
        self.worksite.blockSignals(False)
        self._show_counts()

    def _show_counts(self) -> None:
        editor = self.worksite.lineEdit()
        if editor is not None:
            editor.setCursorPosition(0)  # the reference first, not the end of the title
        site = self.sites.get(self.worksite.value())
        if site is None:
            self.counts.setText("")
            return
        self.counts.setText(tr(
            "المبرمج: {planned} (منهم {women} نساء و{disabled} في وضعية إعاقة). المعينون "
            "حاليا: {assigned} (منهم {w} نساء و{d} في وضعية إعاقة). الأماكن الشاغرة: {free}. "
            "الفترة: {start} - {end}.").format(
            planned=figure(site.planned), women=figure(site.women_planned),
            disabled=figure(site.disabled_planned), assigned=figure(site.assigned),
            w=figure(site.women), d=figure(site.disabled), free=figure(site.free),
            start=site.starts_on.strftime("%d/%m/%Y") if site.starts_on else "",
            end=site.ends_on.strftime("%d/%m/%Y") if site.ends_on else ""))

    def submit(self) -> Callable[[], list[Assignment]]:
        db, actor, ids, site = self.ctx.db, self.ctx.actor, list(self.ids), self.worksite.value()
        return lambda: beneficiaries.assign(db, actor, ids, site)
