"""The live meeting screen on a regional committee's meeting (tests/regional_scenario): the
grant applications are picked for the agenda, attendance makes the quorum, votes and
decisions go through the same widgets, the region's allocation stands where the province's
quota does, and closing locks the screen."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from app.domain.enums import AttendanceStatus
from app.services import grants, meetings
from tests.gui.ops import done
from tests.regional_scenario import regional_meeting
from ui.context import AppContext
from ui.models.meeting_models import AgendaModel


@pytest.fixture
def regional(opened):
    return regional_meeting(opened)


@pytest.fixture
def screen(qtbot, ui_app, regional, recorded_messages):
    from ui.pages.meeting_screen import MeetingScreen

    widget = MeetingScreen(AppContext(regional.opened.db, regional.opened.actor),
                           regional.meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    return widget


def cell(screen, row, column):
    return (screen.agenda_model.index(row, column).data() or "").lstrip("\u200f")


def header(screen, column):
    return screen.agenda_model.headerData(column, Qt.Orientation.Horizontal)


def test_a_regional_meeting_is_held_on_the_live_screen(screen, regional, qtmodeltester,
                                                       recorded_messages):
    r = regional
    db = r.opened.db
    assert screen.header.quota_total.text() == "حصة الجهة: 30 منصبا (405.000,00 درهم)"
    assert "الإقليم" not in screen.header.quota_total.text()
    assert screen.add_items.text() == "إضافة طلبات..."

    # The agenda: the applications waiting for a decision, picked in the dialog.
    dialog = screen.candidates_dialog()
    assert dialog.windowTitle() == "إضافة طلبات منحة إلى جدول الأعمال"
    assert dialog.proxy.rowCount() == 2
    dialog.select_rows([0, 1])
    dialog.accept_selection()
    screen.add_proposals(dialog.chosen)
    done()
    qtmodeltester.check(screen.agenda_model)
    assert screen.agenda_model.rowCount() == 2
    assert header(screen, 2) == "المشغل" and header(screen, 10) == "الإقليم"
    assert cell(screen, 0, 2) == "شركة الأطلس للبناء"
    assert cell(screen, 0, 8) == "10"
    assert "135.000,00" in screen.proposal.facts.text()

    # Attendance through the status lists; the quorum follows.
    for line in meetings.meeting_sheet(db, r.meeting_id).attendance:
        row = screen.attendance.row_for(line.member.id)
        row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
        row.status.activated.emit(row.status.currentIndex())
        done()
    assert screen.header.quorum.text() == "النصاب: حضر 5 من 5 — مكتمل"

    # First application: unanimous, approved; the allocation drops by its hires.
    screen.tabs.setCurrentIndex(1)
    screen.select_proposal(r.small)
    done()
    screen.proposal.all_for.click()
    done()
    screen.proposal.record.click()
    done()
    assert cell(screen, 0, AgendaModel.DECISION_COLUMN) == "مصادق عليه"
    assert screen.header.quota_here.text() == "قبل في هذا الاجتماع: 10 مناصب (135.000,00 درهم)"
    assert screen.header.quota_left.text() == "المتبقي: 20 منصبا (270.000,00 درهم)"
    assert grants.get_application(db, r.small).status.value == "approved"

    # Second: approved by the votes, refused by the allocation in the rule's own words.
    screen.select_proposal(r.large)
    done()
    screen.proposal.all_for.click()
    done()
    screen.proposal.record.click()
    done()
    assert "حصة الجهة" in screen.proposal.message.text()
    screen.ask_reason = lambda *_args: "يتجاوز ما تبقى من حصة الجهة"
    done(screen.postpone())
    assert cell(screen, 1, AgendaModel.DECISION_COLUMN) == "مؤجل"

    done(screen.close_meeting())
    assert screen.header.status.text() == "مختتم"
    assert [w for w in screen.editing_controls() if w.isEnabled()] == []
    assert grants.get_application(db, r.large).status.value == "received"


def test_the_regional_meeting_screen_fits_a_laptop(screen, regional, tmp_path):
    """Looked at: saved at 1366×728 as a picture (see the report)."""
    r = regional
    meetings.set_agenda(r.opened.db, r.opened.actor, r.meeting_id, [r.small, r.large])
    screen.refresh()
    screen.tabs.setCurrentIndex(1)
    screen.show()
    done()
    assert screen.width() <= 1366 and screen.height() <= 728
    assert screen.minimumSizeHint().width() <= 1366
    screen.grab().save(str(tmp_path / "regional-meeting.png"))


def test_the_grant_section_appears_once_a_regional_committee_is_saved(qtbot, ui_app, opened):
    from app.domain.enums import CommitteeLevel
    from app.domain.meetings import Committee
    from app.domain.programme import Edition
    from app.services import committees, programme, territory
    from tests.gui.ops import elsewhere
    from ui.main_window import MainWindow, navigation_titles
    from ui.pages.grants_page import GrantsPage
    from ui.pages.settings_page import SettingsPage

    db, actor = opened.db, opened.actor
    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    titles = navigation_titles(window)
    assert "منحة دعم التشغيل" not in titles
    settings_row = titles.index("الإعدادات")
    window.nav.setCurrentRow(settings_row)
    done()
    edition = programme.save_edition(db, actor, Edition(2023, 2))
    [region] = [r for r in territory.list_regions(db) if r.code == "05"]
    khenifra = territory.find_province(db, "05.301")
    # A provincial committee does not bring it.
    elsewhere(lambda: committees.save_committee(db, actor, Committee(
        CommitteeLevel.PROVINCIAL, edition.id, "اللجنة الإقليمية", province_id=khenifra.id)))
    assert "منحة دعم التشغيل" not in navigation_titles(window)
    elsewhere(lambda: committees.save_committee(db, actor, Committee(
        CommitteeLevel.REGIONAL, edition.id, "اللجنة الجهوية", region_id=region.id)))
    titles = navigation_titles(window)
    assert titles.index("منحة دعم التشغيل") == titles.index("الاتفاقيات") + 1
    # What was shown stays shown; every section keeps its page and its Ctrl+number.
    assert window.nav.currentRow() == settings_row + 1
    assert isinstance(window.stack.currentWidget(), SettingsPage)
    assert window.page_of(SettingsPage) is window.stack.currentWidget()
    grants_row = titles.index("منحة دعم التشغيل")
    shortcut = [a for a in window.actions() if a.text() == "منحة دعم التشغيل"]
    assert [a.shortcut().toString() for a in shortcut] == [f"Ctrl+{grants_row + 1}"]
    shortcut[0].trigger()
    done()
    assert isinstance(window.stack.currentWidget(), GrantsPage)
    assert len(navigation_titles(window)) == window.stack.count()


def test_the_grant_page_opens_the_regional_meeting_on_the_live_screen(qtbot, screen,
                                                                      regional):
    from ui.pages.grants_page import GrantsPage
    from ui.pages.meeting_screen import MeetingScreen

    page = GrantsPage(screen.ctx)
    qtbot.addWidget(page)
    assert "Ctrl+Shift+J" in page.meeting_button.toolTip()
    opened = page.open_regional_meeting()
    assert isinstance(opened, MeetingScreen) and opened.meeting_id == regional.meeting_id
    assert page.open_regional_meeting() is opened  # one window per meeting
    opened.close()
    done()
