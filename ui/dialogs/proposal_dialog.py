"""Register or change a proposed worksite, with every programme rule shown at its field."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.calls import Call
from app.domain.dates import day_within
from app.domain.enums import CostLineKind, ProposalStatus
from app.domain.proposals import CHECKLIST, CostLine, Proposal, admin_fee, total_cost
from app.domain.roles import Permission
from app.errors import ValidationError
from app.services import calls, partners, programme, proposals, territory
from app.services.listing import ListQuery
from ui.context import AppContext
from ui.dialogs.audit_dialog import history_button
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import amount_text, dates_range, edition_name, label, named, percent, tr
from ui.widgets.attachments_box import AttachmentsBox
from ui.widgets.inputs import ChoiceBox, date_edit, date_value, months_box, spin_box

ALL_PARTNERS = ListQuery(limit=1_000_000)


def money(value: Decimal) -> str:
    return amount_text(value)


class ProposalDialog(RecordDialog):
    PERMISSION = Permission.PROPOSALS

    def __init__(self, ctx: AppContext, proposal: Proposal | None = None,
                 edition_id: uuid.UUID | None = None, province_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تعديل المشروع المقترح") if proposal
                         else tr("تسجيل مشروع مقترح"), parent)
        self.proposal = proposal
        p = proposal
        self.editions = {e.id: e for e in programme.list_editions(ctx.db)}
        self.edition = ChoiceBox([(e.id, edition_name(e)) for e in self.editions.values()],
                                 p.edition_id if p else edition_id)
        self.province = ChoiceBox([(v.id, f"{named(v)} ({v.code})")
                                   for v in territory.list_provinces(ctx.db)],
                                  p.province_id if p else province_id, searchable=True)
        self.call = ChoiceBox()
        self.partner = ChoiceBox([(b.id, b.name_ar) for b in
                                  partners.list_partners(ctx.db, ALL_PARTNERS).rows],
                                 p.partner_id if p else None, searchable=True)
        if p is None:
            self.partner.setCurrentIndex(-1)
        self.domain = ChoiceBox([(None, "—")] + [(d.id, named(d))
                                                 for d in proposals.list_domains(ctx.db)],
                                p.domain_id if p else None)
        self.title = QLineEdit(p.title_ar if p else "")
        self.description = QPlainTextEdit(p.description_ar if p else "")
        self.description.setFixedHeight(70)
        self.communes = QListWidget()
        self.communes.setFixedHeight(120)
        self.beneficiaries = spin_box(0, 100_000, p.beneficiaries if p else 0)
        self.women = spin_box(0, 100_000, p.women_planned if p else 0)
        self.disabled = spin_box(0, 100_000, p.disabled_planned if p else 0)
        edition = self.editions.get(self.edition.value())
        self.duration = months_box(0, 60, p.duration_months if p else
                                   (edition.default_duration_months if edition else 6))
        self.starts_on = date_edit(p.starts_on if p and p.starts_on else date.today())
        self.received_on = date_edit(p.received_on if p and p.received_on else date.today())
        self._dates_given = p is not None  # a stored proposal keeps its own dates
        self.calls_found: dict[uuid.UUID, Call] = {}
        self.late_reason = QLineEdit(p.late_reason if p else "")
        self.costs: dict[CostLineKind, QDoubleSpinBox] = {}
        costs = QWidget()
        grid = QGridLayout(costs)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, kind in enumerate(CostLineKind):
            box = QDoubleSpinBox()
            box.setRange(0, 100_000_000)
            box.setDecimals(2)
            box.setGroupSeparatorShown(True)
            box.setValue(float(sum((c.amount for c in (p.cost_lines if p else [])
                                    if c.kind is kind), Decimal(0))))
            box.valueChanged.connect(self._update_totals)
            self.costs[kind] = box
            grid.addWidget(QLabel(label(kind)), 0, column)
            grid.addWidget(box, 1, column)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.checks: dict[str, QCheckBox] = {}
        documents = QWidget()
        doc_grid = QGridLayout(documents)
        doc_grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, text) in enumerate(CHECKLIST):
            box = QCheckBox(text)
            box.setChecked(bool(p and p.checklist.get(code)))
            self.checks[code] = box
            doc_grid.addWidget(box, i // 2, i % 2)
        self.check_button = QPushButton(tr("تحقق من الشروط دون حفظ"))
        self.check_button.clicked.connect(self.check_rules)
        self.history_button = history_button(self, ctx, "proposals", p.id if p else None)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)

        f = self.form
        f.add_field("edition_id", tr("النسخة"), self.edition)
        f.add_field("province_id", tr("الإقليم أو العمالة"), self.province)
        f.add_field("call_id", tr("طلب العروض"), self.call)
        f.add_field("partner_id", tr("الهيئة حاملة المشروع"), self.partner)
        f.add_field("title_ar", tr("عنوان الورش"), self.title)
        f.add_field("description_ar", tr("وصف الورش"), self.description)
        f.add_field("domain_id", tr("المجال"), self.domain)
        f.add_field("commune_ids", tr("الجماعات"), self.communes)
        f.add_field("beneficiaries", tr("عدد المستفيدين"), self.beneficiaries)
        f.add_field("women_planned", tr("منهم نساء"), self.women)
        f.add_field("disabled_planned", tr("منهم أشخاص في وضعية إعاقة"), self.disabled)
        f.add_field("duration_months", tr("مدة الاستفادة"), self.duration)
        f.add_field("starts_on", tr("تاريخ الانطلاق المتوقع"), self.starts_on)
        f.add_field("received_on", tr("تاريخ إيداع الملف"), self.received_on)
        f.add_field("late_reason", tr("سبب التأخر (ملف متأخر)"), self.late_reason)
        f.add_field("cost_lines", tr("التكلفة (درهم)"), costs)
        f.add_field("totals", tr("التدبير الإداري والمجموع"), self.totals)
        f.add_field("checklist", tr("وثائق الملف"), documents)
        f.add_field("check", "", self.check_button)

        self.attachments = AttachmentsBox(
            ctx, "proposals", [(code, text) for code, text in CHECKLIST]
            + [("", tr("وثيقة أخرى"))], tr("المرفقات"),
            tr("تُرفق وثائق الملف بعد تسجيل المشروع."))
        self.attachments.set_owner(p.id if p else None)
        f.add_field("file", "", self.attachments)

        self.setMinimumWidth(760)

        self.edition.currentIndexChanged.connect(self._fill_calls)
        self.province.currentIndexChanged.connect(self._fill_calls)
        self.province.currentIndexChanged.connect(self._fill_communes)
        self.edition.currentIndexChanged.connect(self._update_totals)
        self.call.currentIndexChanged.connect(self._default_dates)
        for typed in (self.received_on, self.starts_on):
            typed.editingFinished.connect(self._keep_typed_dates)
        self._fill_calls()
        if p is not None:
            self.call.select(p.call_id)
        self._fill_communes(selected=set(p.commune_ids) if p else set())
        self._update_totals()

    def _fill_calls(self) -> None:
        edition_id, province_id = self.edition.value(), self.province.value()
        current = self.call.value()
        found = calls.list_calls(self.ctx.db, edition_id, province_id) if edition_id else []
        self.calls_found = {c.id: c for c in found}
        self.call.set_items([(c.id, f"{c.title_ar} ({dates_range(c.opens_on, c.closes_on)})")
                             for c in found])
        self.call.select(current)
        self._default_dates()

    def _keep_typed_dates(self) -> None:
        self._dates_given = True

    def _default_dates(self) -> None:
        """A new proposal's dates fall in its call's period (else its edition's), not on
        today's date in another year."""
        if self._dates_given:
            return
        call = self.calls_found.get(self.call.value())
        edition = self.editions.get(self.edition.value())
        first, last = (call.opens_on, call.closes_on) if call else \
            (edition.starts_on, edition.ends_on) if edition else (None, None)
        self.received_on.setDate(day_within(date.today(), first, last))
        if edition is not None:
            self.starts_on.setDate(day_within(date.today(), edition.starts_on, edition.ends_on))

    def _fill_communes(self, _index: int = 0, selected: set[uuid.UUID] | None = None) -> None:
        keep = selected if selected is not None else set(self.commune_ids())
        self.communes.clear()
        province_id = self.province.value()
        if province_id is None:
            return
        for commune in territory.list_communes(self.ctx.db, province_id):
            item = QListWidgetItem(named(commune))
            item.setData(Qt.ItemDataRole.UserRole, commune.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if commune.id in keep
                               else Qt.CheckState.Unchecked)
            self.communes.addItem(item)

    def commune_ids(self) -> list[uuid.UUID]:
        return [self.communes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.communes.count())
                if self.communes.item(i).checkState() == Qt.CheckState.Checked]

    def check_commune(self, commune_id: uuid.UUID) -> None:
        for i in range(self.communes.count()):
            item = self.communes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == commune_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _cost_lines(self) -> list[CostLine]:
        return [CostLine(kind, Decimal(str(box.value())).quantize(Decimal("0.01")), label(kind))
                for kind, box in self.costs.items() if box.value()]

    def _update_totals(self) -> None:
        edition = self.editions.get(self.edition.value())
        rate = edition.admin_fee_rate if edition else Decimal(0)
        cost = total_cost(self._cost_lines())
        fee = admin_fee(cost, rate)
        self.totals.setText(tr("التدبير الإداري ({rate} %): {fee} درهم — المجموع: {total} درهم")
                            .format(rate=percent(rate).removesuffix(" %"), fee=money(fee),
                                    total=money(cost + fee)))

    def build(self) -> Proposal:
        p = self.proposal
        return Proposal(
            edition_id=self.edition.value(), province_id=self.province.value(),
            partner_id=self.partner.value(), title_ar=self.title.text(),
            beneficiaries=self.beneficiaries.value(), duration_months=self.duration.value(),
            commune_ids=self.commune_ids(), call_id=self.call.value(),
            domain_id=self.domain.value(), description_ar=self.description.toPlainText(),
            women_planned=self.women.value(), disabled_planned=self.disabled.value(),
            starts_on=date_value(self.starts_on), received_on=date_value(self.received_on),
            late_reason=self.late_reason.text(),
            checklist={code: box.isChecked() for code, box in self.checks.items()},
            cost_lines=self._cost_lines(), reference=p.reference if p else "",
            status=p.status if p else ProposalStatus.RECEIVED, id=p.id if p else None,
            row_version=p.row_version if p else None)

    def check_rules(self) -> bool:
        """Show every failed rule at its field without saving anything."""
        self.form.clear_errors()
        errors = proposals.eligibility(self.ctx.db, self.build())
        if errors:
            self.form.show_errors(ValidationError(errors))
            return False
        self.form.general_error.setStyleSheet("color: #1b5e20;")
        self.form.general_error.setText(tr("يستوفي المشروع كل شروط البرنامج."))
        self.form.general_error.show()
        return True

    def submit(self) -> Callable[[], Proposal]:
        self.form.general_error.setStyleSheet("color: #b00020;")
        db, actor, proposal = self.ctx.db, self.ctx.actor, self.build()
        return lambda: proposals.save_proposal(db, actor, proposal)
