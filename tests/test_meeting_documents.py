"""The minutes and the attendance sheet of real meetings, printed from the database."""

from __future__ import annotations

import pytest

from app.domain.enums import DecisionOutcome, VoteChoice
from app.domain.meetings import DecisionChoice
from app.services import meeting_documents, meetings, printed
from tests.meeting_scenario import attend, supplementary_meeting
from tests.test_documents_text import arabic_words, poppler, position, tokens


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def closed_meeting_id(db):
    return next(m.meeting.id for m in meetings.list_meetings(db) if m.is_closed)


def pdf_text(tmp_path, pdf: bytes, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return poppler("pdftotext", "-layout", str(path), "-")


def test_the_demo_minutes_name_every_worksite_in_readable_arabic(demo, tmp_path):
    db, actor = demo
    meeting_id = closed_meeting_id(db)
    sheet = meetings.meeting_sheet(db, meeting_id)
    pdf = meeting_documents.minutes_pdf(db, actor, meeting_id)
    words = arabic_words(pdf_text(tmp_path, pdf))
    for line in sheet.agenda[:10] + sheet.agenda[-5:]:
        title = arabic_words(line.proposal.title_ar)
        assert position(words, title) >= 0, line.proposal.title_ar
    text_tokens = tokens(pdf_text(tmp_path, pdf))
    assert position(text_tokens, ["26", "ماي", "2023"]) >= 0
    assert position(words, arabic_words("اللجنة الإقليمية لبرنامج أوراش بإقليم خنيفرة")) >= 0
    assert position(words, arabic_words("وبذلك يكون النصاب القانوني مكتملا")) >= 0
    assert words.count("مصادق") >= 61
    assert position(words, arabic_words(sheet.recommendations[0])[:6]) >= 0
    assert "3.753" in text_tokens and "1.251" in text_tokens  # the quota table


def test_a_printed_minutes_file_verifies_and_a_changed_copy_does_not(demo, tmp_path):
    db, actor = demo
    meeting_id = closed_meeting_id(db)
    pdf = meeting_documents.minutes_pdf(db, actor, meeting_id)
    assert meeting_documents.minutes_pdf(db, actor, meeting_id) == pdf  # reprint: same bytes
    result = printed.verify_pdf(db, pdf)
    assert result.matches and result.kind == "minutes"
    assert result.message.startswith("مطابق: محضر اجتماع")
    changed = pdf.replace(b"/Producer", b"/Producex", 1)
    refused = printed.verify_pdf(db, changed)
    assert not refused.matches and "غير مطابق" in refused.message
    assert "غُيّر بعد طبعه" in refused.message


def test_minutes_of_a_meeting_without_quorum_say_no_decision_was_possible(demo, tmp_path):
    db, actor = demo
    scenario = supplementary_meeting(db, actor)
    attend(scenario, present=3)
    words = arabic_words(pdf_text(tmp_path, meeting_documents.minutes_pdf(
        db, actor, scenario.meeting_id)))
    assert position(words, arabic_words("لم يكتمل النصاب القانوني")) >= 0
    assert position(words, arabic_words("مصادق عليه")) == -1


def test_minutes_show_the_vote_counts_and_the_tie_decided_by_the_chair(demo, tmp_path):
    db, actor = demo
    scenario = supplementary_meeting(db, actor)
    attend(scenario, present=5)
    F, A = VoteChoice.FOR, VoteChoice.AGAINST
    voting = scenario.voting()[:4]
    meetings.record_votes(db, actor, scenario.meeting_id, scenario.proposal_ids[0],
                          dict(zip([m.id for m in voting], [F, A, F, A], strict=True)))
    assert meetings.record_decision(db, actor, scenario.meeting_id,
                                    scenario.proposal_ids[0]) is DecisionOutcome.APPROVED
    meetings.record_votes(db, actor, scenario.meeting_id, scenario.proposal_ids[1],
                          {m.id: A for m in voting})
    meetings.record_decision(db, actor, scenario.meeting_id, scenario.proposal_ids[1],
                             DecisionChoice(reason="ضعف الوقع الميداني"))
    data = meeting_documents.minutes_data(db, scenario.meeting_id)
    first, second = data.agenda[0], data.agenda[1]
    assert (first.votes_for, first.votes_against, first.casting_vote) == (2, 2, True)
    assert (second.votes_against, second.decision, second.casting_vote) == (4, "مرفوض", False)
    words = arabic_words(pdf_text(tmp_path, meeting_documents.minutes_pdf(
        db, actor, scenario.meeting_id)))
    assert position(words, arabic_words("بترجيح صوت الرئيس")) >= 0
    assert position(words, arabic_words("ضعف الوقع الميداني")) >= 0


def test_the_attendance_sheet_lists_every_member_with_a_place_to_sign(demo, tmp_path):
    db, actor = demo
    meeting_id = closed_meeting_id(db)
    sheet = meetings.meeting_sheet(db, meeting_id)
    words = arabic_words(pdf_text(tmp_path, meeting_documents.attendance_sheet_pdf(
        db, actor, meeting_id)))
    for line in sheet.attendance:  # long names wrap in their cell: their first words
        assert position(words, arabic_words(line.member.full_name)[:2]) >= 0
    assert "التوقيع" in words and position(words, arabic_words("ورقة الحضور")) >= 0
