"""Long work runs off the UI thread; results and errors come back on the main thread."""

from __future__ import annotations

import threading

from app.errors import DomainError
from ui.tasks import run_task


def test_work_runs_on_another_thread_and_succeeds_on_the_main_one(qtbot, ui_app):
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        progress.report(1, 2, "نصف الطريق")
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    run_task(None, "عمل طويل", work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_a_failure_is_delivered_and_a_cancel_stops_the_work(qtbot, ui_app):
    failures = []
    run_task(None, "عمل", lambda _p: (_ for _ in ()).throw(DomainError("خطأ")),
             lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].message == "خطأ"

    started, cancelled = threading.Event(), []

    def slow(progress):
        started.set()
        for step in range(1000):
            threading.Event().wait(0.005)
            progress.report(step, 1000)
        return "finished"

    handle = run_task(None, "عمل", slow, lambda r: cancelled.append(r), cancelled.append)
    started.wait(2)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert cancelled[0] != "finished" and "ألغيت" in cancelled[0].message


def test_writes_run_one_at_a_time_in_the_order_asked_on_one_worker(qtbot, ui_app):
    from ui.tasks import run_op, settle

    seen: list[tuple[int, threading.Thread]] = []
    running = threading.Semaphore(1)

    def write(n: int):
        def work():
            assert running.acquire(blocking=False), "two writes at once"
            threading.Event().wait(0.01)
            seen.append((n, threading.current_thread()))
            running.release()
        return work

    for n in range(5):
        run_op(None, write(n))
    settle()
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({t for _, t in seen}) == 1 and seen[0][1] is not threading.main_thread()


def test_a_long_print_keeps_the_window_alive_and_a_write_waits_behind_it(qtbot, ui_app):
    from PySide6.QtCore import QTimer

    from ui.tasks import run_op, run_query

    release, order, ticks = threading.Event(), [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def long_print(progress):
        release.wait(5)
        order.append("print")

    run_task(None, "طباعة", long_print, lambda _r: None)
    run_op(None, lambda: order.append("save"))
    run_query(None, lambda: "list", lambda r: order.append(r))
    qtbot.waitUntil(lambda: "list" in order, timeout=3000)  # reads do not wait for it
    qtbot.wait(200)
    assert order == ["list"] and len(ticks) >= 5, "the GUI thread went on meanwhile"
    release.set()
    qtbot.waitUntil(lambda: "save" in order, timeout=3000)
    assert order == ["list", "print", "save"]
    timer.stop()


def test_a_write_in_one_section_refreshes_every_page_that_shows_it(qtbot, ctx):
    from app.domain.programme import Edition
    from tests.gui.ops import saved
    from ui.dialogs.edition_dialog import EditionDialog
    from ui.pages.calls_panel import CallsPanel
    from ui.pages.programme_page import ProgrammePage

    calls = CallsPanel(ctx)
    programme = ProgrammePage(ctx)
    qtbot.addWidget(calls)
    qtbot.addWidget(programme)
    editions_before = programme.editions.proxy.rowCount()
    filter_before = calls.edition_filter.count()

    dialog = EditionDialog(ctx, Edition(year=2031, number=9))
    qtbot.addWidget(dialog)
    assert saved(dialog)

    assert programme.editions.proxy.rowCount() == editions_before + 1
    assert calls.edition_filter.count() == filter_before + 1


def test_what_committed_before_a_failure_is_still_announced(qtbot, ctx):
    from app.domain.programme import Edition
    from app.services import programme
    from app.services.changes import Kind
    from ui.tasks import run_op, settle

    heard, failures = [], []
    ctx.changed.connect(heard.append)

    def save_then_fail():
        programme.save_edition(ctx.db, ctx.actor, Edition(year=2032, number=1))
        raise DomainError("تعذر الجزء الثاني")

    run_op(None, save_then_fail, on_failure=failures.append)
    settle()
    assert failures[0].message == "تعذر الجزء الثاني"
    assert heard and heard[0].touches(Kind.EDITION)


def test_a_read_that_ends_after_its_widget_was_deleted_is_dropped(qtbot, ui_app):
    """A page rebuilt in the other language (or a closed dialog) while its list was being
    read: the rows arrive for a widget that is gone, and nothing must fail."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel

    from ui.tasks import run_query, settle

    release = threading.Event()
    seen = []

    class Page(QLabel):
        def loaded(self, rows):
            seen.append(rows)
            self.setText(str(rows))

    page = Page()
    run_query(None, lambda: release.wait(5) and [1, 2], page.loaded)
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    settle(10)
    assert seen == []
    alive = Page()
    run_query(None, lambda: [3], alive.loaded)
    settle(10)
    assert seen == [[3]] and alive.text() == "[3]"


def test_a_failure_whose_dialog_was_deleted_is_still_shown(qtbot, ui_app, recorded_messages):
    """A save that fails after its dialog was closed: its own error handler is gone, so the
    failure is shown in a box rather than lost."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.tasks import run_op, settle

    release = threading.Event()
    seen = []

    class Dialog(QDialog):
        def failed(self, error):
            seen.append(error)

    def work():
        release.wait(5)
        raise DomainError("لم يحفظ التعديل")

    dialog = Dialog()
    run_op(None, work, lambda _r: None, dialog.failed)
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    settle(10)
    assert seen == []
    assert any("لم يحفظ التعديل" in str(e) for e in recorded_messages.errors)
