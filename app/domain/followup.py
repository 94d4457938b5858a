"""Following a worksite after its approval: its life, its lateness and its payments.

Committees report what is late to the governor before every meeting; the rules that say
"late" live here once, so the list, the dashboard and the printed report agree.

A worksite is a selected proposal. It is planned until someone records that it started;
it may then be suspended and resumed, and it ends completed, or cancelled at any point
before that. Its planned end is its planned start plus its duration in months.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from app.domain.rules import RuleCheck, is_blank
from app.language import label, tr

# A tranche's order is issued some weeks after its condition is met: the usual delay the
# committees give the treasury before a payment counts as late.
PAYMENT_DELAY_DAYS = 30


class WorksiteStatus(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def label_fr(self) -> str:
        return _LABELS_FR[self]


_LABELS = {
    WorksiteStatus.PLANNED: "مبرمج",
    WorksiteStatus.STARTED: "في طور الإنجاز",
    WorksiteStatus.SUSPENDED: "متوقف مؤقتا",
    WorksiteStatus.COMPLETED: "منجز",
    WorksiteStatus.CANCELLED: "ملغى",
}
_LABELS_FR = {
    WorksiteStatus.PLANNED: "Programmé", WorksiteStatus.STARTED: "En cours de réalisation",
    WorksiteStatus.SUSPENDED: "Suspendu", WorksiteStatus.COMPLETED: "Achevé",
    WorksiteStatus.CANCELLED: "Annulé",
}

# Where a worksite may go from each status; completed and cancelled are final.
TRANSITIONS: dict[WorksiteStatus, frozenset[WorksiteStatus]] = {
    WorksiteStatus.PLANNED: frozenset({WorksiteStatus.STARTED, WorksiteStatus.CANCELLED}),
    WorksiteStatus.STARTED: frozenset({WorksiteStatus.SUSPENDED, WorksiteStatus.COMPLETED,
                                       WorksiteStatus.CANCELLED}),
    WorksiteStatus.SUSPENDED: frozenset({WorksiteStatus.STARTED, WorksiteStatus.CANCELLED}),
    WorksiteStatus.COMPLETED: frozenset(),
    WorksiteStatus.CANCELLED: frozenset(),
}
OPEN = (WorksiteStatus.PLANNED, WorksiteStatus.STARTED, WorksiteStatus.SUSPENDED)


class Lateness(StrEnum):
    NONE = ""
    NOT_STARTED = "not_started"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {Lateness.NONE: "", Lateness.NOT_STARTED: "لم ينطلق في موعده",
                Lateness.OVERDUE: "تجاوز تاريخ انتهائه دون إنجاز"}[self]

    @property
    def label_fr(self) -> str:
        return {Lateness.NONE: "", Lateness.NOT_STARTED: "Non démarré à la date prévue",
                Lateness.OVERDUE: "Date de fin dépassée sans achèvement"}[self]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, the month's last day when it is shorter (31 -> 30)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def planned_end(planned_start: date | None, duration_months: int) -> date | None:
    return None if planned_start is None else add_months(planned_start, duration_months)


def lateness(status: WorksiteStatus, planned_start: date | None, end: date | None,
             today: date) -> Lateness:
    """Not started by its planned date, or still open past its planned end."""
    if status is WorksiteStatus.PLANNED and planned_start is not None and today > planned_start:
        if end is not None and today > end:
            return Lateness.OVERDUE
        return Lateness.NOT_STARTED
    if status in OPEN and end is not None and today > end:
        return Lateness.OVERDUE
    return Lateness.NONE


def check_transition(current: WorksiteStatus, target: WorksiteStatus, on: date | None,
                     last_change: date | None, today: date, note: str) -> None:
    """The move must be allowed from where the worksite is, dated, not in the future and
    not before the previous change; a suspension or a cancellation gives its reason."""
    check = RuleCheck()
    check.require(target in TRANSITIONS[current], "status",
                  tr("الحالة: لا يمكن الانتقال من «{current}» إلى «{target}».")
                  .format(current=label(current), target=label(target)),
                  "worksite.transition")
    if check.require(on is not None, "on", tr("التاريخ: هذا الحقل إلزامي."), "worksite.date"):
        assert on is not None
        check.require(on <= today, "on", tr("التاريخ: لا يمكن أن يكون في المستقبل."),
                      "worksite.future")
        if last_change is not None:
            check.require(on >= last_change, "on",
                          tr("التاريخ: قبل آخر تغيير للحالة ({last}).")
                          .format(last=last_change.isoformat()),
                          "worksite.order")
    if target in (WorksiteStatus.SUSPENDED, WorksiteStatus.CANCELLED):
        check.require(not is_blank(note), "note",
                      tr("الملاحظة: اذكر سبب التوقيف أو الإلغاء."), "worksite.reason")
    check.raise_if_failed()


def check_visit(visited_on: date | None, visitor: str, today: date) -> None:
    check = RuleCheck()
    if check.require(visited_on is not None, "visited_on", tr("تاريخ الزيارة: هذا الحقل إلزامي.")):
        assert visited_on is not None
        check.require(visited_on <= today, "visited_on",
                      tr("تاريخ الزيارة: لا يمكن أن يكون في المستقبل."))
    check.require(not is_blank(visitor), "visitor", tr("الزائر: هذا الحقل إلزامي."))
    check.raise_if_failed()


# -- tranches ---------------------------------------------------------------------------


def tranche_due_on(position: int, count: int, stored_due_on: date | None,
                   signed_on: date | None, planned_start: date | None,
                   duration_months: int) -> date | None:
    """When a tranche is due: the date written in the convention if there is one, else
    the first a delay after signing and each later one a delay after its share of the
    worksite's duration has passed (the progress report: mid-way for a second of two)."""
    if stored_due_on is not None:
        return stored_due_on
    if position <= 1:
        anchor = signed_on
    elif planned_start is not None:
        anchor = planned_start + timedelta(
            days=round(30.44 * duration_months * (position - 1) / max(count, 1)))
    else:
        anchor = None
    return None if anchor is None else anchor + timedelta(days=PAYMENT_DELAY_DAYS)


def tranche_is_late(due_on: date | None, amount: Decimal, paid: Decimal, today: date) -> bool:
    return due_on is not None and today > due_on and paid < amount


def check_payment(amount: Decimal | None, paid_on: date | None, left: Decimal,
                  signed: bool, today: date) -> None:
    """A payment is recorded on a signed convention only, dated, and within what is left
    of its tranche."""
    check = RuleCheck()
    check.require(signed, "tranche",
                  tr("الأداء: لا يسجل أداء إلا على اتفاقية موقعة."), "payment.signed")
    if check.require(paid_on is not None, "paid_on", tr("تاريخ الأداء: هذا الحقل إلزامي.")):
        assert paid_on is not None
        check.require(paid_on <= today, "paid_on",
                      tr("تاريخ الأداء: لا يمكن أن يكون في المستقبل."))
    if check.require(amount is not None and amount > 0, "amount",
                     tr("المبلغ المؤدى: يجب أن يكون أكبر من صفر.")):
        assert amount is not None
        check.require(amount <= left, "amount",
                      tr("المبلغ المؤدى: يتجاوز الباقي من الشطر ({left:.2f} درهم).")
                         .format(left=left),
                      "payment.within")
    check.raise_if_failed()


@dataclass(frozen=True)
class Denominators:
    """What a province's quota is compared with for territorial equity."""

    population: int | None
    job_seekers: int | None
    source: str
    source_year: int | None


def check_denominators(values: Denominators) -> None:
    check = RuleCheck()
    for name, value in (("population", values.population),
                        ("job_seekers", values.job_seekers)):
        check.require(value is None or value > 0, name, tr("القيمة: يجب أن تكون أكبر من صفر."))
    check.require(values.population is not None or values.job_seekers is not None,
                  "population", tr("أدخل عدد السكان أو عدد الباحثين عن الشغل المسجلين."))
    check.require(not is_blank(values.source), "source", tr("المصدر: هذا الحقل إلزامي."))
    check.require(values.source_year is not None and 1990 <= values.source_year <= 2100,
                  "source_year", tr("سنة المصدر: أدخل سنة صحيحة."))
    check.raise_if_failed()
