"""Turning errors into Arabic messages, and the global exception hook."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError, ValidationError
from app.paths import log_dir
from ui.i18n import tr

log = logging.getLogger("awrach")



class MessageService:
    """Message boxes behind one object, so tests can replace them (as Picard does)."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


messages = MessageService()


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(f"• {e.message}" for e in exc.errors)
    if isinstance(exc, DomainError):
        return exc.message
    return tr("حدث خطأ غير متوقع. سجلت تفاصيله في ملف السجل:") + f"\n{log_dir()}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, DomainError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    messages.error(parent, tr("تعذر إتمام العملية"), describe(exc))


def setup_logging() -> None:
    handler = RotatingFileHandler(log_dir() / "awrach.log", maxBytes=1_000_000, backupCount=5,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class _Relay(QObject):
    """Carries an exception raised on any thread to the main thread's dialog."""

    raised = Signal(str)


class ExceptHook:
    """Logs every uncaught exception and shows it in a dialog on the main thread."""

    def __init__(self) -> None:
        self._relay = _Relay()
        self._relay.raised.connect(self._show)
        sys.excepthook = self._hook

    def _hook(self, kind: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        self._relay.raised.emit(describe(exc))

    def _show(self, text: str) -> None:
        messages.error(None, tr("خطأ"), text)
