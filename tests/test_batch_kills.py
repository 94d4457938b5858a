"""A ceremony batch killed at any moment (issue 11, item 8): every PDF left on disk is
one verify knows, and the worker processes die with the batch.

The batch runs as `awrach print conventions` in a child process over the 61 demo
conventions (so in two worker processes on a two-core machine), killed with SIGKILL once
a random number of files are out; a few kills, then every PDF in the folder is checked.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app.services import conventions, printed, programme
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for processes")


def descendants(pid: int) -> set[int]:
    """The processes started, directly or not, by `pid` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def batch(db_path: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AWRACH_USER": ADMIN, "AWRACH_PASSWORD": ADMIN_PASSWORD,
           "AWRACH_BATCH_PROCESSES": "2"}  # the worker path, whatever the load here
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "print", "conventions", "--db", str(db_path),
         "--edition", "2023", "--out", str(out)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_batch_killed_at_random_leaves_only_registered_pdfs_and_no_worker(
        demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    edition = programme.find_edition(db, 2023)
    conventions.draw_up(db, actor, [p for p, _, _ in conventions.proposals_without_convention(
        db, edition.id)], on=date(2023, 6, 15))
    db_path = tmp_path / "awrach.sqlite"
    out = tmp_path / "ceremony"
    chance = random.Random(os.environ.get("PYTEST_SEED", "11"))
    kills, workers_seen = 0, 0
    for round_ in range(3):
        before = len(list(out.glob("*.pdf"))) if out.exists() else 0
        wanted = before + chance.randint(1, 12)
        child = batch(db_path, out)
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            if out.exists() and len(list(out.glob("*.pdf"))) >= wanted:
                break
            time.sleep(0.01)
        if round_ == 2 and child.poll() is None:
            out_of_step = chance.uniform(0, 0.15)  # between two files, not just after one
            time.sleep(out_of_step)
        family = descendants(child.pid)
        workers_seen += len(family)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
        gone_by = time.monotonic() + 10
        while any(alive(pid) for pid in family) and time.monotonic() < gone_by:
            time.sleep(0.05)
        assert not [pid for pid in family if alive(pid)], "workers outlived the batch"
        pdfs = sorted(out.glob("*.pdf"))
        for pdf in pdfs:
            result = printed.verify_pdf(db, pdf)
            assert result.matches, (pdf.name, result.message)
            assert result.kind == "convention"
    assert kills >= 2
    assert workers_seen, "the batches ran worker processes"
    assert len(pdfs) >= 3
