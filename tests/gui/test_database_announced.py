"""Whoever starts the window (scripts/run.sh, a shortcut) is told which database it opened:
on the terminal and in the log, with the schema revision."""

from __future__ import annotations

import logging
import shutil

from app.config import sqlite_url
from app.storage.upgrade import head_revision
from ui import main


def test_the_window_says_which_database_it_opened(template_db, tmp_path, ui_app,
                                                  monkeypatch, capsys, caplog):
    path = tmp_path / "office" / "awrach.sqlite"
    path.parent.mkdir()
    shutil.copyfile(template_db, path)
    monkeypatch.setattr(main, "setup_logging", lambda: None)
    monkeypatch.setattr(main, "ExceptHook", lambda: None)
    monkeypatch.setattr(main, "sign_in", lambda db: None)  # the user closes the log-in
    with caplog.at_level(logging.INFO, logger="awrach"):
        assert main.run_gui(sqlite_url(path)) == 0
    line = f"Awrach Desk: database opened: {path} (schema revision {head_revision()})"
    assert capsys.readouterr().out.splitlines() == [line]
    assert line in caplog.messages
