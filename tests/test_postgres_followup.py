"""Follow-up on PostgreSQL: the dashboard's grouped queries, a payment and its totals, the
report's workbook, the equity view (the same services as on SQLite)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from app.domain.followup import Denominators, WorksiteStatus
from app.services import conventions, dashboard, equity, followup, programme, reports
from app.services.demo import build_demo
from app.services.startup import open_database
from tests.conftest import sign_in_admin

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]
CEREMONY = date(2023, 6, 20)


def test_postgres_follow_up_dashboard_payments_and_reports(pg_url, tmp_path):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    build_demo(db, actor)
    edition = programme.find_edition(db, 2023)
    scope = dashboard.scope_for(db, 2023, "05.301")
    first = followup.list_worksites(db, edition.id)[0]
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.STARTED,
                           date(2023, 6, 20), today=date(2023, 7, 1))
    waiting = conventions.proposals_without_convention(db, edition.id)
    [cid] = conventions.draw_up(db, actor, [waiting[0][0]], on=CEREMONY)
    conventions.convention_pdf(db, actor, cid)
    names = [s.name for s in conventions.get_content(db, cid).signatories]
    conventions.sign(db, actor, cid, CEREMONY, "خنيفرة", names)
    tranche = followup.list_tranches(db, edition.id, convention_id=cid)[0]
    followup.record_payment(db, actor, tranche.tranche_id, date(2023, 7, 10), tranche.amount)
    board = dashboard.build(db, scope, today=date(2023, 12, 31))
    assert board.figure("worksites").value == 61
    assert board.figure("people_at_duration").value == 1251
    assert board.figure("paid").value == tranche.amount
    assert dict((n, v) for n, v, _ in board.breakdown("status").rows)[
        WorksiteStatus.STARTED.label] == 1
    for by in ("partner", "commune", "province"):
        [total] = followup.payment_totals(db, edition.id, by=by)
        assert total.paid == tranche.amount
    [payment] = followup.list_payments(db, tranche.tranche_id)
    followup.update_payment(db, actor, payment.id, date(2023, 7, 11), tranche.amount - 1,
                            "OP-2", read_at=payment.row_version, today=date(2023, 8, 1))
    assert followup.payment_totals(db, edition.id, scope.province_ids)[0].paid == \
        tranche.amount - 1
    later = date(2024, 6, 1)
    assert len(dashboard.worksites_behind(db, scope, dashboard.Drill("worksites", "late", "any"),
                                          today=later, limit=5)) == 5
    assert dashboard.build(db, scope, today=later).late_conventions == (cid,)
    assert b"%PDF" in reports.report_pdf(db, actor, scope, today=later)[:8]
    followup.remove_payment(db, actor, payment.id)
    assert board.figure("people_assigned").value
    reports.write_report_xlsx(db, scope, tmp_path / "r.xlsx", today=date(2023, 12, 31))
    khenifra = scope.province_ids[0]
    equity.save_denominators(db, actor, edition.id, khenifra,
                             Denominators(370240, 20000, "RGPH 2024", 2024))
    region = dashboard.scope_for(db, 2023, region_code="05")
    view = equity.region_equity(db, edition.id, _region_id(db, region))
    assert len(view.rows) == 5
    row = next(r.province for r in view.rows if r.province.province_id == khenifra)
    assert row.basis == equity.MIXED and 0 < row.assigned < row.reached
    db.dispose()


def _region_id(db, region):
    from app.services import territory

    return territory.get_province(db, region.province_ids[0]).region_id
