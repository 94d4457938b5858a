"""The minutes (محضر) of a regional committee's meeting over employment-grant applications,
held on the live meeting screen: the wali in the chair, attendance and quorum, each
application with its employer, hires, grant amount, votes and decision, and the region's
allocation in hires and dirhams (a region has no province quota, so none is mentioned).

The layout pieces (attendance, quorum, recommendations, signatures) are the worksite
minutes' own, so both papers read alike; like them, built from plain frozen data (the
snapshot taken at closing) in invariant mode, with the verification mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from app.documents import fonts
from app.documents.arabic import shaped_width
from app.documents.flowables import ArabicParagraph, ArabicStyle, Cell
from app.documents.minutes import (
    BODY,
    CASTING_VOTE,
    DEFERRED,
    HEADING,
    KEEP_WITH_HEADING,
    NOT_DECIDED,
    AttendanceLine,
    QuorumSummary,
    Signatory,
    _at,
    _day_and_hour,
    _fill,
    _head,
    _quorum_text,
    _recommendations,
    _signature_grid,
    _table,
    format_integer,
)
from app.documents.page import PageSetup, VerificationMark, render
from app.domain import formats


@dataclass(frozen=True)
class GrantItem:
    """An application on the agenda, with the vote and the decision taken."""

    position: int
    reference: str
    employer: str
    province: str
    posts: str  # "عامل إنتاج (3)، سائق (1)"
    hires: int
    contract_months: int
    grant_amount: Decimal
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    decision: str | None = None  # DecisionOutcome.label; None: not decided
    reason: str = ""
    conditions: str = ""
    casting_vote: bool = False


@dataclass(frozen=True)
class AllocationSummary:
    """The region's allocation in hires, before and after the meeting, and in dirhams."""

    hires: int
    before: int
    approved_now: int
    per_hire: Decimal  # the grant for one hire over the whole schedule (e.g. 9 × 1.500)

    @property
    def left(self) -> int:
        return self.hires - self.before - self.approved_now


@dataclass(frozen=True)
class RegionalMinutesData:
    region_name: str
    committee_name: str
    letterhead: Sequence[str]
    kind_label: str
    held_on: date
    starts_at: time | None
    place: str
    chair_name: str
    chair_capacity: str
    edition_title: str
    attendance: Sequence[AttendanceLine]
    quorum: QuorumSummary | None
    applications: Sequence[GrantItem] = ()
    allocation: AllocationSummary | None = None
    recommendations: Sequence[str] = ()
    signatories: Sequence[Signatory] = ()
    reference: str = ""
    mark: VerificationMark | None = None


def _reference_width(references: Sequence[str], size: float = 9) -> float:
    """As in the worksite minutes: no usual reference ("BMK-MST-2023/004") breaks."""
    fonts.register_fonts()
    widest = max((shaped_width(r, fonts.REGULAR, size) for r in references), default=0.0)
    return min(max(widest + 14, shaped_width("المرجع", fonts.BOLD, size) + 14, 1.4 * cm),
               3.6 * cm)


def _money(value: Decimal) -> str:
    return formats.amount(value)


def _opening(data: RegionalMinutesData) -> str:
    return (
        f"انعقد {_day_and_hour(data.held_on, data.starts_at)} {_at(data.place)} اجتماع "
        f"{data.committee_name}، برئاسة {data.chair_name}، {data.chair_capacity}، للبت في "
        f"طلبات المشغلين الراغبين في الاستفادة من منحة دعم التشغيل (شق دعم الإدماج "
        f"المستدام) بجهة {data.region_name}، في إطار {data.edition_title} من برنامج أوراش."
    )


def _applications_table(items: Sequence[GrantItem]) -> Table:
    posts_style = ArabicStyle(font_size=8, leading=12)
    name_style = ArabicStyle(font_size=9, leading=13.5)
    rows: list[list[Cell]] = [["ر.ت", "المرجع", "المشغل والمناصب", "الإقليم", "المناصب",
                               "مدة العقد (أشهر)", "مبلغ المنحة (درهم)"]]
    for item in items:
        who: list[Flowable] = [ArabicParagraph(item.employer, name_style),
                               ArabicParagraph(item.posts, posts_style)]
        rows.append([str(item.position), item.reference, who, item.province,
                     format_integer(item.hires), str(item.contract_months),
                     _money(item.grant_amount)])
    rows.append(["", "", "المجموع", "", format_integer(sum(i.hires for i in items)), "",
                 _money(sum((i.grant_amount for i in items), Decimal(0)))])
    reference = _reference_width([i.reference for i in items])
    widths = _fill([0.8 * cm, reference, None, 2.0 * cm, 1.4 * cm, 1.5 * cm, 2.6 * cm])
    return _table(rows, widths, centred={0, 1, 3, 4, 5, 6}, total=True)


def _decision_cell(item: GrantItem) -> str:
    if item.decision is None:
        return NOT_DECIDED
    return f"{item.decision}\n{CASTING_VOTE}" if item.casting_vote else item.decision


def _votes_table(items: Sequence[GrantItem]) -> Table:
    rows: list[list[Cell]] = [["ر.ت", "المرجع", "المشغل", "موافق", "معارض", "ممتنع", "القرار"]]
    for item in items:
        rows.append([str(item.position), item.reference, item.employer, str(item.votes_for),
                     str(item.votes_against), str(item.votes_abstain),
                     _decision_cell(item)])
    reference = _reference_width([i.reference for i in items])
    widths = _fill([0.8 * cm, reference, None, 1.3 * cm, 1.3 * cm, 1.3 * cm, 2.6 * cm])
    return _table(rows, widths, centred={0, 1, 3, 4, 5, 6})


def _notes(items: Sequence[GrantItem]) -> list[Flowable]:
    notes: list[Flowable] = []
    head = ArabicStyle(font_size=10.5, leading=17, space_before=4)
    for item in items:
        lines = []
        if item.casting_vote:
            lines.append(f"تعادلت الأصوات ({item.votes_for} مقابل {item.votes_against})، "
                         f"فرجح صوت الرئيس، وكان القرار: {item.decision or NOT_DECIDED}.")
        if item.reason:
            lines.append(f"التعليل: {item.reason}")
        if item.conditions:
            lines.append(f"الشروط: {item.conditions}")
        if lines:
            notes.append(ArabicParagraph(f"الطلب رقم {item.position} ({item.employer}): "
                                         + " ".join(lines), head))
    if notes:
        notes.insert(0, ArabicParagraph("تعليل القرارات وشروطها:", BODY))
    return notes


def _allocation_table(a: AllocationSummary) -> Table:
    rows: list[list[Cell]] = [
        ["البيان", "المناصب", "مبلغ المنحة (درهم)"],
        ["حصة الجهة برسم هذه النسخة", format_integer(a.hires), _money(a.per_hire * a.hires)],
        ["المقبول قبل هذا الاجتماع", format_integer(a.before), _money(a.per_hire * a.before)],
        ["المقبول في هذا الاجتماع", format_integer(a.approved_now),
         _money(a.per_hire * a.approved_now)],
        ["المتبقي من حصة الجهة", format_integer(a.left), _money(a.per_hire * a.left)],
    ]
    return _table(rows, _fill([None, 3.0 * cm, 4.0 * cm]), centred={1, 2}, size=10,
                  total=True)


def regional_minutes_story(data: RegionalMinutesData) -> list[Flowable]:
    story: list[Flowable] = []
    sections = _head(story, data.committee_name, f"منحة دعم التشغيل – {data.edition_title}",
                     data.reference, _opening(data), data.attendance)
    if data.quorum is not None:
        sections.add("النصاب القانوني", ArabicParagraph(_quorum_text(data.quorum), BODY))
    items = sorted(data.applications, key=lambda item: item.position)
    decided = bool(items) and (data.quorum is None or data.quorum.met)
    if items:
        intro = ("تضمن جدول أعمال الاجتماع دراسة طلبات منحة دعم التشغيل الآتية، وعددها "
                 f"{len(items)}، والبت فيها:")
        flowables: list[Flowable] = [ArabicParagraph(intro, BODY), _applications_table(items)]
        if not decided:
            flowables.append(ArabicParagraph(DEFERRED.replace("المشاريع", "الطلبات"),
                                             replace(BODY, space_before=6)))
        sections.add("جدول الأعمال", *flowables)
    if decided:
        sections.add("التصويت والقرارات",
                     ArabicParagraph("بعد المناقشة، عرضت الطلبات على التصويت، فكانت النتائج "
                                     "والقرارات كما يلي:", BODY),
                     _votes_table(items), Spacer(1, 4), *_notes(items))
    if decided and data.allocation is not None:
        per_hire = _money(data.allocation.per_hire)
        sections.add("وضعية حصة الجهة", _allocation_table(data.allocation),
                     ArabicParagraph(f"مبلغ المنحة عن كل منصب: {per_hire} درهم.", BODY))
    if data.recommendations:
        sections.add("التوصيات",
                     ArabicParagraph("وفي ختام الاجتماع، أوصت اللجنة بما يلي:", BODY),
                     _recommendations(data.recommendations))
    story.extend([Spacer(1, 4), ArabicParagraph(
        f"وحرر هذا المحضر {_at(data.place or data.region_name)} في "
        f"{formats.long_date(data.held_on)}.", BODY)])
    if data.signatories:
        story.extend([
            CondPageBreak(KEEP_WITH_HEADING + 1 * cm),
            ArabicParagraph("توقيعات الأعضاء الحاضرين", replace(HEADING, alignment="center")),
            _signature_grid(data.signatories),
        ])
    return story


def build_regional_minutes(data: RegionalMinutesData) -> bytes:
    """The minutes as PDF bytes: identical data gives identical bytes."""
    setup = PageSetup(
        title=f"محضر اجتماع {data.committee_name} بتاريخ {formats.long_date(data.held_on)}",
        letterhead=tuple(data.letterhead), reference=data.reference, mark=data.mark,
        keywords=("محضر", "أوراش", "منحة دعم التشغيل", data.region_name))
    return render(regional_minutes_story(data), setup)

