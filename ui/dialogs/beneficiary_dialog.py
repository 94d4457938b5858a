"""The person's card: the record, and every worksite they held a place on (with who left,
when and why), with the leave-and-replace action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.beneficiaries import Assignment, Beneficiary, EducationLevel, EligibilityCategory
from app.domain.enums import Sex
from app.domain.roles import Permission
from app.domain.territory import Commune
from app.domain.text import LRI, PDI
from app.errors import FieldError, ValidationError
from app.services import beneficiaries, territory
from ui.context import AppContext
from ui.dialogs.record_dialog import FormDialog, RecordDialog
from ui.i18n import label, tr
from ui.tasks import run_query
from ui.widgets.inputs import choice_box, date_edit, date_value
from ui.widgets.permissions import offer


def _line(text: str = "", left_to_right: bool = False) -> QLineEdit:
    editor = QLineEdit(text)
    if left_to_right:
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return editor


def day_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class BeneficiaryDialog(RecordDialog):
    PERMISSION = Permission.BENEFICIARIES

    def __init__(self, ctx: AppContext, person: Beneficiary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("بطاقة المستفيد") if person else tr("إضافة مستفيد"), parent)
        self.person = person
        p = person or Beneficiary("", "", "", Sex.MALE, None)
        self.cin = _line(p.cin, left_to_right=True)
        self.cin.setPlaceholderText("AB123456")
        self.last_name_ar, self.first_name_ar = _line(p.last_name_ar), _line(p.first_name_ar)
        self.last_name_fr = _line(p.last_name_fr, left_to_right=True)
        self.first_name_fr = _line(p.first_name_fr, left_to_right=True)
        self.sex = choice_box([(s, label(s)) for s in Sex], p.sex)
        self.birth_date = date_edit(p.birth_date or date(1990, 1, 1))
        self.phone = _line(p.phone, left_to_right=True)
        # The person's own commune until the list arrives from the reader thread, so a save
        # made before then keeps it.
        self.commune = choice_box([(None, "")] + (
            [(p.commune_id, p.commune_name_ar)] if p.commune_id else []), p.commune_id,
            searchable=True)
        run_query(self, lambda: territory.list_communes(ctx.db), self._communes, quiet=True)
        self.category = choice_box([(None, "")] + [(c, label(c)) for c in EligibilityCategory],
                                   p.category)
        self.education = choice_box([(None, "")] + [(e, label(e)) for e in EducationLevel],
                                    p.education_level)
        self.disability = QCheckBox(tr("في وضعية إعاقة"))
        self.disability.setChecked(p.has_disability)
        self.cnss = _line(p.cnss_number, left_to_right=True)
        self.cnss.setPlaceholderText("123456789")
        self.rib = _line(p.rib, left_to_right=True)

        f = self.form
        f.add_field("cin", tr("رقم البطاقة الوطنية"), self.cin)
        f.add_field("last_name_ar", tr("الاسم العائلي"), self.last_name_ar)
        f.add_field("first_name_ar", tr("الاسم الشخصي"), self.first_name_ar)
        f.add_field("last_name_fr", tr("الاسم العائلي بالحروف اللاتينية"), self.last_name_fr)
        f.add_field("first_name_fr", tr("الاسم الشخصي بالحروف اللاتينية"), self.first_name_fr)
        f.add_field("sex", tr("الجنس"), self.sex)
        f.add_field("birth_date", tr("تاريخ الازدياد"), self.birth_date)
        f.add_field("phone", tr("الهاتف"), self.phone)
        f.add_field("commune_id", tr("جماعة السكن"), self.commune)
        f.add_field("category", tr("فئة الاستهداف"), self.category)
        f.add_field("education_level", tr("المستوى الدراسي"), self.education)
        f.add_field("has_disability", "", self.disability)
        f.add_field("cnss_number", tr("رقم الضمان الاجتماعي"), self.cnss)
        f.add_field("rib", tr("حساب بريد بنك (RIB)"), self.rib)

        history = QGroupBox(tr("الأوراش (السجل)"))
        history.setMinimumWidth(560)
        box = QVBoxLayout(history)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([tr("الورش"), tr("من"), tr("إلى"), tr("الوضعية"),
                                                tr("سبب المغادرة")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.history)
        self.leave_button = QPushButton(tr("مغادرة وتعويض..."))
        self.leave_button.clicked.connect(self.leave)
        box.addWidget(self.leave_button)
        offer(ctx, Permission.BENEFICIARIES, self.leave_button)
        self._fill_history(p.history)
        self.grant_hires = QLabel()
        self.grant_hires.setWordWrap(True)
        self.grant_hires.hide()
        box.addWidget(self.grant_hires)
        if p.id is not None:
            from app.services import grant_agreements  # its PDF code only when a card opens

            person_id = p.id
            run_query(self, lambda: grant_agreements.hires_of_person(ctx.db, person_id),
                      self._show_grant_hires, quiet=True)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 1)
        row.addWidget(history, 1)
        layout.insertLayout(0, row)
        self.setMinimumWidth(1250)

    def _communes(self, communes: list[Commune]) -> None:
        current = self.commune.value()
        self.commune.set_items([(None, "")] + [
            (c.id, f"{c.name_ar} — {c.province_name_ar}") for c in communes])
        self.commune.select(current)

    def _fill_history(self, history: list[Assignment]) -> None:
        self.assignments = history
        self.history.setRowCount(len(history))
        for row, a in enumerate(history):
            for column, text in enumerate((a.worksite_reference, day_text(a.starts_on),
                                           day_text(a.ends_on), label(a.status),
                                           a.leave_reason)):
                self.history.setItem(row, column, QTableWidgetItem(text))
        holding = [a for a in history if a.status in beneficiaries.HOLDING]
        self.leave_button.setEnabled(bool(holding) and self.allowed)

    def _show_grant_hires(self, hires: list[Any]) -> None:
        """The person's jobs under the employment grant (the second component)."""
        lines = [tr("منحة دعم التشغيل: أجير لدى «{employer}» (الاتفاقية {number}) منذ {start}، "
                    "{state}؛ أشهر المنحة المؤداة {paid} من {months}.").format(
            employer=h.employer_name_ar, number=f"{LRI}{h.agreement_number}{PDI}",
            start=day_text(h.starts_on), paid=h.paid_months, months=h.grant_months,
            state=tr("غادر في {day}").format(day=day_text(h.ended_on)) if h.ended_on
            else tr("في العمل")) for h in hires]
        self.grant_hires.setText("\n".join(lines))
        self.grant_hires.setVisible(bool(lines))

    def leave(self) -> None:
        holding = [a for a in self.assignments if a.status in beneficiaries.HOLDING]
        if holding:
            dialog = LeaveDialog(self.ctx, holding[-1], self)
            if dialog.exec() and self.person is not None and self.person.id is not None:
                self._fill_history(
                    beneficiaries.get_beneficiary(self.ctx.db, self.person.id).history)

    def submit(self) -> Callable[[], Beneficiary]:
        person = Beneficiary(
            cin=self.cin.text(), first_name_ar=self.first_name_ar.text(),
            last_name_ar=self.last_name_ar.text(), sex=self.sex.value() or Sex.MALE,
            birth_date=date_value(self.birth_date), first_name_fr=self.first_name_fr.text(),
            last_name_fr=self.last_name_fr.text(), phone=self.phone.text(),
            commune_id=self.commune.value(), category=self.category.value(),
            education_level=self.education.value(),
            has_disability=self.disability.isChecked(), cnss_number=self.cnss.text(),
            rib=self.rib.text(), id=self.person.id if self.person else None,
            row_version=self.person.row_version if self.person else 0,
            anapec_number=self.person.anapec_number if self.person else "")
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: beneficiaries.save_beneficiary(db, actor, person)


class LeaveDialog(FormDialog):
    """A person leaves a worksite (day and reason kept); whoever replaces them is named by
    CIN and takes the place from the next day."""

    def __init__(self, ctx: AppContext, assignment: Assignment,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("مغادرة الورش وتعويض المستفيد"), parent)
        self.ctx, self.assignment = ctx, assignment
        self.left_on = date_edit(date.today())
        self.reason = _line()
        self.replacement = _line(left_to_right=True)
        self.replacement.setPlaceholderText(tr("رقم البطاقة الوطنية للمعوض (اختياري)"))
        self.form.add_field("left_on", tr("تاريخ المغادرة"), self.left_on)
        self.form.add_field("reason", tr("سبب المغادرة"), self.reason)
        self.form.add_field("beneficiary_id", tr("المعوض"), self.replacement)

    def submit(self) -> Callable[[], Assignment | None]:
        replacement = None
        cin = self.replacement.text().strip()
        if cin:
            found = beneficiaries.find_by_cin(self.ctx.db, cin)
            if found is None:
                raise ValidationError(FieldError("beneficiary_id", tr(
                    "لا يوجد مستفيد بهذا الرقم: سجله أو استورده أولا.")))
            replacement = found.id
        db, actor, key = self.ctx.db, self.ctx.actor, self.assignment.id
        assert key is not None
        left_on, reason = date_value(self.left_on), self.reason.text()
        return lambda: beneficiaries.replace(db, actor, key, left_on, reason, replacement)
