"""Prints how long the foundation's everyday steps take on this machine.

Run: .venv/bin/python bench/bench_foundation.py
Figures only; no pass/fail. Goals: first start (migrations + the 1,503 communes) well under
a second; opening an existing database and listing communes in tens of milliseconds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.config import sqlite_url
from app.services import programme, territory
from app.services.demo import demo_administrator
from app.services.startup import open_database


def timed(label: str, func: Callable[[], object], repeat: int = 1) -> None:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    print(f"{label:<55} {statistics.median(runs) * 1000:8.1f} ms (median of {repeat})")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = sqlite_url(Path(folder) / "bench.sqlite")
        timed("first start: migrate + load territory", lambda: open_database(url).db.dispose())
        timed("open an up-to-date database", lambda: open_database(url).db.dispose(), 5)
        opened = open_database(url)
        db = opened.db
        actor = demo_administrator(db)
        assert actor is not None, "a new database has no account yet"
        timed("list 1,503 communes", lambda: territory.list_communes(db), 5)
        timed("search communes by name part", lambda: territory.list_communes(db, search="ait"), 5)
        timed("list quotas", lambda: programme.list_quotas(db), 5)
        timed("reload shipped territory (no change)",
              lambda: territory.load_reference_data(db, actor), 3)
        db.dispose()
        timed("CLI cold start: awrach db info",
              lambda: subprocess.run([sys.executable, "-m", "ui.launch", "--db",
                                      str(Path(folder) / "bench.sqlite"), "db", "info"],
                                     check=True, capture_output=True), 3)


if __name__ == "__main__":
    main()
