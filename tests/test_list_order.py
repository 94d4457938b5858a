"""A list's order walks an index: the chosen column is not repeated among the tie-breakers,
and the beneficiaries' default order (family name, id) has an index of its own (0020), so
a deep page never sorts 250,000 people again."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.services import beneficiaries, proposals
from app.services.listing import ListQuery, list_order, row_key
from app.storage.models import BeneficiaryRow, ProposalRow


def _sql(statement) -> str:
    return str(statement.compile(compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize("descending", [False, True])
def test_the_chosen_column_is_not_repeated_among_the_tie_breakers(descending):
    query = ListQuery(sort="last_name_ar", descending=descending)
    order = list_order(query, beneficiaries.SORTS, [BeneficiaryRow.last_name_ar,
                                                    BeneficiaryRow.id])
    way = " DESC" if descending else " ASC"
    assert _sql(select(BeneficiaryRow.id).order_by(*order)).endswith(
        f"ORDER BY beneficiaries.last_name_ar{way}, beneficiaries.id{way}")
    by_reference = list_order(ListQuery(sort="reference"), proposals.SORTS,
                              [ProposalRow.reference, ProposalRow.id])
    assert len(by_reference) == 2
    by_title = list_order(ListQuery(sort="title_ar"), proposals.SORTS,
                          [ProposalRow.reference, ProposalRow.id])
    assert len(by_title) == 3


@pytest.mark.parametrize("sort", [None, "last_name_ar", "birth_date", "sex"])
def test_a_deep_page_of_people_walks_an_index_instead_of_sorting(opened, sort):
    """The window's keys come from the index alone: on SQLite the tie-breaker and key is
    the rowid, which ends every index (migration 0021)."""
    with Session(opened.db.engine) as session:
        key = row_key(session, BeneficiaryRow)
    order = list_order(ListQuery(sort=sort, descending=True), beneficiaries.SORTS,
                       [BeneficiaryRow.last_name_ar, key])
    window = select(key).order_by(*order).offset(125_000).limit(200)
    with opened.db.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.execute(
            text("EXPLAIN QUERY PLAN " + _sql(window))))
    assert f"COVERING INDEX ix_beneficiaries_sort_{sort or 'last_name_ar'}" in plan
    assert "TEMP B-TREE" not in plan
