"""The keyboard path of every list: type, Down into the rows, Enter opens; every button of a
page names its shortcut in its tooltip."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog

from ui.context import AppContext

KEYS = re.compile(r"Ctrl\+|Alt\+|\bF\d+\b|Enter|Delete|Esc")


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def test_down_from_the_search_box_and_enter_open_a_partner(qtbot, demo_ctx, monkeypatch):
    from ui.dialogs.partner_dialog import PartnerDialog
    from ui.pages.partners_page import PartnersPage

    opened = []
    monkeypatch.setattr(PartnerDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page = shown(qtbot, PartnersPage(demo_ctx))
    panel = page.panel
    panel.search.setFocus()
    panel.search.insert("الأطلس")  # typed (QTest types ASCII only)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.model.reloading and panel.model.rowCount() > 0)
    wanted = panel.model.record(0)
    assert "الأطلس" in wanted.name_ar
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentIndex().row() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    [dialog] = opened
    assert dialog.name_ar.text() == wanted.name_ar


def test_the_same_path_opens_an_edition_and_up_goes_back_to_the_search(
        qtbot, demo_ctx, monkeypatch):
    from ui.dialogs.edition_dialog import EditionDialog
    from ui.pages.programme_page import ProgrammePage

    opened = []
    monkeypatch.setattr(EditionDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page = shown(qtbot, ProgrammePage(demo_ctx))
    panel = page.editions
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "2022")
    assert panel.proxy.rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is panel.search
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    [dialog] = opened
    assert dialog.year.value() == 2022


def test_every_button_of_every_page_names_its_shortcut(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    silent = []
    for row in range(len(window.sections)):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        for button in page.findChildren(QAbstractButton):
            if button.text() and not KEYS.search(button.toolTip()):
                silent.append(f"{window.sections[row][0]}: {button.text()}")
    assert silent == []


def test_ctrl_e_exports_the_list_it_is_pressed_in(qtbot, demo_ctx, monkeypatch):
    from ui.pages.partners_page import PartnersPage

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or ("", "")))
    page = shown(qtbot, PartnersPage(demo_ctx))
    page.panel.table.setFocus()
    qtbot.keyClick(page.panel.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert "Ctrl+E" in page.panel.export_button.toolTip()
