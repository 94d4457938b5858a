"""The live meeting screen on a supplementary Khenifra 2023 meeting (tests/meeting_scenario).

Three eligible proposals of 60 person-months each, 150 person-months left in the quota:
the secretary records attendance, scores, votes and decisions through the widgets; the
third approval is refused with the quota's own message; the meeting is closed.
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from app.domain.enums import AttendanceStatus, DecisionOutcome, VoteChoice
from app.services import meetings, proposals
from tests.gui.ops import done
from tests.meeting_scenario import attend, supplementary_meeting
from ui.context import AppContext
from ui.models.meeting_models import AgendaModel
from ui.widgets.meeting_panels import NO_VOTE


@pytest.fixture
def scenario(demo_opened):
    return supplementary_meeting(demo_opened.db, demo_opened.actor)


@pytest.fixture
def screen(qtbot, ui_app, scenario, recorded_messages):
    from ui.pages.meeting_screen import MeetingScreen

    widget = MeetingScreen(AppContext(scenario.db, scenario.actor), scenario.meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def choose(screen, member, status, represented_by=""):
    """What a click in the member's status list does."""
    row = screen.attendance.row_for(member.id)
    if represented_by:
        row.represented_by.setText(represented_by)
    row.status.setCurrentIndex(row.status.findData(status))
    row.status.activated.emit(row.status.currentIndex())
    done()


def attend_through_widgets(screen, scenario, present):
    voting = scenario.voting()
    for member in scenario.members:
        here = member in voting[:present] or not member.is_voting
        choose(screen, member, AttendanceStatus.PRESENT if here else AttendanceStatus.ABSENT)


def enter_scores(screen, value):
    for row in screen.proposal.score_rows[:2]:
        row.spin.setValue(value)
    screen.proposal.score_rows[1].spin.editingFinished.emit()
    done()


def cell(screen, row, column):
    return (screen.agenda_model.index(row, column).data() or "").lstrip("\u200f")


def test_attendance_recorded_through_the_widgets_flips_the_quorum(screen, scenario,
                                                                  qtmodeltester):
    qtmodeltester.check(screen.agenda_model)
    assert screen.tabs.currentIndex() == 0  # attendance first, while it is incomplete
    assert screen.header.quorum.text() == "النصاب: حضر 0 من 8 — غير مكتمل (المطلوب 5)"
    voting = scenario.voting()
    for member in voting[:4]:
        choose(screen, member, AttendanceStatus.PRESENT)
    assert screen.header.quorum.text() == "النصاب: حضر 4 من 8 — غير مكتمل (المطلوب 5)"
    assert screen.attendance.summary.text() == "سجل حضور 4 من 10 أعضاء."

    # Represented without a name: the service's message, shown by the attendance list.
    choose(screen, voting[4], AttendanceStatus.REPRESENTED)
    assert screen.attendance.message.text() == "• ممثل من طرف: اذكر اسم من ينوب عن العضو."
    assert "غير مكتمل" in screen.header.quorum.text()
    row = screen.attendance.row_for(voting[4].id)
    row.represented_by.setText("نائب المدير الإقليمي")
    row.represented_by.editingFinished.emit()
    done()
    assert screen.header.quorum.text() == "النصاب: حضر 5 من 8 — مكتمل"
    assert screen.attendance.message.isHidden()
    assert [r.member.id for r in screen.proposal.vote_rows] == [m.id for m in voting[:5]]

    screen.attendance.all_present.click()
    done()
    assert screen.attendance.summary.text() == "سجل حضور 10 من 10 أعضاء."
    assert screen.header.quorum.text() == "النصاب: حضر 8 من 8 — مكتمل"


def test_votes_are_refused_without_quorum_with_the_services_message(screen, scenario):
    attend_through_widgets(screen, scenario, present=4)
    screen.tabs.setCurrentIndex(1)
    done()
    screen.proposal.all_for.click()
    done()
    assert "النصاب: لا يمكن تسجيل القرارات؛ حضر 4 من 8" in screen.proposal.message.text()
    assert screen.proposal.count.text() == "موافق 0 — معارض 0 — ممتنع 0"
    # Every member is back on "—" (no vote), as the database says.
    assert all(r.group.checkedId() == NO_VOTE for r in screen.proposal.vote_rows)


def test_a_meeting_from_attendance_to_closing(screen, scenario, recorded_messages):
    attend_through_widgets(screen, scenario, present=6)
    assert screen.header.quorum.text() == "النصاب: حضر 6 من 8 — مكتمل"
    screen.tabs.setCurrentIndex(1)
    done()
    assert cell(screen, 0, 1) == "05.301-2023-062"
    assert cell(screen, 0, AgendaModel.DECISION_COLUMN) == "لم يبت"

    # Scores: the weighted total follows the spin boxes before anything is saved.
    for row, value in enumerate((9, 7, 5)):
        screen.select_proposal(scenario.proposal_ids[row])
        done()
        screen.proposal.score_rows[0].spin.setValue(value)
        done()
        screen.proposal.score_rows[1].spin.setValue(value)
        done()
        assert screen.proposal.total.text().startswith(
            f"المجموع المرجح: {cell_total(value)}\u00a0/\u00a0100")
        screen.proposal.score_rows[1].spin.editingFinished.emit()
        done()
    assert [cell(screen, r, 4) for r in range(3)] == ["1", "2", "3"]  # ranks
    assert [cell(screen, r, AgendaModel.QUOTA_COLUMN) for r in range(3)] == ["", "", "⚠"]
    assert screen.header.quota_here.text() == (
        "صودق عليه في هذا الاجتماع: 0 شهر عمل (0 مستفيد)")

    # First proposal: a unanimous vote, then the decision the votes give.
    screen.select_proposal(scenario.proposal_ids[0])
    done()
    screen.proposal.all_for.click()
    done()
    assert screen.proposal.count.text() == "موافق 6 — معارض 0 — ممتنع 0"
    assert screen.proposal.outcome.text() == "النتيجة حسب القاعدة: مصادق عليه"
    screen.proposal.record.click()
    done()
    assert screen.proposal.decision.text() == "القرار: مصادق عليه"
    assert cell(screen, 0, AgendaModel.DECISION_COLUMN) == "مصادق عليه"
    assert screen.header.quota_here.text() == (
        "صودق عليه في هذا الاجتماع: 60 شهر عمل (20 مستفيدا)")
    assert not screen.proposal.vote_rows[0].buttons[0].isEnabled()  # decided: votes wait

    # Second proposal: member by member, a split vote still approves (4 for, 1 against).
    screen.select_proposal(scenario.proposal_ids[1])
    done()
    assert screen.current_line().proposal.id == scenario.proposal_ids[1]
    for n, row in enumerate(screen.proposal.vote_rows):
        button = {0: 1, 1: 2}.get(n, 0)  # one against, one abstains, four for
        row.buttons[button].click()
        done()
    assert screen.proposal.count.text() == "موافق 4 — معارض 1 — ممتنع 1"
    assert cell(screen, 1, 7) == "4 / 1 / 1"
    screen.proposal.conditions.setText("تشغيل نساء الدواوير المجاورة بالأولوية")
    done()
    screen.proposal.record.click()
    done()
    assert cell(screen, 1, AgendaModel.DECISION_COLUMN) == "مصادق عليه"
    line = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[1]
    assert line.conditions == "تشغيل نساء الدواوير المجاورة بالأولوية"
    assert screen.header.quota_here.text() == (
        "صودق عليه في هذا الاجتماع: 120 شهر عمل (40 مستفيدا)")
    assert screen.header.quota_left.text() == "المتبقي: 30 شهر عمل (أي 10 مستفيدين لمدة 3 أشهر)"

    # Third proposal: approved by the votes, refused by the quota, in the service's words.
    screen.select_proposal(scenario.proposal_ids[2])
    done()
    assert "لا يتسع له ما تبقى من الحصة" in screen.proposal.quota_warning.text()
    screen.proposal.all_for.click()
    done()
    screen.proposal.record.click()
    done()
    message = screen.proposal.message.text()
    assert "يتجاوز حصة الإقليم" in message and "المتبقي 30 شهر عمل" in message
    assert screen.proposal.message.isVisibleTo(screen)
    assert cell(screen, 2, AgendaModel.DECISION_COLUMN) == "التصويت: مصادق عليه"
    assert proposals.get_proposal(scenario.db, scenario.proposal_ids[2]).status.value == (
        "eligible")

    # Closing now is refused: the third proposal has no decision.
    done(screen.close_meeting())
    title, text = recorded_messages.shown[-1]
    assert "لم يبت بعد" in text and "05.301-2023-064" in text
    assert screen.header.status.text() == "مبرمج"

    # The committee postpones it; the reason is asked for.
    screen.ask_reason = lambda *_args: "استكمال الوثائق"
    done(screen.postpone())
    assert cell(screen, 2, AgendaModel.DECISION_COLUMN) == "مؤجل"
    assert screen.proposal.message.isHidden()

    confirmations = len(recorded_messages.shown)
    done(screen.close_meeting())
    assert "بعد الاختتام لا يمكن تعديل أي شيء" in recorded_messages.shown[confirmations][1]
    assert screen.header.status.text() == "مختتم"
    assert screen.header.banner.isVisibleTo(screen)
    assert [w for w in screen.editing_controls() if w.isEnabled()] == []
    assert meetings.meeting_sheet(scenario.db, scenario.meeting_id).is_closed


def cell_total(value):
    """The weighted total of two criteria of weight 3 at `value` out of 10, as shown."""
    from decimal import Decimal

    from app.domain.meetings import DEFAULT_CRITERIA, Criterion, weighted_total
    from ui.models.meeting_models import score_text

    criteria = [Criterion(code, name, weight) for code, name, weight in DEFAULT_CRITERIA]
    return score_text(weighted_total({"public_utility": Decimal(value),
                                      "field_impact": Decimal(value)}, criteria))


def test_a_cancelled_decision_frees_the_votes_and_the_proposal(screen, scenario):
    attend_through_widgets(screen, scenario, present=5)
    screen.proposal.all_for.click()
    done()
    screen.proposal.record.click()
    done()
    assert screen.proposal.cancel.isEnabled()
    done(screen.cancel_decision())
    assert screen.proposal.decision.text() == "القرار: لم يبت فيه بعد"
    assert screen.proposal.vote_rows[0].buttons[0].isEnabled()
    assert proposals.get_proposal(scenario.db, scenario.proposal_ids[0]).status.value == (
        "eligible")


def test_marking_a_voter_absent_warns_that_their_votes_go(screen, scenario, recorded_messages):
    attend_through_widgets(screen, scenario, present=6)
    screen.proposal.all_for.click()
    done()
    before = len(recorded_messages.shown)
    choose(screen, scenario.voting()[5], AttendanceStatus.ABSENT)
    assert "يحذف أصواته على 1 من المشاريع" in recorded_messages.shown[before][1]
    assert screen.proposal.count.text() == "موافق 5 — معارض 0 — ممتنع 0"
    assert len(screen.proposal.vote_rows) == 5


def test_the_keyboard_drives_the_vote(qtbot, screen, scenario):
    attend(scenario, present=5)
    screen.refresh()
    done()
    with qtbot.waitActive(screen):
        screen.show()
        done()
        screen.activateWindow()
        done()
    screen.tabs.setCurrentIndex(1)
    done()
    screen.agenda_table.setFocus()
    done()
    assert screen.current_line().proposal.id == scenario.proposal_ids[0]
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(screen.agenda_table, Qt.Key.Key_Down, ctrl)
    done()
    assert screen.current_line().proposal.id == scenario.proposal_ids[1]
    qtbot.keyClick(screen.agenda_table, Qt.Key.Key_Up, ctrl)
    done()
    assert screen.current_line().proposal.id == scenario.proposal_ids[0]

    # Alt+1, Alt+2, Alt+3: the member with the focus votes, then the next has it.
    screen.proposal.vote_rows[0].focus()
    done()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(screen.focusWidget(), key, alt)
        done()
    assert screen.proposal.count.text() == "موافق 3 — معارض 1 — ممتنع 1"
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Return, ctrl)
    done()
    assert screen.proposal.decision.text() == "القرار: مصادق عليه"
    assert "Ctrl+Enter" in screen.proposal.record.toolTip()
    assert "Alt+1" in screen.proposal.vote_rows[0].buttons[0].toolTip()
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Escape)
    done()
    assert not screen.isVisible()  # back to the committee page; everything is saved


def test_the_agenda_is_changed_from_the_screen(screen, scenario, demo_opened):
    screen.tabs.setCurrentIndex(1)
    done()
    screen.select_proposal(scenario.proposal_ids[2])
    done()
    screen.remove_current()
    done()
    assert screen.agenda_model.rowCount() == 2

    dialog = screen.candidates_dialog()
    dialog.search.setText("05.301-2023-064")  # decided worksites are offered too
    assert dialog.proxy.rowCount() == 1
    dialog.select_rows([0])
    dialog.accept_selection()
    assert dialog.chosen == [scenario.proposal_ids[2]]
    screen.add_proposals(dialog.chosen)
    done()
    assert screen.current_line().proposal.id == scenario.proposal_ids[2]

    screen.move_current(-1)
    done()
    screen.move_current(-1)
    done()
    assert screen.agenda_model.proposal_ids() == [scenario.proposal_ids[i] for i in (2, 0, 1)]
    assert screen.current_line().proposal.id == scenario.proposal_ids[2]
    assert cell(screen, 0, 0) == "1"
    stored = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda
    assert [line.proposal.id for line in stored] == screen.agenda_model.proposal_ids()


def test_recommendations_are_added_edited_reordered_and_removed(screen, scenario):
    panel = screen.recommendations
    answers = iter(["الإسراع بتوقيع الاتفاقيات", "تتبع الأوراش ميدانيا",
                    "تتبع الأوراش ميدانيا كل شهر"])
    screen.ask_text = lambda *_args: next(answers)
    screen.add_recommendation()
    done()
    screen.add_recommendation()
    done()
    assert panel.texts() == ["الإسراع بتوقيع الاتفاقيات", "تتبع الأوراش ميدانيا"]
    assert panel.table.currentRow() == 1
    screen.edit_recommendation()
    done()
    screen.move_recommendation(-1)
    done()
    assert panel.texts() == ["تتبع الأوراش ميدانيا كل شهر", "الإسراع بتوقيع الاتفاقيات"]
    assert meetings.meeting_sheet(scenario.db, scenario.meeting_id).recommendations == (
        panel.texts())
    screen.remove_recommendation()
    done()
    assert panel.texts() == ["الإسراع بتوقيع الاتفاقيات"]


def test_scores_typed_before_a_vote_are_kept(screen, scenario):
    attend_through_widgets(screen, scenario, present=5)
    screen.proposal.score_rows[0].spin.setValue(8)  # no editingFinished: still typing
    done()
    screen.proposal.all_for.click()
    done()
    line = meetings.meeting_sheet(scenario.db, scenario.meeting_id).agenda[0]
    assert line.scores == {"public_utility": 8}
    assert line.count.for_ == 5
    assert screen.proposal.score_rows[0].spin.value() == 8
    assert line.voted_outcome is DecisionOutcome.APPROVED
    assert VoteChoice.FOR in line.votes.values()
