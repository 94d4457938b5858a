"""Add or change a programme edition and its parameters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QSpinBox, QWidget

from app.domain.enums import Component
from app.domain.programme import (
    PROGRAMME_MAX_DURATION_MONTHS,
    PROGRAMME_MIN_DURATION_MONTHS,
    ComponentParams,
    Edition,
)
from app.domain.roles import Permission
from app.services import programme
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import tr
from ui.widgets.inputs import PercentBox, date_edit, date_value, months_box, spin_box


def duration_box(value: int) -> QSpinBox:
    """The programme's range of a benefit; a value stored before that range was enforced
    is shown as it is, so that saving names the rule under its field instead of the box
    changing the value without a word."""
    return months_box(min(PROGRAMME_MIN_DURATION_MONTHS, value),
                      max(PROGRAMME_MAX_DURATION_MONTHS, value), value)


class EditionDialog(RecordDialog):
    PERMISSION = Permission.EDITIONS

    def __init__(self, ctx: AppContext, edition: Edition | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل النسخة") if edition else tr("إضافة نسخة"), parent)
        today = date.today()
        e = edition or Edition(year=today.year, number=len(programme.list_editions(ctx.db)) + 1,
                               starts_on=date(today.year, 1, 1), ends_on=date(today.year, 12, 31))
        self.edition = edition
        sustainable = next((c for c in e.components
                            if c.component is Component.SUSTAINABLE_INTEGRATION),
                           ComponentParams(Component.SUSTAINABLE_INTEGRATION))
        self.year = spin_box(1900, 2200, e.year)
        self.year.setGroupSeparatorShown(False)
        self.number = spin_box(0, 99, e.number)
        self.starts_on = date_edit(e.starts_on or date(e.year, 1, 1))
        self.ends_on = date_edit(e.ends_on or date(e.year, 12, 31))
        self.fee = PercentBox(float(e.admin_fee_rate * 100))
        self.min_months = duration_box(e.min_duration_months)
        self.max_months = duration_box(e.max_duration_months)
        self.default_months = duration_box(e.default_duration_months)
        self.repeat = QCheckBox(tr("السماح لهيئة سبق أن استفادت بالاستفادة مرة أخرى"))
        self.repeat.setChecked(e.bodies_may_benefit_again)
        self.grant = spin_box(0, 100_000, int(sustainable.employer_grant_monthly or 0), tr(" درهم"))
        self.grant_months = months_box(0, 99, sustainable.employer_grant_months or 0)
        self.contract_months = months_box(0, 99, sustainable.min_contract_months or 0)
        self.notes = QPlainTextEdit(e.notes)
        self.notes.setFixedHeight(60)
        self.references = QPlainTextEdit("\n".join(e.legal_references))
        self.references.setFixedHeight(90)
        self.references.setPlaceholderText(tr(
            "سطر لكل مرجع، مثلا: بناء على الدستور، ولا سيما الفصل 12 منه؛ "
            "اتركه فارغا لاعتماد مراجع نموذج الاتفاقية"))

        f = self.form
        f.add_field("year", tr("السنة"), self.year)
        f.add_field("number", tr("رقم النسخة"), self.number)
        f.add_field("starts_on", tr("تاريخ البداية"), self.starts_on)
        f.add_field("ends_on", tr("تاريخ النهاية"), self.ends_on)
        f.add_field("admin_fee_rate", tr("نسبة التدبير الإداري"), self.fee)
        f.add_field("min_duration_months", tr("أدنى مدة للاستفادة"), self.min_months)
        f.add_field("max_duration_months", tr("أقصى مدة للاستفادة"), self.max_months)
        f.add_field("default_duration_months", tr("المدة الاعتيادية"), self.default_months)
        f.add_field("bodies_may_benefit_again", "", self.repeat)
        f.add_field("components", tr("منحة دعم التشغيل الشهرية (الإدماج المستدام)"), self.grant)
        f.add_field("grant_months", tr("مدة صرف المنحة"), self.grant_months)
        f.add_field("contract_months", tr("أدنى مدة لعقد الشغل"), self.contract_months)
        f.add_field("legal_references", tr("ديباجة الاتفاقيات (المراجع)"), self.references)
        f.add_field("notes", tr("ملاحظات"), self.notes)

    def submit(self) -> Callable[[], Edition]:
        def optional(value: int) -> int | None:
            return value or None

        edition = Edition(
            year=self.year.value(), number=self.number.value(),
            starts_on=date_value(self.starts_on), ends_on=date_value(self.ends_on),
            admin_fee_rate=(Decimal(str(self.fee.value())) / 100).quantize(Decimal("0.0001")),
            min_duration_months=self.min_months.value(),
            max_duration_months=self.max_months.value(),
            default_duration_months=self.default_months.value(),
            bodies_may_benefit_again=self.repeat.isChecked(), notes=self.notes.toPlainText(),
            legal_references=self.references.toPlainText().splitlines(),
            components=[
                ComponentParams(Component.TEMPORARY_WORKSITES),
                ComponentParams(Component.SUSTAINABLE_INTEGRATION,
                                employer_grant_monthly=(Decimal(self.grant.value())
                                                        if self.grant.value() else None),
                                employer_grant_months=optional(self.grant_months.value()),
                                min_contract_months=optional(self.contract_months.value()))],
            id=self.edition.id if self.edition else None,
            row_version=self.edition.row_version if self.edition else None)
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: programme.save_edition(db, actor, edition)
