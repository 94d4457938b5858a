"""Sort indexes that a bulk import leaves to be built after its commit (SQLite only).

An import of 250,000 people spent a second of its five building the five secondary sort
indexes of the list (first name, Latin name, birth date, category, sex), which only a
sort on those columns needs. The import now puts each back as an empty partial index
(`... WHERE 0`): no query can use it, no insert writes to it, and its columns stay
written in the schema. `complete` builds them whole in a transaction of its own, right
after the import or, when the program stopped before that, when it next opens. Until
then a sort on one of those columns sorts the rows instead of walking an index.
"""

from __future__ import annotations

from sqlalchemy import Connection

PENDING = " WHERE 0"


def pending_form(sql: str) -> str:
    """The empty stand-in of an index, from its CREATE INDEX statement."""
    return sql if sql.endswith(PENDING) else sql + PENDING


def pending(connection: Connection, table: str) -> list[tuple[str, str]]:
    """The (name, statement) of the table's indexes still to build."""
    if connection.dialect.name != "sqlite":
        return []
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql LIKE ?", (table, "%" + PENDING))
    return [(name, sql) for name, sql in rows if sql.endswith(PENDING)]


def complete(connection: Connection, table: str) -> list[str]:
    """Build the table's pending indexes whole, inside the caller's transaction (which
    must hold the write lock: a kill in between leaves them pending, never missing)."""
    built = []
    for name, sql in pending(connection, table):
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
        connection.exec_driver_sql(sql[:-len(PENDING)])
        built.append(name)
    return built
