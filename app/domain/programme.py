"""Programme editions, their parameters, the dated minimum wage and provincial quotas."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from app.domain.enums import Component, WageKind
from app.domain.rules import RuleCheck, is_blank
from app.language import tr

# The programme's own bounds on a benefit (DOMAIN.md: "at least 3 months ... never more
# than 12"): an edition may narrow them, never widen them, and no convention goes past them.
PROGRAMME_MIN_DURATION_MONTHS = 3
PROGRAMME_MAX_DURATION_MONTHS = 12
PROGRAMME_DURATION_MESSAGE = (
    f"مدة الاستفادة: بين {PROGRAMME_MIN_DURATION_MONTHS} أشهر و{PROGRAMME_MAX_DURATION_MONTHS} "
    f"شهرا على الأكثر في برنامج أوراش (لا تتجاوز {PROGRAMME_MAX_DURATION_MONTHS} شهرا أبدا).")

# Defaults from the programme's texts (see DOMAIN.md); every one is editable per edition.
DEFAULT_ADMIN_FEE_RATE = Decimal("0.05")
DEFAULT_MIN_DURATION_MONTHS = PROGRAMME_MIN_DURATION_MONTHS
DEFAULT_MAX_DURATION_MONTHS = PROGRAMME_MAX_DURATION_MONTHS
DEFAULT_DURATION_MONTHS = 6
FIRST_EDITION_YEAR = 2022
LAST_PLAUSIBLE_YEAR = 2100
MAX_ADMIN_FEE_RATE = Decimal("0.20")

_ORDINALS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
             "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]


def edition_title(number: int, year: int) -> str:
    """The name secretaries use: "النسخة الثانية 2023" (documents print this one)."""
    ordinal = _ORDINALS[number - 1] if 1 <= number <= len(_ORDINALS) else str(number)
    return f"النسخة {ordinal} {year}"


def edition_title_fr(number: int, year: int) -> str:
    """The same name in French: "2e édition 2023", "1re édition 2022"."""
    return f"{number}{'re' if number == 1 else 'e'} édition {year}"


@dataclass
class ComponentParams:
    """What one component pays and requires in one edition (Awrach 2: 1,500 DH for 9 months)."""

    component: Component
    enabled: bool = True
    employer_grant_monthly: Decimal | None = None
    employer_grant_months: int | None = None
    min_contract_months: int | None = None


@dataclass
class Edition:
    year: int
    number: int
    starts_on: date | None = None
    ends_on: date | None = None
    admin_fee_rate: Decimal = DEFAULT_ADMIN_FEE_RATE
    min_duration_months: int = DEFAULT_MIN_DURATION_MONTHS
    max_duration_months: int = DEFAULT_MAX_DURATION_MONTHS
    default_duration_months: int = DEFAULT_DURATION_MONTHS
    bodies_may_benefit_again: bool = False
    notes: str = ""
    components: list[ComponentParams] = field(default_factory=list)
    # The "بناء على ..." lines of this edition's conventions; empty: the template's own.
    legal_references: list[str] = field(default_factory=list)
    id: UUID | None = None
    row_version: int | None = None  # as read; a save from an older one is refused

    @property
    def title(self) -> str:
        return edition_title(self.number, self.year)


def validate_edition(edition: Edition) -> None:
    check = RuleCheck()
    check.require(
        FIRST_EDITION_YEAR <= edition.year <= LAST_PLAUSIBLE_YEAR, "year",
        tr("السنة: يجب أن تكون بين {FIRST_EDITION_YEAR} و{LAST_PLAUSIBLE_YEAR}.")
        .format(FIRST_EDITION_YEAR=FIRST_EDITION_YEAR,
                LAST_PLAUSIBLE_YEAR=LAST_PLAUSIBLE_YEAR), "edition.year")
    check.require(edition.number >= 1, "number",
                  tr("رقم النسخة: يجب أن يكون عددا موجبا (1 للنسخة الأولى)."), "edition.number")
    if edition.starts_on and edition.ends_on:
        check.require(edition.ends_on >= edition.starts_on, "ends_on",
                      tr("تاريخ النهاية: لا يمكن أن يسبق تاريخ البداية."), "edition.dates")
    check.require(
        Decimal(0) <= edition.admin_fee_rate <= MAX_ADMIN_FEE_RATE, "admin_fee_rate",
        tr("نسبة التدبير الإداري: يجب أن تكون بين 0 و20 في المائة (5 في المائة عادة)."),
        "edition.admin_fee_rate")
    min_ok = require_programme_duration(check, edition.min_duration_months,
                                        "min_duration_months")
    max_ok = require_programme_duration(check, edition.max_duration_months,
                                        "max_duration_months")
    if min_ok and max_ok:
        check.require(
            edition.min_duration_months <= edition.max_duration_months, "max_duration_months",
            tr("أقصى مدة للاستفادة: لا يمكن أن تقل عن أدنى مدة."), "edition.duration_order")
        check.require(
            edition.min_duration_months <= edition.default_duration_months
            <= edition.max_duration_months, "default_duration_months",
            tr("المدة الاعتيادية: يجب أن تكون بين أدنى مدة وأقصاها."), "edition.default_duration")
    for params in edition.components:
        if params.employer_grant_monthly is not None:
            check.require(params.employer_grant_monthly >= 0, "components",
                          tr("منحة دعم التشغيل: لا يمكن أن تكون سالبة."), "component.grant")
        for months in (params.employer_grant_months, params.min_contract_months):
            if months is not None:
                check.require(months >= 1, "components",
                              tr("مدد الشق: يجب أن تكون شهرا واحدا على الأقل."), "component.months")
    check.raise_if_failed()


def require_programme_duration(check: RuleCheck, months: int, field_name: str) -> bool:
    """The programme's absolute bounds, with one message wherever a duration is entered
    (an edition's minimum or maximum, a convention's worksite), so a secretary reads the
    same rule on the form, from the services and on a refused paper."""
    return check.require(
        PROGRAMME_MIN_DURATION_MONTHS <= months <= PROGRAMME_MAX_DURATION_MONTHS, field_name,
        PROGRAMME_DURATION_MESSAGE, "programme.duration")


def require_duration(check: RuleCheck, months: int, edition: Edition,
                     field_name: str = "duration_months") -> bool:
    """A benefit's length against its own edition's bounds; an edition stored before the
    programme's bounds were enforced may exceed them, so those are checked after."""
    return check.require(
        edition.min_duration_months <= months <= edition.max_duration_months, field_name,
        tr("مدة الاستفادة: يجب أن تكون بين {edition.min_duration_months} "
           "و{edition.max_duration_months} شهرا (قاعدة مدة الاستفادة في {edition.title}).")
        .format(edition=edition),
        "duration") and require_programme_duration(check, months, field_name)


def check_duration(months: int, edition: Edition, field_name: str = "duration_months") -> None:
    check = RuleCheck()
    require_duration(check, months, edition, field_name)
    check.raise_if_failed()


@dataclass
class Quota:
    """Posts allotted to a province for an edition, and the person-months they stand for.

    A committee may shorten the duration to reach more people (Khenifra 2023: 953 posts at
    3 months for 1,251 people), so the person-months are stored beside the posts.
    """

    edition_id: UUID
    province_id: UUID
    posts: int
    person_months: int
    component: Component = Component.TEMPORARY_WORKSITES
    notes: str = ""
    id: UUID | None = None
    province_name_ar: str = ""
    province_code: str = ""
    edition_title: str = ""
    row_version: int | None = None  # as read; a save from an older one is refused

    def people_reached(self, duration_months: int) -> int:
        return people_reached(self.person_months, duration_months)


def people_reached(person_months: int, duration_months: int) -> int:
    """How many people `person_months` pay for when each benefits `duration_months`: the
    lever a committee pulls by shortening the duration (953 posts, 1,251 people)."""
    if duration_months <= 0 or person_months <= 0:
        return 0
    return person_months // duration_months


def default_person_months(posts: int, edition: Edition) -> int:
    return posts * edition.default_duration_months


def validate_quota(quota: Quota, edition: Edition) -> None:
    check = RuleCheck()
    posts_ok = check.require(quota.posts > 0, "posts",
                             tr("عدد المناصب: يجب أن يكون عددا صحيحا أكبر من صفر."), "quota.posts")
    check.require(quota.person_months > 0, "person_months",
                  tr("عدد أشهر العمل: يجب أن يكون عددا صحيحا أكبر من صفر."), "quota.person_months")
    if posts_ok and quota.person_months > 0:
        low = quota.posts * edition.min_duration_months
        high = quota.posts * edition.max_duration_months
        check.require(
            low <= quota.person_months <= high, "person_months",
            tr("عدد أشهر العمل: يجب أن يكون بين {low} و{high} (عدد المناصب × مدة الاستفادة بين "
               "{edition.min_duration_months} و{edition.max_duration_months} أشهر).")
            .format(low=low, high=high, edition=edition), "quota.person_months_range")
    check.require(len(quota.notes) <= 2000, "notes",
                  tr("الملاحظات: النص طويل جدا (2000 حرف على الأكثر)."), "quota.notes")
    check.raise_if_failed()


@dataclass
class MinimumWage:
    """The legal minimum wage is a dated value: the one in force on a date is the latest start."""

    kind: WageKind
    effective_from: date
    monthly_amount: Decimal
    reference: str = ""
    id: UUID | None = None


def validate_minimum_wage(wage: MinimumWage) -> None:
    check = RuleCheck()
    check.require(wage.monthly_amount > 0, "monthly_amount",
                  tr("المبلغ الشهري: يجب أن يكون أكبر من صفر."), "wage.amount")
    check.require(not is_blank(str(wage.effective_from)), "effective_from",
                  tr("تاريخ السريان: إلزامي."), "wage.date")
    check.raise_if_failed()


def wage_in_force(wages: list[MinimumWage], on: date, kind: WageKind = WageKind.SMIG
                  ) -> MinimumWage | None:
    candidates = [w for w in wages if w.kind == kind and w.effective_from <= on]
    return max(candidates, key=lambda w: w.effective_from, default=None)
