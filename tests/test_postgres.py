"""The same schema and services on a PostgreSQL server (the shared-office option)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.domain.programme import Edition, Quota
from app.errors import Locked
from app.services import meetings, programme, territory
from app.services.demo import build_demo
from app.services.startup import open_database
from app.services.unit_of_work import writing
from tests.conftest import sign_in_admin
from tests.meeting_scenario import closed_meeting

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]


def test_postgres_gets_the_schema_territory_and_quotas(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    assert opened.upgrade.backup is None
    assert len(territory.list_communes(db)) == 1503
    edition = programme.save_edition(db, actor, Edition(year=2023, number=2))
    khenifra = territory.find_province(db, "05.301")
    programme.save_quota(db, actor, Quota(edition.id, khenifra.id, 953, 3753))
    assert [q.posts for q in programme.list_quotas(db)] == [953]
    db.dispose()


def test_postgres_refuses_changes_to_a_closed_meeting_as_sqlite_does(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    build_demo(db, actor)
    scenario = closed_meeting(db, actor)
    for statement in ("UPDATE meeting_votes SET choice = 'against'",
                      "DELETE FROM meeting_decisions",
                      "UPDATE meetings SET status = 'planned'"):
        with pytest.raises(Locked), writing(db, actor) as session:
            session.execute(text(statement))
    assert meetings.get_meeting(db, scenario.meeting_id).is_closed
    db.dispose()
