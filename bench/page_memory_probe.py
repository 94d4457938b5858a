"""The memory of the proposals page over a database, measured in a process of its own.

    python bench/page_memory_probe.py DATABASE     the real window on the proposals page
    python bench/page_memory_probe.py --floor      a bare QApplication and main window

Prints one JSON line: the peak resident memory of this process (MB) at each step, read as
the kernel's high-water mark of this process image (VmHWM in /proc/self/status), and its
`ru_maxrss` at the end. Linux carries a parent's resident size at the fork into the
child's `ru_maxrss` (a bench that holds 300 MB would read 300 MB here whatever the page
does); VmHWM starts again at the exec, so it is the figure, and equals `ru_maxrss` when the
parent is small. The page is the real one, as a secretary reaches it: the application prepared as
`awrach` prepares it (fonts, translations, right to left), the database opened as every
day, the main window shown at 1366x728 and its proposals section opened (which lists the
edition and province it opens on); then the whole list (every edition and province) is
shown and scrolled to its end and back to its middle, as someone looking for a row would.
The account is the database's administrator, built directly: signing in would hash a
password with Argon2, whose 64 MB would then be the peak whatever the page holds.
Used by bench/bench_lists.py.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout

marks: dict[str, float] = {}


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mark(name: str) -> None:
    marks[name] = peak_mb()


def paint(window: object) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.tasks import settle

    for _ in range(3):
        settle()
        QApplication.processEvents()
    window.grab()  # type: ignore[attr-defined]  # a real paint of every visible widget


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1366, 728)
    window.show()
    paint(window)
    mark("painted")
    del app


def page(database: str) -> None:
    from app.config import sqlite_url
    from app.domain.enums import UserRole
    from app.services.actor import Actor
    from app.services.startup import close_database, open_database
    from ui.context import AppContext
    from ui.main import prepare_application
    from ui.main_window import MainWindow
    from ui.pages.proposals_page import ProposalsPage

    mark("imported")
    app = prepare_application("ar")
    opened = open_database(sqlite_url(Path(database)))
    mark("database opened")
    window = MainWindow(AppContext(opened.db, Actor("admin", "المدير", UserRole.ADMIN)))
    window.resize(1366, 728)
    window.show()
    proposals = window.page_of(ProposalsPage)
    window.stack.setCurrentWidget(proposals)
    paint(window)
    mark("proposals page painted")
    proposals.edition.select(None)
    proposals.province.select(None)
    paint(window)
    table, model = proposals.panel.table, proposals.panel.model
    rows = model.rowCount()
    for row in (rows - 1, rows // 2):
        table.scrollTo(model.index(row, 0))
        paint(window)
    mark(f"whole list ({rows:,} rows) shown and scrolled")
    close_database(opened.db)
    del app


if __name__ == "__main__":
    if sys.argv[1:] == ["--floor"]:
        floor()
    else:
        page(sys.argv[1])
    print(json.dumps({"marks": marks, "ru_maxrss": resource.getrusage(
        resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
