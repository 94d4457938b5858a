"""Amendments (ملاحق) to a signed employment-grant agreement, and the terms they leave.

A signed agreement never changes; what the parties agree later is a numbered amendment that
sets the agreement's terms anew: the number of hires, the grant per hire and month, the
months of grant. The agreement's effective terms are its own, then each signed amendment's
in order. Every rule an amendment must meet is here, once, each failure at its field:
- an amendment follows a signed agreement, with a reason, and changes something;
- the grant per month stays within the edition's (never above it, never nothing);
- the months of grant stay within the edition's and never below a month already paid;
- the hires never fall below the people already hired, and never rise past what is left of
  the region's allocation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain import formats
from app.domain.grants import GrantParams, months_text, posts_text
from app.domain.rules import RuleCheck, is_blank
from app.errors import FieldError
from app.language import tr


@dataclass(frozen=True)
class GrantTerms:
    """What an agreement grants: the total follows from the three."""

    hires: int
    monthly_amount: Decimal
    grant_months: int

    @property
    def per_hire(self) -> Decimal:
        return self.monthly_amount * self.grant_months

    @property
    def total(self) -> Decimal:
        return self.per_hire * self.hires


def effective_terms(agreement: GrantTerms, signed_amendments: list[GrantTerms]) -> GrantTerms:
    """The agreement's terms after its signed amendments, taken in their order."""
    return signed_amendments[-1] if signed_amendments else agreement


@dataclass(frozen=True)
class AmendmentFacts:
    """What the rules need beyond the request, gathered by the service."""

    signed: bool
    current: GrantTerms  # the effective terms before this amendment
    edition: GrantParams  # the edition's grant per month and months
    hired: int  # people hired under the agreement (replacements not counted)
    paid_months: int  # the highest month of grant already paid to any hire
    allocation_left: int | None  # hires the region may still grant; None: none recorded
    unsigned_amendment: int | None = None  # the number of an amendment not yet signed


def check_amendment(reason: str, terms: GrantTerms, facts: AmendmentFacts) -> list[FieldError]:
    """Every failure at once; an empty list means the amendment may be drawn up."""
    check = RuleCheck()
    if not facts.signed:
        check.fail(None, tr("الاتفاقية غير موقعة بعد: لا يحرر الملحق إلا لاتفاقية موقعة؛ عدل "
                            "الاتفاقية نفسها قبل توقيعها."), "grant_amendment.unsigned")
        return check.errors
    if facts.unsigned_amendment is not None:
        check.fail(None, tr("الملحق رقم {number} لم يوقع بعد: وقعه قبل تحرير ملحق جديد.")
                   .format(number=facts.unsigned_amendment), "grant_amendment.pending")
    check.require(not is_blank(reason), "reason", tr("سبب الملحق: إلزامي."),
                  "grant_amendment.reason")
    check.require(terms != facts.current, None,
                  tr("الملحق لا يغير شيئا: غير عدد الأجراء أو المنحة الشهرية أو مدة المنحة."),
                  "grant_amendment.nothing")
    edition = facts.edition
    check.require(Decimal(0) < terms.monthly_amount <= edition.monthly, "monthly_amount",
                  tr("المنحة الشهرية عن كل أجير: بين 0 و{amount} درهم كما تحددها النسخة.")
                  .format(amount=formats.amount(edition.monthly)), "grant_amendment.monthly")
    check.require(1 <= terms.grant_months <= edition.months, "grant_months",
                  tr("مدة المنحة: من شهر واحد إلى {months} كما تحددها النسخة.")
                  .format(months=months_text(edition.months)), "grant_amendment.months")
    check.require(terms.grant_months >= facts.paid_months, "grant_months",
                  tr("مدة المنحة: سبق أداء {months} لأجير؛ لا تقل المدة عن ذلك.")
                  .format(months=months_text(facts.paid_months)), "grant_amendment.months_paid")
    check.require(terms.hires >= max(facts.hired, 1), "hires",
                  tr("عدد الأجراء: شغل المشغل {hired} بموجب الاتفاقية؛ لا يقل العدد عن ذلك.")
                  .format(hired=posts_text(facts.hired)) if facts.hired
                  else tr("عدد الأجراء: واحد على الأقل."),
                  "grant_amendment.hires_hired")
    added = terms.hires - facts.current.hires
    if added > 0:
        left = facts.allocation_left
        check.require(left is not None and added <= left, "hires",
                      tr("عدد الأجراء: يزيد الملحق {added} والمتبقي من حصة الجهة {left} فقط.")
                      .format(added=posts_text(added), left=posts_text(max(left or 0, 0))),
                      "grant_amendment.allocation")
    return check.errors


def changed_terms(before: GrantTerms, after: GrantTerms) -> list[str]:
    """Which of the terms an amendment changes, by name ("hires", ...), in print order."""
    return [name for name in ("hires", "monthly_amount", "grant_months")
            if getattr(before, name) != getattr(after, name)]
