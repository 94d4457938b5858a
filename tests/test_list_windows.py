"""A window of a sorted list is the same slice of the same order, whether the window's keys
are found over the count's lighter query (a sort on the list's own columns) or over the
full query with its joins (a sort on a joined column such as the body's name)."""

from __future__ import annotations

import pytest

from app.services import beneficiaries, listing, partners, proposals
from app.services.listing import ListQuery


def _all_then_slices(lister, db, sort: str, descending: bool, search: str = "") -> None:
    whole = lister(db, ListQuery(sort=sort, descending=descending, search=search,
                                 limit=100_000)).rows
    assert len(whole) > 20
    ids = [row.id for row in whole]
    for offset in (0, 7, len(whole) // 2, len(whole) - 5):
        window = lister(db, ListQuery(sort=sort, descending=descending, search=search,
                                      offset=offset, limit=9)).rows
        assert [row.id for row in window] == ids[offset:offset + 9]


@pytest.mark.parametrize("sort", ["beneficiaries", "title_ar", "partner", "domain",
                                  "received_on", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_proposal_windows_are_slices_of_the_whole_order(demo_opened, sort, descending):
    _all_then_slices(proposals.list_proposals, demo_opened.db, sort, descending)


@pytest.mark.parametrize("sort", ["name_ar", "commune", "kind", "phone"])
def test_partner_windows_are_slices_of_the_whole_order(demo_opened, sort):
    _all_then_slices(partners.list_partners, demo_opened.db, sort, True)


@pytest.mark.parametrize("sort", ["birth_date", "last_name_ar", "cin", "sex"])
def test_beneficiary_windows_are_slices_of_the_whole_order(demo_opened, sort):
    _all_then_slices(beneficiaries.list_beneficiaries, demo_opened.db, sort, False)


def test_a_searched_window_keeps_the_search(demo_opened):
    everything = proposals.list_proposals(demo_opened.db, ListQuery(limit=100_000)).total
    _all_then_slices(proposals.list_proposals, demo_opened.db, "beneficiaries", True, "جمعية")
    found = proposals.list_proposals(demo_opened.db, ListQuery(
        sort="beneficiaries", search="جمعية", offset=0, limit=100_000)).total
    assert 20 < found < everything


@pytest.mark.parametrize("sort", ["", "beneficiaries", "received_on", "title_ar", "partner"])
@pytest.mark.parametrize("search", ["جمعية", "جمعية ال"])
def test_a_broad_search_walks_its_order_and_gives_the_same_windows(demo_opened, monkeypatch,
                                                                   sort, search):
    """A search matching many rows finds its window by walking the order's index (on the
    list's own columns); every window is still the same slice as the whole sorted match."""
    walks = []
    decide = listing._walks_order

    def spied(*arguments):
        walks.append(decide(*arguments))
        return walks[-1]

    monkeypatch.setattr(listing, "_walks_order", spied)
    for descending in (False, True):
        _all_then_slices(proposals.list_proposals, demo_opened.db, sort, descending, search)
    assert walks and all(walks) == (sort != "partner"), walks


def test_a_search_count_agrees_with_its_rows_with_and_without_filters(demo_opened):
    db = demo_opened.db
    edition = proposals.list_proposals(db, ListQuery(limit=1)).rows[0].edition_id
    for filters in ({}, {"edition_id": edition}):
        page = proposals.list_proposals(db, ListQuery(search="جمعية", filters=filters,
                                                      limit=100_000))
        counted = proposals.list_proposals(db, ListQuery(search="جمعية", filters=filters,
                                                         limit=0))
        assert counted.total == page.total == len(page.rows) > 0


def test_a_window_asked_with_its_known_count_is_not_counted_again(demo_opened, monkeypatch):
    db = demo_opened.db
    first = proposals.list_proposals(db, ListQuery(search="جمعية", limit=5))
    counts = []
    count = listing._count
    monkeypatch.setattr(listing, "_count", lambda *a: counts.append(1) or count(*a))
    again = proposals.list_proposals(db, ListQuery(search="جمعية", offset=5, limit=5))
    assert counts == [1]
    scrolled = proposals.list_proposals(db, ListQuery(search="جمعية", offset=5, limit=5,
                                                      known_total=first.total))
    assert counts == [1], "the known count is used as it is"
    assert [p.id for p in scrolled.rows] == [p.id for p in again.rows]
    assert scrolled.total == again.total == first.total
