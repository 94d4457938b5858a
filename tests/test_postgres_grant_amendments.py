"""Grant amendments and hires of the register on a PostgreSQL server, as on SQLite."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.errors import Locked
from app.services import grant_agreements, grant_amendments
from app.services.demo import build_demo
from app.services.startup import open_database
from app.services.unit_of_work import reading, writing
from tests.conftest import sign_in_admin

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]


def test_postgres_refuses_changes_to_a_signed_grant_amendment(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    build_demo(db, actor)
    [amended] = [a for a in grant_agreements.list_agreements(db)
                 if a.number == "BMK-MST-2023/AG004"]
    [amendment] = grant_amendments.list_amendments(db, amended.id)
    assert amendment.locked and amended.hires == amendment.hires
    for statement in ("UPDATE grant_amendments SET hires = 1",
                      "DELETE FROM grant_amendments"):
        with pytest.raises(Locked), writing(db, actor) as session:
            session.execute(text(statement))
    with reading(db) as session:
        unlinked = session.scalar(text("SELECT count(*) FROM grant_hires h LEFT JOIN "
                                       "beneficiaries b ON b.id = h.beneficiary_id "
                                       "WHERE b.cin IS DISTINCT FROM h.cin"))
    assert unlinked == 0
    db.dispose()
