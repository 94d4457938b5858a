"""Beneficiaries (المستفيدون): the people, paged in SQL so a national list of 250,000 opens
as fast as ten; import, the person's card, assignment, likely duplicates and export."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.beneficiaries import Beneficiary, EligibilityCategory
from app.domain.enums import AssignmentStatus, Sex
from app.domain.roles import Permission
from app.errors import DomainError
from app.services import beneficiaries, territory
from app.services.changes import Changes, Kind
from ui import errors
from ui.context import AppContext
from ui.dialogs.assignment_dialog import AssignmentDialog
from ui.dialogs.beneficiary_dialog import BeneficiaryDialog, day_text
from ui.dialogs.beneficiary_import_dialog import ImportDialog
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.i18n import label, tr
from ui.models.paged_table import PagedColumn
from ui.tasks import run_query
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import PagedListPanel
from ui.widgets.permissions import offer
from ui.widgets.shortcuts import give_shortcut


def short_category(category: EligibilityCategory | None) -> str:
    """The category in a word or two, so the list's columns fit a laptop (the card and the
    filter give it in full)."""
    if category is None:
        return ""
    return {
        EligibilityCategory.ANAPEC: tr("باحث عن شغل (أنابيك)"),
        EligibilityCategory.DISABILITY: tr("إعاقة"),
        EligibilityCategory.COVID_JOB_LOSS: tr("فقد شغله (كوفيد-19)"),
        EligibilityCategory.OTHER_JOB_LOSS: tr("فقد شغله (سبب آخر)"),
        EligibilityCategory.CNSS_CRITERION: tr("معيار الضمان الاجتماعي"),
        EligibilityCategory.PROVINCE_LIST: tr("لائحة الإقليم"),
    }[category]


class BeneficiariesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = PagedListPanel([
            PagedColumn(tr("رقم البطاقة"), lambda p: p.cin, "cin", latin=True),
            PagedColumn(tr("الاسم العائلي"), lambda p: p.last_name_ar, "last_name_ar"),
            PagedColumn(tr("الاسم الشخصي"), lambda p: p.first_name_ar, "first_name_ar"),
            PagedColumn(tr("الاسم اللاتيني"), lambda p: p.full_name_fr, "last_name_fr",
                        latin=True),
            PagedColumn(tr("الجنس"), lambda p: label(p.sex), "sex"),
            PagedColumn(tr("تاريخ الازدياد"), lambda p: day_text(p.birth_date), "birth_date"),
            PagedColumn(tr("الجماعة"), lambda p: p.commune_name_ar),
            PagedColumn(tr("الفئة"), lambda p: short_category(p.category), "category"),
            PagedColumn(tr("الورش"), lambda p: p.worksite, latin=True),
            PagedColumn(tr("الوضعية"), lambda p: label(p.assignment_status)
                        if p.assignment_status else tr("غير معين")),
        ], lambda q: beneficiaries.list_beneficiaries(ctx.db, q), tr("إضافة مستفيد"),
            self.add_person, self.open_card, self)

        self.edition_filter = ChoiceBox([(None, tr("كل الدورات"))])
        self.worksite_filter = ChoiceBox([(None, tr("كل الأوراش"))], searchable=True)
        self.worksite_filter.setMinimumWidth(120)
        self.commune_filter = ChoiceBox([(None, tr("كل الجماعات"))], searchable=True)
        self.commune_filter.setToolTip(tr("جماعة السكن"))
        self.commune_filter.setMinimumWidth(140)
        # Sized by a length of text, not by measuring the names of 1,500 communes each time
        # the bar is laid out (a fifth of the list's first paint); about as wide either way.
        self.commune_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commune_filter.setMinimumContentsLength(23)
        self.category_filter = ChoiceBox([(None, tr("كل الفئات"))] + [
            (c.value, label(c)) for c in EligibilityCategory])
        self.category_filter.setMaximumWidth(130)
        self.sex_filter = ChoiceBox([(None, tr("الجنسان"))] + [(s.value, label(s)) for s in Sex])
        self.status_filter = ChoiceBox([(None, tr("كل الوضعيات")), ("unassigned", tr("غير معين"))]
                                       + [(s.value, label(s)) for s in AssignmentStatus])
        for box, key in ((self.edition_filter, "edition_id"),
                         (self.worksite_filter, "proposal_id"),
                         (self.commune_filter, "commune_id"),
                         (self.category_filter, "category"), (self.sex_filter, "sex"),
                         (self.status_filter, "status")):
            self.panel.filters.addWidget(box)
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=key: self._filter_changed(k, b.value()))
        self.import_button = QPushButton(tr("استيراد لائحة..."))
        self.assign_button = QPushButton(tr("تعيين في ورش..."))
        self.duplicates_button = QPushButton(tr("المكررات المحتملة"))
        self.import_button.clicked.connect(self.open_import)
        self.assign_button.clicked.connect(self.assign_current)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        for button, keys in ((self.import_button, "Ctrl+I"), (self.assign_button, "Ctrl+Shift+A"),
                             (self.duplicates_button, "Ctrl+D")):
            give_shortcut(button, keys, self)
        # The section's own actions on a row of their own, so the list's bar fits 1366 px.
        actions = QHBoxLayout()
        for button in (self.import_button, self.assign_button, self.duplicates_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.panel.enable_paged_export("beneficiaries", lambda query, path, progress: (
            beneficiaries.export_beneficiaries(ctx.db, query, path, progress=progress)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.panel)
        self.panel.reload()
        offer(ctx, Permission.BENEFICIARIES, self.panel.add_button, self.import_button,
              self.assign_button)
        ctx.changed.connect(self._on_changed)
        self._fill_choices()

    @property
    def model(self) -> Any:
        return self.panel.model

    def _fill_choices(self) -> None:
        db = self.ctx.db
        run_query(self, lambda: (beneficiaries.edition_ids(db), beneficiaries.worksite_choices(db),
                                 territory.commune_choices(db)),
                  self._choices, quiet=True)

    def _choices(self, found: tuple[list[Any], list[Any], list[Any]]) -> None:
        editions, sites, communes = found
        for box, items in ((self.edition_filter, [(None, tr("كل الدورات"))] + editions),
                           (self.worksite_filter, [(None, tr("كل الأوراش"))] + sites),
                           (self.commune_filter, [(None, tr("كل الجماعات"))] + communes)):
            current = box.value()
            box.blockSignals(True)
            box.set_items(items)
            box.select(current)
            box.blockSignals(False)

    def _filter_changed(self, key: str, value: Any) -> None:
        self.panel.set_filter(key, value)
        self.panel.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.BENEFICIARY, Kind.PROPOSAL, Kind.TERRITORY):
            self.panel.reload()
        if changes.touches(Kind.PROPOSAL, Kind.EDITION, Kind.BENEFICIARY, Kind.TERRITORY):
            self._fill_choices()

    # Actions --------------------------------------------------------------------------------

    def card(self, person: Beneficiary | None = None) -> BeneficiaryDialog:
        """The person's card (tests use it without `exec`)."""
        return BeneficiaryDialog(self.ctx, person, parent=self)

    def add_person(self) -> None:
        self.card().exec()

    def open_card(self, record: Beneficiary | None) -> None:
        if record is None or record.id is None:
            return
        try:
            person = beneficiaries.get_beneficiary(self.ctx.db, record.id)
        except DomainError as exc:
            errors.show_error(self, exc)
            self.panel.reload()
            return
        self.card(person).exec()

    def import_dialog(self) -> ImportDialog:
        return ImportDialog(self.ctx, self)

    def open_import(self) -> None:
        self.import_dialog().exec()

    def assignment_dialog(self) -> AssignmentDialog | None:
        person = self.panel.current_record()
        if person is None or person.id is None:
            return None
        return AssignmentDialog(self.ctx, [person.id],
                                f"{person.full_name_ar} ({person.cin})", self)

    def assign_current(self) -> None:
        dialog = self.assignment_dialog()
        if dialog is not None:
            dialog.exec()

    def open_duplicates(self) -> None:
        DuplicatesDialog(self.ctx, self).exec()
