"""Kill a writer at random moments and count what survived: no commit may be lost.

Run: .venv/bin/python bench/bench_crash.py [--kills 100] [--db FILE]
Figures only; target: 0 lost, 0 extra, 0 partial, integrity "ok" after every kill.

A child process saves partner bodies through the real service (`partners.save_partner`:
the record, its audit entries and its change-log row in one transaction) as fast as it
can, printing "begin ID" before each save and "commit ID" once the service returned. The
parent SIGKILLs it after a random delay, then checks the file with
`PRAGMA integrity_check` and compares:
- lost: reported committed but absent (what WAL with synchronous=FULL must never allow);
- extra: present but never begun (impossible unless ids are mixed up);
- partial: a partner without its audit entry or the reverse (a half transaction).
A save that was begun, not reported, and is present is fine: it committed just before
the kill reached the child's output.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "جمعية التحمل"


def child(path: Path) -> None:
    """The writer: saves until killed."""
    sys.path.insert(0, str(ROOT))
    from app.config import sqlite_url
    from app.domain.enums import PartnerKind
    from app.domain.partners import Partner
    from app.services import partners
    from app.services.actor import SYSTEM
    from app.storage.database import Database

    db = Database(sqlite_url(path))
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    number = 0
    while True:
        number += 1
        name = f"{PREFIX} {os.getpid()}-{number}"
        out.write(f"begin {name}\n")
        out.flush()
        partners.save_partner(db, SYSTEM, Partner(PartnerKind.ASSOCIATION, name,
                                                  legal_representative="سعيد"))
        out.write(f"commit {name}\n")
        out.flush()


def prepare(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from app.config import sqlite_url
    from app.services.startup import open_database

    open_database(sqlite_url(path)).db.dispose()


def check(path: Path) -> tuple[str, set[str], int]:
    """integrity_check's answer, the partner names present, the partial transactions."""
    with sqlite3.connect(path, timeout=30) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute(
            "SELECT p.id, p.name_ar, (SELECT count(*) FROM audit_log a "
            "WHERE a.entity = 'partners' AND replace(a.entity_id, '-', '') = p.id) "
            "FROM partners p WHERE p.name_ar LIKE ?", (f"{PREFIX}%",)).fetchall()
        orphans = connection.execute(
            "SELECT count(*) FROM audit_log a WHERE a.entity = 'partners' AND NOT EXISTS "
            "(SELECT 1 FROM partners p WHERE replace(a.entity_id, '-', '') = p.id)"
        ).fetchone()[0]
    connection.close()
    partial = sum(1 for _, _, audited in rows if audited == 0) + orphans
    return integrity, {name for _, name, _ in rows}, partial


def run(kills: int, path: Path, seed: int) -> int:
    rng = random.Random(seed)
    prepare(path)
    begun: set[str] = set()
    committed: set[str] = set()
    problems: list[str] = []
    started = time.perf_counter()
    for kill in range(1, kills + 1):
        process = subprocess.Popen([sys.executable, __file__, "--child", str(path)],
                                   stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise SystemExit("the writer did not start")
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside a transaction, or between two
        process.send_signal(signal.SIGKILL)
        output = process.stdout.read()
        process.wait()
        for line in output.splitlines():
            what, _, name = line.partition(" ")
            (begun if what == "begin" else committed).add(name)
        integrity, present, partial = check(path)
        lost, extra = committed - present, present - begun
        if integrity != "ok" or lost or extra or partial:
            problems.append(f"kill {kill}: integrity={integrity} lost={len(lost)} "
                            f"extra={len(extra)} partial={partial}")
    integrity, present, partial = check(path)
    seconds = time.perf_counter() - started
    print(f"kills: {kills}  commits reported: {len(committed)}  present: {len(present)}  "
          f"(begun, not reported, present: {len(present - committed)})")
    print(f"losses: {len(committed - present)} (target 0)  extra: {len(present - begun)} "
          f"(target 0)  partial transactions: {partial} (target 0)  "
          f"integrity_check: {integrity}")
    print(f"{seconds:.0f} s; SQLite journal_mode=WAL, synchronous=FULL (app/storage/database.py)")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--db", type=Path, help="database file to use (default: a new one)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    if args.db:
        return run(args.kills, args.db, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        return run(args.kills, Path(folder) / "crash.sqlite", args.seed)


if __name__ == "__main__":
    sys.exit(main())
