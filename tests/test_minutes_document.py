"""The minutes of a committee meeting and its attendance sheet, read back as a reader would.

The sample is Khenifra's selection meeting of Friday 26 May 2023 (seed 003): ten
members, six proposals, a tie the chair decides, a rejection, a postponement, and the
recommendations the press release reported. The PDFs are read with pdftotext, and the
Arabic is compared after NFKC, as in test_documents_text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import Flowable, Table

from app.documents.minutes import (
    AgendaProposal,
    AttendanceLine,
    AttendanceSheetData,
    CriterionScore,
    MinutesData,
    QuorumSummary,
    QuotaSummary,
    ScoringCriterion,
    SheetMember,
    Signatory,
    attendance_sheet_story,
    build_attendance_sheet,
    build_minutes,
    format_decimal,
    format_integer,
    format_score,
    minutes_story,
    ranks,
)
from app.documents.page import BINDING_MARGIN, PAGE_WIDTH, VerificationMark, content_width
from app.domain.enums import AttendanceStatus, DecisionOutcome, MeetingKind, MemberFunction
from app.domain.meetings import DEFAULT_CRITERIA, Criterion, QuorumRule, weighted_total
from tests.test_documents_text import FRAME_PADDING, normalised, poppler, position, tokens

LETTERHEAD = ("المملكة المغربية", "وزارة الداخلية", "عمالة إقليم خنيفرة",
              "اللجنة الإقليمية لبرنامج أوراش")
COMMITTEE = "اللجنة الإقليمية لبرنامج أوراش بإقليم خنيفرة"
MEETING_DAY = date(2023, 5, 26)
CHAIR = "عبد الرحيم الإدريسي"
PRESENT, EXCUSED, REPRESENTED = (AttendanceStatus.PRESENT.label, AttendanceStatus.EXCUSED.label,
                                 AttendanceStatus.REPRESENTED.label)

# name, function, organisation, voting, status, represented by
MEMBERS = [
    (CHAIR, MemberFunction.CHAIR.label, "عمالة إقليم خنيفرة", True, PRESENT, ""),
    ("حسن أوبلا", MemberFunction.COUNCIL_PRESIDENT.label, "المجلس الإقليمي لخنيفرة", True,
     PRESENT, ""),
    ("فاطمة الزهراء بنعلي", MemberFunction.EXTERNAL_SERVICE.label,
     "المديرية الإقليمية للتشغيل", True, PRESENT, ""),
    ("رشيد أمزيان", MemberFunction.EXTERNAL_SERVICE.label, "المديرية الإقليمية للفلاحة", True,
     PRESENT, ""),
    ("سعيد بوعزة", MemberFunction.EXTERNAL_SERVICE.label,
     "المديرية الإقليمية للتجهيز والماء", True, REPRESENTED, "محمد الغزواني"),
    ("خديجة أيت علي", MemberFunction.EXTERNAL_SERVICE.label,
     "المندوبية الإقليمية للتعاون الوطني", True, PRESENT, ""),
    ("إدريس أوحمو", MemberFunction.EXTERNAL_SERVICE.label,
     "المديرية الإقليمية للمياه والغابات", True, PRESENT, ""),
    ("مريم الزياني", MemberFunction.EXTERNAL_SERVICE.label,
     "المديرية الإقليمية للشباب والثقافة", True, EXCUSED, ""),
    ("يوسف الحمداوي", MemberFunction.ANAPEC.label, "ANAPEC خنيفرة", False, PRESENT, ""),
    ("نادية العلوي", MemberFunction.CNSS.label, "CNSS وكالة خنيفرة", False, PRESENT, ""),
]
ATTENDANCE = [AttendanceLine(*member) for member in MEMBERS]

CRITERIA = [Criterion(code, name, weight) for code, name, weight in DEFAULT_CRITERIA]

# position, reference, title, holder, commune, beneficiaries, scores (one per criterion),
# votes for / against / abstain, decision, reason, conditions, casting vote
PROPOSALS = [
    (1, "KHN-2023-014", "ورش حماية البيئة ومحاربة انجراف التربة بجماعة أكلموس",
     "جمعية أكلموس للتنمية والبيئة", "أكلموس", 40, (9, 9, 8, 6, 5, 4, 8),
     (6, 0, 1), DecisionOutcome.APPROVED, "", "", False),
    (2, "KHN-2023-021", "ورش دعم البيع الإلكتروني للمنتجات المجالية لفائدة النساء المتعاونات",
     "تعاونية نساء مريرت للمنتجات المجالية", "مريرت", 25, (7, 8, 7, 9, 10, 3, 7),
     (5, 1, 1), DecisionOutcome.APPROVED, "",
     "تقديم لائحة المستفيدات قبل توقيع الاتفاقية", False),
    (3, "KHN-2023-027", "ورش المواكبة والتحسيس بالتقييد في السجل الاجتماعي الموحد",
     "جمعية الأمل للتنمية الاجتماعية", "خنيفرة", 30, (8, 7, 9, 5, 6, 5, 6),
     (7, 0, 0), DecisionOutcome.APPROVED, "", "", False),
    (4, "KHN-2023-033", "ورش دعم تشغيل الأشخاص في وضعية إعاقة بالمركز السوسيو-تربوي",
     "جمعية الإرادة للأشخاص في وضعية إعاقة", "القباب", 20, (6, 6, 5, 5, 5, 10, 5),
     (3, 3, 1), DecisionOutcome.APPROVED, "", "", True),
    (5, "KHN-2023-038", "ورش تهيئة المساحات الخضراء والنظافة بمركز تيغسالين",
     "جمعية تيغسالين للتنمية المحلية", "تيغسالين", 35, (4, 3, 4, 2, 3, 2, 3),
     (2, 4, 1), DecisionOutcome.REJECTED,
     "استفادت الهيئة من ورش في النسخة الأولى، ولا يمكنها الاستفادة مرة ثانية", "", False),
    (6, "KHN-2023-045", "ورش صيانة المسالك القروية بجماعة لهري",
     "جمعية لهري للتنمية والتضامن", "لهري", 45, (6, 7, 6, 3, 2, 2, 5),
     (3, 3, 1), DecisionOutcome.POSTPONED,
     "تعادل الأصوات وامتناع الرئيس؛ يطلب من الهيئة استكمال الملف التقني", "", False),
]
DURATION = 3


def _proposal(row: tuple[Any, ...]) -> AgendaProposal:
    (number, reference, title, holder, commune, people, values, votes, outcome, reason,
     conditions, casting) = row
    scores = {criterion.code: Decimal(value) for criterion, value in zip(CRITERIA, values,
                                                                         strict=True)}
    return AgendaProposal(
        position=number, reference=reference, title=title, holder=holder, commune=commune,
        beneficiaries=people, duration_months=DURATION, person_months=people * DURATION,
        score_total=weighted_total(scores, CRITERIA),
        scores=[CriterionScore(c.name_ar, c.weight, scores[c.code]) for c in CRITERIA],
        votes_for=votes[0], votes_against=votes[1], votes_abstain=votes[2],
        decision=outcome.label, reason=reason, conditions=conditions, casting_vote=casting,
    )


AGENDA = [_proposal(row) for row in PROPOSALS]
APPROVED = [item for item in AGENDA if item.decision == DecisionOutcome.APPROVED.label]

RECOMMENDATIONS = [
    ("رفع توصية من اللجنة الإقليمية لتنفيذ برنامج أوراش إلى السلطات المعنية قصد التفكير في "
     "ميكانيزمات تضمن العدالة المجالية ما بين مختلف الأقاليم، علما أن منح الأفضلية لأوراش دعم "
     "التشغيل المستدام يمنح فرصا أقل للأقاليم الهشة، وقد يكون دعم التكوينات حلا لخلق نوع من "
     "التوازن."),
    "إعطاء عناية خاصة لذوي الاحتياجات الخاصة وللأوراش المتعلقة بالمرأة.",
    "ضرورة الحرص على أن تكون كل الأوراش ذات منفعة عمومية ووقع ميداني ملموس.",
    ("مساعدة وسائل الإعلام المحلية للاضطلاع بمهامها، والتواصل مع المواطنين للتعريف بالأوراش "
     "وأهدافها."),
]


def _quorum(lines: list[AttendanceLine]) -> QuorumSummary:
    rule = QuorumRule()
    voting = sum(1 for line in lines if line.voting)
    present = sum(1 for line in lines if line.voting and line.status in (PRESENT, REPRESENTED))
    return QuorumSummary(voting, present, rule.required(voting), rule.is_met(voting, present))


def _sample() -> MinutesData:
    approved_months = sum(item.person_months for item in APPROVED)
    approved_people = sum(item.beneficiaries for item in APPROVED)
    quota = QuotaSummary(
        quota_person_months=3753, used_before=3183, approved_now=approved_months,
        left=3753 - 3183 - approved_months, quota_posts=953, people_target=1251,
        people_before=1061, people_approved=approved_people,
    )
    return MinutesData(
        province_name="خنيفرة",
        committee_name=COMMITTEE,
        letterhead=LETTERHEAD,
        kind_label=MeetingKind.SELECTION.label,
        held_on=MEETING_DAY,
        starts_at=time(15, 0),
        ends_at=time(18, 30),
        place="مقر عمالة إقليم خنيفرة",
        chair_name=CHAIR,
        chair_capacity="عامل إقليم خنيفرة، رئيس اللجنة",
        edition_title="النسخة الثانية 2023",
        attendance=ATTENDANCE,
        quorum=_quorum(ATTENDANCE),
        agenda=AGENDA,
        criteria=[ScoringCriterion(c.name_ar, c.weight) for c in CRITERIA],
        quota=quota,
        recommendations=RECOMMENDATIONS,
        signatories=[Signatory(line.name, line.function) for line in ATTENDANCE
                     if line.status in (PRESENT, REPRESENTED)],
        reference="KHN/2023/07",
        mark=VerificationMark("awrach:minutes:KHN/2023/07:sha256=0f3a9c", "7Q4K-M2XD"),
    )


SAMPLE = _sample()
INFORMATION = replace(
    SAMPLE,
    kind_label=MeetingKind.INFORMATION.label,
    quorum=None, agenda=(), criteria=(), quota=None,
    participating_bodies=(
        "الوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)، مكتب التكوين المهني وإنعاش "
        "الشغل (OFPPT)، الصندوق الوطني للضمان الاجتماعي (CNSS)، المركز الجهوي للاستثمار "
        "(CRI)، وكالة التنمية الاجتماعية (ADS)، وممثلو جمعيات المجتمع المدني والقطاع الخاص."
    ),
)
ABSENT = {"رشيد أمزيان", "سعيد بوعزة", "خديجة أيت علي", "إدريس أوحمو"}
WITHOUT_QUORUM_LINES = [
    replace(line, status=AttendanceStatus.ABSENT.label, represented_by="")
    if line.name in ABSENT else line
    for line in ATTENDANCE
]
WITHOUT_QUORUM = replace(
    SAMPLE,
    attendance=WITHOUT_QUORUM_LINES,
    quorum=_quorum(WITHOUT_QUORUM_LINES),
    agenda=[replace(item, decision=None, votes_for=0, votes_against=0, votes_abstain=0,
                    casting_vote=False, reason="", conditions="") for item in AGENDA],
    recommendations=(),
    signatories=[Signatory(line.name, line.function) for line in WITHOUT_QUORUM_LINES
                 if line.status in (PRESENT, REPRESENTED)],
)
SHEET = AttendanceSheetData(
    province_name="خنيفرة",
    committee_name=COMMITTEE,
    letterhead=LETTERHEAD,
    kind_label=MeetingKind.SELECTION.label,
    held_on=MEETING_DAY,
    starts_at=time(15, 0),
    place="مقر عمالة إقليم خنيفرة",
    edition_title="النسخة الثانية 2023",
    members=[SheetMember(line.name, line.function, line.organisation, line.voting)
             for line in ATTENDANCE],
    extra_rows=5,
    reference="KHN/2023/07",
)


class Pdf:
    """A built document on disk and its text as pdftotext gives it."""

    def __init__(self, path: Path, content: bytes) -> None:
        path.write_bytes(content)
        self.path = path
        self.content = content

    def text(self, *args: str) -> str:
        return normalised(poppler("pdftotext", *args, str(self.path), "-"))

    def words(self) -> list[str]:
        return tokens(self.text())

    def layout(self) -> list[str]:
        """Each printed line, left to right as on the page."""
        return self.text("-layout").splitlines()

    def column(self, table: Table, index: int) -> list[str]:
        """The words of one column of `table` (reading order: 0 is the right-hand column),
        top to bottom on every page: cells whose text wraps still read line after line.
        The band is the column's, from the top of the page to the bottom, so whatever
        else lies in it (paragraphs, other tables) comes before or after the cells."""
        widths = list(reversed(table._colWidths))
        right = PAGE_WIDTH - BINDING_MARGIN - FRAME_PADDING - sum(widths[:index])
        left = right - widths[index]
        crop = ("-x", str(int(left) + 2), "-y", "0", "-W", str(int(right - left) - 3),
                "-H", "842")
        return tokens(self.text(*crop))


def _table(story: list[Flowable], header: str) -> Table:
    """The table of a story whose header row has a cell reading `header`."""
    for flowable in story:
        if isinstance(flowable, Table):
            cells = flowable._cellvalues[0]
            if any(getattr(cell, "text", None) == header for cell in cells):
                return flowable
    raise AssertionError(f"no table headed {header}")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("minutes")


@pytest.fixture(scope="module")
def minutes(folder: Path) -> Pdf:
    return Pdf(folder / "minutes.pdf", build_minutes(SAMPLE))


@pytest.fixture(scope="module")
def information(folder: Path) -> Pdf:
    return Pdf(folder / "information.pdf", build_minutes(INFORMATION))


@pytest.fixture(scope="module")
def without_quorum(folder: Path) -> Pdf:
    return Pdf(folder / "without_quorum.pdf", build_minutes(WITHOUT_QUORUM))


@pytest.fixture(scope="module")
def sheet(folder: Path) -> Pdf:
    return Pdf(folder / "sheet.pdf", build_attendance_sheet(SHEET))


def _rows(layout: list[str], marker: str) -> list[str]:
    rows = [line for line in layout if marker in line]
    assert rows, f"{marker} is not printed"
    return rows


STORY = minutes_story(SAMPLE)
VOTES = _table(STORY, "موافق")
SCORES = _table(STORY, "الرتبة")
ATTENDANCE_TABLE = _table(STORY, "الحضور")


# -- the minutes -------------------------------------------------------------------------


def test_opening_gives_weekday_date_hour_place_and_chair(minutes: Pdf) -> None:
    words = minutes.words()
    opening = tokens(f"انعقد يوم الجمعة 26 ماي 2023 على الساعة 15:00 بمقر عمالة إقليم "
                     f"خنيفرة اجتماع {COMMITTEE}")
    assert position(words, opening) >= 0
    assert position(words, tokens(f"برئاسة {CHAIR}")) > position(words, opening)
    assert position(words, tokens("26 ماي 2023")) >= 0


def test_title_names_the_meeting_and_the_committee(minutes: Pdf) -> None:
    first_lines = [line.strip() for line in minutes.text().splitlines() if line.strip()]
    assert f"محضر اجتماع {COMMITTEE}" in first_lines[:8]


def test_every_member_is_listed_with_status_and_the_representative(minutes: Pdf) -> None:
    names = minutes.column(ATTENDANCE_TABLE, 1)
    for line in ATTENDANCE:
        assert position(names, tokens(line.name)) >= 0, line.name
    statuses = minutes.column(ATTENDANCE_TABLE, 5)
    start = statuses.index("الحضور")
    assert statuses[start + 1:start + 6] == ["حاضر"] * 4 + ["ممثل"]
    assert position(statuses, tokens("ممثل من طرف محمد الغزواني")) >= 0
    membership = minutes.column(ATTENDANCE_TABLE, 4)
    assert position(membership, ["العضوية", *["تقريري"] * 8, "استشاري", "استشاري"]) >= 0


def test_attendance_table_reads_from_its_right_hand_column(minutes: Pdf) -> None:
    row = _rows(minutes.layout(), "مريم الزياني")[0]
    assert row.index(EXCUSED) < row.index("تقريري") < row.index("مريم الزياني")


def test_quorum_statement_gives_the_figures_and_says_it_is_met(minutes: Pdf) -> None:
    words = minutes.words()
    assert position(words, tokens("ذوي الصوت التقريري 8 الحاضرون منهم أو الممثلون 7 "
                                  "النصاب المطلوب 5")) >= 0
    assert position(words, tokens("وبذلك يكون النصاب القانوني مكتملا")) >= 0
    assert position(words, tokens("لم يكتمل النصاب")) == -1


def test_proposal_titles_read_as_logical_arabic(minutes: Pdf) -> None:
    titles = minutes.column(VOTES, 2)
    for item in AGENDA:
        assert position(titles, tokens(item.title)) >= 0, item.title
    places = [position(titles, tokens(item.title)) for item in AGENDA]
    assert places == sorted(places)
    notes = minutes.words()  # the decisions' notes repeat some titles in running text
    assert position(notes, tokens(f"المشروع رقم 5: {AGENDA[4].title}")) >= 0


def test_vote_counts_read_down_their_columns_in_agenda_order(minutes: Pdf) -> None:
    for index, header, counts in (
        (3, "موافق", [item.votes_for for item in AGENDA]),
        (4, "معارض", [item.votes_against for item in AGENDA]),
        (5, "ممتنع", [item.votes_abstain for item in AGENDA]),
    ):
        column = minutes.column(VOTES, index)
        assert position(column, [header, *map(str, counts)]) >= 0, (header, column)
    assert [item.votes_for for item in AGENDA] == [6, 5, 7, 3, 2, 3]


def test_decision_labels_in_order_with_the_tie_break(minutes: Pdf) -> None:
    decisions = minutes.column(VOTES, 6)
    expected = ["القرار"]
    for item in AGENDA:
        assert item.decision is not None
        expected += tokens(item.decision)
        if item.casting_vote:
            expected += tokens("بترجيح صوت الرئيس")
    assert position(decisions, expected) >= 0, decisions
    for outcome in DecisionOutcome:
        assert outcome.label in minutes.text()


def test_notes_give_the_tie_reasons_and_conditions(minutes: Pdf) -> None:
    words = minutes.words()
    assert position(words, tokens("تعادلت الأصوات 3 مقابل 3 فرجح صوت الرئيس")) >= 0
    assert position(words, tokens(f"التعليل: {PROPOSALS[4][9]}")) >= 0
    assert position(words, tokens(f"التعليل: {PROPOSALS[5][9]}")) >= 0
    assert position(words, tokens("الشروط: تقديم لائحة المستفيدات قبل توقيع الاتفاقية")) >= 0


def test_scores_table_has_weighted_totals_with_a_comma_and_ranks(minutes: Pdf) -> None:
    totals = [item.score_total for item in AGENDA]
    assert all(total is not None for total in totals)
    printed = [format_decimal(total) for total in totals if total is not None]
    assert all(re.fullmatch(r"\d+,\d\d", total) for total in printed)
    columns = len(SAMPLE.criteria) + 2
    assert position(minutes.column(SCORES, columns), tokens(" ".join(printed))) >= 0
    expected_ranks = [1, 2, 3, 4, 6, 5]
    assert [ranks(AGENDA)[item.position] for item in AGENDA] == expected_ranks
    rank_column = minutes.column(SCORES, columns + 1)
    assert position(rank_column, ["الرتبة", *map(str, expected_ranks)]) >= 0
    first_criterion = minutes.column(SCORES, 2)
    assert position(first_criterion, [*tokens("م1"), *(str(row[6][0]) for row in PROPOSALS)]) >= 0
    words = minutes.words()
    assert position(words, tokens("م1: المنفعة العمومية (المعامل 3)")) >= 0


def test_quota_table_and_posts(minutes: Pdf) -> None:
    layout = minutes.layout()
    approved = sum(item.person_months for item in APPROVED)
    row = _rows(layout, "المصادق عليه في هذا الاجتماع")[0]
    assert str(approved) in row and str(sum(item.beneficiaries for item in APPROVED)) in row
    assert "3.753" in _rows(layout, "الحصة المخصصة للإقليم")[0]
    assert "1.251" in _rows(layout, "الحصة المخصصة للإقليم")[0]
    assert position(minutes.words(), tokens("عدد المناصب المخصصة للإقليم برسم هذه النسخة "
                                            "953")) >= 0


def test_recommendations_are_numbered_in_order(minutes: Pdf) -> None:
    words = minutes.words()
    start = position(words, tokens("أوصت اللجنة بما يلي"))
    assert start >= 0
    places = []
    for number, text in enumerate(RECOMMENDATIONS, start=1):
        found = position(words, [str(number), *tokens(text)[:6]])
        assert found > start, number
        places.append(found)
    assert places == sorted(places)
    last = tokens(RECOMMENDATIONS[0])[-6:]
    assert places[0] < position(words, last) < places[1]  # the first wraps, in order


def test_present_members_have_a_signature_place(minutes: Pdf) -> None:
    text = minutes.text()
    tail = text[text.index("توقيعات الأعضاء الحاضرين"):]
    for person in SAMPLE.signatories:
        assert person.name in tail
    assert len(SAMPLE.signatories) == 9
    assert "مريم الزياني" not in tail
    assert position(tokens(text), tokens("وحرر هذا المحضر بخنيفرة في 26 ماي 2023")) >= 0


def test_every_table_fits_the_page_width() -> None:
    for document in (minutes_story(SAMPLE), attendance_sheet_story(SHEET)):
        tables = [flowable for flowable in document if isinstance(flowable, Table)]
        assert len(tables) >= 3
        for table in tables:
            assert sum(table._colWidths) <= content_width() + 0.01


def test_identical_data_gives_identical_bytes(minutes: Pdf) -> None:
    assert build_minutes(_sample()) == minutes.content
    other = replace(SAMPLE, recommendations=RECOMMENDATIONS[:3])
    assert build_minutes(other) != minutes.content


def test_running_head_reference_and_verification_code(minutes: Pdf) -> None:
    text = minutes.text()
    pages = text.count("\f")
    assert pages >= 3
    assert "KHN/2023/07" in text
    assert "7Q4K-M2XD" in text
    assert position(tokens(text), tokens(f"الصفحة 1 من {pages}")) >= 0


def test_a_meeting_without_quorum_says_so_and_decides_nothing(without_quorum: Pdf) -> None:
    text = without_quorum.text()
    words = tokens(text)
    assert WITHOUT_QUORUM.quorum is not None and not WITHOUT_QUORUM.quorum.met
    assert position(words, tokens("وبذلك لم يكتمل النصاب القانوني")) >= 0
    assert position(words, tokens("الحاضرون منهم أو الممثلون 3")) >= 0
    assert position(words, tokens("أرجئ البت في المشاريع")) >= 0
    assert position(words, tokens("يكون النصاب القانوني مكتملا")) == -1
    for absent in ("التصويت والقرارات", "تنقيط المشاريع", "وضعية الحصة", "موافق"):
        assert absent not in text, absent
    for outcome in DecisionOutcome:
        assert outcome.label not in text
    agenda = _table(minutes_story(WITHOUT_QUORUM), "المدة (أشهر)")
    assert position(without_quorum.column(agenda, 2), tokens(AGENDA[0].title)) >= 0


def test_an_information_meeting_shows_bodies_and_omits_votes(information: Pdf) -> None:
    text = information.text()
    words = tokens(text)
    assert MeetingKind.INFORMATION.label in text
    assert position(words, tokens(INFORMATION.participating_bodies)) >= 0
    for absent in ("التصويت", "موافق", "معارض", "تنقيط المشاريع", "وضعية الحصة",
                   "جدول الأعمال", "النصاب"):
        assert absent not in text, absent
    assert position(words, tokens(RECOMMENDATIONS[1])) >= 0


# -- the attendance sheet ----------------------------------------------------------------


SHEET_STORY = attendance_sheet_story(SHEET)
MEMBERS_TABLE = _table(SHEET_STORY, "العضوية")
GUESTS_TABLE = _table(SHEET_STORY, "ينوب عن")


def test_attendance_sheet_gives_the_meeting(sheet: Pdf) -> None:
    words = sheet.words()
    assert "ورقة الحضور" in sheet.text()
    assert position(words, tokens("التاريخ: الجمعة 26 ماي 2023")) >= 0
    assert position(words, tokens("الساعة: 15:00")) >= 0
    assert position(words, tokens("المكان: مقر عمالة إقليم خنيفرة")) >= 0


def test_attendance_sheet_lists_members_with_an_empty_signature_column(sheet: Pdf) -> None:
    names = sheet.column(MEMBERS_TABLE, 1)
    for line in ATTENDANCE:
        assert position(names, tokens(line.name)) >= 0, line.name
    header = _rows(sheet.layout(), "الاسم الكامل")[0]
    assert header.index("التوقيع") < header.index("الاسم الكامل")  # signatures on the left
    signatures = sheet.column(MEMBERS_TABLE, 4)
    after = signatures[signatures.index("التوقيع") + 1:]
    assert not set(after) & {word for line in ATTENDANCE for word in tokens(line.name)}
    guests = sheet.column(GUESTS_TABLE, 0)
    assert position(guests, ["ر", "ت", *map(str, range(1, SHEET.extra_rows + 1))]) >= 0


def test_attendance_sheet_rows_are_tall_enough_to_sign() -> None:
    for table, rows in ((MEMBERS_TABLE, len(SHEET.members)), (GUESTS_TABLE, SHEET.extra_rows)):
        table.wrap(content_width(), 10_000)
        assert len(table._rowHeights) == rows + 1
        assert min(table._rowHeights[1:]) >= 28  # points: about a centimetre
    assert list(reversed(MEMBERS_TABLE._colWidths))[4] >= 4 * 28


# -- formatting --------------------------------------------------------------------------


def test_numbers_use_moroccan_separators() -> None:
    assert format_integer(1251) == "1.251"
    assert format_integer(953) == "953"
    assert format_decimal(Decimal("78.5")) == "78,50"
    assert format_decimal(Decimal("1234.567")) == "1.234,57"
    assert format_score(Decimal("7.50")) == "7,5"
    assert format_score(Decimal("8.00")) == "8"
    assert format_score(None) == "—"


def test_equal_totals_share_a_rank() -> None:
    tied = [replace(AGENDA[0], position=1, score_total=Decimal("70")),
            replace(AGENDA[1], position=2, score_total=Decimal("80")),
            replace(AGENDA[2], position=3, score_total=Decimal("70")),
            replace(AGENDA[3], position=4, score_total=None),
            replace(AGENDA[4], position=5, score_total=Decimal("60"))]
    assert ranks(tied) == {2: 1, 1: 2, 3: 2, 5: 4}
