"""Territorial equity: denominators entered with their source, a region's provinces ranked
by their distance from the regional average."""

from __future__ import annotations

import pytest

from app.domain.followup import Denominators
from app.errors import ValidationError
from app.services import equity, programme, territory


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def test_denominators_need_a_source_and_positive_figures(demo):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    khenifra = territory.find_province(db, "05.301")
    with pytest.raises(ValidationError) as refused:
        equity.save_denominators(db, actor, edition.id, khenifra.id,
                                 Denominators(0, None, "", None))
    assert {e.field for e in refused.value.errors} >= {"population", "source", "source_year"}


def test_the_region_ranks_its_provinces_furthest_from_the_average_first(demo):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    region_id = territory.find_province(db, "05.301").region_id
    populations = {"05.091": 580327, "05.081": 574112, "05.255": 475977, "05.301": 370240,
                   "05.311": 525145}
    for code, population in populations.items():
        province = territory.find_province(db, code)
        equity.save_denominators(db, actor, edition.id, province.id,
                                 Denominators(population, population // 20, "RGPH 2024", 2024))
    view = equity.region_equity(db, edition.id, region_id)
    assert len(view.rows) == 5
    gaps = [row.gap for row in view.rows]
    assert gaps == sorted(gaps, reverse=True) and gaps[0] > 0
    khenifra = next(r.province for r in view.rows if r.province.code == "05.301")
    assert khenifra.posts == 953 and khenifra.worksites == 61 and khenifra.communes == 22
    assert khenifra.posts_per_10k == pytest.approx(953 * 10_000 / 370240)
    assert khenifra.source == "RGPH 2024" and khenifra.source_year == 2024
    # only Khenifra has selected worksites: the women share is its own, the average of one
    assert view.averages["women_share"] == pytest.approx(khenifra.women_share)
    # a province without denominators is still listed, with its ratios unknown
    equity.save_denominators(db, actor, edition.id, khenifra.province_id,
                             Denominators(370240, None, "RGPH 2024", 2024),
                             read_at=khenifra.row_version)
    again = equity.region_equity(db, edition.id, region_id)
    assert next(r.province for r in again.rows
                if r.province.code == "05.301").posts_per_100_seekers is None
