"""UI fixtures: the application prepared as `awrach` prepares it, message boxes recorded."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def ui_app(qapp):
    from ui.main import prepare_application

    return prepare_application("ar")


class RecordedMessages:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def error(self, parent, title, text):
        self.shown.append((title, text))

    def info(self, parent, title, text):
        self.shown.append((title, text))

    def confirm(self, parent, title, text):
        self.shown.append((title, text))
        return True


@pytest.fixture
def recorded_messages(monkeypatch):
    from ui import errors

    recorded = RecordedMessages()
    monkeypatch.setattr(errors, "messages", recorded)
    return recorded


@pytest.fixture
def ctx(ui_app, opened):
    from ui.context import AppContext

    return AppContext(opened.db, opened.actor)
