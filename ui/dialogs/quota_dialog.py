"""Add or change a province's quota for an edition."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from app.domain.enums import Component
from app.domain.programme import Edition, Quota, default_person_months, people_reached
from app.domain.roles import Permission
from app.services import programme, territory
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import edition_name, label, months_text, named, people_text, tr
from ui.widgets.inputs import choice_box, spin_box


class QuotaDialog(RecordDialog):
    PERMISSION = Permission.QUOTAS

    def __init__(self, ctx: AppContext, quota: Quota | None = None,
                 edition_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل الحصة") if quota else tr("إضافة حصة"), parent)
        self.quota = quota
        self.editions = {e.id: e for e in programme.list_editions(ctx.db)}
        provinces = territory.list_provinces(ctx.db)
        self.edition = choice_box([(e.id, edition_name(e)) for e in self.editions.values()],
                                  quota.edition_id if quota else edition_id)
        self.province = choice_box([(p.id, f"{named(p)} ({p.code})") for p in provinces],
                                   quota.province_id if quota else None, searchable=True)
        if quota is None:
            self.province.setCurrentIndex(-1)
        self.component = choice_box([(c, label(c)) for c in Component],
                                    quota.component if quota else None)
        self.posts = spin_box(0, 1_000_000, quota.posts if quota else 0)
        self.person_months = spin_box(0, 12_000_000, quota.person_months if quota else 0)
        self.reach = QLabel()
        self.reach.setObjectName("reach")
        self.reach.setWordWrap(True)
        self.fill = QPushButton(tr("احسب أشهر العمل من المدة الاعتيادية"))
        self.notes = QPlainTextEdit(quota.notes if quota else "")
        self.notes.setFixedHeight(70)

        f = self.form
        f.add_field("edition_id", tr("النسخة"), self.edition)
        f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        f.add_field("component", tr("الشق"), self.component)
        f.add_field("posts", tr("عدد المناصب"), self.posts)
        f.add_field("person_months", tr("عدد أشهر العمل"), self.person_months)
        f.add_field("fill", "", self.fill)
        f.add_field("reach", tr("عدد المستفيدين الممكن"), self.reach)
        f.add_field("notes", tr("ملاحظات"), self.notes)

        self.fill.clicked.connect(self._fill_person_months)
        for signal in (self.posts.valueChanged, self.person_months.valueChanged,
                       self.edition.currentIndexChanged):
            signal.connect(self._update_reach)
        self._update_reach()

    def _current_edition(self) -> Edition | None:
        return self.editions.get(self.edition.value())

    def _fill_person_months(self) -> None:
        edition = self._current_edition()
        if edition is not None:
            self.person_months.setValue(default_person_months(self.posts.value(), edition))

    def _update_reach(self) -> None:
        edition = self._current_edition()
        months = self.person_months.value()
        if edition is None or months <= 0:
            self.reach.setText("—")
            return
        durations = sorted({edition.min_duration_months, edition.default_duration_months,
                            edition.max_duration_months})
        parts = [tr("{people} لمدة {duration}").format(
            people=people_text(people_reached(months, d)), duration=months_text(d))
            for d in durations]
        self.reach.setText("، ".join(parts))

    def submit(self) -> Callable[[], Quota]:
        quota = Quota(
            edition_id=self.edition.value(), province_id=self.province.value(),
            posts=self.posts.value(), person_months=self.person_months.value(),
            component=self.component.value(),
            notes=self.notes.toPlainText(), id=self.quota.id if self.quota else None,
            row_version=self.quota.row_version if self.quota else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: programme.save_quota(db, actor, quota)
