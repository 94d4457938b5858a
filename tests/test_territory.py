"""The shipped territory, and what committees add or correct."""

from __future__ import annotations

import pytest

from app.domain.enums import CommuneKind, ProvinceKind
from app.domain.territory import Commune
from app.errors import ValidationError
from app.services import territory


def test_the_shipped_list_has_morocco_s_divisions(db):
    assert len(territory.list_regions(db)) == 12
    provinces = territory.list_provinces(db)
    assert len(provinces) == 75
    everything = territory.list_provinces(db, include_arrondissements=True)
    assert sum(p.kind is ProvinceKind.PREFECTURE_OF_ARRONDISSEMENTS for p in everything) == 8
    assert len(territory.list_communes(db)) == 1503
    khenifra = territory.find_province(db, "Khénifra")
    assert khenifra.region_name_ar == "بني ملال-خنيفرة"
    assert len(territory.list_communes(db, khenifra.id)) == 22


def test_communes_are_found_by_any_part_of_their_names(db):
    names = {c.name_fr for c in territory.list_communes(db, search="خنيفرة")}
    assert "Khenifra" in names


def test_a_commune_added_by_a_committee_survives_a_reload(db, actor):
    khenifra = territory.find_province(db, "05.301")
    added = territory.save_commune(db, actor, Commune(
        "دوار تجريبي", "Douar Test", CommuneKind.RURAL, khenifra.id))
    assert added.added_by_user
    result = territory.load_reference_data(db, actor)
    assert result.communes_added == 0
    assert added.id in {c.id for c in territory.list_communes(db, khenifra.id)}


def test_a_corrected_name_is_not_undone_by_a_reload(db, actor):
    [commune] = [c for c in territory.list_communes(db) if c.code == "05.301.01.01"]
    commune.name_ar = commune.name_ar + " (مصحح)"
    territory.save_commune(db, actor, commune)
    territory.load_reference_data(db, actor)
    [again] = [c for c in territory.list_communes(db) if c.code == "05.301.01.01"]
    assert again.name_ar.endswith("(مصحح)") and again.corrected_by_user


def test_a_commune_needs_an_arabic_name_and_a_unique_code(db, actor):
    khenifra = territory.find_province(db, "05.301")
    with pytest.raises(ValidationError) as caught:
        territory.save_commune(db, actor, Commune("Latin", "", CommuneKind.RURAL, khenifra.id,
                                                  code="bad"))
    assert {e.field for e in caught.value.errors} == {"name_ar", "name_fr", "code"}
    with pytest.raises(ValidationError) as caught:
        territory.save_commune(db, actor, Commune("جماعة", "Commune", CommuneKind.RURAL,
                                                  khenifra.id, code="05.301.01.01"))
    assert caught.value.for_field("code")
