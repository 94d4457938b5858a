"""Prints how fast the follow-up dashboard opens and a report builds at national scale.

Run: .venv/bin/python bench/bench_followup.py [--proposals N] [--beneficiaries N]
Figures only; no pass/fail. A temporary SQLite database gets the demo, then (SQLAlchemy
Core, no audit: a fixture) quotas for all 75 provinces, 200,000 selected proposals of the
2023 edition spread over them, a third with a signed convention of two tranches, some paid,
some worksites started, and 250,000 beneficiaries with their assignments.
Targets: the dashboard (figures in SQL plus the charts drawn) under 1 s; the PDF and the
Excel reports under 3 s; both for the province with the most worksites and for its region.
A database kept with `--keep` from before migration 0020 is upgraded when opened (its
indexes are rebuilt once, a few seconds).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Measure the checkout this file is in, not whichever one the environment installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import cProfile
import pstats
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from bench_lists import chunks  # type: ignore[import-not-found]
from matplotlib.backends.backend_agg import FigureCanvasAgg
from sqlalchemy import func, insert, select

from app.config import sqlite_url
from app.domain.enums import (
    Component,
    ConventionStatus,
    PartnerKind,
    ProposalStatus,
    Sex,
)
from app.domain.followup import WorksiteStatus
from app.services import dashboard, reports
from app.services.demo import build_demo, demo_administrator
from app.services.startup import open_database
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    ConventionRow,
    EditionRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    QuotaRow,
    TrancheRow,
    WorksiteDomainRow,
    proposal_communes,
)
from app.storage.models.followup import TranchePaymentRow, WorksiteRow

NOW = datetime(2023, 12, 1, tzinfo=UTC)
TODAY = date(2023, 12, 31)


def timed(label: str, func: Callable[[], object], target: float, repeat: int = 3) -> object:
    """Wall and CPU time (the machine is shared: CPU time is what this process spent)."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = func()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    wall, spent = statistics.median(walls), statistics.median(cpus)
    verdict = "ok" if spent < target else "OVER"
    print(f"{label:<60} wall {wall * 1000:6.0f} ms  cpu {spent * 1000:6.0f} ms"
          f"  target < {target * 1000:.0f} ms  {verdict}", flush=True)
    return result


def fill(db: Database, proposals: int, beneficiaries: int, rng: random.Random) -> None:
    with db.session() as session:
        edition = session.scalars(select(EditionRow).where(EditionRow.year == 2023)).one()
        provinces = list(session.scalars(select(ProvinceRow.id).order_by(ProvinceRow.code)))
        communes: dict[uuid.UUID, list[uuid.UUID]] = {}
        for cid, pid in session.execute(select(CommuneRow.id, CommuneRow.province_id)):
            communes.setdefault(pid, []).append(cid)
        domains = list(session.scalars(select(WorksiteDomainRow.id)))
        with_quota = set(session.scalars(select(QuotaRow.province_id)
                                         .where(QuotaRow.edition_id == edition.id)))
        session.execute(insert(QuotaRow), [
            {"id": uuid.uuid4(), "edition_id": edition.id, "province_id": pid,
             "component": Component.TEMPORARY_WORKSITES, "posts": rng.randint(800, 4000),
             "person_months": rng.randint(3000, 20000), "notes": "", "created_at": NOW,
             "updated_at": NOW} for pid in provinces if pid not in with_quota])
        partners = []
        for batch in chunks({"id": uuid.uuid4(), "kind": rng.choice(list(PartnerKind)),
                              "name_ar": f"جمعية رقم {i}", "name_fr": f"Association {i}",
                              "created_at": NOW, "updated_at": NOW}
                             for i in range(proposals // 4)):
            session.execute(insert(PartnerRow), batch)
            partners += [row["id"] for row in batch]
        # The busiest province gets more, as Casablanca would.
        weights = [5 if i == 30 else 1 for i in range(len(provinces))]
        rows: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, int]] = []
        start = date(2023, 6, 1)

        def proposal_rows() -> Iterator[dict[str, Any]]:
            for n in range(proposals):
                pid = rng.choices(provinces, weights)[0]
                size = rng.randint(6, 20)
                row_id = uuid.uuid4()
                partner = rng.choice(partners)
                rows.append((row_id, pid, partner, size))
                yield {"id": row_id, "edition_id": edition.id, "province_id": pid,
                       "partner_id": partner, "domain_id": rng.choice(domains),
                       "reference": f"B-{n:06d}", "title_ar": f"ورش رقم {n}",
                       "beneficiaries": size, "women_planned": size // 3,
                       "disabled_planned": rng.choice((0, 0, 1)), "duration_months": 3,
                       "starts_on": start + timedelta(days=rng.randint(0, 120)),
                       "status": ProposalStatus.SELECTED, "checklist": {},
                       "created_at": NOW, "updated_at": NOW}

        for batch in chunks(proposal_rows()):
            session.execute(insert(ProposalRow), batch)
        for batch in chunks({"proposal_id": r[0], "commune_id": rng.choice(communes[r[1]])}
                             for r in rows if communes.get(r[1])):
            session.execute(insert(proposal_communes), batch)
        signed = rows[::3]
        content = {"tranches": [{"position": 1, "due_text": "بعد التوقيع"},
                                {"position": 2, "due_text": "بعد التقرير المرحلي"}]}
        for batch in chunks({"id": uuid.uuid5(uuid.NAMESPACE_OID, str(r[0])),
                              "number": f"C-{i:06d}", "proposal_id": r[0],
                              "edition_id": edition.id, "partner_id": r[2],
                              "status": ConventionStatus.SIGNED,
                              "total_amount": Decimal(r[3] * 1500),
                              "admin_fee_amount": Decimal(r[3] * 75),
                              "signed_on": date(2023, 6, 20), "content": content,
                              "created_at": NOW, "updated_at": NOW}
                             for i, r in enumerate(signed)):
            session.execute(insert(ConventionRow), batch)
        tranche_ids: list[tuple[uuid.UUID, uuid.UUID, Decimal]] = []

        def tranche_rows() -> Iterator[dict[str, Any]]:
            for r in signed:
                cid = uuid.uuid5(uuid.NAMESPACE_OID, str(r[0]))
                for position, share in ((1, Decimal("0.6")), (2, Decimal("0.4"))):
                    tid = uuid.uuid4()
                    amount = Decimal(r[3] * 1500) * share
                    tranche_ids.append((tid, cid, amount))
                    yield {"id": tid, "convention_id": cid, "position": position,
                           "amount": amount, "created_at": NOW, "updated_at": NOW}

        for batch in chunks(tranche_rows()):
            session.execute(insert(TrancheRow), batch)
        for batch in chunks({"id": uuid.uuid4(), "tranche_id": t[0], "convention_id": t[1],
                              "paid_on": date(2023, 7, 15), "amount": t[2], "reference": "",
                              "note": "", "created_at": NOW, "updated_at": NOW}
                             for t in tranche_ids[::2]):
            session.execute(insert(TranchePaymentRow), batch)
        for batch in chunks({"id": uuid.uuid4(), "proposal_id": r[0],
                              "status": rng.choice([WorksiteStatus.STARTED,
                                                    WorksiteStatus.COMPLETED]),
                              "progress_note": "", "created_at": NOW, "updated_at": NOW}
                             for r in rows[::2]):
            session.execute(insert(WorksiteRow), batch)
        people: list[uuid.UUID] = []
        for batch in chunks({"id": uuid.uuid4(), "cin": f"BK{i:08d}",
                              "first_name_ar": "اسم", "last_name_ar": "نسب",
                              "sex": rng.choice(list(Sex)), "has_disability": rng.random() < .03,
                              "category": rng.choice(["باحث عن الشغل", "فاقد الشغل", ""]),
                              "created_at": NOW, "updated_at": NOW}
                             for i in range(beneficiaries)):
            session.execute(insert(BeneficiaryRow), batch)
            people += [row["id"] for row in batch]
        for batch in chunks({"id": uuid.uuid4(), "beneficiary_id": person,
                              "proposal_id": rows[i % len(rows)][0], "created_at": NOW,
                              "updated_at": NOW}
                             for i, person in enumerate(people)):
            session.execute(insert(AssignmentRow), batch)
        session.commit()


def open_dashboard(db: Database, scope: dashboard.Scope, charts: int = 10) -> None:
    """What opening the section costs: the figures, then `charts` charts drawn (the window
    draws a chart when it comes into view: two at first)."""
    board = dashboard.build(db, scope, today=TODAY)
    for key in ("quota", "status", "domain", "commune", "budget", "conventions", "late",
                "sex", "disability", "category")[:charts]:
        figure = reports.breakdown_figure(board.breakdown(key), width=5.2, titled=False)
        FigureCanvasAgg(figure).draw()


def cold_pdf(db: Database, actor: Any, scope: dashboard.Scope) -> bytes:
    """A first print: no chart drawn before."""
    reports._SVGS.clear()
    return reports.report_pdf(db, actor, scope, today=TODAY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=200_000)
    parser.add_argument("--beneficiaries", type=int, default=250_000)
    parser.add_argument("--keep", metavar="FILE.sqlite", type=Path,
                        help="generate the database into this file once and reuse it")
    parser.add_argument("--profile", metavar="FILE.prof", type=Path,
                        help="write a cProfile of one dashboard and one PDF report")
    args = parser.parse_args()
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "national.sqlite"
        fresh = not path.exists()
        opened = open_database(sqlite_url(path))
        db = opened.db
        if fresh:
            actor = demo_administrator(db)
            assert actor is not None
            build_demo(db, actor)
            start = time.perf_counter()
            fill(db, args.proposals, args.beneficiaries, rng)
            print(f"filled in {time.perf_counter() - start:.0f} s: {args.proposals:,} "
                  f"proposals, {args.beneficiaries:,} beneficiaries")
        actor = demo_administrator(db) or _admin(db)
        with reading(db) as session:
            print(f"database: {session.scalar(select(func.count(ProposalRow.id))):,} "
                  f"proposals, {session.scalar(select(func.count(BeneficiaryRow.id))):,} "
                  f"beneficiaries, {session.scalar(select(func.count(ProvinceRow.id)))} "
                  "provinces")
        floor_cpu = time.process_time()
        sum(i * i for i in range(3_000_000))
        print(f"floor (3 M squares in Python): cpu {(time.process_time() - floor_cpu) * 1000:.0f}"
              " ms, for comparing runs on a shared machine")
        with reading(db) as session:
            busiest = session.execute(
                select(ProvinceRow.code, ProvinceRow.region_id, func.count())
                .join(ProposalRow, ProposalRow.province_id == ProvinceRow.id)
                .group_by(ProvinceRow.code, ProvinceRow.region_id)
                .order_by(func.count().desc())).first()
        assert busiest is not None
        code, _region, count = busiest
        province = dashboard.scope_for(db, 2023, code)
        region_code = code.split(".")[0]
        region = dashboard.scope_for(db, 2023, region_code=region_code)
        print(f"province {code}: {count:,} worksites; region {region_code}: "
              f"{len(region.province_ids)} provinces")
        timed(f"dashboard as the window opens it, province {code} (SQL + 2 charts)",
              lambda: open_dashboard(db, province, 2), 1.0)
        timed(f"dashboard, province {code} (SQL + 10 charts)",
              lambda: open_dashboard(db, province), 1.0)
        timed("  of which the figures in SQL",
              lambda: dashboard.build(db, province, today=TODAY), 1.0)
        timed(f"dashboard as the window opens it, region {region_code} (SQL + 2 charts)",
              lambda: open_dashboard(db, region, 2), 1.0)
        timed(f"dashboard, region {region_code} (SQL + 10 charts)",
              lambda: open_dashboard(db, region), 1.0)
        timed("  of which the figures in SQL",
              lambda: dashboard.build(db, region, today=TODAY), 1.0)
        timed(f"PDF report, province {code}", lambda: cold_pdf(db, actor, province), 3.0)
        timed(f"PDF report again, province {code} (its charts kept)",
              lambda: reports.report_pdf(db, actor, province, today=TODAY), 3.0)
        timed(f"PDF report, region {region_code}", lambda: cold_pdf(db, actor, region), 3.0)
        out = Path(folder) / "report.xlsx"
        timed(f"Excel report, province {code}",
              lambda: reports.write_report_xlsx(db, province, out, today=TODAY), 3.0)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            open_dashboard(db, province)
            reports.report_pdf(db, actor, province, today=TODAY)
            profiler.disable()
            profiler.dump_stats(str(args.profile))
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        db.dispose()


def _admin(db: Database) -> Any:
    """A kept database already has the demo's administrator: log in as it."""
    from app.services import users
    from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    return users.authenticate(db, DEMO_ADMIN, DEMO_PASSWORD)


if __name__ == "__main__":
    main()
