"""Programme service on a real SQLite file: saving, refusing, and the audit trail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import AuditAction
from app.domain.programme import Edition, Quota
from app.errors import ValidationError
from app.services import audit, programme, territory


@pytest.fixture
def edition_2023(db, actor) -> Edition:
    return programme.save_edition(db, actor, Edition(
        year=2023, number=2, starts_on=date(2023, 1, 1), ends_on=date(2023, 12, 31)))


@pytest.fixture
def khenifra(db):
    return territory.find_province(db, "05.301")


def test_the_seeded_minimum_wage_is_dated(db):
    assert programme.minimum_wage_on(db, date(2023, 6, 1)).monthly_amount == Decimal("2970.05")
    assert programme.minimum_wage_on(db, date(2024, 1, 1)).monthly_amount == Decimal("3111.39")


def test_an_edition_is_saved_with_its_defaults_and_components(db, edition_2023):
    stored = programme.find_edition(db, 2023)
    assert stored.admin_fee_rate == Decimal("0.0500")
    assert (stored.min_duration_months, stored.max_duration_months) == (3, 12)
    assert len(stored.components) == 2


def test_a_second_edition_for_the_same_year_is_refused(db, actor, edition_2023):
    with pytest.raises(ValidationError) as caught:
        programme.save_edition(db, actor, Edition(year=2023, number=3))
    assert caught.value.for_field("year")
    assert len(programme.list_editions(db)) == 1


def test_a_quota_is_saved_and_listed_with_its_province(db, actor, edition_2023, khenifra):
    programme.save_quota(db, actor, Quota(edition_2023.id, khenifra.id, 953, 3753))
    [stored] = programme.list_quotas(db, edition_2023.id)
    assert (stored.province_name_ar, stored.posts, stored.person_months) == ("خنيفرة", 953, 3753)


def test_a_bad_quota_names_its_fields_and_stores_nothing(db, actor, edition_2023, khenifra):
    with pytest.raises(ValidationError) as caught:
        programme.save_quota(db, actor, Quota(edition_2023.id, khenifra.id, -5, 0))
    assert caught.value.for_field("posts") == [
        "عدد المناصب: يجب أن يكون عددا صحيحا أكبر من صفر."]
    assert programme.list_quotas(db) == []


def test_a_quota_without_province_is_refused_on_that_field(db, actor, edition_2023):
    with pytest.raises(ValidationError) as caught:
        programme.save_quota(db, actor, Quota(edition_2023.id, None, 10, 60))
    assert caught.value.for_field("province_id")


def test_a_second_quota_for_the_same_province_is_refused(db, actor, edition_2023, khenifra):
    programme.save_quota(db, actor, Quota(edition_2023.id, khenifra.id, 953, 3753))
    with pytest.raises(ValidationError) as caught:
        programme.save_quota(db, actor, Quota(edition_2023.id, khenifra.id, 100, 600))
    assert "خنيفرة" in caught.value.for_field("province_id")[0]
    assert [q.posts for q in programme.list_quotas(db)] == [953]


def test_every_change_is_audited_with_who_and_the_old_and_new_values(
        db, actor, edition_2023, khenifra):
    saved = programme.save_quota(db, actor, Quota(edition_2023.id, khenifra.id, 953, 5718))
    saved.person_months = 3753
    programme.save_quota(db, actor, saved)
    entries = audit.history(db, "quotas", saved.id)
    assert [e.action for e in entries] == [AuditAction.UPDATE, AuditAction.INSERT]
    assert entries[0].username == actor.username
    assert entries[0].changes == {"person_months": {"old": 5718, "new": 3753}}
