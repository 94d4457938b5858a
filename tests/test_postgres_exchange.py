"""PostgreSQL as the shared server: two clients, versioned saves, the change log, packages."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import select

from app.domain.enums import PartnerKind
from app.domain.exchange import Outcome, version_of
from app.domain.partners import Partner
from app.errors import Conflict
from app.services import exchange, partners
from app.services.listing import ListQuery
from app.services.startup import open_database
from app.services.unit_of_work import reading
from app.settings import MACHINE_ID
from app.storage.database import Database
from app.storage.models import ChangeLogRow
from tests.conftest import sign_in_admin
from tests.test_exchange import laptop, records  # noqa: F401 (fixture)

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]


def _named(db, name):
    (found,) = [p for p in partners.list_partners(db, ListQuery(search=name)).rows
                if p.name_ar == name]
    return found


def test_two_clients_on_one_server_see_each_other_and_a_stale_save_is_refused(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    first, actor = opened.db, opened.actor
    second = Database(pg_url)  # another laptop on the same server
    try:
        saved = partners.save_partner(first, actor, Partner(
            PartnerKind.ASSOCIATION, "جمعية الخادم", legal_representative="نادية"))
        seen = _named(second, "جمعية الخادم")  # the other client, on its next refresh
        assert seen.id == saved.id
        partners.save_partner(first, actor, Partner(**{**saved.__dict__, "notes": "أول"}))
        with pytest.raises(Conflict) as refused:
            partners.save_partner(second, actor, Partner(**{**seen.__dict__,
                                                            "notes": "ثان"}))
        assert actor.username in refused.value.message
        assert _named(second, "جمعية الخادم").notes == "أول"
        with reading(first) as session:
            logged = session.scalars(select(ChangeLogRow.record_key).where(
                ChangeLogRow.table_name == "partners")).all()
        assert logged.count(json.dumps([str(saved.id)])) == 2  # insert, then the update
    finally:
        second.dispose()
        first.dispose()


def test_a_package_from_a_laptop_goes_into_the_server_once(laptop, pg_url,  # noqa: F811
                                                           tmp_path):
    MACHINE_ID.set("laptop-khenifra")
    package = tmp_path / "to-server.awrach.zip"
    exchange.export_package(laptop.db, laptop.actor, package)
    server = sign_in_admin(open_database(pg_url))
    try:
        MACHINE_ID.set("server")
        result = exchange.import_package(server.db, server.actor, package)
        assert result.count(Outcome.CONFLICT) == 0 and result.files_added == 1
        ours, theirs = records(server.db), records(laptop.db)
        for table, rows in theirs.items():  # the seeded rows' timestamps are the server's
            for key, record in rows.items():
                assert version_of(ours[table].get(key)) == version_of(record), (table, key)
        assert ours["partners"] == theirs["partners"]  # made on the laptop: exactly
        assert ours["proposals"] and ours["meetings"]
        again = exchange.import_package(server.db, server.actor, package)
        assert again.changed == 0 and again.count(Outcome.CONFLICT) == 0
    finally:
        server.db.dispose()
