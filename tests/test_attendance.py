"""Days worked per person and month: the working days, the checks, what is stored."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.attendance import Month, days_on_worksite, declared_days, working_days
from app.domain.enums import UserRole
from app.errors import Forbidden, ValidationError
from app.services import attendance
from tests.conftest import add_account
from tests.people_fixture import place_people

MAY = Month(2023, 5)


def test_a_month_has_a_box_for_every_day_but_sunday():
    days = working_days(MAY)
    assert len(days) == 27  # May 2023: 31 days, 4 Sundays
    assert date(2023, 5, 7) not in days and date(2023, 5, 8) in days
    assert len(days_on_worksite(MAY, date(2023, 5, 15), None)) == 15
    assert declared_days(27) == 26 and declared_days(-1) == 0
    assert Month.parse("05/2023") == MAY and MAY.period == "202305"
    with pytest.raises(ValueError):
        Month.parse("2023-13")


def test_days_are_stored_checked_and_cleared(demo_opened):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    late = site.assignments["MA20001"]
    first = site.assignments["M123456"]
    with pytest.raises(ValidationError) as caught:
        attendance.record_days(db, actor, site.proposal_id, MAY, {first: 26, late: 16})
    assert "(15)" in caught.value.for_field(str(late))[0]
    assert all(p.days is None for p in attendance.people(db, site.proposal_id, MAY))

    assert attendance.record_days(db, actor, site.proposal_id, MAY,
                                  {first: 26, late: 15}, source="register") == 2
    by_cin = {p.cin: p for p in attendance.people(db, site.proposal_id, MAY)}
    assert (by_cin["M123456"].days, by_cin["M123456"].source) == (26, "register")
    assert by_cin["MA20001"].days == 15 and by_cin["M555111"].days is None

    attendance.record_days(db, actor, site.proposal_id, MAY, {first: 20, late: None})
    by_cin = {p.cin: p for p in attendance.people(db, site.proposal_id, MAY)}
    assert by_cin["M123456"].days == 20 and by_cin["MA20001"].days is None
    # April: the late starter is not on the worksite yet
    assert "MA20001" not in {p.cin for p in attendance.people(db, site.proposal_id,
                                                              Month(2023, 4))}


def test_a_viewer_may_not_record_days(demo_opened):
    db = demo_opened.db
    site = place_people(db, demo_opened.actor)
    viewer = add_account(demo_opened, "viewer1", UserRole.VIEWER)
    with pytest.raises(Forbidden):
        attendance.record_days(db, viewer, site.proposal_id, MAY,
                               {site.assignments["M123456"]: 3})
