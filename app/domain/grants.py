"""The second component: the employment grant (منحة دعم التشغيل) a regional committee gives
employers that hire people of the target groups, and every rule it must meet, once here.

An employer applies for a number of hires; each application is checked against the
edition's minimum contract length, the minimum wage in force for the employer's sector on
the date, the region's allocation and the posts the employer already holds a grant for.
`check_application` returns every failure at once, each at its field, like proposals.
Once an agreement is signed, each hire opens a monthly schedule (Awrach 2: 9 × 1,500 DH);
`settle` says, for a hire that ends early, what is still due and what must be recovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from app.domain import formats
from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import Component, PartnerKind, WageKind
from app.domain.programme import Edition, MinimumWage, wage_in_force
from app.domain.rules import RuleCheck, is_blank
from app.domain.text import fold, plural_category
from app.errors import FieldError
from app.language import tr

# Inferred, kept here to be changed in one place: an employer registers its hires within
# this many days of signing; a hire who leaves may be replaced within this many days, the
# replacement taking over the months of grant left.
HIRING_DEADLINE_DAYS = 90
REPLACEMENT_DAYS = 60


class Sector(StrEnum):
    """The employer's sector: agriculture's minimum wage is the SMAG, the others' the SMIG."""

    AGRICULTURE = "agriculture"
    INDUSTRY = "industry"
    CONSTRUCTION = "construction"
    COMMERCE = "commerce"
    SERVICES = "services"
    TOURISM = "tourism"
    CRAFTS = "crafts"
    SOCIAL_ECONOMY = "social_economy"

    @property
    def label(self) -> str:
        return _SECTOR_LABELS[self]

    @property
    def label_fr(self) -> str:
        return _SECTOR_LABELS_FR[self]

    @property
    def wage_kind(self) -> WageKind:
        return WageKind.SMAG if self is Sector.AGRICULTURE else WageKind.SMIG


_SECTOR_LABELS = {
    Sector.AGRICULTURE: "الفلاحة", Sector.INDUSTRY: "الصناعة",
    Sector.CONSTRUCTION: "البناء والأشغال العمومية", Sector.COMMERCE: "التجارة",
    Sector.SERVICES: "الخدمات", Sector.TOURISM: "السياحة",
    Sector.CRAFTS: "الصناعة التقليدية", Sector.SOCIAL_ECONOMY: "الاقتصاد الاجتماعي والتضامني",
}
_SECTOR_LABELS_FR = {
    Sector.AGRICULTURE: "Agriculture", Sector.INDUSTRY: "Industrie",
    Sector.CONSTRUCTION: "BTP", Sector.COMMERCE: "Commerce", Sector.SERVICES: "Services",
    Sector.TOURISM: "Tourisme", Sector.CRAFTS: "Artisanat",
    Sector.SOCIAL_ECONOMY: "Économie sociale et solidaire",
}


class ContractType(StrEnum):
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"

    @property
    def label(self) -> str:
        return "عقد غير محدد المدة" if self is ContractType.PERMANENT else "عقد محدد المدة"

    @property
    def label_fr(self) -> str:
        return "CDI" if self is ContractType.PERMANENT else "CDD"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"received": "في طور الدراسة", "approved": "مقبول",
                "rejected": "مرفوض"}[self.value]

    @property
    def label_fr(self) -> str:
        return {"received": "À l'étude", "approved": "Acceptée",
                "rejected": "Refusée"}[self.value]


@dataclass(frozen=True)
class GrantParams:
    """The component's parameters in one edition, read from `edition_components`."""

    monthly: Decimal
    months: int
    min_contract_months: int

    @property
    def per_hire(self) -> Decimal:
        return self.monthly * self.months


def grant_params(edition: Edition) -> GrantParams | None:
    """None when the edition does not run the second component or leaves a value unset."""
    for params in edition.components:
        if params.component is Component.SUSTAINABLE_INTEGRATION and params.enabled \
                and params.employer_grant_monthly is not None \
                and params.employer_grant_months and params.min_contract_months:
            return GrantParams(params.employer_grant_monthly, params.employer_grant_months,
                               params.min_contract_months)
    return None


MISSING_PARAMS = ("منحة دعم التشغيل: لم تحدد مبالغ هذا الشق ومدده في هذه النسخة؛ سجلها في "
                  "«البرنامج والحصص» أولا.")


@dataclass
class Employer:
    kind: PartnerKind
    name_ar: str
    cnss_affiliate: str
    sector: Sector
    province_id: UUID | None = None
    name_fr: str = ""
    legal_representative: str = ""
    phone: str = ""
    address: str = ""
    rib: str = ""
    id: UUID | None = None
    province_name_ar: str = ""
    row_version: int | None = None


def normalise_cnss(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in "-./")


def validate_employer(employer: Employer) -> None:
    check = RuleCheck()
    check.require(not is_blank(employer.name_ar), "name_ar", tr("الاسم بالعربية: إلزامي."),
                  "employer.name")
    number = normalise_cnss(employer.cnss_affiliate)
    check.require(len(number) == 7 and number.isascii() and number.isdigit(),
                  "cnss_affiliate",
                  tr("رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS): سبعة أرقام."),
                  "employer.cnss")
    check.require(employer.province_id is not None, "province_id", tr("الإقليم: إلزامي."),
                  "employer.province")
    check.raise_if_failed()


@dataclass
class GrantPost:
    """A kind of post an employer will fill: how many, on what contract and wage."""

    title_ar: str
    count: int
    monthly_wage: Decimal
    contract_months: int
    contract_type: ContractType = ContractType.FIXED_TERM


@dataclass
class GrantApplication:
    call_id: UUID
    employer_id: UUID
    posts: list[GrantPost]
    target_groups: list[EligibilityCategory]
    received_on: date
    status: ApplicationStatus = ApplicationStatus.RECEIVED
    notes: str = ""
    reference: str = ""
    id: UUID | None = None
    employer_name_ar: str = ""
    row_version: int | None = None

    @property
    def hires(self) -> int:
        return sum(post.count for post in self.posts)


@dataclass(frozen=True)
class ApplicationFacts:
    """What the rules need beyond the application, gathered by the service."""

    edition: Edition
    sector: Sector
    wages: list[MinimumWage]
    allocation: int | None  # hires allotted to the region; None: none recorded
    hires_taken: int  # by the region's other approved or pending applications
    held_posts: frozenset[str] = frozenset()  # folded titles the employer holds a grant for


def counted_noun(n: int, one: str, two: str, few: str, many: str, other: str) -> str:
    forms = {"one": one, "two": two, "few": few, "many": many, "other": other}
    return forms[plural_category(n)].format(n=n)


def months_text(n: int) -> str:
    """"6 أشهر", "12 شهرا", "شهران": a number of months as Arabic counts them."""
    return counted_noun(n, "شهر واحد", "شهران", "{n} أشهر", "{n} شهرا", "{n} شهر")


def posts_text(n: int) -> str:
    return counted_noun(n, "منصب واحد", "منصبان", "{n} مناصب", "{n} منصبا", "{n} منصب")


def applications_text(n: int) -> str:
    return counted_noun(n, "طلبا واحدا", "طلبين", "{n} طلبات", "{n} طلبا", "{n} طلب")


def post_key(title: str) -> str:
    return fold(title)


def check_application(application: GrantApplication, facts: ApplicationFacts
                      ) -> list[FieldError]:
    """Every rule an application must meet; an empty list means it may go to the committee."""
    check = RuleCheck()
    params = grant_params(facts.edition)
    if params is None:
        check.fail("call_id", MISSING_PARAMS, "grant.params")
    if not application.posts:
        check.fail("posts", tr("المناصب: أضف منصبا واحدا على الأقل."), "grant.posts")
    for post in application.posts:
        name = post.title_ar.strip() or "بدون اسم"
        check.require(not is_blank(post.title_ar), "posts", tr("المناصب: اسم المنصب إلزامي."),
                      "grant.post_title")
        check.require(post.count > 0, "posts",
                      tr("عدد المناصب: يجب أن يكون أكبر من صفر (منصب «{name}»).").format(name=name),
                      "grant.post_count")
        if params is not None:
            check.require(
                post.contract_months >= params.min_contract_months, "contract_months",
                tr("مدة عقد الشغل: منصب «{name}» بعقد مدته {contract_months}؛ يشترط في "
                   "{facts.edition.title} عقد لا تقل مدته عن {min_contract_months}.")
                .format(name=name, contract_months=months_text(post.contract_months), facts=facts,
                        min_contract_months=months_text(params.min_contract_months)),
                "grant.contract_length")
        _check_wage(check, post, name, facts, application.received_on)
    held = sorted({p.title_ar.strip() for p in application.posts
                   if post_key(p.title_ar) in facts.held_posts})
    check.require(not held, "posts",
                  "المناصب: سبق للمشغل أن استفاد من منحة دعم التشغيل عن المناصب نفسها ("
                  + "، ".join(held) + ")؛ لا تمنح المنحة مرتين عن المنصب نفسه.",
                  "grant.same_posts")
    _check_allocation(check, application.hires, facts)
    check.require(bool(application.target_groups), "target_groups",
                  tr("الفئات المستهدفة: اختر فئة واحدة على الأقل يشغل منها المشغل."),
                  "grant.target_groups")
    return check.errors


def _check_wage(check: RuleCheck, post: GrantPost, name: str, facts: ApplicationFacts,
                on: date) -> None:
    kind = facts.sector.wage_kind
    floor = wage_in_force(facts.wages, on, kind)
    label = "SMAG" if kind is WageKind.SMAG else "SMIG"
    if floor is None:
        check.fail("monthly_wage", tr("الأجر الشهري: لا يوجد حد أدنى للأجور ({label}) مسجل في "
                                      "{on:%d/%m/%Y}.")
                                   .format(label=label, on=on), "grant.wage_missing")
        return
    check.require(
        post.monthly_wage >= floor.monthly_amount, "monthly_wage",
        tr("الأجر الشهري: {monthly_wage} درهم لمنصب «{name}» أقل من الحد الأدنى للأجور "
           "({label}) الجاري به العمل في {on:%d/%m/%Y}: {monthly_amount} درهم.")
        .format(monthly_wage=formats.amount(post.monthly_wage), name=name, label=label, on=on,
                monthly_amount=formats.amount(floor.monthly_amount)), "grant.wage_floor")


def _check_allocation(check: RuleCheck, hires: int, facts: ApplicationFacts) -> None:
    if facts.allocation is None:
        check.fail("hires", tr("حصة الجهة: لا توجد حصة مسجلة لهذه الجهة في هذه النسخة؛ سجلها "
                               "أولا."), "grant.allocation_missing")
        return
    left = max(facts.allocation - facts.hires_taken, 0)
    check.require(
        hires <= left, "hires",
        tr("حصة الجهة: يطلب المشغل {hires} والمتبقي من حصة الجهة ({facts.allocation}) {left} "
           "فقط.")
        .format(hires=posts_text(hires), facts=facts, left=posts_text(left)), "grant.allocation")


# -- hires and the monthly grant -----------------------------------------------------------

def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last))


@dataclass
class Hire:
    cin: str
    full_name: str
    post_title: str
    starts_on: date
    contract_months: int
    ended_on: date | None = None
    end_reason: str = ""
    replaces_hire_id: UUID | None = None
    grant_months: int | None = None  # a replacement takes over the months left
    agreement_id: UUID | None = None
    id: UUID | None = None
    paid_months: list[int] = field(default_factory=list)
    row_version: int | None = None
    beneficiary_id: UUID | None = None  # the person in the beneficiaries register


def normalise_cin(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


def validate_hire(hire: Hire, params: GrantParams) -> None:
    check = RuleCheck()
    cin = normalise_cin(hire.cin)
    check.require(re.fullmatch(r"[A-Z]{1,2}[0-9]{3,7}", cin) is not None and len(cin) <= 8,
                  "cin",
                  tr("رقم البطاقة الوطنية: حرف أو حرفان ثم أرقام، ثمانية رموز على الأكثر."),
                  "hire.cin")
    check.require(not is_blank(hire.full_name), "full_name", tr("الاسم الكامل: إلزامي."),
                  "hire.name")
    check.require(hire.contract_months >= params.min_contract_months, "contract_months",
                  tr("مدة عقد الشغل: لا تقل عن {min_contract_months}.")
                  .format(min_contract_months=months_text(params.min_contract_months)),
                  "grant.contract_length")
    if hire.ended_on is not None:
        check.require(hire.ended_on >= hire.starts_on, "ended_on",
                      tr("تاريخ انتهاء الشغل: لا يمكن أن يسبق تاريخ بداية العمل."), "hire.end")
        check.require(not is_blank(hire.end_reason), "end_reason",
                      tr("سبب انتهاء الشغل: إلزامي."), "hire.end_reason")
    check.raise_if_failed()


@dataclass(frozen=True)
class ScheduledMonth:
    index: int  # 1-based
    starts_on: date
    due_on: date  # payable once the month is worked
    amount: Decimal


def schedule(hire: Hire, params: GrantParams) -> list[ScheduledMonth]:
    months = hire.grant_months if hire.grant_months is not None else params.months
    return [ScheduledMonth(i, add_months(hire.starts_on, i - 1), add_months(hire.starts_on, i),
                           params.monthly) for i in range(1, months + 1)]


@dataclass(frozen=True)
class Settlement:
    """Where a hire's grant stands on a date: the months earned, paid, still due, to be
    recovered (paid for months after the hire left), and the months the end cancelled."""

    scheduled: int
    earned: int
    paid: int
    due: Decimal
    to_recover: Decimal
    cancelled_months: int
    cancelled_amount: Decimal
    late_months: int  # worked, payable before `on`, not paid

    @property
    def remaining_months(self) -> int:
        return self.scheduled - self.cancelled_months - self.paid


def settle(hire: Hire, params: GrantParams, on: date) -> Settlement:
    months = schedule(hire, params)
    end = hire.ended_on
    earned = [m for m in months if end is None or end >= m.due_on - timedelta(days=1)]
    earned_ix = {m.index for m in earned}
    paid = set(hire.paid_months)
    cancelled = len(months) - len(earned) if end is not None else 0
    due_now = [m for m in earned if m.index not in paid and m.due_on <= on]
    return Settlement(
        scheduled=len(months), earned=len(earned), paid=len(paid & {m.index for m in months}),
        due=sum((m.amount for m in earned if m.index not in paid), Decimal(0)),
        to_recover=params.monthly * len(paid - earned_ix) if end is not None else Decimal(0),
        cancelled_months=cancelled, cancelled_amount=params.monthly * cancelled,
        late_months=len(due_now))


def check_replacement(original: Hire, replacement: Hire, params: GrantParams
                      ) -> list[FieldError]:
    """A replacement takes over a hire that ended early, if it starts soon enough."""
    check = RuleCheck()
    if original.ended_on is None:
        check.fail("replaces_hire_id", tr("التعويض: لا يعوض إلا أجير انتهى شغله قبل الأوان."),
                   "hire.replace_open")
        return check.errors
    settled = settle(original, params, original.ended_on)
    check.require(settled.cancelled_months > 0, "replaces_hire_id",
                  tr("التعويض: استوفى الأجير السابق كل أشهر المنحة؛ لا شيء يعوض."),
                  "hire.replace_nothing")
    limit = original.ended_on + timedelta(days=REPLACEMENT_DAYS)
    check.require(replacement.starts_on <= limit, "starts_on",
                  tr("تاريخ بداية العمل: يعوض الأجير داخل أجل {REPLACEMENT_DAYS} يوما من مغادرة "
                     "سابقه، أي قبل {limit:%d/%m/%Y}.")
                  .format(REPLACEMENT_DAYS=REPLACEMENT_DAYS, limit=limit), "hire.replace_late")
    check.require(replacement.starts_on >= original.ended_on, "starts_on",
                  tr("تاريخ بداية العمل: لا يبدأ المعوض قبل مغادرة الأجير السابق."),
                  "hire.replace_early")
    return check.errors


@dataclass(frozen=True)
class OtherHire:
    """Another grant hire of the same person, for the one-job rule."""

    agreement_number: str
    employer_name: str
    starts_on: date
    ended_on: date | None


def check_one_job(starts_on: date, others: list[OtherHire]) -> list[FieldError]:
    """One person, one job at a time: a person already hired under a grant, and still at
    work on the new start date, cannot open a second grant hire (the grant pays for a job
    the person holds, not for a name on two payrolls)."""
    check = RuleCheck()
    for other in others:
        running = other.ended_on is None or other.ended_on >= starts_on
        check.require(
            not running, "cin",
            f"رقم البطاقة الوطنية: هذا الشخص أجير في إطار منحة دعم التشغيل لدى «"
            f"{other.employer_name}» (الاتفاقية {other.agreement_number}) منذ "
            f"{other.starts_on:%d/%m/%Y} ولم ينته شغله قبل {starts_on:%d/%m/%Y}؛ لا يشغل "
            "الشخص نفسه في منصبين ممولين بالمنحة في الوقت نفسه.", "hire.one_job")
    return check.errors


def grant_total(hires: int, params: GrantParams) -> Decimal:
    return params.per_hire * hires


def hiring_deadline(signed_on: date) -> date:
    return signed_on + timedelta(days=HIRING_DEADLINE_DAYS)
