"""Switching the language on an open window: direction, labels, open dialogs, the setting."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.domain import formats
from app.services.changes import Changes, Kind
from app.settings import LANGUAGE, STORE
from tests.gui.ops import done, saved
from ui import language
from ui.dialogs.partner_dialog import PartnerDialog
from ui.i18n import date_text, money_text
from ui.main import language as starting_language
from ui.main_window import MainWindow, navigation_titles
from ui.pages.partners_page import PartnersPage


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    yield window
    language.apply("ar")


def caption_of(dialog, field: str) -> str:
    editor = dialog.form._editors[field]
    return dialog.form._layout.labelForField(editor.parentWidget()).text()


def test_french_and_back_on_an_open_window_with_a_dialog_open(qtbot, window, ctx):
    window.nav.setCurrentRow(1)  # the partners
    dialog = PartnerDialog(ctx, None, parent=window.partners_page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert caption_of(dialog, "name_ar") == "الاسم بالعربية"
    dialog.legal_representative.setText("الشركاء")  # typed: stays as typed, even a catalog word

    window.languages.actions["fr"].trigger()

    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert navigation_titles(window)[:3] == ["Programme et quotas", "Partenaires",
                                             "Projets proposés"]
    assert window.menuBar().actions()[0].text() == "&Fichier"
    # Same section, rebuilt in French; same signed-in user and database.
    assert window.nav.currentRow() == 1
    page = window.stack.currentWidget()
    assert isinstance(page, PartnersPage)
    assert page.panel.table.model().headerData(0, Qt.Orientation.Horizontal) == "Type"
    assert ctx.actor.full_name in window.user_label.text()
    assert ctx.db.display_name in window.database_label.text()
    # The open dialog followed, and its validation errors read in French under the field.
    assert dialog.isVisible()
    assert caption_of(dialog, "name_ar") == "Nom en arabe"
    assert dialog.legal_representative.text() == "الشركاء"
    assert not saved(dialog)
    assert dialog.form.error_text("name_ar") == "Nom en arabe : obligatoire."
    # Figures and dates on screen in the French way, by the documents' own helper.
    assert money_text(Decimal("1836000")) == "1\u00a0836\u00a0000,00 DH"
    assert date_text(date(2023, 5, 26)) == "26 mai 2023"
    # The navigation sits on the left in French.
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() < window.width() / 2

    window.languages.actions["ar"].trigger()

    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert navigation_titles(window)[1] == "الشركاء"
    assert caption_of(dialog, "name_ar") == "الاسم بالعربية"
    assert dialog.form.error_text("name_ar") == "الاسم بالعربية: إلزامي."
    assert window.nav.currentRow() == 1
    assert money_text(Decimal("1836000")) == formats.money(Decimal("1836000")) \
        == "1.836.000,00 درهم"
    assert date_text(date(2023, 5, 26)) == "26 ماي 2023"


def test_the_choice_made_in_the_settings_is_kept_for_the_next_start(qtbot, window):
    page = window.settings_page
    window.nav.setCurrentRow(window.stack.indexOf(page))
    page.language.setCurrentIndex(page.language.findData("fr"))

    assert LANGUAGE.get() == "fr"
    assert json.loads(STORE.path.read_text(encoding="utf-8"))["language"] == "fr"
    assert starting_language(None) == "fr"  # what the next start applies
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    rebuilt = window.stack.currentWidget()
    assert rebuilt is not page and rebuilt.language.currentData() == "fr"
    assert window.windowTitle() != "مكتب أوراش"


def test_the_pages_left_behind_no_longer_answer_changes(qtbot, window, ctx):
    """A page rebuilt in the new language replaces the old one, whose handlers (connected
    to the data-changed signal) must never run on a deleted widget."""
    old = window.settings_page
    window.nav.setCurrentRow(window.stack.indexOf(old))
    window.languages.actions["fr"].trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old pages go
    ctx.announce(Changes.of(*Kind))  # pytest-qt fails the test on an error in a slot
    done()
    new = window.settings_page
    assert new is not old and new.ctx.db is ctx.db and new.ctx.actor is ctx.actor
    assert new.domains.table.model().rowCount() > 0
