"""Prints how fast the beneficiaries' import, list screen and duplicate scoring are at
250,000 people, beside the targets of issue 13 (part 9) and beside floors measured in the
same run.

Run: .venv/bin/python bench/bench_beneficiaries.py [--rows 250000] [--skip-xlsx]
Figures only; no pass/fail. Synthetic people (app.services.synthetic_people, 2 % retyped
with another spelling) are written to a CSV (UTF-8 with BOM, Arabic headers) and an .xlsx
(Excel serial dates), then imported through the real service, with every check, into
empty databases; the list screen (the real page, in a child process so its memory is its
own), search, sort and duplicate scoring run over the result.

The machine is shared (2 cores, other work running), so each figure is given as wall time
and as this process's CPU time (time.process_time); the CPU time is the steadier one. The
floors: reading the same file with nothing else (csv module / calamine), and writing the
same stored rows straight to SQLite with the same index and FTS steps (what any import
must pay on this machine, whatever its checks cost).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any PySide6 import

import argparse
import csv
import gc
import io
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout, not another one installed in the venv

from sqlalchemy import bindparam, select, update  # noqa: E402

from app.config import sqlite_url  # noqa: E402
from app.services import beneficiaries, beneficiary_duplicates, users  # noqa: E402
from app.services import beneficiary_import as bi  # noqa: E402
from app.services.listing import ListQuery  # noqa: E402
from app.services.startup import open_database  # noqa: E402
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.storage.models import BeneficiaryRow, CommuneRow  # noqa: E402

Clock = tuple[float, float]
# The sort indexes a large import leaves pending, built once it has committed: printed
# beside the import's phases, not counted in its time (the list is shown meanwhile).
AFTER = "other sorts, after the commit"


def clocks() -> Clock:
    return time.perf_counter(), time.process_time()


def since(start: Clock) -> Clock:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def line(label: str, spent: Clock, target: str = "", floor: Clock | None = None) -> None:
    wall, cpu = spent
    text = f"{label:<52} wall {wall * 1000:8.0f} ms  cpu {cpu * 1000:8.0f} ms"
    if target:
        text += f"  target {target}"
    if floor is not None:
        text += f"  (floor cpu {floor[1] * 1000:.0f} ms)"
    print(text, flush=True)


def timed(work: Callable[[], Any], runs: int = 1) -> tuple[Clock, Any]:
    """The median run (by wall time) of `work`."""
    results = []
    for _ in range(runs):
        start = clocks()
        value = work()
        results.append((since(start), value))
    results.sort(key=lambda r: r[0][0])
    return results[len(results) // 2]


def fresh_database(folder: Path, name: str) -> tuple[Database, Any]:
    opened = open_database(sqlite_url(folder / name))
    actor = users.create_first_admin(opened.db, "bench", "قياس", "bench-password-2024")
    return opened.db, actor


def write_files(folder: Path, rows: int, with_xlsx: bool) -> tuple[Path, Path | None]:
    people = list(PeopleGenerator(2024).people(rows, retyped_share=0.02))
    csv_path = folder / "people.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerows(as_cells(p) for p in people)
    if not with_xlsx:
        return csv_path, None
    from openpyxl import Workbook  # here: the list screen's child process needs none

    book = Workbook(write_only=True)
    sheet = book.create_sheet("people")
    sheet.append(HEADERS_AR)
    for person in people:
        sheet.append(as_cells(person, dates="serial"))
    xlsx_path = folder / "people.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def spread_over_communes(db: Database) -> int:
    """Give everyone a commune of residence, round the national list of communes, so the
    duplicate scoring's (province, consonant key) blocks are as big as at national scale."""
    with db.engine.begin() as connection:
        communes = connection.scalars(select(CommuneRow.id).order_by(CommuneRow.code)).all()
        people = connection.scalars(select(BeneficiaryRow.id)).all()
        connection.execute(update(BeneficiaryRow).where(
            BeneficiaryRow.id == bindparam("key")).values(commune_id=bindparam("commune")),
            [{"key": key, "commune": communes[i % len(communes)]}
             for i, key in enumerate(people)])
    return len(communes)


def import_into(db: Database, actor: Any, path: Path) -> tuple[Clock, bi.ImportReport]:
    """The import as the wizard runs it once the columns are mapped (the mapping step has
    read the headers before)."""
    options = bi.ImportOptions(bi.guess_mapping(bi.read_table(path).headers))
    gc.collect()
    spent, report = timed(lambda: bi.import_file(db, actor, path, options))
    # What the wizard runs next, behind the list it shows (app.storage.pending_indexes).
    report.phases[AFTER] = timed(
        lambda: bi.complete_indexes(db))[0]
    return spent, report


# -- floors ------------------------------------------------------------------------------------

def read_floor(path: Path) -> Clock:
    """Reading the file into rows and nothing else (collector off, as the import has it)."""
    gc.collect()
    gc.disable()
    try:
        start = clocks()
        if path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
        else:
            from python_calamine import CalamineWorkbook

            rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        spent = since(start)
        del rows
        return spent
    finally:
        gc.enable()


def write_floor(source: Database, folder: Path) -> dict[str, Clock]:
    """The stored rows of an import written again, straight through sqlite3, into an empty
    database with the import's own steps: the secondary indexes dropped, one executemany,
    the indexes built, the FTS index filled, one commit."""
    target, _actor = fresh_database(folder, "floor.sqlite")
    target.dispose()
    source.dispose()
    with sqlite3.connect(folder / "csv.sqlite") as reader:
        names = [r[1] for r in reader.execute("PRAGMA table_info(beneficiaries)")]
        rows = reader.execute(f"SELECT {', '.join(names)} FROM beneficiaries "
                              "ORDER BY rowid").fetchall()
    connection = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    # As the import: the log is copied into the file at the next commit (the sorts').
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                   "wal_autocheckpoint=0"):
        connection.execute(f"PRAGMA {pragma}")
    phases: dict[str, Clock] = {}
    gc.disable()
    try:
        start = clocks()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(f"PRAGMA cache_size=-{bi.import_cache_kb(len(rows))}")
        connection.execute("DROP TRIGGER beneficiaries_search_insert")
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
            "'beneficiaries' AND sql IS NOT NULL AND name LIKE 'ix_beneficiaries_%'").fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        connection.executemany(f"INSERT INTO beneficiaries ({', '.join(names)}) VALUES "
                               f"({', '.join('?' for _ in names)})", rows)
        phases["insert"] = since(start)
        start = clocks()
        for name, sql in indexes:
            if not bi.deferred_index(name):
                connection.execute(sql)
        config = ("INSERT INTO beneficiaries_search(beneficiaries_search, rank) "
                  "VALUES ('hashsize', {})")
        connection.execute(config.format(bi.FTS_FILL_BUFFER))
        connection.execute("INSERT INTO beneficiaries_search(rowid, search_text) "
                           "SELECT rowid, search_text FROM beneficiaries")
        connection.execute(config.format(bi.FTS_DEFAULT_BUFFER))
        connection.execute(bi.INSERT_TRIGGER)
        phases["indexes"] = since(start)
        start = clocks()
        connection.execute("COMMIT")
        phases["commit"] = since(start)
        start = clocks()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(f"PRAGMA cache_size=-{bi.import_cache_kb(len(rows))}")
        for name, sql in indexes:
            if bi.deferred_index(name):
                connection.execute(f'DROP INDEX IF EXISTS "{name}"')
                connection.execute(sql.removesuffix(" WHERE 0"))
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        phases[AFTER] = since(start)
    finally:
        gc.enable()
        connection.close()
    return phases


def print_import(label: str, report: bi.ImportReport, spent: Clock, target: str,
                 floors: dict[str, Clock]) -> None:
    line(f"{label} ({report.imported:,} rows)", spent, target,
         (0.0, sum(cpu for phase, (_, cpu) in floors.items() if phase != AFTER)))
    for phase, figures in report.phases.items():
        line(f"  {phase}", figures, floor=floors.get(phase))


# -- the list screen, in a child process -------------------------------------------------------

def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def list_screen(path: str) -> None:
    """Opens the real beneficiaries page over the database, prints JSON figures."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from app.domain.enums import UserRole
    from app.services.actor import Actor
    from ui.context import AppContext
    from ui.main import prepare_application
    from ui.pages.beneficiaries_page import BeneficiariesPage
    from ui.tasks import settle

    started = resident_mb()
    app = prepare_application("ar")
    opened = open_database(sqlite_url(Path(path)))
    ctx = AppContext(opened.db, Actor("bench", "قياس", UserRole.ADMIN))

    class Painted(QObject):
        count = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    gc.collect()
    before = resident_mb()
    figures: dict[str, Any] = {"process at start MB": started, "before the page MB": before}

    def until_painted(action: Callable[[], object]) -> Clock:
        start = clocks()
        action()
        settle()
        seen = watcher.count
        deadline = time.perf_counter() + 30
        while watcher.count == seen and time.perf_counter() < deadline:
            QApplication.processEvents()
        return since(start)

    page: Any = None

    def build() -> None:
        nonlocal page
        page = BeneficiariesPage(ctx)
        page.resize(1366, 728)
        page.show()

    figures["first paint"] = until_painted(build)
    figures["rows"] = page.model.rowCount()
    panel = page.panel
    for words in ("محمد العلوي", "فاطمه", "Mohamed", "BE12"):
        panel.search.setText(words)
        figures[f"search «{words}»"] = until_painted(panel.apply_search)
        figures[f"search «{words}» rows"] = page.model.rowCount()
    panel.search.setText("")
    until_painted(panel.apply_search)
    for column in (5, 3, 7):  # birth date, Latin name, category
        figures[f"sort on column {column}"] = until_painted(
            lambda c=column: page.model.sort(c, Qt.SortOrder.DescendingOrder))
    middle = page.model.rowCount() // 2
    figures["scroll to the middle"] = until_painted(
        lambda: panel.table.scrollTo(page.model.index(middle, 0)))
    gc.collect()
    figures["with the page MB"] = resident_mb()
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    page.close()
    settle()


def print_list_screen(path: Path) -> None:
    done = subprocess.run([sys.executable, __file__, "--list-screen", str(path)],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        print("list screen failed:", done.stderr[-2000:])
        return
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    line(f"list screen: first paint ({figures['rows']:,} rows)", figures["first paint"],
         "< 200 ms")
    for key, value in figures.items():
        if key.startswith(("search", "sort", "scroll")) and not key.endswith("rows"):
            found = figures.get(f"{key} rows")
            label = f"  {key}" + (f" ({found:,} found)" if found is not None else "")
            line(label, value, "< 100 ms")
    delta = figures["with the page MB"] - figures["before the page MB"]
    print(f"list screen memory: RSS {figures['with the page MB']:.0f} MB with the page open, "
          f"searched, sorted and scrolled; {delta:+.0f} MB for the page itself (target "
          f"< 150 MB; the process before the page: {figures['before the page MB']:.0f} MB, "
          f"Python alone: {figures['process at start MB']:.0f} MB)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=250_000)
    parser.add_argument("--skip-xlsx", action="store_true")
    parser.add_argument("--list-screen", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list_screen:
        list_screen(args.list_screen)
        return
    with tempfile.TemporaryDirectory(prefix="bench-benef-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        csv_path, xlsx_path = write_files(folder, args.rows, not args.skip_xlsx)
        print(f"Beneficiaries at national scale: {args.rows:,} synthetic people (files written "
              f"in {time.perf_counter() - start:.1f} s; {os.cpu_count()} CPUs, load "
              f"{os.getloadavg()[0]:.1f}). Wall and CPU time; floors in the same run.",
              flush=True)

        db, actor = fresh_database(folder, "csv.sqlite")
        spent, report = import_into(db, actor, csv_path)
        floors = {"read": read_floor(csv_path), **write_floor(db, folder)}
        db = open_database(sqlite_url(folder / "csv.sqlite")).db
        print_import("import CSV, every check, one transaction", report, spent, "< 5,000 ms",
                     floors)
        if xlsx_path is not None:
            other, other_actor = fresh_database(folder, "xlsx.sqlite")
            spent, report = import_into(other, other_actor, xlsx_path)
            print_import("import .xlsx (calamine), every check", report, spent,
                         "< 10,000 ms", {**floors, "read": read_floor(xlsx_path)})
            other.dispose()

        spent, page = timed(lambda: beneficiaries.list_beneficiaries(db, ListQuery()), 5)
        line(f"service: first page (count {page.total:,} + 200 rows)", spent, "< 200 ms")
        for words in ("محمد العلوي", "فاطمه", "Mohamed", "BE12"):
            spent, page = timed(lambda w=words: beneficiaries.list_beneficiaries(
                db, ListQuery(search=w)), 5)
            line(f"service: search «{words}» ({page.total:,} found)", spent, "< 100 ms")
        for key in (None, "last_name_ar", "birth_date", "last_name_fr", "category"):
            spent, _ = timed(lambda k=key: beneficiaries.list_beneficiaries(
                db, ListQuery(sort=k, descending=True, offset=args.rows // 2)), 5)
            line(f"service: sort on {key or 'the list order'}, a page in the middle", spent,
                 "< 100 ms")
        db.dispose()
        print_list_screen(folder / "csv.sqlite")

        db = open_database(sqlite_url(folder / "csv.sqlite")).db
        communes = spread_over_communes(db)
        spent, pairs = timed(lambda: beneficiary_duplicates.find_duplicates(db, limit=10_000))
        line(f"likely duplicates over {args.rows:,} people, {communes:,} communes "
             f"({len(pairs):,} pairs)", spent, "< 30,000 ms")
        db.dispose()


if __name__ == "__main__":
    main()
