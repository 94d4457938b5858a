"""Partnership conventions: what is printed on one, and the rules of its life.

A signed convention is a legal text: what was printed must be reproducible years later,
even after the partner moved, the council changed president or the minimum wage rose.
So the services freeze a `ConventionContent` when the convention is drawn up and store
`stored_form(content)` as JSON; the PDF is built from that snapshot only, never from
live rows.

`canonical_json()` is the one serialisation that is hashed: sorted keys, no spaces,
Arabic kept as UTF-8, dates as ISO strings and amounts as decimal strings with two
places, so the same content always gives the same `content_sha256()` on every machine
and Python version (floats never appear: 0.1 + 0.2 must not change a hash). Snapshots
already stored keep their keys and formats: `stored_form` writes exactly what earlier
versions wrote, field by field in the same order.

The lifecycle: drawn up (draft) from a selected proposal, printed as it stands, signed
(locked), then changed only by numbered amendments (ملاحق), each raising the version.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

from app.domain.amounts import to_cents
from app.domain.enums import ConventionStatus, ProposalStatus
from app.domain.partners import require_rib
from app.domain.programme import Edition, require_duration, require_programme_duration
from app.domain.records import OMIT_DEFAULT, dump
from app.domain.rules import RuleCheck, is_blank
from app.errors import FieldError, ValidationError
from app.language import tr

CENT = Decimal("0.01")
SELECTION_TEXT = "المصادقة على الأوراش المنتقاة"
UNKNOWN = "...................."  # printed where a value is still to be written by hand
ADMIN_FEE_LABEL = "مصاريف التدبير الإداري"  # the fee's line in the technical sheet

# The usual split of the body's dues (DOMAIN.md: الشطر الأول، الشطر الثاني), per province.
DEFAULT_TRANCHES = ((Decimal(60), "بعد التوقيع على الاتفاقية والتصريح بالمستفيدين"),
                    (Decimal(40), "بعد الإدلاء بالتقرير المرحلي لتقدم إنجاز الورش"))


# A field added after snapshots were stored: written only when it is set (records.dump).
LATER = {OMIT_DEFAULT: True}

# -- the people named ---------------------------------------------------------------------

MAN, WOMAN = "m", "f"
PERSON_CHOICES = ((MAN, "السيد"), (WOMAN, "السيدة"))


@dataclass(frozen=True)
class PersonWords:
    """What agrees with the person in a convention: "السيد ... بصفته رئيس"."""

    title: str  # السيد / السيدة
    capacity: str  # بصفته / بصفتها
    head: str  # "رئيسه" / "رئيسته": the council's president
    president: str  # "رئيس" / "رئيسة": the head of a body


_WORDS = {MAN: PersonWords("السيد", "بصفته", "رئيسه", "رئيس"),
          WOMAN: PersonWords("السيدة", "بصفتها", "رئيسته", "رئيسة")}
_UNKNOWN_PERSON = PersonWords("السيد(ة)", "بصفته(ا)", "رئيسه", "رئيس")


def person_words(sex: str) -> PersonWords:
    """The words for a man ("m") or a woman ("f"); a person whose sex was never entered
    (records made before the field existed) keeps the neutral "السيد(ة)"."""
    return _WORDS.get(sex, _UNKNOWN_PERSON)


def require_person_sex(check: RuleCheck, sex: str, field_name: str, who: str) -> None:
    check.require(sex in _WORDS, field_name,
                  tr("{who}: اختر «السيد» أو «السيدة» حتى تكتب الاتفاقية صيغة المخاطب الصحيحة.")
                  .format(who=who),
                  "convention.person_sex")


# -- the parts of a convention ------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """One signature block, in the order the blocks are printed (right to left, by rows)."""

    RECORD_LABEL: ClassVar[str] = "الموقع"

    capacity: str  # "رئيس المجلس الإقليمي لخنيفرة"
    name: str
    sex: str = field(default="", metadata=LATER)  # MAN / WOMAN; "" never entered


@dataclass(frozen=True)
class PartnerContent:
    """The body that carries the worksite, as it must appear in the convention."""

    RECORD_LABEL: ClassVar[str] = "معطيات الشريك"

    kind_label: str  # "جمعية" / "تعاونية"
    name: str
    seat: str
    representative: str
    representative_capacity: str  # "رئيس الجمعية"
    rib: str  # 24 digits
    bank_name: str = ""
    short_label: str = ""  # how the text calls it afterwards; "" means "ال" + kind_label
    representative_sex: str = field(default="", metadata=LATER)  # MAN / WOMAN
    is_cooperative: bool = field(default=False, metadata=LATER)  # law 112.12, not the dahir

    @property
    def called(self) -> str:
        """"الجمعية": the name the articles use for the body after the parties' paragraph."""
        return self.short_label or f"ال{self.kind_label}"


@dataclass(frozen=True)
class Beneficiaries:
    RECORD_LABEL: ClassVar[str] = "عدد المستفيدين"

    total: int
    women: int = 0
    disabled: int = 0  # people with disabilities


@dataclass(frozen=True)
class CostLine:
    """One line of the worksite's budget in the technical sheet."""

    RECORD_LABEL: ClassVar[str] = "سطر التكلفة"

    label: str
    amount: Decimal


@dataclass(frozen=True)
class WorksiteContent:
    """The worksite (الورش) and its money, as approved by the committee."""

    RECORD_LABEL: ClassVar[str] = "معطيات الورش"

    title: str
    communes: tuple[str, ...]
    domain_label: str
    beneficiaries: Beneficiaries
    duration_months: int
    total_amount: Decimal  # every cost line, the administrative fee included
    admin_fee_amount: Decimal  # 5 % of the other cost lines, for administrative management
    framing_grant_amount: Decimal  # منح التأطير
    minimum_wage: Decimal  # monthly minimum wage in force on the convention's date
    cost_lines: tuple[CostLine, ...] = ()
    start_note: str = ""


@dataclass(frozen=True)
class Tranche:
    """A payment to the body: الشطر الأول، الشطر الثاني ..."""

    RECORD_LABEL: ClassVar[str] = "الشطر"

    position: int  # 1, 2, ...
    amount: Decimal
    due_text: str  # "بعد التوقيع على الاتفاقية", "بعد الإدلاء بالتقرير المرحلي"


@dataclass(frozen=True)
class SelectionMeeting:
    """The committee meeting that selected the worksite, cited in the preamble.

    The template's [preamble] selection line already says "محضر اجتماع اللجنة الإقليمية
    ... المنعقد بتاريخ <date>، المتعلق ب<text>": `text` is only what was decided, as it
    reads after "المتعلق ب" ("المصادقة على الأوراش المنتقاة"), not the whole citation.
    """

    RECORD_LABEL: ClassVar[str] = "مرجع اجتماع الانتقاء"

    date: date
    text: str


@dataclass(frozen=True)
class Deliberation:
    """The council's session and decision approving an edition's conventions, cited in
    the preamble."""

    RECORD_LABEL: ClassVar[str] = "مداولة المجلس"

    session_date: date
    decision_number: str


# -- serialisation ------------------------------------------------------------------------


def money_text(amount: Decimal) -> str:
    """Amounts are stored and hashed with exactly two places: "1836000.00"."""
    return str(to_cents(amount))


def stored_form(record: Any) -> dict[str, Any]:
    """A record of this module as it is kept in the database and hashed."""
    value = dump(record, decimal=money_text)
    assert isinstance(value, dict)
    return value


class _Snapshot:
    """What a printed paper is verified against: its canonical JSON and that JSON's hash."""

    def canonical_json(self) -> str:
        return json.dumps(stored_form(self), sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"))

    def content_sha256(self) -> str:
        """Worked out once per snapshot: the snapshots are frozen, and a batch asks for
        each convention's hash several times (anchor, mark, register, file)."""
        known: str | None = self.__dict__.get("_content_sha256")
        if known is None:
            known = hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()
            object.__setattr__(self, "_content_sha256", known)
        return known


# -- the convention -----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ConventionContent(_Snapshot):
    """A convention as printed: the snapshot that is hashed, stored and rendered.

    Keyword-only so that the fields can keep the order in which snapshots were always
    stored (`number`, then `version`, ...).
    """

    RECORD_LABEL: ClassVar[str] = "الاتفاقية"

    number: str
    version: int = 1  # 1 = the original; each amendment re-signed raises it
    edition_title: str  # "برنامج أوراش 2023"
    province_name: str  # "خنيفرة"
    council_name: str  # "المجلس الإقليمي لخنيفرة"
    council_president: str
    council_seat: str
    partner: PartnerContent
    worksite: WorksiteContent
    tranches: tuple[Tranche, ...] = ()
    preamble: tuple[str, ...] = ()  # "بناء على ..." lines; empty: the template's defaults
    selection_meeting: SelectionMeeting | None = None
    place: str  # where it is signed: "خنيفرة"
    date: date
    hijri_date_text: str = ""  # as a person wrote or corrected it: "6 ذو القعدة 1444"
    signatories: tuple[Signatory, ...] = ()
    template_sha256: str = ""  # the wording it was drawn up with ("" = not pinned)
    council_president_sex: str = field(default="", metadata=LATER)  # MAN / WOMAN
    # The provincial council's deliberation that approved the edition's conventions.
    deliberation: Deliberation | None = field(default=None, metadata=LATER)

    def problems(self) -> list[FieldError]:
        """What would make the printed convention wrong or unsignable.

        The services check the programme's rules when the convention is drawn up; these
        are the checks that protect the paper itself, so a snapshot restored from JSON or
        built by a script is checked again before it is printed.
        """
        check = RuleCheck()
        worksite = self.worksite

        def need(ok: bool, field_name: str, message: str) -> None:
            check.require(ok, field_name, message, f"convention.{field_name}")

        need(bool(self.number.strip()), "number", "رقم الاتفاقية فارغ.")
        need(self.version >= 1, "version", "رقم صيغة الاتفاقية يبدأ من 1.")
        need(bool(self.partner.name.strip()), "partner.name", "اسم الهيئة الشريكة فارغ.")
        require_rib(check, self.partner.rib, "partner.rib")
        need(bool(worksite.communes), "worksite.communes", "لم تحدد أي جماعة للورش.")
        require_programme_duration(check, worksite.duration_months, "worksite.duration_months")
        need(worksite.beneficiaries.total > 0, "worksite.beneficiaries",
             "عدد المستفيدين يجب أن يكون موجبا.")
        beneficiaries = worksite.beneficiaries
        need(max(beneficiaries.women, beneficiaries.disabled) <= beneficiaries.total,
             "worksite.beneficiaries",
             "عدد النساء أو الأشخاص في وضعية إعاقة يفوق العدد الإجمالي للمستفيدين.")
        for name in ("total_amount", "admin_fee_amount", "framing_grant_amount",
                     "minimum_wage"):
            need(getattr(worksite, name) >= 0, f"worksite.{name}", "مبلغ سالب.")
        need(worksite.total_amount > 0, "worksite.total_amount",
             "الكلفة الإجمالية للورش منعدمة: لا تطبع اتفاقية بمبلغ صفر.")
        positions = [tranche.position for tranche in self.tranches]
        need(len(set(positions)) == len(positions), "tranches", "رقم شطر مكرر.")
        need(all(tranche.amount > 0 for tranche in self.tranches), "tranches",
             "مبلغ كل شطر يجب أن يكون موجبا.")
        need(bool(self.signatories), "signatories", "لم يحدد أي موقع على الاتفاقية.")
        return check.errors


# -- an amendment -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleChange:
    """One article of the convention as the amendment rewrites it."""

    RECORD_LABEL: ClassVar[str] = "التعديل"

    article_title: str  # "المادة السابعة: التمويل وكيفية الأداء"
    new_text: str


@dataclass(frozen=True)
class AmendmentContent(_Snapshot):
    """An amendment (ملحق) to a signed convention, as printed."""

    RECORD_LABEL: ClassVar[str] = "الملحق"

    convention_number: str
    amendment_number: int  # 1 for the first ملحق
    reason: str
    changes: tuple[ArticleChange, ...]
    place: str
    date: datetime.date
    province_name: str
    council_name: str
    partner_name: str  # "جمعية ..." as named in the convention
    convention_date: datetime.date | None = None  # when the convention itself was signed
    edition_title: str = ""
    hijri_date_text: str = ""
    signatories: tuple[Signatory, ...] = ()
    version: int = 1  # the version of the convention this amendment produces
    template_sha256: str = ""
    # The date printed on the signed paper ("حرر ب... في"), which may differ from the
    # ceremony's (`convention_date`); None in amendments made before it was recorded.
    convention_printed_date: datetime.date | None = field(default=None, metadata=LATER)

    def problems(self) -> list[FieldError]:
        check = RuleCheck()
        check.require(bool(self.convention_number.strip()), "convention_number",
                      tr("رقم الاتفاقية فارغ."))
        check.require(self.amendment_number >= 1, "amendment_number", tr("رقم الملحق يبدأ من 1."))
        check.require(bool(self.changes), "changes", tr("الملحق لا يعدل أي مادة."))
        check.require(bool(self.signatories), "signatories", tr("لم يحدد أي موقع على الملحق."))
        return check.errors


def signatories_of(pairs: Sequence[tuple[str, str]]) -> tuple[Signatory, ...]:
    """(capacity, name) pairs as signatories: the form scripts and tests write them in."""
    return tuple(Signatory(capacity, name) for capacity, name in pairs)


# -- tranches -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TrancheShare:
    """One tranche of a province's usual split: its share of the total, in percent."""

    percent: Decimal
    due_text: str


def default_tranche_shares() -> tuple[TrancheShare, ...]:
    return tuple(TrancheShare(percent, text) for percent, text in DEFAULT_TRANCHES)


def require_tranche_shares(check: RuleCheck, shares: Sequence[TrancheShare],
                           field_name: str = "tranches") -> bool:
    """The shares must pay the whole amount, each a real part of it."""
    total = sum((share.percent for share in shares), Decimal(0))
    whole = check.require(bool(shares) and total == 100, field_name,
                          tr("الأشطر: مجموع النسب يجب أن يساوي 100 (الآن {total}).")
                          .format(total=total),
                          "tranches.total")
    positive = check.require(all(share.percent > 0 for share in shares), field_name,
                             tr("الأشطر: كل نسبة يجب أن تكون أكبر من صفر."), "tranches.positive")
    return whole and positive


def split_into_tranches(total: Decimal, shares: Sequence[TrancheShare]) -> tuple[Tranche, ...]:
    """Amounts by share, the last tranche taking the rounding so the sum is exact."""
    amounts = [(total * share.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
               for share in shares[:-1]]
    amounts.append(total - sum(amounts, Decimal(0)))
    return tuple(Tranche(i, amount, share.due_text)
                 for i, (amount, share) in enumerate(zip(amounts, shares, strict=True), start=1))


# -- the lifecycle ------------------------------------------------------------------------


def is_signed(status: ConventionStatus) -> bool:
    """A terminated convention was signed first: it keeps its signature and its lock."""
    return status in (ConventionStatus.SIGNED, ConventionStatus.TERMINATED)


def require_may_draw_up(check: RuleCheck, reference: str, status: ProposalStatus,
                        has_convention: bool, duration_months: int, edition: Edition) -> None:
    """One convention per selected worksite, for a duration its own edition allows."""
    check.require(status is ProposalStatus.SELECTED, "proposals",
                  tr("{reference}: لا تحرر اتفاقية إلا لورش مصادق عليه.")
                  .format(reference=reference), "convention.selected")
    check.require(not has_convention, "proposals", tr("{reference}: للورش اتفاقية من قبل.")
                                                   .format(reference=reference),
                  "convention.once")
    duration = RuleCheck()
    if not require_duration(duration, duration_months, edition, "proposals"):
        for error in duration.errors:
            check.fail("proposals", f"{reference}: {error.message}", error.rule)


def worksite_cost_lines(lines: Sequence[CostLine], admin_fee_amount: Decimal
                        ) -> tuple[CostLine, ...]:
    """The technical sheet's lines: the proposal's, then the administrative fee.

    Article 6 gives the total "according to the annexed technical sheet", so the sheet
    must list every line that total adds up, the fee included.
    """
    return (*lines, CostLine(ADMIN_FEE_LABEL, admin_fee_amount))


def require_worksite_amounts(check: RuleCheck, reference: str,
                             worksite: WorksiteContent) -> None:
    """A convention is drawn up only for a worksite that costs something, and its sheet's
    lines add up to the total the articles and the tranches give.

    A proposal whose cost lines are all zero would give a convention of 0,00 dirhams with
    tranches of zero, which cannot be printed: it is refused here, when it is drawn up,
    rather than discovered at a ceremony.
    """
    lines = sum((line.amount for line in worksite.cost_lines), Decimal(0))
    if not check.require(lines > 0 and all(line.amount >= 0 for line in worksite.cost_lines),
                         "proposals",
                         tr("{reference}: مبالغ الكلفة منعدمة أو سالبة؛ أدخل كلفة الورش قبل "
                            "تحرير الاتفاقية.").format(reference=reference), "convention.cost"):
        return
    check.require(lines == worksite.total_amount, "proposals",
                  tr("{reference}: مجموع سطور الكلفة ({lines}) لا يساوي الكلفة الإجمالية "
                     "({worksite.total_amount}).")
                  .format(reference=reference, lines=lines,
                          worksite=worksite), "convention.cost_total")


def check_draft_changes(place: str, signatories: Sequence[Signatory]) -> None:
    """Before signing the date, place, Hijri date and signatories may still change."""
    check = RuleCheck()
    check.require(not is_blank(place), "place", tr("مكان التحرير: هذا الحقل إلزامي."))
    check.require(bool(signatories) and all(not is_blank(s.capacity) for s in signatories),
                  "signatories", tr("الموقعون: أضف موقعا واحدا على الأقل مع صفته."))
    check.raise_if_failed()


def check_signing(place: str, present_without_name: Sequence[str] = ()) -> None:
    """`present_without_name`: the capacities of signatories marked present whose name
    the convention does not give; a paper signed by someone it does not name is refused."""
    check = RuleCheck()
    check.require(not is_blank(place), "signed_place", tr("مكان التوقيع: هذا الحقل إلزامي."))
    check.require(not present_without_name, "present",
                  "الموقعون: " + "، ".join(present_without_name)
                  + " بدون اسم في الاتفاقية؛ أدخل الاسم في الاتفاقية واطبعها من جديد قبل "
                    "تسجيل التوقيع.", "convention.signatory_name")
    check.raise_if_failed()


def require_council_president(check: RuleCheck, council_name: str, president: str) -> None:
    """The convention names the council's president: drawn up without one, it would print
    dots where the name goes and be signed by someone it does not name."""
    check.require(not is_blank(president), "council_president",
                  tr("رئيس {council_name}: أدخل اسمه في إعدادات الاتفاقيات قبل تحرير الاتفاقيات.")
                  .format(council_name=council_name), "convention.council_president")


def check_printed_before_signing(status: ConventionStatus) -> None:
    """The paper that was signed must be one the app printed, so it can be verified."""
    if status is not ConventionStatus.PRINTED:
        raise ValidationError(FieldError(
            "status", tr("اطبع الاتفاقية في صيغتها الحالية قبل تسجيل توقيعها.")))


def status_after_printing(status: ConventionStatus, stored_sha256: str,
                          printed_sha256: str) -> ConventionStatus:
    """A draft printed as it stands is ready for signing; any other print changes nothing."""
    if status is ConventionStatus.DRAFT and stored_sha256 == printed_sha256:
        return ConventionStatus.PRINTED
    return status


def check_amendment_request(reason: str, changes: Sequence[ArticleChange]) -> None:
    check = RuleCheck()
    check.require(not is_blank(reason), "reason", tr("سبب الملحق: هذا الحقل إلزامي."))
    check.require(bool(changes) and all(not is_blank(c.article_title) and not is_blank(
        c.new_text) for c in changes), "changes",
        tr("التعديلات: أضف مادة واحدة على الأقل بعنوانها ونصها الجديد."))
    check.raise_if_failed()


def check_may_amend(signed: bool) -> None:
    """An unsigned convention is edited in place; a signed one only through a ملحق."""
    if not signed:
        raise ValidationError(FieldError(
            "status", tr("الاتفاقية غير موقعة بعد: عدلها مباشرة، فالملحق يكون بعد التوقيع.")))


def version_after_amendment(amendment_number: int) -> int:
    """The original is version 1, so the n-th amendment produces version n + 1."""
    return amendment_number + 1


def check_amendment_signing(place: str) -> None:
    if is_blank(place):
        raise ValidationError(FieldError("signed_place", tr("مكان التوقيع: هذا الحقل إلزامي.")))


__all__ = [
    "AmendmentContent", "ArticleChange", "Beneficiaries", "ConventionContent", "CostLine",
    "Deliberation",
    "PartnerContent", "SelectionMeeting", "Signatory", "Tranche", "TrancheShare",
    "WorksiteContent", "signatories_of", "stored_form",
]
