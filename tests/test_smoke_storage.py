from sqlalchemy import text

from app.services import territory


def test_fresh_database_has_the_shipped_territory_and_sqlite_pragmas(db):
    assert len(territory.list_regions(db)) == 12
    assert len(territory.list_provinces(db)) == 75
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
