"""The upgrade path from the first schema revision on a PostgreSQL server, step by step.

SQLite offices are covered by the kept files (test_kept_databases.py); a shared server
upgraded by a new version runs the same migrations through another dialect, with real
foreign keys, types and transactional DDL, so it is walked here with data in it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, func, select

from app.services import programme, territory
from app.services.startup import open_database
from app.storage.database import make_engine
from app.storage.upgrade import alembic_config, current_revision, head_revision, migrate

PG_URL = os.environ.get("AWRACH_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="AWRACH_TEST_PG_URL is not set")]

FIRST = Path(__file__).resolve().parent / "data" / "databases" / "awrach-rev0001.sqlite"
SEEDED_BY_0002 = {"minimum_wages", "worksite_domains"}


def _value(value: Any, python_type: type) -> Any:
    """SQLite keeps UUIDs as hex, dates and times as ISO text, JSON as text."""
    if value is None:
        return None
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    if python_type is bool:
        return bool(value)
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is Decimal:
        return Decimal(str(value))
    if python_type in (dict, list):
        return json.loads(value)
    return value


def _python_type(column: Any) -> type:
    try:
        return column.type.python_type
    except NotImplementedError:
        return object


def _copy_rows(source: Path, engine: Engine) -> dict[str, int]:
    """Every row of the kept SQLite file into the PostgreSQL schema of the same revision."""
    metadata = MetaData()
    metadata.reflect(engine)
    counts = {}
    with sqlite3.connect(source) as lite, engine.begin() as conn:
        lite.row_factory = sqlite3.Row
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            types = {c.name: _python_type(c) for c in table.columns}
            rows = [{name: _value(row[name], kind) for name, kind in types.items()}
                    for row in lite.execute(f'SELECT * FROM "{table.name}"')]
            if rows:
                conn.execute(table.insert(), rows)
            counts[table.name] = len(rows)
    return counts


def _counts(engine: Engine, tables: list[str]) -> dict[str, int]:
    metadata = MetaData()
    metadata.reflect(engine, only=tables)
    with engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(metadata.tables[t])) or 0
                for t in tables}


def test_postgres_is_upgraded_revision_by_revision_keeping_its_rows(pg_url):
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[0] == "0001" and revisions[-1] == head_revision()

    engine = make_engine(pg_url)
    try:
        migrate(engine, "0001")
        copied = _copy_rows(FIRST, engine)
        assert copied["communes"] == 1503 and copied["editions"] == 2 and copied["quotas"] == 4
        for revision in revisions[1:]:
            migrate(engine, revision)
            assert current_revision(engine) == revision
            now = _counts(engine, list(copied))
            for table, count in copied.items():
                if table in SEEDED_BY_0002:
                    assert now[table] >= count, (revision, table)
                else:
                    assert now[table] == count, (revision, table)
    finally:
        engine.dispose()

    opened = open_database(pg_url)
    try:
        assert opened.upgrade.from_revision == head_revision() and not opened.upgrade.changed
        editions = programme.list_editions(opened.db)
        assert sorted(e.year for e in editions) == [2022, 2023]
        assert len(programme.list_quotas(opened.db)) == copied["quotas"]
        assert programme.list_minimum_wages(opened.db), "0002 seeded the minimum wages"
        assert len(territory.list_communes(opened.db)) == 1503
    finally:
        opened.db.dispose()
