"""Amounts in figures and in Arabic letters, as Moroccan conventions and contracts write them.

"1.836.000,00 درهم (فقط مليون وثمانمائة وستة وثلاثون ألف درهم لا غير)"

The counting rules follow classical grammar, as DOMAIN.md sets them out (masculine nouns
درهم and سنتيم): 1 and 2 follow the noun ("درهم واحد", "درهمان"); 3-10 take the feminine
number and a plural noun ("ثلاثة دراهم"); 11-99 a singular accusative noun ("أحد عشر
درهما"); a round hundred, thousand or million a singular noun ("مائة درهم"); a dual loses
its ن before the noun it counts ("مائتا درهم", "ألفا درهم", "مليونا درهم"); 11-99
thousands say "ألفا" inside the number and "ألف" right before the noun. Numbers stay
nominative. Where public tables disagree, these choices are ours, tested case by case:
a number above 2 ending in 01 or 02 puts the singular noun after it ("ألف وواحد درهم"),
and 101 or 102 of a scale are said as a hundred of it and one or two more ("مائة ألف
وألف"), never "مائة وألف", which reads as 1,100.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain import formats

ONES = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
        "عشرة")
TEENS = {11: "أحد عشر", 12: "اثنا عشر"}
TENS = ("", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
        "تسعون")
HUNDREDS = ("", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
            "ثمانمائة", "تسعمائة")
TWO_HUNDRED_BEFORE_NOUN = "مائتا"


@dataclass(frozen=True)
class Noun:
    """The forms a counted noun takes: one, two (alone / before a noun), 3-10, 11-99."""

    singular: str
    dual: str
    dual_before_noun: str
    plural: str
    accusative: str


DIRHAM = Noun("درهم", "درهمان", "درهما", "دراهم", "درهما")
CENTIME = Noun("سنتيم", "سنتيمان", "سنتيما", "سنتيمات", "سنتيما")
SCALES = (
    Noun("ألف", "ألفان", "ألفا", "آلاف", "ألفا"),
    Noun("مليون", "مليونان", "مليونا", "ملايين", "مليونا"),
    Noun("مليار", "ملياران", "مليارا", "مليارات", "مليارا"),
)
CENT = Decimal("0.01")


def _below_hundred(n: int) -> str:
    if n <= 10:
        return ONES[n]
    if n in TEENS:
        return TEENS[n]
    if n < 20:
        return f"{ONES[n - 10]} عشر"
    tens, ones = divmod(n, 10)
    return TENS[tens] if ones == 0 else f"{ONES[ones]} و{TENS[tens]}"


def _below_thousand(n: int, before_noun: bool) -> str:
    """1-999; `before_noun`: the counted noun follows at once ("مائتا درهم")."""
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(TWO_HUNDRED_BEFORE_NOUN if hundreds == 2 and rest == 0 and before_noun
                     else HUNDREDS[hundreds])
    if rest:
        parts.append(_below_hundred(rest))
    return " و".join(parts)


def _counted(n: int, noun: Noun, noun_ends_phrase: bool) -> str:
    """`n` (1-999) of `noun`, the noun placed and declined by the counting rules.

    `noun_ends_phrase`: nothing else follows, so a dual loses its ن ("ألفا درهم") and 11-99
    thousands say "ألف" rather than "ألفا".
    """
    rest = n % 100
    if n == 1:
        return noun.singular
    if n == 2:
        return noun.dual_before_noun if noun_ends_phrase else noun.dual
    if rest == 0:
        return f"{_below_thousand(n, before_noun=True)} {noun.singular}"
    if n > 100 and rest in (1, 2):
        extra = noun.singular if rest == 1 else (
            noun.dual_before_noun if noun_ends_phrase else noun.dual)
        return f"{_below_thousand(n - rest, before_noun=True)} {noun.singular} و{extra}"
    words = _below_thousand(n, before_noun=False)
    if 3 <= rest <= 10:
        return f"{words} {noun.plural}"
    return f"{words} {noun.singular if noun_ends_phrase else noun.accusative}"


def _groups(n: int) -> list[int]:
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    return groups


def count_in_letters(n: int, noun: Noun) -> str:
    """A whole number of a masculine noun in letters: 1,836,000 → "مليون ... ألف درهم"."""
    if n < 0:
        raise ValueError("negative amounts are not written in letters")
    if n == 0:
        return f"صفر {noun.singular}"
    if n == 1:
        return f"{noun.singular} واحد"
    if n == 2:
        return noun.dual
    groups = _groups(n)
    if len(groups) > len(SCALES) + 1:
        raise ValueError("amount too large to write in letters")
    units = groups[0]
    parts = []
    for scale in range(len(groups) - 1, 0, -1):
        count = groups[scale]
        if count:
            last = not any(groups[:scale])
            parts.append(_counted(count, SCALES[scale - 1], noun_ends_phrase=last))
    rest = units % 100
    if units:
        parts.append(_below_thousand(units, before_noun=rest == 0))
    if rest == 0 or rest in (1, 2):
        noun_form = noun.singular
    elif rest <= 10:
        noun_form = noun.plural
    else:
        noun_form = noun.accusative
    return f"{' و'.join(parts)} {noun_form}"


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def amount_in_letters(amount: Decimal) -> str:
    """The official form: "فقط ... درهما و... سنتيما لا غير"."""
    amount = to_cents(amount)
    dirhams = int(amount)
    centimes = int((amount - dirhams) * 100)
    if dirhams and centimes:
        words = f"{count_in_letters(dirhams, DIRHAM)} و{count_in_letters(centimes, CENTIME)}"
    elif centimes:
        words = count_in_letters(centimes, CENTIME)
    else:
        words = count_in_letters(dirhams, DIRHAM)
    return f"فقط {words} لا غير"


def amount_with_letters(amount: Decimal) -> str:
    return f"{formats.money(amount)} ({amount_in_letters(amount)})"
