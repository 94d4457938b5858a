"""One helper to run long work off the UI thread, with a progress dialog that can cancel.

The work function gets a `Progress` to report and to check for cancellation; the success
and failure callbacks run on the GUI thread (Anki's CollectionOp, Picard's run_task).

The worker never touches a Qt object: it only writes plain Python state (progress, result,
error) that a timer on the GUI thread reads. A worker that emits signals or holds the last
reference to anything connected to Qt ends up destroying Qt connections from the wrong
thread, which crashed now and then (seen in tests, traced with gdb).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import DomainError
from ui.i18n import tr

POLL_MS = 50
_workers: set[threading.Thread] = set()


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("ألغيت العملية.")


class Progress:
    """Passed to the work function: report steps, and stop when the user cancels."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[int, int, str] = (0, 0, "")
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        with self._lock:
            self._state = (done, total, text)

    def state(self) -> tuple[int, int, str]:
        with self._lock:
            return self._state

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Outcome:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


def _work_in_thread(work: Callable[[Progress], Any], progress: Progress,
                    outcome: _Outcome) -> None:
    try:
        outcome.result = work(progress)
    except BaseException as exc:  # delivered to the GUI thread, never lost
        outcome.error = exc
    finally:
        outcome.done.set()
        _workers.discard(threading.current_thread())


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], Any],
             on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None] | None = None) -> Progress:
    progress, outcome = Progress(), _Outcome()
    dialog = QProgressDialog(label, tr("إلغاء"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(lambda: progress.cancel())
    timer = QTimer(dialog)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        done, total, text = progress.state()
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)
        if not outcome.done.is_set():
            return
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
        if outcome.error is None:
            on_success(outcome.result)
        elif on_failure is not None:
            on_failure(outcome.error)
        else:
            from ui.errors import show_error

            show_error(parent, outcome.error)

    timer.timeout.connect(poll)
    worker = threading.Thread(target=_work_in_thread, args=(work, progress, outcome),
                              name="awrach-task", daemon=True)
    _workers.add(worker)
    timer.start()
    worker.start()
    return progress


def wait_for_tasks(timeout: float = 10.0) -> None:
    """For tests and shutdown: let running work finish (its results are then polled)."""
    for worker in list(_workers):
        worker.join(timeout)
