"""What was left of issue 12's words, numbers and defaults: the meeting date inside the
edition, percentages without trailing zeros, counted months, French names cut at their end
in the live meeting's tables."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from app.services import committees, programme
from tests.gui.ops import done
from tests.meeting_scenario import supplementary_meeting
from ui.context import AppContext
from ui.widgets.inputs import date_value


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


def test_a_new_meeting_is_dated_inside_its_committees_edition(qtbot, demo_ctx):
    from ui.dialogs.meeting_dialog import MeetingDialog

    info = committees.list_committees(demo_ctx.db)[0]
    edition = programme.get_edition(demo_ctx.db, info.committee.edition_id)
    dialog = MeetingDialog(demo_ctx, info.committee.id)
    qtbot.addWidget(dialog)
    assert edition.starts_on <= date_value(dialog.held_on) <= edition.ends_on


def test_the_fee_rate_reads_like_a_document(qtbot, demo_ctx):
    from ui.dialogs.edition_dialog import EditionDialog

    edition = programme.find_edition(demo_ctx.db, 2023)
    dialog = EditionDialog(demo_ctx, edition)
    qtbot.addWidget(dialog)
    assert dialog.fee.text() == "5 %"
    dialog.fee.setValue(2.5)
    assert dialog.fee.text() == "2,5 %"
    dialog.fee.lineEdit().selectAll()
    QTest.keyClicks(dialog.fee, "7,25")
    dialog.fee.interpretText()
    assert dialog.fee.value() == 7.25 and dialog.fee.text() == "7,25 %"
    dialog.fee.setValue(5)
    assert Decimal(str(dialog.fee.value())) / 100 == Decimal("0.05")


def test_the_usual_duration_is_a_counted_noun(qtbot, demo_ctx):
    from ui.pages.programme_page import ProgrammePage

    page = ProgrammePage(demo_ctx)
    qtbot.addWidget(page)
    headers = page.editions.model.headers()
    usual = {page.editions.model.display_row(row)[headers.index("المدة الاعتيادية")]
             for row in range(page.editions.model.rowCount())}
    assert usual and usual <= {"3 أشهر", "6 أشهر", "9 أشهر", "12 شهرا", "شهر واحد",
                               "شهران", "4 أشهر", "5 أشهر", "7 أشهر", "8 أشهر",
                               "10 أشهر", "11 شهرا"}, usual


def option_for(view, index):
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, index)
    return option


def test_the_meeting_tables_cut_french_names_at_their_end(qtbot, demo_opened, ui_app,
                                                          recorded_messages):
    from ui.models.record_table import ElideByDirection
    from ui.pages.meeting_screen import MeetingScreen

    scenario = supplementary_meeting(demo_opened.db, demo_opened.actor)
    screen = MeetingScreen(AppContext(scenario.db, scenario.actor), scenario.meeting_id)
    qtbot.addWidget(screen)
    screen.show()
    done()
    table = screen.agenda_table
    assert isinstance(table.itemDelegate(), ElideByDirection)
    assert isinstance(screen.recommendations.table.itemDelegate(), ElideByDirection)
    assert screen.agenda_model.rowCount() == 3
    assert screen.agenda_count.text().startswith("3 مشاريع — ")  # not "3 مشروعا"
    model = screen.agenda_model
    assert model.rowCount() > 0
    holder = 9  # the holder, in AgendaModel.TEXT_COLUMNS
    line = model.line(0)
    french = "Association Al Amal pour le développement durable de Khénifra"
    model.set_lines([dataclasses.replace(
        line, proposal=dataclasses.replace(line.proposal, holder=french))])
    index = model.index(0, holder)
    assert index.data() == french
    option = option_for(table, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    title = option_for(table, model.index(0, model.TITLE_COLUMN))
    assert title.direction == Qt.LayoutDirection.RightToLeft


def test_the_regional_allocation_counts_posts_and_keeps_the_region_whole(qtbot, demo_ctx):
    from app.domain.text import FSI, PDI
    from ui.pages.grants_page import GrantsPage

    page = GrantsPage(demo_ctx)
    qtbot.addWidget(page)
    text = page.allocation.text()
    assert f"{FSI}بني ملال-خنيفرة{PDI}" in text
    assert "600 منصب،" in text and "600 منصبا" not in text


def test_a_french_meeting_header_reads_left_to_right(qtbot, demo_opened, ui_app,
                                                     recorded_messages, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from app.domain.text import LRM, RLM
    from ui import i18n

    assert i18n.lead() == RLM
    monkeypatch.setattr(QGuiApplication, "layoutDirection",
                        staticmethod(lambda: Qt.LayoutDirection.LeftToRight))
    assert i18n.lead() == LRM


def test_the_committee_list_shows_the_provincial_and_the_regional_committee(qtbot, demo_ctx):
    from ui.pages.committee_page import CommitteePage

    page = CommitteePage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    done()
    table = page.committees.table
    assert table.model().rowCount() == 2
    assert table.rowViewportPosition(1) + table.rowHeight(1) <= table.viewport().height()


def test_the_waiting_applications_box_says_when_it_is_empty(qtbot, demo_ctx):
    from ui.pages.grants_page import GrantsPage

    page = GrantsPage(demo_ctx)
    qtbot.addWidget(page)
    page.load_agreements()
    qtbot.waitUntil(lambda: page.agreements.model.rowCount() > 0)
    done()
    assert page.pending.count() == 0 and not page.pending.isEnabled()
    assert page.pending.placeholderText() == "لا طلب مقبول ينتظر اتفاقية"


def test_the_conventions_headers_show_whole_in_french(qtbot, demo_ctx):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.paths import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "awrach_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        from ui.pages.conventions_page import TITLE_COLUMN, ConventionsPage

        page = ConventionsPage(demo_ctx)
        qtbot.addWidget(page)
        page.resize(1150, 650)
        page.show()
        done()
        header = page.panel.table.horizontalHeader()
        model = page.panel.table.model()
        for column in range(header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            if column != TITLE_COLUMN:
                assert header.sectionSize(column) >= \
                    header.fontMetrics().horizontalAdvance(title) + 12, title
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_agenda_counts_its_projects_with_their_noun(ui_app):
    from ui.i18n import projects_text

    assert [projects_text(n) for n in (1, 2, 5, 61, 100)] == [
        "مشروع واحد", "مشروعان", "5 مشاريع", "61 مشروعا", "100 مشروع"]
