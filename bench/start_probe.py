"""One cold start of the window, the way `awrach` starts, instrumented: run as a new process.

    python bench/start_probe.py DATABASE USER PASSWORD     the application
    python bench/start_probe.py --floor                    a bare QApplication and window

Prints one JSON line when the main window has painted: CPU seconds of this process
(`time.process_time`, which counts from the process start, interpreter included) and
wall-clock times (`time.time`, for the parent to subtract its spawn time) at each step;
the password hashing of the sign-in, measured apart so a reader can leave it out (it is
the same whatever the screens do, and the person typing hides it); and which of the
modules the first screen must not need were imported by then.

The start is the real one (ui.launch.main, as the `awrach` command runs it), except that
the sign-in dialog is shown, painted and then answered by this script instead of a person.
Used by bench/bench_startup.py (figures) and tests/test_start_imports.py (the module list).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout

# What the first screen does not need: PDF, Excel, charts, fuzzy matching, migrations,
# the demo builder, the exchange packages, the audit chain's checks, the batch printer.
NOT_AT_START = (
    "reportlab", "segno", "arabic_reshaper", "bidi", "PIL", "matplotlib", "numpy",
    "openpyxl", "xlsxwriter", "python_calamine", "rapidfuzz", "alembic", "mako", "pygments",
    "app.documents", "app.io.xlsx", "app.services.demo", "app.services.exchange",
    "app.services.audit_chain", "app.services.printed",
)

marks: dict[str, tuple[float, float]] = {}


def mark(name: str) -> None:
    marks[name] = (time.process_time(), time.time())


def report(hashing: tuple[float, float]) -> None:
    print(json.dumps({
        "marks": marks, "hashing": hashing,
        "loaded": [name for name in NOT_AT_START if name in sys.modules],
    }), flush=True)


def floor() -> None:
    """A bare window: what any Qt application pays on this machine, for scale."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imports")
    app = QApplication([])

    class Painted(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                mark("painted")
                app.quit()
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.resize(1366, 728)
    window.show()
    app.exec()
    report((0.0, 0.0))


def start(database: str, user: str, password: str) -> None:
    from ui import launch  # the `awrach` entry point

    mark("entry point imported")
    # What launch imports once it knows a window is wanted, and in its order: Qt comes in
    # with ui.main, after the database stack (see ui/main.py).
    import ui.main as gui

    # isort: split
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    mark("window modules imported")
    hashing = [0.0, 0.0]

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Paint and "painted" not in marks
                    and isinstance(obj, QWidget) and isinstance(obj.window(), QMainWindow)):
                mark("painted")
                QApplication.quit()
            return False

    watcher = Painted()
    prepare = gui.prepare_application

    def prepare_application(lang: str) -> QApplication:
        app = prepare(lang)
        app.installEventFilter(watcher)
        mark("application ready")
        return app

    def sign_in(db: Any, parent: QWidget | None = None) -> Any:
        from app.services import users
        from ui.dialogs.sign_in_dialog import SignInDialog

        mark("database opened")
        dialog = SignInDialog(db, parent)
        dialog.show()
        QApplication.processEvents()  # shown and painted
        mark("sign-in dialog shown")
        cpu, wall = time.process_time(), time.time()
        actor = users.authenticate(db, user, password)
        hashing[:] = [time.process_time() - cpu, time.time() - wall]
        dialog.accept()
        mark("signed in")
        return actor

    gui.prepare_application = prepare_application  # type: ignore[assignment]
    gui.sign_in = sign_in
    launch.main(["--db", database, "--lang", "ar"])
    report((hashing[0], hashing[1]))


if __name__ == "__main__":
    if sys.argv[1:] == ["--floor"]:
        floor()
    else:
        start(*sys.argv[1:4])
