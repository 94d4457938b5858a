"""The dashboard on the Khenifra demo shows the seeds' figures, and each figure lists the
records it counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import distinct, func, select

from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import PartnerKind, ProposalStatus
from app.domain.followup import WorksiteStatus
from app.services import dashboard, followup
from app.services.dashboard import Drill
from app.services.unit_of_work import reading
from app.storage.models import AssignmentRow, ProposalRow, ProvinceRow


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def test_the_demo_dashboard_shows_the_seeds_figures(demo):
    db, _ = demo
    board = dashboard.build(db, dashboard.scope_for(db, 2022, "05.301"), today=date(2022, 3, 1))
    values = {f.key: f.value for f in board.figures}
    assert values["worksites"] == 84
    assert values["communes"] == 22
    assert values["associations"] == 42 and values["cooperatives"] == 4
    assert values["posts"] == 1100 and values["people_planned"] == 1100
    assert board.scope.title == "إقليم خنيفرة – أوراش 2022"
    board = dashboard.build(db, dashboard.scope_for(db, 2023, "05.301"))
    values = {f.key: f.value for f in board.figures}
    assert values["worksites"] == 61
    assert values["posts"] == 953
    assert values["people_at_duration"] == 1251
    assert board.figure("people_at_duration").label.endswith("3 أشهر")
    assert sum(v for _, v, _ in board.breakdown("commune").rows) >= 61
    assert sum(v for _, v, _ in board.breakdown("domain").rows) == 61
    assert board.breakdown("status").rows[0][:2] == (WorksiteStatus.PLANNED.label, 61)


def test_beneficiary_breakdowns_say_the_data_is_not_there_yet(demo):
    db, _ = demo
    board = dashboard.build(db, dashboard.scope_for(db, 2022, "05.301"))  # no one in 2022
    for key in ("sex", "disability", "category"):
        assert not board.breakdown(key).available
        assert board.breakdown(key).note == dashboard.NOT_YET


def test_beneficiary_breakdowns_count_the_people_assigned(demo):
    db, _ = demo
    scope = dashboard.scope_for(db, 2023, "05.301")
    with reading(db) as session:
        assigned = session.scalar(
            select(func.count(distinct(AssignmentRow.beneficiary_id)))
            .join(ProposalRow, ProposalRow.id == AssignmentRow.proposal_id)
            .join(ProvinceRow, ProvinceRow.id == ProposalRow.province_id)
            .where(ProvinceRow.code == "05.301", ProposalRow.edition_id == scope.edition_id))
    assert assigned > 0
    board = dashboard.build(db, scope)
    for key in ("sex", "disability", "category"):
        breakdown = board.breakdown(key)
        assert breakdown.available and breakdown.note == ""
        assert sum(count for _, count, _ in breakdown.rows) == assigned
    labels = {label for label, _, _ in board.breakdown("category").rows}
    assert labels <= {c.label for c in EligibilityCategory} | {"غير محددة"}


def test_a_figure_lists_the_records_behind_it(demo):
    db, actor = demo
    scope = dashboard.scope_for(db, 2022, "05.301")
    board = dashboard.build(db, scope, today=date(2022, 12, 31))
    coops = dashboard.worksites_behind(db, scope, board.figure("cooperatives").drill)
    assert len({line.partner_name for line in coops}) == 4
    assert all(line.partner_name.startswith("تعاونية") for line in coops)
    name, count, drill = board.breakdown("commune").rows[0]
    listed = dashboard.worksites_behind(db, scope, drill)
    assert len(listed) == count and all(name in line.communes for line in listed)
    first = listed[0]
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.STARTED,
                           date(2022, 4, 1), today=date(2022, 12, 31))
    board = dashboard.build(db, scope, today=date(2022, 12, 31))
    started = [r for r in board.breakdown("status").rows
               if r[0] == WorksiteStatus.STARTED.label][0]
    assert started[1] == 1
    assert [line.proposal_id for line in dashboard.worksites_behind(db, scope, started[2])] \
        == [first.proposal_id]
    late = board.figure("late_worksites")
    assert late.value == 84
    assert len(dashboard.worksites_behind(db, scope, late.drill,
                                          today=date(2022, 12, 31))) == 84
    assert dashboard.worksites_behind(db, scope, Drill("worksites", "kind",
                                                       PartnerKind.ENTERPRISE.value)) == []


def test_a_region_adds_up_its_provinces(demo):
    db, _ = demo
    region = dashboard.scope_for(db, 2023, region_code="بني ملال-خنيفرة")
    assert len(region.province_ids) == 5
    board = dashboard.build(db, region)
    assert board.figure("posts").value > 953
    assert board.figure("worksites").value == 61
    assert dashboard.scope_for(db, 2023, region_code="05").province_ids == region.province_ids


def _bench_fill():
    """The national bench's generator (bench/bench_followup.py), on a small scale."""
    import importlib.util
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("bench_followup_for_tests",
                                                      folder / "bench_followup.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module.fill


def test_region_figures_equal_their_provinces_summed(demo):
    """The region's figures are read in one pass over its provinces' worksites (through the
    scope index); each must be what its provinces' dashboards add up to, and the distinct
    bodies what counting them one by one gives."""
    import random
    from collections import Counter
    from dataclasses import replace

    from app.storage.models import PartnerRow

    db, _ = demo
    _bench_fill()(db, 1500, 2000, random.Random(7))
    day = date(2023, 12, 31)
    region = dashboard.scope_for(db, 2023, region_code="04")
    board = dashboard.build(db, region, today=day)
    parts = [dashboard.build(db, replace(region, province_ids=(p,)), today=day)
             for p in region.province_ids]
    assert sum(1 for p in parts if p.figure("worksites").value) >= 3
    assert board.figure("late_tranches").value and board.figure("people_assigned").value
    for f in board.figures:
        if f.key in ("associations", "cooperatives", "people_at_duration"):
            continue
        assert f.value == sum(p.figure(f.key).value or 0 for p in parts), f.key
        if f.target is not None:
            assert f.target == sum(p.figure(f.key).target or 0 for p in parts), f.key
    for b in board.breakdowns:
        summed: Counter[str] = Counter()
        for p in parts:
            summed.update({name: value for name, value, _ in p.breakdown(b.key).rows})
        whole: Counter[str] = Counter()
        for name, value, _ in b.rows:
            whole[name] += value
        assert +whole == +summed, b.key
    assert set(board.late_conventions) == {c for p in parts for c in p.late_conventions}
    assert len(board.late_conventions) == len(set(board.late_conventions))
    with reading(db) as session:
        bodies = dict(session.execute(
            select(PartnerRow.kind, func.count(distinct(ProposalRow.partner_id)))
            .join(PartnerRow, PartnerRow.id == ProposalRow.partner_id)
            .where(ProposalRow.province_id.in_(region.province_ids),
                   ProposalRow.edition_id == region.edition_id,
                   ProposalRow.status == ProposalStatus.SELECTED)
            .group_by(PartnerRow.kind)).all())
    assert board.figure("associations").value == bodies[PartnerKind.ASSOCIATION]
    assert board.figure("cooperatives").value == bodies[PartnerKind.COOPERATIVE]
    assert board.figure("associations").value < sum(p.figure("associations").value
                                                    for p in parts)  # shared bodies
