"""The one way the UI runs service calls that write or may take long: off the GUI thread.

Writes and long work go, in the order asked, to a single writer thread (Anki runs all
collection work on one executor), so two writes never race for SQLite's lock and the GUI
thread never waits on it. Reads that may take long (a window of a national list) go to a
reader thread, which WAL lets run beside a write. The success and failure callbacks run
on the GUI thread; what the write committed (`app.services.changes`) is handed to the
change listener first, so every page showing those records refreshes before the caller
goes on.

The workers never touch a Qt object: they only write plain Python state (progress,
result, error) that a timer on the GUI thread reads. A worker that emits signals or holds
the last reference to anything connected to Qt ends up destroying Qt connections from
the wrong thread, which crashed now and then (seen in tests, traced with gdb).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app.errors import DomainError
from app.services.changes import Changes, recording
from ui.i18n import tr

POLL_MS = 20
SHOW_PROGRESS_AFTER_MS = 400

_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="awrach-writer")
_reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="awrach-reader")
_pending: list[_Operation] = []
_change_listener: Callable[[Changes], None] | None = None
_timer: QTimer | None = None


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("ألغيت العملية.")


class Progress:
    """Passed to long work: report steps, and stop when the user cancels."""

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


def set_change_listener(listener: Callable[[Changes], None] | None) -> None:
    """The application context: told what each operation committed, on the GUI thread."""
    global _change_listener
    _change_listener = listener


class _Operation:
    """One submitted call, followed from the GUI thread until its callbacks have run."""

    def __init__(self, parent: QWidget | None, label: str,
                 on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None,
                 cancellable: bool, quiet: bool = False) -> None:
        self.parent = parent
        self.quiet = quiet
        self.progress = Progress()
        self.on_success = on_success
        self.on_failure = on_failure
        self.future: Future[Any] | None = None
        self.changes = Changes()  # set by the worker before its future completes
        self.delivered = False
        self.dialog: QProgressDialog | None = None
        self.label = label
        self.cancellable = cancellable
        self.ticks = 0

    def run(self, work: Callable[[Progress], Any]) -> Any:
        """Work of several service calls may fail after some committed: those still count."""
        with recording() as recorder:
            try:
                return work(self.progress)
            finally:
                self.changes = recorder.changes

    def make_dialog(self, show_after_ms: int) -> None:
        parent = self.parent if self.parent is not None and isValid(self.parent) else None
        self.dialog = QProgressDialog(self.label, tr("إلغاء") if self.cancellable else "",
                                      0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        if self.cancellable:
            self.dialog.canceled.connect(self.progress.cancel)
        else:
            self.dialog.setCancelButton(None)

    def poll(self) -> None:
        assert self.future is not None
        self.ticks += 1
        if not self.future.done():
            if (self.dialog is None and not self.quiet
                    and self.ticks * POLL_MS >= SHOW_PROGRESS_AFTER_MS):
                self.make_dialog(0)
            if self.dialog is not None:
                done, total, text = self.progress.state()
                self.dialog.setMaximum(total)
                self.dialog.setValue(done)
                if text:
                    self.dialog.setLabelText(text)
            return
        self.deliver()

    def deliver(self) -> None:
        """Run the callbacks once, on the GUI thread."""
        if self.delivered:
            return
        self.delivered = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if self in _pending:
            _pending.remove(self)
        assert self.future is not None
        error = self.future.exception()
        if self.changes and _change_listener is not None:
            _change_listener(self.changes)
        if error is None:
            if self.on_success is not None and not _owner_gone(self.on_success):
                self.on_success(self.future.result())
        elif self.on_failure is not None and not _owner_gone(self.on_failure):
            self.on_failure(error)
        else:
            # Nobody left to tell (or nobody asked): a failure is never dropped silently.
            from ui.errors import show_error

            parent = self.parent if self.parent is not None and isValid(self.parent) else None
            show_error(parent, error)


def _owner_gone(callback: Callable[..., Any]) -> bool:
    """Whether a callback is a method of a widget deleted while its work ran (a page
    rebuilt in the other language, a dialog closed): there is nothing left to show."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not isValid(owner)


def _submit(executor: ThreadPoolExecutor, parent: QWidget | None, label: str,
            work: Callable[[Progress], Any], on_success: Callable[[Any], None] | None,
            on_failure: Callable[[BaseException], None] | None,
            cancellable: bool, quiet: bool = False) -> Progress:
    operation = _Operation(parent, label, on_success, on_failure, cancellable, quiet)
    _pending.append(operation)
    if cancellable:  # there from the start, so the work can be cancelled at any time
        operation.make_dialog(SHOW_PROGRESS_AFTER_MS)
    operation.future = executor.submit(operation.run, work)
    _poll_timer().start()
    return operation.progress


def _poll_timer() -> QTimer:
    """One GUI-thread timer follows every pending call, and stops when none is left."""
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setInterval(POLL_MS)
        _timer.timeout.connect(_poll_all)
    return _timer


def _poll_all() -> None:
    for operation in list(_pending):
        operation.poll()
    if not _pending and _timer is not None:
        _timer.stop()


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], Any],
             on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None] | None = None) -> Progress:
    """Long work that reports progress and can be cancelled, on the writer thread."""
    return _submit(_writer, parent, label, work, on_success, on_failure, cancellable=True)


def run_op(parent: QWidget | None, work: Callable[[], Any],
           on_success: Callable[[Any], None] | None = None,
           on_failure: Callable[[BaseException], None] | None = None,
           label: str = "") -> Progress:
    """A write: queued on the writer; a dialog appears only if it has to wait."""
    return _submit(_writer, parent, label or tr("جار الحفظ..."), lambda _p: work(),
                   on_success, on_failure, cancellable=False)


def run_query(parent: QWidget | None, work: Callable[[], Any],
              on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None] | None = None,
              label: str = "", quiet: bool = False) -> Progress:
    """A read that may take long, beside whatever the writer is doing.

    `quiet` reads (rows fetched while scrolling) never put up a progress dialog.
    """
    return _submit(_reader, parent, label or tr("جار التحميل..."), lambda _p: work(),
                   on_success, on_failure, cancellable=False, quiet=quiet)


def busy() -> bool:
    return bool(_pending)


def settle(timeout: float = 30.0) -> None:
    """Wait for every submitted call and run its callbacks now (tests, shutdown).

    Callbacks may submit more work; that is waited for too.
    """
    while _pending:
        operation = _pending[0]
        assert operation.future is not None
        try:
            operation.future.exception(timeout)
        except TimeoutError:
            return
        operation.deliver()


def wait_for_tasks(timeout: float = 10.0) -> None:
    """Let running work finish and deliver what it gave."""
    settle(timeout)
