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
