"""Proposed worksites and every programme rule they must meet, each written once here.

`check_proposal` returns every failed rule at once, so a secretary sees all that is wrong
with a file in one go; the services refuse to save or to advance a proposal that fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol
from uuid import UUID

from app.domain.calls import Call
from app.domain.enums import CostLineKind, ProposalStatus
from app.domain.programme import Edition, Quota, people_reached, require_duration
from app.domain.rules import RuleCheck, is_blank
from app.errors import FieldError
from app.language import tr

CENT = Decimal("0.01")

# The documents a file must hold before it can be examined (from the calls' specifications).
CHECKLIST: tuple[tuple[str, str], ...] = (
    ("request", "طلب موقع من الممثل القانوني للهيئة"),
    ("statutes", "نسخة من القانون الأساسي"),
    ("registration", "وصل الإيداع القانوني أو شهادة التسجيل"),
    ("board", "لائحة أعضاء المكتب المسير"),
    ("technical_sheet", "البطاقة التقنية للمشروع"),
    ("bank_certificate", "شهادة التعريف البنكي (RIB)"),
)

# Which status may follow which: a file is completed, examined, then decided.
TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.RECEIVED: frozenset({ProposalStatus.COMPLETE, ProposalStatus.INELIGIBLE}),
    ProposalStatus.COMPLETE: frozenset({ProposalStatus.ELIGIBLE, ProposalStatus.INELIGIBLE,
                                        ProposalStatus.RECEIVED}),
    ProposalStatus.ELIGIBLE: frozenset({ProposalStatus.SELECTED, ProposalStatus.REJECTED,
                                        ProposalStatus.INELIGIBLE, ProposalStatus.COMPLETE}),
    ProposalStatus.INELIGIBLE: frozenset({ProposalStatus.COMPLETE, ProposalStatus.RECEIVED}),
    ProposalStatus.SELECTED: frozenset({ProposalStatus.ELIGIBLE}),
    ProposalStatus.REJECTED: frozenset({ProposalStatus.ELIGIBLE}),
}


class _Priced(Protocol):
    @property
    def amount(self) -> Decimal: ...


def total_cost(lines: Iterable[_Priced]) -> Decimal:
    """Of cost lines as entered or as stored: only their amounts count."""
    return sum((line.amount for line in lines), Decimal(0)).quantize(CENT)


def admin_fee(cost: Decimal, rate: Decimal) -> Decimal:
    """The holder's share for administrative management (5 % of the project's cost)."""
    return (cost * rate).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class WorksiteDomain:
    """One entry of the configurable list of domains (environment, cleanliness, ...)."""

    code: str
    name_ar: str
    name_fr: str = ""
    active: bool = True
    position: int = 0
    id: UUID | None = None
    row_version: int | None = None  # as read; a save from an older one is refused


def validate_worksite_domain(domain: WorksiteDomain) -> None:
    check = RuleCheck()
    check.require(bool(re.fullmatch(r"[a-z][a-z0-9_]{1,59}", domain.code)), "code",
                  tr("الرمز: حروف لاتينية صغيرة وأرقام و _ فقط (مثال: sports)."), "domain.code")
    check.require(not is_blank(domain.name_ar), "name_ar", tr("الاسم بالعربية: إلزامي."),
                  "domain.name_ar")
    check.raise_if_failed()


@dataclass
class CostLine:
    kind: CostLineKind
    amount: Decimal
    label: str = ""


@dataclass
class Proposal:
    edition_id: UUID
    province_id: UUID
    partner_id: UUID
    title_ar: str
    beneficiaries: int
    duration_months: int
    commune_ids: list[UUID] = field(default_factory=list)
    call_id: UUID | None = None
    domain_id: UUID | None = None
    description_ar: str = ""
    women_planned: int = 0
    disabled_planned: int = 0
    starts_on: date | None = None
    received_on: date | None = None
    late_reason: str = ""
    status: ProposalStatus = ProposalStatus.RECEIVED
    status_reason: str = ""
    checklist: dict[str, bool] = field(default_factory=dict)
    cost_lines: list[CostLine] = field(default_factory=list)
    reference: str = ""
    id: UUID | None = None
    partner_name_ar: str = ""
    commune_names_ar: str = ""
    domain_name_ar: str = ""
    row_version: int | None = None  # as read; a save from an older one is refused

    @property
    def person_months(self) -> int:
        return self.beneficiaries * self.duration_months

    @property
    def cost(self) -> Decimal:
        return total_cost(self.cost_lines)

    def admin_fee(self, rate: Decimal) -> Decimal:
        return admin_fee(self.cost, rate)

    def missing_documents(self) -> list[str]:
        return [label for code, label in CHECKLIST if not self.checklist.get(code)]


@dataclass(frozen=True)
class EligibilityFacts:
    """What the rules need to know beyond the proposal itself, gathered by the service."""

    edition: Edition
    commune_provinces: dict[UUID, UUID]
    previous_benefits: tuple[str, ...] = ()
    call: Call | None = None
    domain_code: str | None = None


def check_proposal(proposal: Proposal, facts: EligibilityFacts) -> list[FieldError]:
    """Every programme rule a proposal must meet; an empty list means eligible."""
    check = RuleCheck()
    edition = facts.edition
    check.require(not is_blank(proposal.title_ar), "title_ar", tr("عنوان الورش: إلزامي."),
                  "proposal.title")
    require_duration(check, proposal.duration_months, edition)
    if check.require(proposal.beneficiaries > 0, "beneficiaries",
                     tr("عدد المستفيدين: يجب أن يكون أكبر من صفر."), "beneficiaries.positive"):
        check.require(0 <= proposal.women_planned <= proposal.beneficiaries, "women_planned",
                      tr("عدد النساء: لا يمكن أن يتجاوز عدد المستفيدين "
                         "({proposal.beneficiaries}).").format(proposal=proposal),
                      "beneficiaries.women")
        check.require(0 <= proposal.disabled_planned <= proposal.beneficiaries,
                      "disabled_planned",
                      tr("عدد الأشخاص في وضعية إعاقة: لا يمكن أن يتجاوز عدد المستفيدين "
                         "({proposal.beneficiaries}).")
                      .format(proposal=proposal), "beneficiaries.disabled")
    if check.require(bool(proposal.commune_ids), "commune_ids",
                     tr("الجماعة: اختر جماعة واحدة على الأقل."), "commune.required"):
        outside = [c for c in proposal.commune_ids
                   if facts.commune_provinces.get(c) != proposal.province_id]
        check.require(not outside, "commune_ids",
                      tr("الجماعة: يجب أن تنتمي كل جماعات الورش إلى الإقليم صاحب الحصة."),
                      "commune.in_province")
    if not edition.bodies_may_benefit_again and facts.previous_benefits:
        check.fail("partner_id",
                   "الهيئة حاملة المشروع: سبق لها أن استفادت من البرنامج ("
                   + "، ".join(facts.previous_benefits)
                   + ")، ولا يمكن للهيئة أن تستفيد مرة ثانية.", "single_benefit")
    if check.require(proposal.call_id is not None, "call_id",
                     tr("طلب العروض: يسجل كل مشروع في طلب عروض (وإن أودع بعد إغلاقه يسجل متأخرا "
                        "مع ذكر السبب)."), "call.required") and facts.call is not None:
        _check_call(check, proposal, facts.call, facts.domain_code)
    check.require(all(line.amount >= 0 for line in proposal.cost_lines), "cost_lines",
                  tr("التكلفة: لا يمكن أن يكون مبلغ سالب."), "cost.non_negative")
    return check.errors


def _check_call(check: RuleCheck, proposal: Proposal, call: Call, domain_code: str | None
                ) -> None:
    if proposal.received_on is not None and not call.is_open_on(proposal.received_on):
        check.require(
            not is_blank(proposal.late_reason), "late_reason",
            tr("تاريخ الإيداع: طلب العروض مفتوح من {call.opens_on:%d/%m/%Y} إلى "
               "{call.closes_on:%d/%m/%Y}؛ يسجل الملف المتأخر مع ذكر سبب التأخر.")
            .format(call=call),
            "call.open")
    if domain_code and call.accepted_domain_codes:
        check.require(domain_code in call.accepted_domain_codes, "domain_id",
                      tr("المجال: هذا المجال غير مقبول في طلب العروض."), "call.domain")


def check_transition(current: ProposalStatus, target: ProposalStatus) -> list[FieldError]:
    if target in TRANSITIONS[current]:
        return []
    return [FieldError("status", tr("الحالة: لا يمكن الانتقال من «{current.label}» إلى "
                                    "«{target.label}».")
                                 .format(current=current, target=target), "status.transition")]


@dataclass(frozen=True)
class QuotaUse:
    """A province's quota for an edition against what is planned and selected.

    Counted in person-months, the unit that survives a change of duration; people are shown
    beside it (Khenifra 2023: 3,753 person-months = 1,251 people for 3 months).
    """

    quota: Quota | None
    planned_people: int
    planned_person_months: int
    selected_people: int
    selected_person_months: int

    @property
    def left_person_months(self) -> int:
        return (self.quota.person_months if self.quota else 0) - self.selected_person_months

    def people_reachable(self, duration_months: int) -> int:
        return self.quota.people_reached(duration_months) if self.quota else 0


def check_quota(use: QuotaUse, proposal: Proposal) -> list[FieldError]:
    """Selecting `proposal` must not take the province past its quota."""
    if use.quota is None:
        return [FieldError("status", tr("الحصة: لا توجد حصة مسجلة لهذا الإقليم في هذه النسخة؛ "
                                        "سجل الحصة أولا."), "quota.missing")]
    if proposal.person_months <= use.left_person_months:
        return []
    left = max(use.left_person_months, 0)
    people = people_reached(left, proposal.duration_months)
    return [FieldError(
        "status",
        tr("الحصة: انتقاء هذا الورش ({proposal.beneficiaries} مستفيدا × "
           "{proposal.duration_months} أشهر = {proposal.person_months} شهر عمل) يتجاوز حصة "
           "الإقليم؛ المتبقي {left} شهر عمل، أي {people} مستفيدا لمدة "
           "{proposal.duration_months} أشهر.")
        .format(proposal=proposal, left=left, people=people), "quota.exceeded")]
