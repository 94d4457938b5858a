"""Minutes frozen at closing (issue 11, item 7): what the committee signed is what any
reprint shows, whatever is renamed later; verify tells a paper that is no longer current."""

from __future__ import annotations

import dataclasses

import pytest

from app.documents.verification import read_mark_from_pdf
from app.domain.enums import DecisionOutcome, VoteChoice
from app.domain.meetings import DecisionChoice
from app.services import committees, meeting_documents, meetings, printed, proposals
from tests.meeting_scenario import attend, closed_meeting, supplementary_meeting
from tests.test_documents_text import arabic_words, poppler, position


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def words_of(tmp_path, pdf: bytes) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return arabic_words(poppler("pdftotext", "-layout", str(path), "-"))


def rename(db, actor, member, name: str) -> None:
    committees.save_member(db, actor, dataclasses.replace(member, full_name=name))


def retitle(db, actor, proposal_id, title: str) -> None:
    proposal = proposals.get_proposal(db, proposal_id)
    proposals.save_proposal(db, actor, dataclasses.replace(proposal, title_ar=title))


def test_renaming_a_member_or_a_title_after_closing_leaves_the_minutes_as_signed(
        demo, tmp_path):
    db, actor = demo
    scenario = closed_meeting(db, actor)
    before = meeting_documents.minutes_pdf(db, actor, scenario.meeting_id)
    chair = scenario.chair
    old_title = proposals.get_proposal(db, scenario.proposal_ids[0]).title_ar
    rename(db, actor, chair, "عبد الحق المنصوري")
    retitle(db, actor, scenario.proposal_ids[0], "ورش إصلاح السواقي بجماعة تيغسالين")

    after = meeting_documents.minutes_pdf(db, actor, scenario.meeting_id)
    assert after == before  # the reprint is the same file
    words = words_of(tmp_path, after)
    assert position(words, arabic_words(chair.full_name)) >= 0
    assert position(words, arabic_words("عبد الحق المنصوري")) == -1
    assert position(words, arabic_words(old_title)) >= 0
    assert position(words, arabic_words("إصلاح السواقي بجماعة تيغسالين")) == -1
    result = printed.verify_pdf(db, after)
    assert result.matches and result.current
    assert "ليست صيغتها الحالية" not in result.message


def test_minutes_printed_before_closing_are_the_closed_ones_when_nothing_changed(demo):
    db, actor = demo
    scenario = supplementary_meeting(db, actor)
    attend(scenario, present=5)
    for proposal_id in scenario.proposal_ids:
        meetings.record_votes(db, actor, scenario.meeting_id, proposal_id,
                              {m.id: VoteChoice.FOR for m in scenario.voting()[:5]})
        meetings.record_decision(db, actor, scenario.meeting_id, proposal_id,
                                 DecisionChoice(DecisionOutcome.POSTPONED, "استكمال الملف"))
    draft = meeting_documents.minutes_pdf(db, actor, scenario.meeting_id)
    meetings.close_meeting(db, actor, scenario.meeting_id)
    assert meeting_documents.minutes_pdf(db, actor, scenario.meeting_id) == draft


def test_verify_says_a_paper_is_not_current_once_what_it_shows_changed(demo):
    db, actor = demo
    scenario = supplementary_meeting(db, actor)
    attend(scenario, present=5)
    draft = meeting_documents.minutes_pdf(db, actor, scenario.meeting_id)
    sheet = meeting_documents.attendance_sheet_pdf(db, actor, scenario.meeting_id)
    assert printed.verify_pdf(db, draft).current and printed.verify_pdf(db, sheet).current

    rename(db, actor, scenario.members[1], "فاطمة الزهراء العلوي")
    for paper in (draft, sheet):
        result = printed.verify_pdf(db, paper)
        assert result.matches and not result.current
        assert "ليست صيغتها الحالية" in result.message
    mark = read_mark_from_pdf(draft)
    assert mark is not None
    assert not printed.verify_code(db, mark.short_code).current


def test_the_demo_minutes_are_frozen_too(demo, tmp_path):
    db, actor = demo
    meeting_id = next(m.meeting.id for m in meetings.list_meetings(db) if m.is_closed)
    before = meeting_documents.minutes_pdf(db, actor, meeting_id)
    sheet = meetings.meeting_sheet(db, meeting_id)
    member = sheet.attendance[1].member
    rename(db, actor, member, "اسم جديد بعد الاختتام")
    assert meeting_documents.minutes_pdf(db, actor, meeting_id) == before
    assert position(words_of(tmp_path, before), arabic_words("اسم جديد بعد الاختتام")) == -1
    assert printed.verify_pdf(db, before).current
