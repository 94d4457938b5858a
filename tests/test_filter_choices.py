"""The beneficiaries screen's filter boxes are filled from light choice lists; they must
offer the same entries, in the same order, as the full lists they replace."""

from __future__ import annotations

from app.services import beneficiaries, territory


def test_commune_and_worksite_choices_match_the_full_lists(demo_opened):
    db = demo_opened.db
    communes = territory.list_communes(db)
    assert len(communes) > 1000
    assert territory.commune_choices(db) == [
        (c.id, f"{c.name_ar} ({c.province_name_ar})") for c in communes]
    worksites = beneficiaries.list_worksites(db)
    assert worksites
    assert beneficiaries.worksite_choices(db) == [(w.id, w.reference) for w in worksites]
