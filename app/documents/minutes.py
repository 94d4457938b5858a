"""The minutes (محضر) of a committee meeting, and the attendance sheet signed before it.

The builders take plain frozen dataclasses and return PDF bytes, so the meeting service
can fill them from the database and tests from literals, and neither needs the other.
Statuses, functions, meeting kinds and decisions arrive as Arabic labels (the enums'
`.label`): the wording of a status belongs to the domain, the layout of the paper here.

Figures follow Moroccan administrative usage, as amounts already do: Western digits,
thousands grouped with a dot ("1.251") and a comma before decimals ("78,50").
Sentences avoid agreeing a noun with a number ("عدد المشاريع: 6") so that any count
reads correctly without a grammar of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from app.documents import fonts
from app.documents.arabic import shaped_width
from app.documents.flowables import (
    GRID_GREY,
    ArabicParagraph,
    ArabicStyle,
    Cell,
    arabic_table,
)
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.domain import formats
from app.domain.dates import clock_time

# -- input -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    """One member of the committee and how they attended."""

    name: str
    function: str  # MemberFunction.label, or the member's own title
    organisation: str
    voting: bool  # False: an advisory member (صوت استشاري)
    status: str  # AttendanceStatus.label
    represented_by: str = ""


@dataclass(frozen=True)
class QuorumSummary:
    """The quorum as the meeting rules computed it (app.domain.meetings.QuorumRule)."""

    voting_members: int
    present_voting: int
    required: int
    met: bool


class ScoringCriterion(NamedTuple):
    """A column of the scores table; a plain (name, weight) tuple is accepted too."""

    name: str
    weight: Decimal


class CriterionScore(NamedTuple):
    """One criterion's score for one proposal; a plain (name, weight, value) tuple works."""

    name: str
    weight: Decimal
    value: Decimal | None


class Signatory(NamedTuple):
    """A member present, who signs the minutes."""

    name: str
    capacity: str


@dataclass(frozen=True)
class AgendaProposal:
    """A proposal on the agenda, with its scores, the vote and the decision taken."""

    position: int
    reference: str
    title: str
    holder: str
    commune: str
    beneficiaries: int
    duration_months: int
    person_months: int
    score_total: Decimal | None = None  # weighted, out of 100
    scores: Sequence[CriterionScore] = ()
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    decision: str | None = None  # DecisionOutcome.label; None: not decided
    reason: str = ""
    conditions: str = ""
    casting_vote: bool = False  # a tie decided by the chair's vote


@dataclass(frozen=True)
class QuotaSummary:
    """The province's quota in person-months and in people, before and after the meeting."""

    quota_person_months: int
    used_before: int
    approved_now: int
    left: int
    quota_posts: int
    people_target: int
    people_before: int
    people_approved: int

    @property
    def people_left(self) -> int:
        return self.people_target - self.people_before - self.people_approved


@dataclass(frozen=True)
class MinutesData:
    """Everything printed in the minutes of one meeting.

    An empty agenda makes an information or consultation meeting: no scores, votes or
    quota. A quorum of None is not stated (meetings that take no decision); a quorum not
    met prints the agenda but no scores, votes or decisions, which it could not take.
    """

    province_name: str  # without "إقليم": "خنيفرة"
    committee_name: str
    letterhead: Sequence[str]
    kind_label: str  # MeetingKind.label
    held_on: date
    starts_at: time | None
    place: str  # "مقر عمالة خنيفرة"
    chair_name: str
    chair_capacity: str
    edition_title: str  # "النسخة الثانية 2023"
    attendance: Sequence[AttendanceLine]
    quorum: QuorumSummary | None
    participating_bodies: str = ""
    agenda: Sequence[AgendaProposal] = ()
    criteria: Sequence[ScoringCriterion] = ()
    quota: QuotaSummary | None = None
    recommendations: Sequence[str] = ()
    signatories: Sequence[Signatory] = ()
    reference: str = ""
    mark: VerificationMark | None = None
    ends_at: time | None = None


@dataclass(frozen=True)
class SheetMember:
    """A member listed on the attendance sheet, before anyone has signed."""

    name: str
    function: str
    organisation: str
    voting: bool


@dataclass(frozen=True)
class AttendanceSheetData:
    """The sheet printed before the meeting and signed at the door."""

    province_name: str
    committee_name: str
    letterhead: Sequence[str]
    kind_label: str
    held_on: date
    starts_at: time | None
    place: str
    edition_title: str
    members: Sequence[SheetMember]
    extra_rows: int = 6  # blank lines for representatives and guests
    reference: str = ""
    mark: VerificationMark | None = None


# -- wording -----------------------------------------------------------------------------

ORDINALS = ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
            "عاشرا", "حادي عشر", "ثاني عشر")
VOTING = "تقريري"
ADVISORY = "استشاري"
QUORUM_MET = "وبذلك يكون النصاب القانوني مكتملا، فافتتح الرئيس الاجتماع."
QUORUM_NOT_MET = ("وبذلك لم يكتمل النصاب القانوني، فلا يمكن للجنة أن تتخذ أي قرار "
                  "في هذا الاجتماع.")
DEFERRED = ("ونظرا لعدم اكتمال النصاب القانوني، أرجئ البت في المشاريع المدرجة في جدول "
            "الأعمال إلى اجتماع لاحق.")
CASTING_VOTE = "بترجيح صوت الرئيس"
NOT_DECIDED = "لم يبت فيه"
SIGNATURE = "التوقيع"
DASH = "—"
NBSP = "\u00a0"  # keeps "(المعامل 3)" on one line: lines break at plain spaces only


def format_integer(value: int) -> str:
    """'1.251': thousands grouped with a dot, as in amounts."""
    return formats.number(value)


def format_decimal(value: Decimal, places: int = 2) -> str:
    """'78,50': a fixed number of decimals after a comma, so totals line up in a column."""
    return formats.number(value, places)


def format_score(value: Decimal | None) -> str:
    """'8' or '7,5': a criterion's score or weight without trailing zeros, in a narrow
    column; a missing score prints a dash rather than a misleading zero."""
    if value is None:
        return DASH
    if value == value.to_integral_value():
        return format_integer(int(value))
    return format_decimal(value, 2).rstrip("0")


def _at(place: str) -> str:
    """'بمقر عمالة خنيفرة': the preposition joins an Arabic word, else stands apart."""
    place = place.strip()
    if place and "\u0621" <= place[0] <= "\u064a":
        return f"ب{place}"
    return f"في {place}"


def _day_and_hour(held_on: date, starts_at: time | None) -> str:
    text = f"يوم {formats.weekday(held_on)} {formats.long_date(held_on)}"
    if starts_at is not None:
        text += f" على الساعة {clock_time(starts_at)}"
    return text


# -- typography --------------------------------------------------------------------------

GREY_TEXT = colors.HexColor("#333333")
TITLE = ArabicStyle(font_name=fonts.BOLD, font_size=17, leading=28, alignment="center")
SUBTITLE = ArabicStyle(font_name=fonts.BOLD, font_size=13, leading=21, alignment="center")
CENTRED = ArabicStyle(font_size=11, leading=18, alignment="center")
HEADING = ArabicStyle(font_name=fonts.BOLD, font_size=12.5, leading=21, space_before=10,
                      space_after=3)
BODY = ArabicStyle(font_size=11.5, leading=19, alignment="justify", space_after=5)
NOTE = ArabicStyle(font_size=9, leading=14, alignment="justify", space_before=2,
                   space_after=4, text_color=GREY_TEXT)
NOTE_HEAD = ArabicStyle(font_name=fonts.BOLD, font_size=10.5, leading=17, space_before=4)
NOTE_BODY = ArabicStyle(font_size=10.5, leading=17, alignment="justify")
KEEP_WITH_HEADING = 4 * cm  # a heading is never left alone at the foot of a page


# The minutes hold many narrow columns of figures: smaller type and tighter cells than a
# convention's tables.
_table = partial(arabic_table, size=9, padding=(2, 3, 3))


def _reference_width(agenda: Sequence[AgendaProposal], size: float = 9) -> float:
    """Wide enough that no usual reference ("KHN-2023-014") breaks, whatever its scheme;
    an unusually long one wraps rather than squeezing the title out."""
    fonts.register_fonts()
    widest = max((shaped_width(item.reference, fonts.REGULAR, size) for item in agenda),
                 default=0.0)
    return min(max(widest + 14, shaped_width("المرجع", fonts.BOLD, size) + 14, 1.4 * cm),
               3.6 * cm)


def _fill(widths: Sequence[float | None]) -> list[float]:
    """Column widths with the one None taking what the others leave of the page."""
    fixed = sum(width for width in widths if width is not None)
    rest = content_width() - fixed
    return [rest if width is None else width for width in widths]


class _Sections:
    """Numbered headings ("أولا: ..."), numbered as they are added, since a meeting's
    sections depend on its kind and on whether the quorum was met."""

    def __init__(self, story: list[Flowable]) -> None:
        self.story = story
        self.count = 0

    def add(self, title: str, *flowables: Flowable) -> None:
        heading = ArabicParagraph(f"{ORDINALS[self.count]}: {title}", HEADING)
        self.count += 1
        self.story.extend([CondPageBreak(KEEP_WITH_HEADING), heading, *flowables])


# -- the minutes -------------------------------------------------------------------------


def _head(story: list[Flowable], committee_name: str, subtitle: str, reference: str,
          opening: str, attendance: Sequence[AttendanceLine]) -> _Sections:
    """Title, reference, opening and attendance: the same on every committee's minutes
    (provincial and regional), so that both read as one institution's papers."""
    story.extend([
        ArabicParagraph(f"محضر اجتماع {committee_name}", TITLE),
        ArabicParagraph(subtitle, SUBTITLE),
    ])
    if reference:
        story.append(ArabicParagraph(f"رقم المحضر: {reference}", CENTRED))
    story.extend([Spacer(1, 8), ArabicParagraph(opening, BODY)])
    sections = _Sections(story)
    sections.add("حضور أعضاء اللجنة",
                 ArabicParagraph("وكانت وضعية حضور أعضاء اللجنة كما يلي:", BODY),
                 _attendance_table(attendance))
    return sections


def _opening(data: MinutesData) -> str:
    return (
        f"انعقد {_day_and_hour(data.held_on, data.starts_at)} {_at(data.place)} اجتماع "
        f"{data.committee_name} ({data.kind_label})، في إطار {data.edition_title} من برنامج "
        f"أوراش، برئاسة {data.chair_name}، {data.chair_capacity}."
    )


def _attendance_table(lines: Sequence[AttendanceLine]) -> Table:
    rows: list[list[Cell]] = [["ر.ت", "الاسم الكامل", "الصفة", "الهيئة", "العضوية", "الحضور"]]
    for number, line in enumerate(lines, start=1):
        status = line.status
        if line.represented_by:
            status = f"{status} من طرف {line.represented_by}"
        rows.append([str(number), line.name, line.function, line.organisation,
                     VOTING if line.voting else ADVISORY, status])
    widths = _fill([0.8 * cm, 3.5 * cm, 4.0 * cm, None, 1.6 * cm, 2.2 * cm])
    return _table(rows, widths, centred={0, 4, 5})


def _quorum_text(quorum: QuorumSummary) -> str:
    return (
        f"عدد أعضاء اللجنة ذوي الصوت التقريري: {quorum.voting_members}؛ الحاضرون منهم "
        f"أو الممثلون: {quorum.present_voting}؛ النصاب المطلوب: {quorum.required} على "
        f"الأقل. {QUORUM_MET if quorum.met else QUORUM_NOT_MET}"
    )


def _agenda_table(agenda: Sequence[AgendaProposal]) -> Table:
    """The holder under the title in one cell, so the title gets half the page width."""
    holder_style = ArabicStyle(font_size=8, leading=12, text_color=GREY_TEXT)
    title_style = ArabicStyle(font_size=9, leading=13.5)
    rows: list[list[Cell]] = [["ر.ت", "المرجع", "المشروع والهيئة حاملة المشروع", "الجماعة",
                               "المستفيدون", "المدة (أشهر)", "أشهر العمل"]]
    for item in agenda:
        project: list[Flowable] = [ArabicParagraph(item.title, title_style),
                                   ArabicParagraph(f"الهيئة: {item.holder}", holder_style)]
        rows.append([str(item.position), item.reference, project, item.commune,
                     format_integer(item.beneficiaries), str(item.duration_months),
                     format_integer(item.person_months)])
    rows.append(["", "", "المجموع", "",
                 format_integer(sum(item.beneficiaries for item in agenda)), "",
                 format_integer(sum(item.person_months for item in agenda))])
    widths = _fill([0.8 * cm, _reference_width(agenda), None, 2.0 * cm, 1.7 * cm, 1.3 * cm,
                    1.5 * cm])
    return _table(rows, widths, centred={0, 1, 3, 4, 5, 6}, total=True)


def ranks(agenda: Sequence[AgendaProposal]) -> dict[int, int]:
    """Rank of each scored proposal by weighted total, keyed by agenda position.

    Equal totals share a rank and the next rank is skipped (1, 2, 2, 4), so a tie on
    paper is never silently broken by the order of the agenda.
    """
    totals = [item.score_total for item in agenda if item.score_total is not None]
    return {
        item.position: 1 + sum(1 for other in totals if other > item.score_total)
        for item in agenda
        if item.score_total is not None
    }


def _scores_table(agenda: Sequence[AgendaProposal],
                  criteria: Sequence[ScoringCriterion]) -> Table:
    """Criteria as narrow columns headed م1, م2 ... (named in the legend above it), so seven
    or more criteria fit A4 portrait beside the project's title."""
    rank_of = ranks(agenda)
    heads = [f"م{number}" for number in range(1, len(criteria) + 1)]
    rows: list[list[Cell]] = [["ر.ت", "المشروع", *heads, "المجموع من 100", "الرتبة"]]
    for item in agenda:
        by_name = {score[0]: score[2] for score in item.scores}
        values = [format_score(by_name.get(criterion[0])) for criterion in criteria]
        total = DASH if item.score_total is None else format_decimal(item.score_total)
        rank = str(rank_of[item.position]) if item.position in rank_of else DASH
        rows.append([str(item.position), item.title, *values, total, rank])
    fixed = 0.8 * cm + 1.7 * cm + 1.2 * cm
    column = min(1.05 * cm, (content_width() - fixed - 3.5 * cm) / max(len(criteria), 1))
    widths = _fill([0.8 * cm, None, *[column] * len(criteria), 1.7 * cm, 1.2 * cm])
    centred = set(range(len(rows[0]))) - {1}
    return _table(rows, widths, centred=centred, size=8.5)


def _legend(criteria: Sequence[ScoringCriterion]) -> str:
    parts = [f"م{number}: {criterion[0]} (المعامل{NBSP}{format_score(criterion[1])})"
             for number, criterion in enumerate(criteria, start=1)]
    return ("المعايير: " + "؛ ".join(parts) + ". المجموع مرجح بمعاملات المعايير ومحسوب "
            "من 100؛ تتقاسم المشاريع المتساوية في المجموع نفس الرتبة.")


def _decision_cell(item: AgendaProposal) -> str:
    if item.decision is None:
        return NOT_DECIDED
    if item.casting_vote:
        return f"{item.decision}\n{CASTING_VOTE}"
    return item.decision


def _votes_table(agenda: Sequence[AgendaProposal]) -> Table:
    rows: list[list[Cell]] = [["ر.ت", "المرجع", "المشروع", "موافق", "معارض", "ممتنع", "القرار"]]
    for item in agenda:
        rows.append([str(item.position), item.reference, item.title, str(item.votes_for),
                     str(item.votes_against), str(item.votes_abstain), _decision_cell(item)])
    widths = _fill([0.8 * cm, _reference_width(agenda), None, 1.3 * cm, 1.3 * cm, 1.3 * cm,
                    2.6 * cm])
    return _table(rows, widths, centred={0, 1, 3, 4, 5, 6})


def _decision_notes(agenda: Sequence[AgendaProposal]) -> list[Flowable]:
    """What the table cannot hold: the tie-break, the reasons and the conditions."""
    notes: list[Flowable] = []
    for item in agenda:
        lines = []
        if item.casting_vote:
            lines.append(f"تعادلت الأصوات ({item.votes_for} مقابل {item.votes_against})، "
                         f"فرجح صوت الرئيس، وكان القرار: {item.decision or NOT_DECIDED}.")
        if item.reason:
            lines.append(f"التعليل: {item.reason}")
        if item.conditions:
            lines.append(f"الشروط: {item.conditions}")
        if lines:
            notes.append(ArabicParagraph(f"المشروع رقم {item.position}: {item.title}",
                                         NOTE_HEAD))
            notes.extend(ArabicParagraph(line, NOTE_BODY) for line in lines)
    if notes:
        notes.insert(0, ArabicParagraph("تعليل القرارات وشروطها:", BODY))
    return notes


def _quota_table(quota: QuotaSummary) -> Table:
    rows: list[list[Cell]] = [
        ["البيان", "أشهر العمل", "المستفيدون"],
        ["الحصة المخصصة للإقليم", format_integer(quota.quota_person_months),
         format_integer(quota.people_target)],
        ["المصادق عليه قبل هذا الاجتماع", format_integer(quota.used_before),
         format_integer(quota.people_before)],
        ["المصادق عليه في هذا الاجتماع", format_integer(quota.approved_now),
         format_integer(quota.people_approved)],
        ["المتبقي من الحصة", format_integer(quota.left), format_integer(quota.people_left)],
    ]
    widths = _fill([None, 3.5 * cm, 3.5 * cm])
    return _table(rows, widths, centred={1, 2}, size=10, total=True)


def _recommendations(items: Sequence[str]) -> Table:
    """Numbers in their own column, so a recommendation's second line hangs under its
    text and not under its number."""
    text_style = replace(BODY, space_after=3)
    number_style = replace(text_style, alignment="right")
    rows: list[list[Cell]] = [
        [ArabicParagraph(f"{number}.", number_style), ArabicParagraph(text, text_style)]
        for number, text in enumerate(items, start=1)
    ]
    return _table(rows, _fill([0.9 * cm, None]), header=False, grid=False, valign="TOP")


def _signature_grid(signatories: Sequence[Signatory], per_row: int = 3) -> Table:
    """One box per member present: name, capacity, and room to sign under them."""
    name_style = ArabicStyle(font_name=fonts.BOLD, font_size=10.5, leading=16,
                             alignment="center")
    capacity_style = ArabicStyle(font_size=9, leading=13.5, alignment="center",
                                 text_color=GREY_TEXT)
    boxes: list[Cell] = [
        [ArabicParagraph(person[0], name_style), ArabicParagraph(person[1], capacity_style),
         Spacer(1, 1.7 * cm)]
        for person in signatories
    ]
    count = len(boxes)
    boxes.extend([""] * (-count % per_row))
    rows = [boxes[start:start + per_row] for start in range(0, len(boxes), per_row)]
    width = content_width() / per_row
    table = _table(rows, [width] * per_row, header=False, grid=False, valign="TOP")
    # Only filled places are framed: an empty box would invite an extra signature.
    table.setStyle(TableStyle([
        ("BOX", (per_row - 1 - index % per_row, index // per_row),
         (per_row - 1 - index % per_row, index // per_row), 0.5, GRID_GREY)
        for index in range(count)
    ]))
    return table


def _closing(data: MinutesData) -> list[Flowable]:
    lines = []
    if data.ends_at is not None:
        lines.append(f"ورفعت الجلسة على الساعة {clock_time(data.ends_at)}.")
    lines.append(f"وحرر هذا المحضر {_at(data.province_name)} في {formats.long_date(data.held_on)}.")
    return [ArabicParagraph(" ".join(lines), BODY)]


def minutes_story(data: MinutesData) -> list[Flowable]:
    """The flowables of the minutes, for `render` or for a bundle of documents."""
    story: list[Flowable] = []
    sections = _head(story, data.committee_name, f"{data.kind_label} – {data.edition_title}",
                     data.reference, _opening(data), data.attendance)
    if data.participating_bodies.strip():
        sections.add("الهيئات المشاركة",
                     ArabicParagraph(data.participating_bodies.strip(), BODY))
    if data.quorum is not None:
        sections.add("النصاب القانوني", ArabicParagraph(_quorum_text(data.quorum), BODY))
    agenda = sorted(data.agenda, key=lambda item: item.position)
    decided = bool(agenda) and (data.quorum is None or data.quorum.met)
    if agenda:
        intro = ("تضمن جدول أعمال الاجتماع دراسة المشاريع المقترحة الآتية، وعددها "
                 f"{len(agenda)}، والبت فيها:")
        agenda_flowables: list[Flowable] = [ArabicParagraph(intro, BODY), _agenda_table(agenda)]
        if not decided:
            agenda_flowables.append(ArabicParagraph(DEFERRED, replace(BODY, space_before=6)))
        sections.add("جدول الأعمال", *agenda_flowables)
    if decided and data.criteria:
        sections.add("تنقيط المشاريع",
                     ArabicParagraph("نقطت اللجنة المشاريع حسب المعايير المعتمدة، فكانت "
                                     "النتائج كما يلي:", BODY),
                     ArabicParagraph(_legend(data.criteria), NOTE),
                     _scores_table(agenda, data.criteria))
    if decided:
        sections.add("التصويت والقرارات",
                     ArabicParagraph("بعد المناقشة، عرضت المشاريع على التصويت، فكانت "
                                     "النتائج والقرارات كما يلي:", BODY),
                     _votes_table(agenda), Spacer(1, 4), *_decision_notes(agenda))
    if decided and data.quota is not None:
        sections.add("وضعية الحصة", _quota_table(data.quota),
                     ArabicParagraph("عدد المناصب المخصصة للإقليم برسم هذه النسخة: "
                                     f"{format_integer(data.quota.quota_posts)}.", NOTE))
    if data.recommendations:
        sections.add("التوصيات",
                     ArabicParagraph("وفي ختام الاجتماع، أوصت اللجنة بما يلي:", BODY),
                     _recommendations(data.recommendations))
    story.extend([Spacer(1, 4), *_closing(data)])
    if data.signatories:
        story.extend([
            CondPageBreak(KEEP_WITH_HEADING + 1 * cm),
            ArabicParagraph("توقيعات الأعضاء الحاضرين", replace(HEADING, alignment="center")),
            _signature_grid(data.signatories),
        ])
    return story


def minutes_setup(data: MinutesData) -> PageSetup:
    return PageSetup(
        title=f"محضر اجتماع {data.committee_name} بتاريخ {formats.long_date(data.held_on)}",
        letterhead=tuple(data.letterhead),
        reference=data.reference,
        mark=data.mark,
        keywords=("محضر", "أوراش", data.province_name),
    )


def build_minutes(data: MinutesData) -> bytes:
    """The minutes as PDF bytes: identical data gives identical bytes."""
    return render(minutes_story(data), minutes_setup(data))


# -- the attendance sheet ----------------------------------------------------------------


def _sheet_details(data: AttendanceSheetData) -> Table:
    label = ArabicStyle(font_name=fonts.BOLD, font_size=11, leading=18)
    value = ArabicStyle(font_size=11, leading=18)
    day = f"{formats.weekday(data.held_on)} {formats.long_date(data.held_on)}"
    pairs = [("نوع الاجتماع", data.kind_label), ("النسخة", data.edition_title),
             ("التاريخ", day)]
    if data.starts_at is not None:
        pairs.append(("الساعة", clock_time(data.starts_at)))
    pairs.append(("المكان", data.place))
    rows: list[list[Cell]] = [
        [ArabicParagraph(f"{name}:", label), ArabicParagraph(text, value)] for name, text in pairs
    ]
    return _table(rows, _fill([3 * cm, None]), header=False, grid=False)


def _signature_room() -> list[Flowable]:
    return [Spacer(1, 1.0 * cm)]


def _members_table(members: Sequence[SheetMember]) -> Table:
    rows: list[list[Cell]] = [["ر.ت", "الاسم الكامل", "الصفة والهيئة", "العضوية", SIGNATURE]]
    for number, member in enumerate(members, start=1):
        capacity = member.function
        if member.organisation and member.organisation != member.function:
            capacity = f"{member.function}\n{member.organisation}"
        rows.append([str(number), member.name, capacity, VOTING if member.voting else ADVISORY,
                     _signature_room()])
    widths = _fill([0.8 * cm, 3.8 * cm, 4.8 * cm, 1.7 * cm, None])
    return _table(rows, widths, centred={0, 3})


def _guests_table(count: int) -> Table:
    rows: list[list[Cell]] = [["ر.ت", "الاسم الكامل", "الصفة والهيئة", "ينوب عن", SIGNATURE]]
    rows.extend([str(number), "", "", "", _signature_room()] for number in range(1, count + 1))
    widths = _fill([0.8 * cm, 3.8 * cm, 4.0 * cm, 2.5 * cm, None])
    return _table(rows, widths, centred={0})


def attendance_sheet_story(data: AttendanceSheetData) -> list[Flowable]:
    """The flowables of the attendance sheet."""
    story: list[Flowable] = [
        ArabicParagraph("ورقة الحضور", TITLE),
        ArabicParagraph(data.committee_name, SUBTITLE),
        Spacer(1, 6),
        _sheet_details(data),
    ]
    sections = _Sections(story)
    sections.add("أعضاء اللجنة", _members_table(data.members))
    if data.extra_rows > 0:
        sections.add("الممثلون والمدعوون", _guests_table(data.extra_rows))
    story.extend([
        Spacer(1, 10),
        ArabicParagraph("عدد الأعضاء ذوي الصوت التقريري الحاضرين أو الممثلين: ............",
                        BODY),
        ArabicParagraph("توقيع رئيس اللجنة: ........................................",
                        BODY),
    ])
    return story


def attendance_sheet_setup(data: AttendanceSheetData) -> PageSetup:
    return PageSetup(
        title=f"ورقة الحضور – {data.committee_name} – {formats.long_date(data.held_on)}",
        letterhead=tuple(data.letterhead),
        reference=data.reference,
        mark=data.mark,
        keywords=("ورقة الحضور", "أوراش", data.province_name),
    )


def build_attendance_sheet(data: AttendanceSheetData) -> bytes:
    """The attendance sheet as PDF bytes, printed before the meeting."""
    return render(attendance_sheet_story(data), attendance_sheet_setup(data))
