"""Search on PostgreSQL: the same folded text, looked up with ILIKE over a pg_trgm index."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.services.demo import build_demo
from app.services.startup import open_database
from tests.conftest import sign_in_admin
from tests.search_scenario import run_search_scenario

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]


def test_search_finds_what_was_meant_on_postgres(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    build_demo(db, actor)
    run_search_scenario(db, actor)
    with db.engine.connect() as connection:
        indexes = set(connection.scalars(text(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_trgm'")))
    assert indexes == {"ix_partners_search_trgm", "ix_proposals_search_trgm",
                       "ix_calls_search_trgm", "ix_employers_search_trgm",
                       "ix_grant_applications_search_trgm",
                       "ix_beneficiaries_search_trgm"}
    db.dispose()
