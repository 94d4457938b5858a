"""A province's quota for an edition: allotted, planned, selected, left, and what a duration buys.

Changing the benefit duration shows at once how many people the quota can reach, which is
how committees decide to shorten it (Khenifra 2023: 953 posts at 3 months for 1,251 people).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.domain.programme import (
    DEFAULT_DURATION_MONTHS,
    PROGRAMME_MAX_DURATION_MONTHS,
    PROGRAMME_MIN_DURATION_MONTHS,
    people_reached,
)
from app.domain.proposals import QuotaUse
from app.services import proposals
from ui.context import AppContext
from ui.i18n import months_text, people_text, posts_text, tr, work_months_text
from ui.widgets.inputs import months_box


class QuotaSimulator(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("الحصة ومحاكاة المدة"), parent)
        self.ctx = ctx
        self.edition_id: uuid.UUID | None = None
        self.province_id: uuid.UUID | None = None
        self.use: QuotaUse | None = None
        form = QFormLayout(self)
        # Each figure under its caption: beside the list there is room for one column only.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.setMinimumWidth(260)
        self.allotted = QLabel()
        self.planned = QLabel()
        self.selected = QLabel()
        self.left = QLabel()
        self.duration = months_box(PROGRAMME_MIN_DURATION_MONTHS, PROGRAMME_MAX_DURATION_MONTHS,
                                   DEFAULT_DURATION_MONTHS)
        self.reach = QLabel()
        self.reach.setObjectName("reach")
        for label in (self.allotted, self.planned, self.selected, self.left, self.reach):
            label.setWordWrap(True)
        form.addRow(tr("الحصة المخصصة"), self.allotted)
        form.addRow(tr("المبرمج في الملفات"), self.planned)
        form.addRow(tr("المنتقى"), self.selected)
        form.addRow(tr("المتبقي"), self.left)
        form.addRow(tr("مدة الاستفادة"), self.duration)
        form.addRow(tr("عدد المستفيدين الممكن"), self.reach)
        self.duration.valueChanged.connect(self._show_reach)

    def show_quota(self, edition_id: uuid.UUID | None, province_id: uuid.UUID | None) -> None:
        self.edition_id, self.province_id = edition_id, province_id
        self.use = (proposals.quota_use(self.ctx.db, edition_id, province_id)
                    if edition_id and province_id else None)
        use = self.use
        if use is None or use.quota is None:
            text = tr("اختر نسخة وإقليما لهما حصة مسجلة.")
            for label in (self.allotted, self.planned, self.selected, self.left):
                label.setText("—")
            self.reach.setText(text)
            return
        quota = use.quota
        self.allotted.setText(tr("{posts}، {months}").format(
            posts=posts_text(quota.posts), months=work_months_text(quota.person_months)))
        self.planned.setText(tr("{people}، {months}").format(
            people=people_text(use.planned_people),
            months=work_months_text(use.planned_person_months)))
        self.selected.setText(tr("{people}، {months}").format(
            people=people_text(use.selected_people),
            months=work_months_text(use.selected_person_months)))
        self.left.setText(work_months_text(use.left_person_months))
        self._show_reach()

    def _show_reach(self) -> None:
        use = self.use
        if use is None or use.quota is None:
            return
        months = self.duration.value()
        self.reach.setText(tr("تكفي الحصة لـ {people} لمدة {duration}، "
                              "ويكفي المتبقي لـ {left}.").format(
            people=people_text(use.people_reachable(months)), duration=months_text(months),
            left=people_text(people_reached(use.left_person_months, months))))
