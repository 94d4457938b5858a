"""The beneficiaries' import, search and assignment on PostgreSQL, as on SQLite."""

from __future__ import annotations

import csv
import os

import pytest

from app.services import beneficiaries, beneficiary_duplicates
from app.services import beneficiary_import as bi
from app.services.demo import build_demo
from app.services.listing import ListQuery
from app.services.startup import open_database
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from tests.conftest import sign_in_admin

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]


def test_postgres_imports_all_or_nothing_and_searches(pg_url, tmp_path):
    opened = sign_in_admin(open_database(pg_url))
    build_demo(opened.db, opened.actor)
    before = beneficiaries.list_beneficiaries(opened.db).total
    people = list(PeopleGenerator(8).people(40))
    path = tmp_path / "list.csv"
    with path.open("w", encoding="cp1256", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerows(as_cells(p) for p in people)
        writer.writerow(["1", "س", "س", "", "", "ذكر", "01/01/1990"])
    options = bi.ImportOptions(bi.guess_mapping(bi.read_table(path).headers))
    with pytest.raises(bi.ImportRefused):
        bi.import_file(opened.db, opened.actor, path, options)
    assert beneficiaries.list_beneficiaries(opened.db).total == before
    options.valid_only = True
    assert bi.import_file(opened.db, opened.actor, path, options).imported == 40
    found = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=people[5].cin))
    assert [p.cin for p in found.rows] == [people[5].cin]
    assert beneficiary_duplicates.find_duplicates(opened.db)
    opened.db.dispose()
