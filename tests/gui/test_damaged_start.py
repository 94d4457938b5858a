"""A database found damaged at start: the window offers its newest good backup, and once
restored the program opens the restored data (the damaged file kept aside)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from app.config import sqlite_url
from app.services import users
from app.services.startup import close_database
from app.storage.sqlite_files import automatic_backup
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_backup import spoil
from ui.dialogs import damaged_dialog
from ui.main import open_offering_restore


@pytest.fixture
def damaged(template_db, tmp_path) -> tuple[Path, Path]:
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    good = automatic_backup(path, "start", 10)
    spoil(path)
    return path, good


def answered(monkeypatch, qtbot, answer):
    """Stand in for the user in front of the dialog: `answer(dialog)` returns its code."""
    seen: list[damaged_dialog.DamagedDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        return answer(dialog)

    monkeypatch.setattr(damaged_dialog.DamagedDialog, "exec", exec_)
    return seen


def test_restoring_the_offered_backup_opens_the_restored_data(
        qtbot, ui_app, damaged, monkeypatch, recorded_messages):
    path, good = damaged
    damaged_bytes = path.read_bytes()

    def restore(dialog):
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert str(path) in dialog.findChildren(type(dialog.heading))[0].text()
        assert good.name in dialog.table.item(0, 2).text()
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.result_ is not None or bool(recorded_messages.errors))
        assert not recorded_messages.errors
        return dialog.result()

    seen = answered(monkeypatch, qtbot, restore)
    opened = open_offering_restore(sqlite_url(path))
    [dialog] = seen
    try:
        assert opened is not None
        assert users.authenticate(opened.db, ADMIN, ADMIN_PASSWORD).username == ADMIN
    finally:
        close_database(opened.db)
    kept = dialog.result_.previous_kept_as
    assert kept.read_bytes() == damaged_bytes and kept.parent.name.startswith("damaged-")
    assert any("استرجعت" in text for _title, text in recorded_messages.shown)


def test_leaving_changes_nothing(qtbot, ui_app, damaged, monkeypatch):
    path, _good = damaged
    before = path.read_bytes()
    answered(monkeypatch, qtbot, lambda dialog: QDialog.DialogCode.Rejected)
    assert open_offering_restore(sqlite_url(path)) is None
    assert path.read_bytes() == before


def test_the_file_menu_runs_the_full_check_and_says_the_result(qtbot, ctx, recorded_messages):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.text() == "فحص كامل لقاعدة البيانات"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    assert "سليمة" in recorded_messages.shown[-1][1] and not recorded_messages.errors
