"""Sensible defaults and honest actions: dates inside the period worked on, a preview that
records nothing, an empty page that says what to do, menus that only offer what applies."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.dates import day_within
from app.paths import translations_dir
from app.services import calls, conventions, programme, territory
from tests.gui.ops import done, elsewhere
from ui.context import AppContext
from ui.widgets.inputs import date_value


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


def test_a_day_is_brought_inside_a_period():
    first, last = date(2023, 3, 1), date(2023, 12, 31)
    assert day_within(date(2026, 5, 2), first, last) == last
    assert day_within(date(2022, 5, 2), first, last) == first
    assert day_within(date(2023, 5, 2), first, last) == date(2023, 5, 2)
    assert day_within(date(2026, 5, 2), None, None) == date(2026, 5, 2)


def test_a_new_proposal_is_dated_inside_its_call(qtbot, demo_ctx):
    from ui.dialogs.proposal_dialog import ProposalDialog

    edition = programme.find_edition(demo_ctx.db, 2023)
    khenifra = territory.find_province(demo_ctx.db, "05.301")
    [call] = calls.list_calls(demo_ctx.db, edition.id, khenifra.id)
    dialog = ProposalDialog(demo_ctx, None, edition.id, khenifra.id)
    qtbot.addWidget(dialog)
    assert dialog.call.value() == call.id
    received = date_value(dialog.received_on)
    assert call.opens_on <= received <= call.closes_on
    assert edition.starts_on <= date_value(dialog.starts_on) <= edition.ends_on


def test_conventions_are_drawn_up_on_a_day_of_their_edition(qtbot, demo_ctx):
    from ui.dialogs.draw_up_dialog import DrawUpDialog

    edition = programme.find_edition(demo_ctx.db, 2023)
    dialog = DrawUpDialog(demo_ctx, edition.id)
    qtbot.addWidget(dialog)
    assert edition.starts_on <= date_value(dialog.on) <= edition.ends_on


def test_a_preview_records_no_print_and_says_when_no_viewer_opens_it(
        qtbot, demo_ctx, monkeypatch, recorded_messages, tmp_path):
    from ui.dialogs import convention_dialog
    from ui.dialogs.convention_dialog import ConventionDialog

    edition = programme.find_edition(demo_ctx.db, 2023)
    waiting = conventions.proposals_without_convention(demo_ctx.db, edition.id)
    [made] = elsewhere(lambda: conventions.draw_up(demo_ctx.db, demo_ctx.actor,
                                                   [waiting[0][0]], on=date(2023, 6, 20)))
    monkeypatch.setattr(convention_dialog, "open_document", lambda path: False)
    monkeypatch.setattr(convention_dialog.tempfile, "gettempdir", lambda: str(tmp_path))

    def prints() -> int:
        with demo_ctx.db.engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM printed_documents")).scalar()

    before, status = prints(), conventions.get_summary(demo_ctx.db, made).status
    dialog = ConventionDialog(demo_ctx, made)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    done()
    [(title, message)] = recorded_messages.shown
    assert title == "معاينة" and "PDF" in message and str(tmp_path) in message
    assert prints() == before
    assert conventions.get_summary(demo_ctx.db, made).status == status
    assert list(tmp_path.rglob("*.pdf")), "the preview was written"


def test_the_empty_conventions_page_says_how_to_draw_them_up(qtbot, demo_ctx):
    from ui.pages.conventions_page import ConventionsPage

    page = ConventionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    done()
    hint = page.findChild(QLabel, "emptyHint")
    assert hint.isVisible() and "تحرير اتفاقيات" in hint.text()
    edition = programme.find_edition(demo_ctx.db, 2023)
    waiting = conventions.proposals_without_convention(demo_ctx.db, edition.id)
    elsewhere(lambda: conventions.draw_up(demo_ctx.db, demo_ctx.actor, [waiting[0][0]],
                                          on=date(2023, 6, 20)))
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1)
    assert not hint.isVisible()


def test_each_list_has_one_excel_button(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    for row in range(len(window.sections)):
        window.nav.setCurrentRow(row)
    from ui.widgets.list_panel import TablePanel

    for page in window.built_pages():
        for panel in page.findChildren(TablePanel):
            exports = [b for b in panel.findChildren(QPushButton) if b.text() == "تصدير Excel"]
            assert len(exports) <= 1, f"{type(page).__name__} repeats its Excel button"


def test_settings_list_domains_by_name(qtbot, ctx):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    headers = page.domains.model.headers()
    assert "الرمز" not in headers and headers[0] == "الاسم بالعربية"


def test_the_demo_is_offered_on_an_empty_database(qtbot, ctx):
    from ui.main_window import MainWindow

    empty = MainWindow(ctx)
    qtbot.addWidget(empty)
    assert empty.demo_action.isVisible()


def test_the_demo_is_not_offered_on_a_database_with_editions(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    filled = MainWindow(demo_ctx)
    qtbot.addWidget(filled)
    assert not filled.demo_action.isVisible()


def test_about_credits_the_data_in_the_interface_language(qtbot, ui_app):
    from ui.dialogs.about_dialog import AboutDialog

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "awrach_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        credit = dialog.findChild(QLabel, "attribution").text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Haut-Commissariat au Plan" in credit and "OpenStreetMap" in credit
    arabic = AboutDialog()
    qtbot.addWidget(arabic)
    assert "المندوبية السامية للتخطيط" in arabic.findChild(QLabel, "attribution").text()
