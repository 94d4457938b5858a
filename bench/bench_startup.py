"""Prints the cold start of the window, process start to first paint, beside the 1 s target.

Run: .venv/bin/python bench/bench_startup.py [--national PATH]
Figures only; no pass/fail. Each start is a new Python process (offscreen Qt) that opens
the database as `awrach` does (check, backup rule, upgrade check, territory), signs in the
demo administrator, builds the main window and waits for its first paint. The password
hashing of the sign-in is measured apart and left out: it is the same whatever the
screens do, and the person typing hides it. Two databases: the Khenifra demo, and a
national-scale one (the demo plus 50,000 partners and 200,000 proposals, made once by
bench/bench_lists.py's `fill` and kept at --national for the next runs).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout, not another one installed in the venv
TARGET_SECONDS = 1.0
RUNS = 5


def child(path: str) -> None:
    """One start, in this process: prints the sign-in hashing time, then 'painted'."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.config import sqlite_url
    from app.services import demo, users
    from app.services.startup import close_database, open_database
    from ui.context import AppContext
    from ui.main import prepare_application
    from ui.main_window import MainWindow

    app = prepare_application("ar")
    opened = open_database(sqlite_url(Path(path)))
    started = time.perf_counter()
    actor = users.authenticate(opened.db, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    print(f"sign-in {time.perf_counter() - started:.3f}", flush=True)

    class Painted(QObject):
        seen = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    window = MainWindow(AppContext(opened.db, actor))
    window.resize(1366, 728)
    window.show()
    deadline = time.perf_counter() + 30
    while not watcher.seen and time.perf_counter() < deadline:
        QApplication.processEvents()
    print("painted", flush=True)
    window.close()
    close_database(opened.db)


def one_start(path: Path) -> float:
    """Wall time from spawning the process to its first paint, less the sign-in hashing."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path)], cwd=ROOT, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert process.stdout is not None
    hashing = 0.0
    for line in process.stdout:
        if line.startswith("sign-in "):
            hashing = float(line.split()[1])
        if line.strip() == "painted":
            elapsed = time.perf_counter() - started - hashing
            break
    else:
        raise RuntimeError("the window never painted")
    process.wait()
    return elapsed


def make_demo(path: Path) -> None:
    from app.config import sqlite_url
    from app.services import demo
    from app.services.startup import close_database, open_database

    opened = open_database(sqlite_url(path))
    actor = demo.demo_administrator(opened.db)
    assert actor is not None
    demo.build_demo(opened.db, actor)
    close_database(opened.db)


def make_national(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_lists import fill  # type: ignore[import-not-found]

    from app.config import sqlite_url
    from app.services.startup import close_database, open_database

    make_demo(path)
    opened = open_database(sqlite_url(path))
    fill(opened.db, random.Random(4711))
    close_database(opened.db)


def report(name: str, path: Path) -> None:
    one_start(path)  # the first start after building may check the file; then as daily
    times = [one_start(path) for _ in range(RUNS)]
    size = path.stat().st_size / 2**20
    print(f"{name:<10} {size:6.0f} MB  cold start to first paint: median "
          f"{statistics.median(times):.2f} s, worst {max(times):.2f} s "
          f"(target < {TARGET_SECONDS:.1f} s; {RUNS} runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child")
    parser.add_argument("--national", default=str(Path(tempfile.gettempdir())
                                                  / "awrach-bench-national.sqlite"))
    parser.add_argument("--skip-national", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    print(f"Cold start, offscreen, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        demo_path = Path(folder) / "demo.sqlite"
        make_demo(demo_path)
        report("demo", demo_path)
    if not args.skip_national:
        national = Path(args.national)
        if not national.exists():
            print(f"building the national database at {national} (once)...", flush=True)
            make_national(national)
        report("national", national)


if __name__ == "__main__":
    main()
