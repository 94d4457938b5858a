"""Prints the cold start of the window, process start to first paint, beside the 1 s target.

Run: .venv/bin/python bench/bench_startup.py [--national PATH] [--skip-national]
Figures only; no pass/fail. Each start is a new Python process (offscreen Qt) running
bench/start_probe.py: the real start of `awrach` (ui.launch.main: the command line, the
database opened as every day (check, backup rule, upgrade check), the sign-in dialog
shown and painted, then the main window and its first page painted), with the password
hashing of the sign-in measured apart and left out (it is the same whatever the screens
do, and the person typing hides it).

The machine these figures come from is shared (2 cores, other work running): wall times
swing with the load, so each start is printed as CPU time of the process (interpreter
start included) beside its wall time, both less the hashing, with a floor measured in the
same run: a bare QApplication and an empty QMainWindow shown until their first paint.
The app's modules are compiled to bytecode first, as an installed copy has them (a
checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile them at every start).

Two databases: the Khenifra demo, and a national-scale one (the demo plus 50,000 partners
and 200,000 proposals, made once by bench/bench_lists.py's `fill` and kept at --national
for the next runs).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout, not another one installed in the venv
PROBE = ROOT / "bench" / "start_probe.py"
TARGET_SECONDS = 1.0
RUNS = 5
STEPS = ("entry point imported", "window modules imported", "application ready",
         "database opened", "sign-in dialog shown", "signed in", "painted")


def probe(*arguments: str) -> dict[str, Any]:
    """One start in a new process: its marks as (CPU, wall since spawn) less the hashing
    where it came before, and the modules it had loaded."""
    spawned = time.time()
    done = subprocess.run([sys.executable, str(PROBE), *arguments], cwd=ROOT, check=True,
                          capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    hash_cpu, hash_wall = result["hashing"]
    steps: dict[str, tuple[float, float]] = {}
    for name, (cpu, wall) in result["marks"].items():
        after_hashing = name in ("signed in", "painted")
        steps[name] = (cpu - (hash_cpu if after_hashing else 0),
                       wall - spawned - (hash_wall if after_hashing else 0))
    result["steps"] = steps
    return result


def median_steps(runs: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    names = [name for name in STEPS if name in runs[0]["steps"]] or list(runs[0]["steps"])
    return {name: (statistics.median(r["steps"][name][0] for r in runs),
                   statistics.median(r["steps"][name][1] for r in runs)) for name in names}


def floor() -> tuple[float, float]:
    runs = [probe("--floor") for _ in range(RUNS)]
    return median_steps(runs)["painted"]


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


def report(name: str, path: Path, bare: tuple[float, float]) -> None:
    arguments = (str(path), "admin", "awrach-demo-1")  # the demo's administrator
    probe(*arguments)  # the first start after building may check the file; then as daily
    runs = [probe(*arguments) for _ in range(RUNS)]
    steps = median_steps(runs)
    cpu, wall = steps["painted"]
    hashing = statistics.median(r["hashing"][0] for r in runs)
    size = path.stat().st_size / 2**20
    print(f"{name} ({size:.0f} MB): cold start to first paint, median of {RUNS}: "
          f"{cpu:.2f} s CPU, {wall:.2f} s wall (worst "
          f"{max(r['steps']['painted'][1] for r in runs):.2f} s wall); target < "
          f"{TARGET_SECONDS:.1f} s; floor {bare[0]:.2f} s CPU, {bare[1]:.2f} s wall; "
          f"sign-in hashing left out: {hashing:.2f} s CPU")
    previous = (0.0, 0.0)
    for step, (step_cpu, step_wall) in steps.items():
        print(f"    {step:<26} at {step_cpu:5.2f} s CPU {step_wall:5.2f} s wall   "
              f"(+{step_cpu - previous[0]:.2f} s CPU)")
        previous = (step_cpu, step_wall)
    loaded = sorted({module for r in runs for module in r["loaded"]})
    print(f"    loaded at first paint though not needed yet: {', '.join(loaded) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--national", default=str(Path(tempfile.gettempdir())
                                                  / "awrach-bench-national.sqlite"))
    parser.add_argument("--skip-national", action="store_true")
    args = parser.parse_args()
    for folder in ("app", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    print(f"Cold start, offscreen, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} (CPU time is the figure to compare on a shared machine)")
    bare = floor()
    print(f"floor: bare QApplication + empty QMainWindow to first paint: {bare[0]:.2f} s CPU, "
          f"{bare[1]:.2f} s wall (median of {RUNS})")
    with tempfile.TemporaryDirectory() as folder:
        demo_path = Path(folder) / "demo.sqlite"
        make_demo(demo_path)
        report("demo", demo_path, bare)
    if not args.skip_national:
        national = Path(args.national)
        if not national.exists():
            print(f"building the national database at {national} (once)...", flush=True)
            make_national(national)
        report("national", national, floor())


if __name__ == "__main__":
    main()
