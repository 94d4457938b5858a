"""UI fixtures: the application prepared as `awrach` prepares it, message boxes recorded."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def ui_app(qapp):
    from ui.main import prepare_application

    return prepare_application("ar")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request):
    """As the app does: workers done, deferred deletions run, then collect here."""
    yield
    if "qapp" in request.fixturenames or "ui_app" in request.fixturenames:
        from PySide6.QtWidgets import QApplication

        from ui.tasks import wait_for_tasks

        wait_for_tasks()
        QApplication.processEvents()
        gc.collect()


class RecordedMessages:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.errors: list[str] = []

    def error(self, parent, title, text):
        self.shown.append((title, text))
        self.errors.append(text)

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


@pytest.fixture(autouse=True)
def _no_message_box_waits_for_a_click(request, monkeypatch):
    """A real message box would wait forever for a click no test gives: record it, and fail
    a test that did not expect an error with what the box said."""
    if "recorded_messages" in request.fixturenames:
        yield
        return
    from ui import errors

    unexpected = RecordedMessages()
    monkeypatch.setattr(errors, "messages", unexpected)
    yield
    assert not unexpected.errors, f"an error was shown: {unexpected.errors}"


@pytest.fixture
def ctx(ui_app, opened):
    from ui.context import AppContext

    return AppContext(opened.db, opened.actor)
