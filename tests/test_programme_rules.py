"""Programme rules in app/domain, without a database."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import WageKind
from app.domain.programme import (
    PROGRAMME_DURATION_MESSAGE,
    Edition,
    MinimumWage,
    Quota,
    check_duration,
    edition_title,
    validate_edition,
    validate_quota,
    wage_in_force,
)
from app.errors import ValidationError

EDITION_2023 = Edition(year=2023, number=2)


def quota(posts: int, person_months: int) -> Quota:
    return Quota(uuid.uuid4(), uuid.uuid4(), posts, person_months)


def test_edition_titles_use_arabic_ordinals():
    assert edition_title(1, 2022) == "النسخة الأولى 2022"
    assert edition_title(2, 2023) == "النسخة الثانية 2023"


@pytest.mark.parametrize("months", [3, 6, 12])
def test_durations_from_3_to_12_months_are_accepted(months):
    check_duration(months, EDITION_2023)


@pytest.mark.parametrize("months", [0, 2, 13, 24])
def test_durations_outside_3_to_12_months_are_refused_with_the_rule(months):
    with pytest.raises(ValidationError) as caught:
        check_duration(months, EDITION_2023)
    assert caught.value.errors[0].field == "duration_months"
    assert "بين 3 و12 شهرا" in caught.value.message


def test_an_edition_reports_every_failed_rule_at_once():
    bad = Edition(year=1999, number=0, starts_on=date(2023, 5, 1), ends_on=date(2023, 1, 1),
                  admin_fee_rate=Decimal("0.5"), min_duration_months=6,
                  max_duration_months=3)
    with pytest.raises(ValidationError) as caught:
        validate_edition(bad)
    fields = {e.field for e in caught.value.errors}
    assert {"year", "number", "ends_on", "admin_fee_rate", "max_duration_months"} <= fields


def test_khenifra_2023_quota_reaches_1251_people_at_three_months():
    q = quota(953, 3753)
    validate_quota(q, EDITION_2023)
    assert q.people_reached(3) == 1251
    assert q.people_reached(6) == 625


def test_a_quota_needs_positive_posts_and_person_months_within_the_durations():
    with pytest.raises(ValidationError) as caught:
        validate_quota(quota(0, 0), EDITION_2023)
    assert {e.field for e in caught.value.errors} == {"posts", "person_months"}
    with pytest.raises(ValidationError) as caught:
        validate_quota(quota(100, 1500), EDITION_2023)
    assert caught.value.for_field("person_months") == [
        "عدد أشهر العمل: يجب أن يكون بين 300 و1200 (عدد المناصب × مدة الاستفادة بين 3 و12 أشهر)."]


def test_the_minimum_wage_in_force_is_the_latest_that_started():
    wages = [MinimumWage(WageKind.SMIG, date(2022, 9, 1), Decimal("2970.05")),
             MinimumWage(WageKind.SMIG, date(2023, 9, 1), Decimal("3111.39"))]
    assert wage_in_force(wages, date(2023, 8, 31)).monthly_amount == Decimal("2970.05")
    assert wage_in_force(wages, date(2023, 9, 1)).monthly_amount == Decimal("3111.39")
    assert wage_in_force(wages, date(2022, 1, 1)) is None


def test_every_closed_list_has_arabic_and_french_labels():
    """Every enumeration of the domain that has an Arabic label has a French one (the
    grants' sectors, contracts and application statuses showed Arabic in French)."""
    import enum
    import importlib
    import pkgutil

    import app.domain

    checked = set()
    for info in pkgutil.iter_modules(app.domain.__path__):
        module = importlib.import_module(f"app.domain.{info.name}")
        for kind in vars(module).values():
            if (isinstance(kind, type) and issubclass(kind, enum.Enum)
                    and isinstance(getattr(kind, "label", None), property) and len(kind)):
                checked.add(kind.__name__)
                for member in kind:
                    if member.label or member.label_fr:  # a blank "none" is blank in both
                        assert member.label and member.label_fr, member
                        assert member.label != member.label_fr, member
    assert {"Sector", "ContractType", "ApplicationStatus", "ProposalStatus"} <= checked


def test_members_of_different_lists_with_the_same_value_keep_their_own_labels():
    from app.domain.enums import CostLineKind, DecisionOutcome, MemberFunction, ProposalStatus

    assert CostLineKind.OTHER.label == "مصاريف أخرى"
    assert MemberFunction.OTHER.label == "عضو"
    assert ProposalStatus.REJECTED.label_fr == "Rejeté"
    assert DecisionOutcome.REJECTED.label == "مرفوض"


@pytest.mark.parametrize("months", [13, 18, 36])
def test_an_edition_longer_than_12_months_cannot_exist(months):
    with pytest.raises(ValidationError) as caught:
        validate_edition(Edition(year=2024, number=3, max_duration_months=months))
    assert caught.value.for_field("max_duration_months") == [PROGRAMME_DURATION_MESSAGE]


def test_an_edition_shorter_than_3_months_cannot_exist():
    with pytest.raises(ValidationError) as caught:
        validate_edition(Edition(year=2024, number=3, min_duration_months=2,
                                 default_duration_months=3))
    assert caught.value.for_field("min_duration_months") == [PROGRAMME_DURATION_MESSAGE]


def test_a_duration_within_an_edition_stored_too_long_is_still_held_to_12_months():
    legacy = Edition(year=2023, number=2, max_duration_months=18)
    check_duration(12, legacy)
    with pytest.raises(ValidationError) as caught:
        check_duration(13, legacy)
    assert caught.value.for_field("duration_months") == [PROGRAMME_DURATION_MESSAGE]
