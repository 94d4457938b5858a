"""What a start builds: the first page only, and each list asked for once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


def test_a_page_is_built_on_its_first_visit(qtbot, ctx):
    from ui.main_window import MainWindow
    from ui.pages.beneficiaries_page import BeneficiariesPage
    from ui.pages.programme_page import ProgrammePage
    from ui.pages.settings_page import SettingsPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [type(p) for p in window.built_pages()] == [ProgrammePage]
    window.nav.setCurrentRow(7)
    assert isinstance(window.stack.currentWidget(), SettingsPage)
    window.nav.setCurrentRow(5)
    assert isinstance(window.stack.currentWidget(), BeneficiariesPage)
    assert len(window.built_pages()) == 3
    window.nav.setCurrentRow(7)
    assert window.stack.currentWidget() is window.settings_page, "built once, then kept"
    assert window.stack.count() == len(window.sections)


def test_the_settings_page_built_late_still_sets_the_screen_lock(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.settings_page
    page.idle_minutes_changed.emit(5)
    assert window.idle_lock.minutes == 5


def test_the_proposals_page_asks_for_its_list_once(qtbot, demo_ctx, monkeypatch):
    from ui.models.paged_table import PagedTableModel
    from ui.pages.proposals_page import ProposalsPage
    from ui.tasks import wait_for_tasks

    asked = []
    real = PagedTableModel.reload
    monkeypatch.setattr(PagedTableModel, "reload",
                        lambda model: asked.append(model) or real(model))
    page = ProposalsPage(demo_ctx)
    qtbot.addWidget(page)
    wait_for_tasks()
    assert len(asked) == 1
    assert page.province.value() is not None, "opens on the office's province"
    qtbot.waitUntil(lambda: page.panel.model.rowCount() > 0)


def test_the_first_screen_does_not_import_the_pdf_excel_or_migration_stack():
    """What a start loads is what the programme page and the sign-in need."""
    code = (
        "import sys; sys.path.insert(0, '.');"
        "import ui.main, ui.main_window, ui.pages.programme_page;"
        "heavy = [m for m in ('reportlab', 'openpyxl', 'alembic', 'mako', 'app.services.demo',"
        " 'app.documents.page', 'matplotlib') if m in sys.modules];"
        "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                         check=True).stdout.strip()
    assert out == ""
