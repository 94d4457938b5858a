"""One helper to run long work off the UI thread, with a progress dialog that can cancel.

The work function gets a `Progress` to report and to check for cancellation; the success
and failure callbacks are delivered on the main thread. Widgets are never touched by the
worker (Anki's CollectionOp, Picard's run_task).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import DomainError
from ui.i18n import tr


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("ألغيت العملية.")


class Progress:
    """Passed to the work function: report steps, and stop when the user cancels."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 progress: Progress) -> None:
        super().__init__()
        self._work, self._signals, self._progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # delivered to the main thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


_running: set[_Signals] = set()


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], Any],
             on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None] | None = None) -> Progress:
    signals = _Signals()
    progress = Progress(signals)
    dialog = QProgressDialog(label, tr("إلغاء"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(progress.cancel)

    def update(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        _running.discard(signals)

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failure is not None:
            on_failure(exc)
        else:
            from ui.errors import show_error

            show_error(parent, exc)

    signals.progress.connect(update)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    _running.add(signals)
    QThreadPool.globalInstance().start(_Runner(work, signals, progress))
    return progress
