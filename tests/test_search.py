"""Search on SQLite: folded text, the FTS5 trigram index, and the migration that fills it."""

from __future__ import annotations

import importlib.util
import random

from alembic import command
from sqlalchemy import select, true

from app.domain.text import fold
from app.services import search
from app.services.unit_of_work import writing
from app.storage.models import CallRow, PartnerRow
from app.storage.upgrade import MIGRATIONS_DIR, alembic_config, migrate
from tests.search_scenario import proposal_ids, run_search_scenario


def migration_0007():
    path = next((MIGRATIONS_DIR / "versions").glob("0007_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_search_finds_what_was_meant_on_sqlite(demo_opened):
    run_search_scenario(demo_opened.db, demo_opened.actor)


def test_the_migration_folds_as_the_program_does():
    frozen = migration_0007().fold
    alphabet = ("أإآٱاىيةهؤوئءبتمحدلسنر" "\u064b\u064e\u0650\u0651\u0652\u0670\u0640"
                "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789" "AaÉéèçÇßœŒ -_/\t\n"
                "\u200e\u200f\u061c\u202b\u2066\u2069\u00a0ﻷﻻﺓ")
    rng = random.Random(7)
    for _ in range(2000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert frozen(sample) == fold(sample), repr(sample)


def assert_every_search_text_is_current(db, actor) -> None:
    with writing(db, actor) as session:
        assert search.refresh_proposals(session, true()) == []
        for row in session.scalars(select(PartnerRow)):
            assert row.search_text == search.partner_text(row) != ""
        for call in session.scalars(select(CallRow)):
            assert call.search_text == search.call_text(call) != ""


def test_the_demo_loader_writes_the_search_text(demo_opened):
    assert_every_search_text_is_current(demo_opened.db, demo_opened.actor)


def test_the_upgrade_fills_the_search_text_as_the_services_write_it(demo_opened):
    db = demo_opened.db
    config = alembic_config()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
    migrate(db.engine)
    assert_every_search_text_is_current(db, demo_opened.actor)
    assert len(proposal_ids(db, "الامل")) == len(proposal_ids(db, "الأمل")) > 0


def test_the_full_text_index_agrees_with_its_table(demo_opened):
    run_search_scenario(demo_opened.db, demo_opened.actor)
    with demo_opened.db.engine.connect() as connection:
        for name in ("partners", "proposals", "calls"):
            connection.exec_driver_sql(
                f"INSERT INTO {name}_search({name}_search, rank) VALUES ('integrity-check', 1)")
