"""The committee section on the Khenifra demo: committees, members, meetings, printing."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QDate, Qt

from app.domain.enums import AttendanceStatus, MeetingKind, MemberFunction
from app.services import committees, meetings
from tests.gui.ops import done, saved
from ui.context import AppContext
from ui.models.record_table import RECORD_ROLE


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx, recorded_messages):
    from ui.pages.committee_page import CommitteePage

    widget = CommitteePage(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()  # a hidden page refreshes when next shown, not at each change
    return widget


def shown(panel, column):
    """The texts a list shows in one column, top to bottom."""
    return [panel.proxy.index(row, column).data() .lstrip("\u200f")
            for row in range(panel.proxy.rowCount())]


def test_the_page_lists_the_2023_committee_its_ten_members_and_the_closed_meeting(
        page, qtmodeltester):
    assert page.edition.currentText() == "النسخة الثانية 2023"
    # Beside it, the demo's regional committee (the employment grant, tests/gui/test_grants_page).
    assert shown(page.committees, 0) == ["اللجنة الإقليمية لبرنامج أوراش بإقليم خنيفرة",
                                         "اللجنة الجهوية لبرنامج أوراش بجهة بني ملال-خنيفرة"]
    assert shown(page.committees, 3)[0] == "خنيفرة"
    assert shown(page.committees, 6)[0] == "أكثر من 1/2"
    assert page.members.proxy.rowCount() == 10
    assert shown(page.members, 1)[0] == "عامل إقليم خنيفرة"
    assert shown(page.members, 4).count("استشاري") == 2
    assert shown(page.meetings, 0) == ["26/05/2023"]
    assert shown(page.meetings, 2) == ["اجتماع الانتقاء"]
    assert shown(page.meetings, 5) == ["مختتم"]
    assert shown(page.meetings, 6) == ["61"] and shown(page.meetings, 7) == ["61"]
    for panel in (page.committees, page.members, page.meetings):
        qtmodeltester.check(panel.model)


def test_the_edition_filter_shows_the_2022_committee_without_meetings(page):
    page.edition.setCurrentIndex(page.edition.findText("النسخة الأولى 2022"))
    assert shown(page.committees, 2) == ["النسخة الأولى 2022"]
    assert page.members.proxy.rowCount() == 10
    assert page.meetings.proxy.rowCount() == 0
    page.edition.setCurrentIndex(page.edition.findText("كل النسخ"))
    assert page.committees.proxy.rowCount() == 3  # with the regional one of 2023


def test_opening_the_closed_meeting_shows_its_61_items_with_every_control_disabled(
        page, qtmodeltester):
    screen = page.open_meeting(show=False)
    assert screen is not None and page.open_meeting(show=False) is screen
    assert screen.agenda_model.rowCount() == 61
    qtmodeltester.check(screen.agenda_model)
    assert screen.header.status.text() == "مختتم"
    assert screen.header.quorum.text() == "النصاب: حضر 7 من 8 — مكتمل"
    assert "الاجتماع مختتم" in screen.header.banner.text()
    assert screen.header.banner.isVisibleTo(screen)
    controls = screen.editing_controls()
    assert len(controls) > 40
    assert [w for w in controls if w.isEnabled()] == []
    # Reading stays possible: the agenda, the tabs, the file and the prints.
    assert screen.agenda_table.isEnabled() and screen.proposal.view_file.isEnabled()
    assert screen.header.print_minutes.isEnabled()
    assert screen.recommendations.table.rowCount() == 5
    first = screen.current_line()
    assert first is not None and first.proposal.reference == "05.301-2023-001"
    assert screen.proposal.decision.text() == "القرار: مصادق عليه"
    screen.step(1)
    assert screen.current_line().proposal.reference == "05.301-2023-002"


def test_committee_settings_are_saved_from_the_dialog_and_a_wrong_quorum_is_refused(page):
    dialog = page.committee_dialog(page.current_committee())
    dialog.numerator.setValue(2)
    dialog.denominator.setValue(3)
    assert "6 على الأقل" in dialog.quorum_hint.text()  # 8 voting members, more than 2/3
    dialog.casting_vote.setChecked(False)
    assert saved(dialog)
    assert shown(page.committees, 6)[0] == "أكثر من 2/3"
    assert shown(page.committees, 7)[0] == "لا"
    assert page.members.proxy.rowCount() == 10  # the same committee stays selected

    dialog = page.committee_dialog(page.current_committee())
    dialog.numerator.setValue(3)
    dialog.denominator.setValue(3)
    assert saved(dialog) is False
    assert dialog.form.error_text("quorum").startswith("النصاب: نسبة الحضور المطلوبة كسر")


def test_a_member_is_added_edited_and_removed(page, demo_ctx):
    dialog = page.member_dialog()
    dialog.full_name.setText("المدير الإقليمي للصحة")
    dialog.function.select(MemberFunction.EXTERNAL_SERVICE)
    dialog.organisation.setText("المندوبية الإقليمية للصحة بخنيفرة")
    dialog.voting.setChecked(False)
    assert saved(dialog)
    assert page.members.proxy.rowCount() == 11
    assert shown(page.members, 1)[-1] == "المدير الإقليمي للصحة"
    assert shown(page.members, 4)[-1] == "استشاري"

    page.members.table.setCurrentIndex(page.members.proxy.index(10, 0))
    dialog = page.member_dialog(page.members.current_record())
    dialog.full_name.setText("")
    assert saved(dialog) is False
    assert dialog.form.error_text("full_name") == "الاسم الكامل: هذا الحقل إلزامي."
    dialog.full_name.setText("المدير الإقليمي للصحة والحماية الاجتماعية")
    assert saved(dialog)
    assert shown(page.members, 1)[-1] == "المدير الإقليمي للصحة والحماية الاجتماعية"

    page.members.table.setCurrentIndex(page.members.proxy.index(10, 0))
    done(page.remove_member())
    assert page.members.proxy.rowCount() == 10


def test_a_member_who_attended_a_meeting_cannot_be_removed(page, recorded_messages):
    page.members.table.setCurrentIndex(page.members.proxy.index(1, 0))
    done(page.remove_member())
    assert "لا يمكن حذف عضو سجل حضوره أو صوته في اجتماع" in recorded_messages.shown[-1][1]
    assert page.members.proxy.rowCount() == 10


def test_a_new_meeting_is_planned_from_the_dialog_with_a_chair_among_the_members(
        page, demo_ctx):
    dialog = page.meeting_dialog()
    assert dialog.chair.currentText().startswith("عامل إقليم خنيفرة")
    dialog.kind.select(MeetingKind.INFORMATION)
    dialog.held_on.setDate(QDate(2023, 11, 4))
    assert saved(dialog) is False
    assert dialog.form.error_text("place") == "المكان: هذا الحقل إلزامي."
    dialog.place.setText("قاعة الاجتماعات بعمالة خنيفرة")
    dialog.bodies.setPlainText("ANAPEC، OFPPT، CNSS، جمعيات المجتمع المدني")
    assert saved(dialog)
    assert page.meetings.proxy.rowCount() == 2
    assert page.current_meeting().meeting.held_on == date(2023, 11, 4)
    assert shown(page.meetings, 5)[0] == "مبرمج"
    assert shown(page.meetings, 2)[0] == "لقاء تواصلي"

    screen = page.open_meeting(show=False)
    assert screen.header.status.text() == "مبرمج"
    assert "ANAPEC" in screen.header.bodies.text() and screen.header.bodies.isVisibleTo(screen)
    assert not screen.tabs.isTabEnabled(1)  # no agenda to vote on in an information meeting
    row = screen.attendance.rows[0]
    row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
    row.status.activated.emit(row.status.currentIndex())
    done()
    [attended] = [a for a in meetings.meeting_sheet(demo_ctx.db, screen.meeting_id).attendance
                  if a.status is not None]
    assert attended.member.full_name == "عامل إقليم خنيفرة"


def test_a_closed_meetings_details_cannot_be_edited(page, recorded_messages):
    page.edit_meeting()
    assert recorded_messages.shown[-1][1] == "الاجتماع مختتم: لا يمكن تعديل بياناته."


def test_the_scoring_grid_of_a_scored_edition_is_frozen_with_the_services_message(page):
    from ui.dialogs.scoring_grid_dialog import ScoringGridDialog

    dialog = ScoringGridDialog(page.ctx, page.current_committee().committee.edition_id, page)
    assert dialog.table.rowCount() == 7
    dialog.table.item(0, 2).setText("5")
    assert saved(dialog) is False
    assert "سجلت نقط بهذه الشبكة" in dialog.error.text()


def test_the_minutes_print_to_a_pdf_file_off_the_ui_thread(qtbot, page, tmp_path,
                                                          recorded_messages):
    target = tmp_path / "mahdar-2023"
    assert page.print_document("minutes", target) is not None
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=30_000)
    title, text = recorded_messages.shown[-1]
    assert title == "محضر الاجتماع" and "mahdar-2023.pdf" in text
    assert (tmp_path / "mahdar-2023.pdf").read_bytes().startswith(b"%PDF")


def test_a_hidden_page_catches_up_when_shown(page, demo_ctx):
    page.hide()
    dialog = page.member_dialog()
    dialog.full_name.setText("ممثل المديرية الإقليمية للصحة")
    assert saved(dialog)
    assert page.members.proxy.rowCount() == 10  # hidden: not refreshed at each change
    page.show()
    assert page.members.proxy.rowCount() == 11


def test_a_committee_is_added_for_an_edition(page, demo_ctx):
    from app.services import territory

    page.edition.setCurrentIndex(page.edition.findText("النسخة الأولى 2022"))
    dialog = page.committee_dialog()
    dialog.name.setText("اللجنة الإقليمية لبرنامج أوراش بإقليم ميدلت")
    dialog.province.select(territory.find_province(demo_ctx.db, "Midelt").id)
    assert saved(dialog)
    assert page.committees.proxy.rowCount() == 2
    info = page.current_committee()
    assert info.committee.name_ar.endswith("ميدلت")
    assert page.members.proxy.rowCount() == 0
    assert committees.list_members(demo_ctx.db, info.committee.id) == []
    assert page.committees.table.currentIndex().data(RECORD_ROLE) is info


def test_ctrl_4_shows_the_committee_section(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_4,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.committee_page
    assert window.nav.currentItem().text() == "اللجنة والاجتماعات"


def test_an_open_meeting_screen_follows_changes_made_on_the_page(page):
    from PySide6.QtWidgets import QApplication

    dialog = page.meeting_dialog()
    dialog.place.setText("مقر عمالة خنيفرة")
    assert saved(dialog)
    screen = page.open_meeting()
    assert screen.isVisible() and len(screen.attendance.rows) == 10
    member = page.member_dialog()
    member.full_name.setText("ممثل المديرية الإقليمية للصحة")
    assert saved(member)
    assert len(screen.attendance.rows) == 11
    assert screen.attendance.rows[-1].name.text().endswith("ممثل المديرية الإقليمية للصحة")
    screen.close()
    QApplication.processEvents()
    assert page.screens == {}
