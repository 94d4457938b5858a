"""Prints how fast the beneficiaries' import, list and duplicate scoring are at 250,000.

Run: .venv/bin/python bench/bench_beneficiaries.py [--rows 250000] [--skip-xlsx]
Figures only; no pass/fail. Synthetic people (app.services.synthetic_people, 2 % retyped
with another spelling) are written to a CSV (UTF-8 with BOM, Arabic headers) and an .xlsx
(Excel serial dates), then imported through the real service, with every check, into
empty databases; the list, search, sort and duplicate scoring run over the result.
Targets from issue 13, part 9, printed beside each figure.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any PySide6 import

import argparse
import csv
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import bindparam, select, update

from app.config import sqlite_url
from app.services import beneficiaries, beneficiary_duplicates, users
from app.services import beneficiary_import as bi
from app.services.listing import ListQuery
from app.services.startup import open_database
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from app.storage.database import Database
from app.storage.models import BeneficiaryRow, CommuneRow


def line(label: str, seconds: float, target: str) -> None:
    print(f"{label:<58} {seconds * 1000:10.1f} ms   target {target}")


def timed(work: Callable[[], Any], runs: int = 1) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


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


def import_into(db: Database, actor: Any, path: Path) -> bi.ImportReport:
    mapping = bi.guess_mapping(bi.read_table(path).headers)
    return bi.import_file(db, actor, path, bi.ImportOptions(mapping))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=250_000)
    parser.add_argument("--skip-xlsx", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-benef-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        csv_path, xlsx_path = write_files(folder, args.rows, not args.skip_xlsx)
        print(f"Beneficiaries at national scale: {args.rows:,} synthetic people "
              f"(files written in {time.perf_counter() - start:.1f} s; "
              f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})")

        db, actor = fresh_database(folder, "csv.sqlite")
        seconds, report = timed(lambda: import_into(db, actor, csv_path))
        line(f"import CSV, every check, one transaction ({report.imported:,} rows)",
             seconds, "< 5,000 ms")
        if xlsx_path is not None:
            other, other_actor = fresh_database(folder, "xlsx.sqlite")
            seconds, report = timed(lambda: import_into(other, other_actor, xlsx_path))
            line(f"import .xlsx (calamine), every check ({report.imported:,} rows)",
                 seconds, "< 10,000 ms")
            other.dispose()

        seconds, page = timed(lambda: beneficiaries.list_beneficiaries(db, ListQuery()), 5)
        line(f"first page of the list (count {page.total:,} + 200 rows)", seconds, "< 200 ms")
        for words in ("محمد العلوي", "فاطمه", "Mohamed", "BE12"):
            seconds, page = timed(lambda w=words: beneficiaries.list_beneficiaries(
                db, ListQuery(search=w)), 5)
            line(f"search «{words}» ({page.total:,} found)", seconds, "< 100 ms")
        for key in ("birth_date", "last_name_fr", "category"):
            seconds, _ = timed(lambda k=key: beneficiaries.list_beneficiaries(
                db, ListQuery(sort=k, descending=True, offset=args.rows // 2)), 5)
            line(f"sort on {key}, a page in the middle", seconds, "< 100 ms")
        communes = spread_over_communes(db)
        seconds, pairs = timed(lambda: beneficiary_duplicates.find_duplicates(db, limit=10_000))
        line(f"likely duplicates, {communes:,} communes ({len(pairs):,} pairs)", seconds,
             "< 30,000 ms")
        if args.rows < 250_000:
            # The blocks grow with the people, so the pairs scored grow a little faster than
            # the rows: scale by (250,000 / rows) ** 1.2 to stay on the safe side.
            line("  the same, extrapolated to 250,000 people",
                 seconds * (250_000 / args.rows) ** 1.2, "< 30,000 ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process (files, imports, scoring): {peak:.0f} MB "
              "(the list screen alone: see bench_lists.py's paged model figures)")
        db.dispose()


if __name__ == "__main__":
    main()
