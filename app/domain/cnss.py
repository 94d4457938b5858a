"""CNSS identifiers and the wage CNSS pays a beneficiary for the days declared.

A salaried person's number has 9 digits, an employer's affiliate number 7 (DOMAIN.md).
Amounts go to the declaration in centimes, so the wage is computed in centimes once here.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from app.domain.attendance import FULL_MONTH_DAYS
from app.domain.rules import RuleCheck
from app.language import tr

AFFILIATE_LENGTH = 7
INSURED_LENGTH = 9


def digits_only(text: str) -> str:
    """Numbers are copied with spaces, dots or dashes ("123 456 789"): keep the digits."""
    return re.sub(r"[\s.\-/]", "", text or "")


def affiliate_is_valid(text: str) -> bool:
    return len(text) == AFFILIATE_LENGTH and text.isdigit()


def insured_is_valid(text: str) -> bool:
    return len(text) == INSURED_LENGTH and text.isdigit()


def require_affiliate(check: RuleCheck, text: str, field: str = "cnss_affiliate") -> bool:
    """The affiliate number on a body's record: blank until known, else 7 digits."""
    value = digits_only(text)
    return check.require(not value or affiliate_is_valid(value), field,
                         tr("رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS): يتكون من "
                            "{AFFILIATE_LENGTH} أرقام (المكتوب «{strip}»).")
                         .format(AFFILIATE_LENGTH=AFFILIATE_LENGTH, strip=text.strip()),
                         "cnss.affiliate")


def centimes(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def wage_for_days(monthly_wage: Decimal, days: int) -> int:
    """The wage for `days` of a 26-day month, in centimes; a full month is the whole wage."""
    if days >= FULL_MONTH_DAYS:
        return centimes(monthly_wage)
    return centimes(monthly_wage * days / FULL_MONTH_DAYS)
