"""Prints how fast the partners and proposals lists are at national scale.

Run: .venv/bin/python bench/bench_lists.py
Figures only; no pass/fail. A temporary SQLite database gets the demo, then 50,000 partners
and 200,000 proposals inserted with SQLAlchemy Core (a fixture: no audit, no validation; the
search text is filled with the services' own functions). The lists are timed through the
real services and through the UI's paged table model; each search is printed beside the
`ilike` over four columns that it replaced, measured in the same run.
Goal: every page, count or search in tens of milliseconds, whatever the row count.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any PySide6 import
# This checkout's code, not the one the shared virtual environment has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import random
import resource
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, func, insert, or_, select, text

from app.config import sqlite_url
from app.domain.enums import PartnerKind, ProposalStatus
from app.services.demo import build_demo, demo_administrator
from app.services.listing import ListQuery, Page, run_page
from app.services.partners import list_partners
from app.services.proposals import SORTS as PROPOSAL_SORTS
from app.services.proposals import list_proposals
from app.services.search import partner_text, proposal_text
from app.services.startup import open_database
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    CommuneRow,
    EditionRow,
    PartnerRow,
    ProposalRow,
    WorksiteDomainRow,
    proposal_communes,
)

PARTNERS, PROPOSALS, PROVINCES, CHUNK = 50_000, 200_000, 20, 20_000
PREFIX = {PartnerKind.ASSOCIATION: "جمعية", PartnerKind.COOPERATIVE: "تعاونية",
          PartnerKind.ENTERPRISE: "شركة"}
WORDS = ["الأمل", "النور", "الخير", "التنمية", "الوفاء", "الأطلس", "الفلاح", "الصفاء", "الرحمة",
         "الإخاء", "الواحة", "الزيتون", "المستقبل", "الشروق", "الكرامة", "التضامن", "البركة"]
WORKS = ["تهيئة", "تنظيف", "تشجير", "صيانة", "ترميم", "تبليط", "سقي", "حماية"]
PLACES = ["المسالك القروية", "الحدائق العمومية", "المدارس", "الساقية", "المقبرة", "السوق"]


@dataclass(frozen=True)
class Timing:
    result: Any
    cpu: float  # seconds of CPU of this process (reader thread included), median
    wall: float


def timed(label: str, func: Callable[[], object], repeat: int = 5) -> Timing:
    """Median CPU time (the figure to compare: the machine is shared) beside wall time."""
    cpus, walls, result = [], [], None
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        result = func()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    note = f"(median of {repeat})" if repeat > 1 else "(one run)"
    timing = Timing(result, statistics.median(cpus), statistics.median(walls))
    print(f"{label:<62} {timing.cpu * 1000:8.1f} ms CPU {timing.wall * 1000:8.1f} ms wall "
          f"{note}")
    return timing


def chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def fill(db: Database, rng: random.Random) -> dict[str, Any]:
    """Insert the synthetic partners and proposals in one transaction; return filter ids."""
    with db.engine.connect() as conn:
        communes = conn.execute(select(CommuneRow.id, CommuneRow.province_id)).all()
        commune_names = dict(conn.execute(select(CommuneRow.id, CommuneRow.name_ar)).all())
        editions = list(conn.scalars(select(EditionRow.id).order_by(EditionRow.year)))
        domains = list(conn.scalars(select(WorksiteDomainRow.id)))
    by_province: dict[uuid.UUID, list[uuid.UUID]] = {}
    for commune_id, province_id in communes:
        by_province.setdefault(province_id, []).append(commune_id)
    provinces = rng.sample(sorted(by_province), PROVINCES)
    now = datetime.now(UTC)
    partner_ids = [uuid.uuid4() for _ in range(PARTNERS)]
    links: list[tuple[uuid.UUID, uuid.UUID]] = []
    names: dict[uuid.UUID, tuple[str, str]] = {}

    def partners() -> Iterator[dict[str, Any]]:
        for n, pid in enumerate(partner_ids, start=1):
            kind = rng.choice(list(PartnerKind))
            row = dict(id=pid, kind=kind, name_ar=f"{PREFIX[kind]} {rng.choice(WORDS)} {n}",
                       name_fr=f"Association {n}", registration_number=f"R{n:07d}",
                       legal_representative=f"ممثل {rng.choice(WORDS)} {n}",
                       representative_title="الرئيس", phone=f"06{rng.randrange(10**8):08d}",
                       email=f"body{n}@example.ma", address=f"حي {rng.choice(WORDS)} رقم {n}",
                       commune_id=rng.choice(communes)[0], bank_name="البنك الشعبي",
                       rib="", notes="", created_at=now, updated_at=now)
            names[pid] = (row["name_ar"], row["name_fr"])
            yield {**row, "search_text": partner_text(row)}

    def proposals() -> Iterator[dict[str, Any]]:
        for n in range(1, PROPOSALS + 1):
            pid, edition, province = uuid.uuid4(), rng.choice(editions), rng.choice(provinces)
            commune, partner = rng.choice(by_province[province]), rng.choice(partner_ids)
            links.append((pid, commune))
            size = rng.randint(5, 40)
            row = dict(id=pid, call_id=None, edition_id=edition, province_id=province,
                       partner_id=partner, domain_id=rng.choice(domains),
                       reference=f"B-{n:06d}", description_ar="", late_reason="",
                       title_ar=f"{rng.choice(WORKS)} {rng.choice(PLACES)} {n}",
                       beneficiaries=size, women_planned=rng.randint(0, size),
                       disabled_planned=rng.randint(0, size),
                       duration_months=rng.randint(3, 12), starts_on=None,
                       received_on=date(2023, 1, 1) + timedelta(days=rng.randrange(365)),
                       status=rng.choice(list(ProposalStatus)), status_reason="", checklist={},
                       created_at=now, updated_at=now)
            yield {**row, "search_text": proposal_text(row, names[partner],
                                                       [commune_names[commune]])}

    start = time.perf_counter()
    with db.engine.begin() as conn:
        for batch in chunks(partners()):
            conn.execute(insert(PartnerRow.__table__), batch)
        for batch in chunks(proposals()):
            conn.execute(insert(ProposalRow.__table__), batch)
        for i in range(0, len(links), CHUNK):
            conn.execute(insert(proposal_communes), [
                {"proposal_id": p, "commune_id": c} for p, c in links[i:i + CHUNK]])
    inserted = time.perf_counter() - start
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    print(f"{'insert partners + proposals + links (Core, one transaction)':<62} "
          f"{inserted * 1000:8.1f} ms; ANALYZE {(time.perf_counter() - start - inserted):.1f} s"
          " (the search index is filled by triggers as rows go in)")
    for name in ("partners", "proposals"):
        start = time.perf_counter()
        with db.engine.begin() as conn:
            conn.execute(text(f"INSERT INTO {name}_search({name}_search) VALUES ('rebuild')"))
        print(f"{f'FTS5 trigram index of {name}: rebuilt whole':<62} "
              f"{(time.perf_counter() - start) * 1000:8.1f} ms")
    return {"edition": editions[-1], "province": provinces[0]}


def ilike_proposals(db: Database, query: ListQuery) -> Page[Any]:
    """The search this replaced, for comparison: `ilike` of the typed words over four
    columns and a join, counted by a second scan."""
    base: Select = (select(ProposalRow.id, ProposalRow.reference, PartnerRow.name_ar)
                    .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id))
    columns = [ProposalRow.title_ar, ProposalRow.reference, PartnerRow.name_ar,
               PartnerRow.name_fr]
    for word in query.search.split():
        base = base.where(or_(*(c.ilike(f"%{word}%") for c in columns)))
    with reading(db) as session:
        return run_page(session, base, query, PROPOSAL_SORTS,
                        [ProposalRow.reference, ProposalRow.id], tuple, ProposalRow.id)


SEARCHES = ("جمعية 4711", "الأمل", "الامل", "تنظيف المدارس", "B-123456", "مدرسه", "cooperative",
            "ام", "تعاونية الخير 31")
SEARCH_TARGET_MS, EXPORT_TARGET, MEMORY_TARGET_MB = 50, 1.2, 150


def bench_search(db: Database, with_ilike: bool) -> None:
    print("search over 200,000 proposals: folded + indexed"
          + (", then the ilike it replaced" if with_ilike else ""))
    floor = timed("  floor: the first page without a search", lambda: list_proposals(
        db, ListQuery()), 7)
    cpus = []
    for typed in SEARCHES:
        query = ListQuery(search=typed)
        page = timed(f"  search «{typed}»", lambda q=query: list_proposals(db, q), 7)
        cpus.append(page.cpu)
        if with_ilike:
            peer = timed(f"  ilike  «{typed}»", lambda q=query: ilike_proposals(db, q), 3)
            print(f"{'':<8}-> search {page.result.total:,} rows, ilike {peer.result.total:,} rows")
        else:
            print(f"{'':<8}-> {page.result.total:,} rows")
    print(f"search: median of the {len(cpus)} searches {statistics.median(cpus) * 1000:.1f} ms "
          f"CPU (target < {SEARCH_TARGET_MS} ms), slowest {max(cpus) * 1000:.1f} ms; floor (a "
          f"first page without search, same run) {floor.cpu * 1000:.1f} ms CPU")


def bench_services(db: Database, ids: dict[str, Any]) -> None:
    deep = {"sort": "beneficiaries", "descending": True, "offset": 100_000}
    cases: list[tuple[str, Callable[..., Any], dict[str, Any]]] = [
        ("partners: first page (200), default order", list_partners, {}),
        ("partners: sorted by name, descending", list_partners,
         {"sort": "name_ar", "descending": True}),
        ("partners: page at offset 40,000 sorted by commune", list_partners,
         {"sort": "commune", "offset": 40_000}),
        ("partners: filter kind + province", list_partners,
         {"filters": {"kind": PartnerKind.ASSOCIATION, "province_id": ids["province"]}}),
        ("partners: search «جمعية 4711»", list_partners, {"search": "جمعية 4711"}),
        ("partners: count alone", list_partners, {"limit": 0}),
        ("proposals: first page (200), default order", list_proposals, {}),
        ("proposals: sorted by partner", list_proposals, {"sort": "partner"}),
        ("proposals: offset 100,000 sorted by beneficiaries desc", list_proposals, deep),
        ("proposals: filter edition + province + status", list_proposals,
         {"filters": {"edition_id": ids["edition"], "province_id": ids["province"],
                      "status": ProposalStatus.ELIGIBLE}}),
        ("proposals: search «جمعية 4711»", list_proposals, {"search": "جمعية 4711"}),
        ("proposals: count alone", list_proposals, {"limit": 0}),
    ]
    for label, service, options in cases:
        page = timed(label, lambda s=service, o=options: s(db, ListQuery(**o))).result
        print(f"{'':<8}-> {len(page.rows)} rows of {page.total:,}")


def bench_model(db: Database) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.models.paged_table import PagedColumn, PagedTableModel

    app = QApplication.instance() or QApplication([])
    columns = [
        PagedColumn("المرجع", lambda p: p.reference, "reference", numeric=True),
        PagedColumn("عنوان الورش", lambda p: p.title_ar, "title_ar"),
        PagedColumn("الهيئة", lambda p: p.partner_name_ar, "partner"),
        PagedColumn("الجماعات", lambda p: p.commune_names_ar),
        PagedColumn("المجال", lambda p: p.domain_name_ar, "domain"),
        PagedColumn("المستفيدون", lambda p: p.beneficiaries, "beneficiaries", numeric=True),
        PagedColumn("النساء", lambda p: p.women_planned, "women_planned", numeric=True),
        PagedColumn("المدة", lambda p: p.duration_months, "duration_months", numeric=True),
        PagedColumn("الحالة", lambda p: p.status.value, "status"),
    ]
    from ui.tasks import settle

    model = PagedTableModel(columns, lambda q: list_proposals(db, q))

    def answered(action: Callable[[], object]) -> Callable[[], object]:
        """The model asks the reader thread; time until the answer is on screen."""
        return lambda: (action(), settle())

    timed("model: reload() (first paint)", answered(model.reload), 1)
    print(f"{'':<8}-> rowCount {model.rowCount():,}")
    timed("model: data(index(150000, 1)) (jump deep)",
          answered(lambda: model.data(model.index(150_000, 1))), 1)
    timed("model: sort(5) (beneficiaries)", answered(lambda: model.sort(5)), 1)
    timed("model: data(index(150000, 1)) after the sort",
          answered(lambda: model.data(model.index(150_000, 1))), 1)
    timed("model: the GUI thread's own part of a sort (the rest is on the reader)",
          lambda: model.sort(5), 1)
    settle()
    del app


def floor_rows(db: Database) -> Iterator[list[Any]]:
    """The export's rows from one plain Core query (communes gathered in SQL), without the
    services: what any program would have to read to write the same workbook."""
    from app.services.exports import _proposal_row

    communes = (select(func.group_concat(CommuneRow.name_ar, "، "))
                .join(proposal_communes, proposal_communes.c.commune_id == CommuneRow.id)
                .where(proposal_communes.c.proposal_id == ProposalRow.id)
                .scalar_subquery())  # correlated: one proposal's communes
    statement = (select(ProposalRow.reference, ProposalRow.title_ar,
                        PartnerRow.name_ar.label("partner"), communes.label("communes"),
                        WorksiteDomainRow.name_ar.label("domain"), ProposalRow.beneficiaries,
                        ProposalRow.women_planned, ProposalRow.disabled_planned,
                        ProposalRow.duration_months, ProposalRow.received_on,
                        ProposalRow.status)
                 .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id)
                 .outerjoin(WorksiteDomainRow, ProposalRow.domain_id == WorksiteDomainRow.id)
                 .order_by(ProposalRow.reference, ProposalRow.id))
    with db.engine.connect() as conn:
        for row in conn.execute(statement.execution_options(yield_per=1000)):
            yield _proposal_row(SimpleNamespace(  # type: ignore[arg-type]
                reference=row.reference, title_ar=row.title_ar, partner_name_ar=row.partner,
                commune_names_ar=row.communes or "", domain_name_ar=row.domain or "",
                beneficiaries=row.beneficiaries, women_planned=row.women_planned,
                disabled_planned=row.disabled_planned, duration_months=row.duration_months,
                received_on=row.received_on, status=row.status))


def bench_export(db: Database, folder: Path) -> None:
    """The whole list through the page's export (exports.export_proposals), then the same
    rows and columns from one plain query straight into the same writer (app.io.xlsx on
    openpyxl), then openpyxl alone appending those rows already in memory."""
    from openpyxl import Workbook

    from app.io import xlsx
    from app.services import exports

    print(f"export of the whole list ({PROPOSALS:,} proposals and the demo's) to .xlsx, "
          "one run each")
    service = timed("  export: the proposals page's export service",
                    lambda: exports.export_proposals(db, ListQuery(), folder / "service.xlsx"),
                    1)
    floor = timed("  floor: one plain query straight into the same writer",
                  lambda: xlsx.write_table(folder / "floor.xlsx", "المشاريع المقترحة",
                                           exports.PROPOSAL_HEADERS, floor_rows(db)), 1)
    rows = list(floor_rows(db))

    def bare() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("المشاريع المقترحة")
        sheet.append(exports.PROPOSAL_HEADERS)
        for row in rows:
            sheet.append(row)
        book.save(folder / "bare.xlsx")

    bare_run = timed("  openpyxl alone, rows already in memory (its default formats)", bare, 1)
    print(f"export: {service.result:,} rows; {service.cpu / floor.cpu:.2f}x the writer's floor "
          f"in CPU (target <= {EXPORT_TARGET}x); {service.cpu / bare_run.cpu:.2f}x openpyxl "
          "alone")


def probe_memory(*arguments: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("page_memory_probe.py")),
                           *arguments], check=True, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_memory(path: Path) -> None:
    """The real proposals page, in a process of its own (bench/page_memory_probe.py), run
    first, while this bench is still small (see the probe on ru_maxrss)."""
    floor = probe_memory("--floor")
    page = probe_memory(str(path))
    print("memory of the proposals page, peak RSS of a process of its own (VmHWM):")
    for step, megabytes in page["marks"].items():
        print(f"  {step:<60} {megabytes:6.0f} MB")
    peak = max(page["marks"].values())
    print(f"memory: {peak:.0f} MB (target < {MEMORY_TARGET_MB} MB; ru_maxrss "
          f"{page['ru_maxrss']:.0f} MB); floor (bare QApplication + main window, painted) "
          f"{floor['marks']['painted']:.0f} MB (ru_maxrss {floor['ru_maxrss']:.0f} MB)")


def build(path: Path) -> dict[str, Any]:
    """The demo, then the national rows, in a new database at `path`; returns filter ids."""
    opened = open_database(sqlite_url(path))
    actor = demo_administrator(opened.db)
    assert actor is not None, "a new database has no account yet"
    timed("build the demo", lambda: build_demo(opened.db, actor), 1)
    ids = fill(opened.db, random.Random(4711))
    opened.db.dispose()
    return ids


def filter_ids(db: Database) -> dict[str, Any]:
    """The edition and province `fill` returns, read back from a kept database."""
    with db.engine.connect() as conn:
        edition = conn.scalar(select(EditionRow.id).order_by(EditionRow.year.desc()))
        communes = conn.execute(select(CommuneRow.id, CommuneRow.province_id)).all()
    provinces = sorted({province for _commune, province in communes})
    return {"edition": edition, "province": random.Random(4711).sample(provinces, PROVINCES)[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="keep the national database here and use it again on "
                        "the next runs (built the first time, about 4 minutes)")
    parser.add_argument("--skip-ilike", action="store_true",
                        help="leave out the ilike searches this replaced (a minute)")
    args = parser.parse_args()
    print(f"Lists at national scale: {PARTNERS:,} partners, {PROPOSALS:,} proposals over "
          f"{PROVINCES} provinces and 2 editions (plus the demo); SQLite; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; CPU time is the "
          "figure to compare (the machine is shared), beside a floor from the same run")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "bench.sqlite"
        ids = build(path) if not path.exists() else None
        db = open_database(sqlite_url(path)).db
        ids = ids or filter_ids(db)
        bench_memory(path)
        bench_services(db, ids)
        bench_search(db, not args.skip_ilike)
        bench_model(db)
        bench_export(db, Path(folder))
        size = path.stat().st_size / 2**20
        print(f"database file {size:.0f} MB; peak RSS of this bench "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        db.dispose()


if __name__ == "__main__":
    main()
