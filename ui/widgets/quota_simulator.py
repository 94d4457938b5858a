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
from ui.i18n import tr
from ui.widgets.inputs import spin_box


def figure(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class QuotaSimulator(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("الحصة ومحاكاة المدة"), parent)
        self.ctx = ctx
        self.edition_id: uuid.UUID | None = None
        self.province_id: uuid.UUID | None = None
        self.use: QuotaUse | None = None
        form = QFormLayout(self)
        self.allotted = QLabel()
        self.planned = QLabel()
        self.selected = QLabel()
        self.left = QLabel()
        self.duration = spin_box(PROGRAMME_MIN_DURATION_MONTHS, PROGRAMME_MAX_DURATION_MONTHS,
                                 DEFAULT_DURATION_MONTHS, tr(" أشهر"))
        self.reach = QLabel()
        self.reach.setObjectName("reach")
        self.reach.setWordWrap(True)
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
        self.allotted.setText(tr("{posts} منصبا، {months} شهر عمل").format(
            posts=figure(quota.posts), months=figure(quota.person_months)))
        self.planned.setText(tr("{people} مستفيدا، {months} شهر عمل").format(
            people=figure(use.planned_people), months=figure(use.planned_person_months)))
        self.selected.setText(tr("{people} مستفيدا، {months} شهر عمل").format(
            people=figure(use.selected_people), months=figure(use.selected_person_months)))
        self.left.setText(tr("{months} شهر عمل").format(months=figure(use.left_person_months)))
        self._show_reach()

    def _show_reach(self) -> None:
        use = self.use
        if use is None or use.quota is None:
            return
        months = self.duration.value()
        self.reach.setText(tr("تكفي الحصة لـ {people} مستفيدا لمدة {months} أشهر، "
                              "ويكفي المتبقي لـ {left} مستفيدا.").format(
            people=figure(use.people_reachable(months)), months=months,
            left=figure(people_reached(use.left_person_months, months))))
