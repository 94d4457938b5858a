"""A folded search column on partners, proposals and calls, and its index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

`search_text` holds the folded concatenation of what each list searches (a proposal's also
holds its partner's names and its communes' names); app.services.search writes it from
then on, and this revision fills it for the rows already there, with a frozen copy of the
fold of that time (a migration must not change when app code does; a test compares the
two). SQLite gets an FTS5 trigram table per list, with the column as external content and
triggers keeping it in step; PostgreSQL gets pg_trgm and a GIN trigram index, or, where the
extension cannot be created (no rights), no index: search then still works, by a scan.

The FTS tables find rows by the content table's rowid. SQLite's VACUUM keeps those
rowids, but a batch migration that rebuilds partners, proposals or calls drops the
triggers with the old table: such a revision must create them again and then issue
`INSERT INTO <table>_search(<table>_search) VALUES ('rebuild')`.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('partners', 'proposals', 'calls')

_FOLDED_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}
_DROPPED = (
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x200B, 0x2010)] + ["\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
_FOLD = str.maketrans({**_FOLDED_LETTERS, **dict.fromkeys(_DROPPED, None)})


def fold(text: str) -> str:
    """Frozen copy of app.domain.text.fold as of this revision."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_FOLD).casefold().split())


def _joined(*parts: object) -> str:
    return fold(" ".join(str(p) for p in parts if p))


def _backfill(connection: sa.Connection) -> None:
    texts: dict[str, list[dict[str, object]]] = {name: [] for name in TABLES}
    for key, *fields in connection.execute(sa.text(
            "SELECT id, name_ar, name_fr, registration_number, legal_representative, phone "
            "FROM partners")):
        texts['partners'].append({'key': key, 'text': _joined(*fields)})
    for key, *fields in connection.execute(sa.text("SELECT id, reference, title_ar FROM calls")):
        texts['calls'].append({'key': key, 'text': _joined(*fields)})
    communes: dict[object, list[str]] = defaultdict(list)
    for key, name in connection.execute(sa.text(
            "SELECT pc.proposal_id, c.name_ar FROM proposal_communes pc "
            "JOIN communes c ON c.id = pc.commune_id")):
        if name:
            communes[key].append(name)
    for key, *fields in connection.execute(sa.text(
            "SELECT p.id, p.reference, p.title_ar, pa.name_ar, pa.name_fr FROM proposals p "
            "LEFT JOIN partners pa ON pa.id = p.partner_id")):
        texts['proposals'].append({'key': key,
                                   'text': _joined(*fields, *sorted(communes.get(key, [])))})
    for name, rows in texts.items():
        if rows:
            connection.execute(sa.text(f"UPDATE {name} SET search_text = :text WHERE id = :key"),
                               rows)


def _sqlite_index(connection: sa.Connection) -> None:
    for name in TABLES:
        index = f"{name}_search"
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {index} USING fts5(search_text, content='{name}', "
            "content_rowid='rowid', tokenize='trigram')")
        connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        add = f"INSERT INTO {index}(rowid, search_text) VALUES (new.rowid, new.search_text);"
        remove = (f"INSERT INTO {index}({index}, rowid, search_text) "
                  "VALUES ('delete', old.rowid, old.search_text);")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {index}_insert AFTER INSERT ON {name} BEGIN {add} END")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {index}_delete AFTER DELETE ON {name} BEGIN {remove} END")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {index}_update AFTER UPDATE OF search_text ON {name} "
            f"BEGIN {remove} {add} END")


def _postgres_index(connection: sa.Connection) -> None:
    """The extension needs rights a hosted database may not give: its failure is contained
    in a savepoint, so the upgrade still succeeds and search runs unindexed."""
    present = connection.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
    if not present:
        savepoint = connection.begin_nested()
        try:
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            savepoint.rollback()
            return
        savepoint.commit()
    for name in TABLES:
        connection.exec_driver_sql(
            f"CREATE INDEX ix_{name}_search_trgm ON {name} USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    for name in TABLES:
        op.add_column(name, sa.Column('search_text', sa.Text(), nullable=False,
                                      server_default=''))
    connection = op.get_bind()
    _backfill(connection)
    if connection.dialect.name == 'sqlite':
        _sqlite_index(connection)
    elif connection.dialect.name == 'postgresql':
        _postgres_index(connection)


def downgrade() -> None:
    connection = op.get_bind()
    for name in TABLES:
        if connection.dialect.name == 'sqlite':
            for event in ('insert', 'delete', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_search_{event}")
            op.execute(f"DROP TABLE IF EXISTS {name}_search")
        else:
            op.execute(f"DROP INDEX IF EXISTS ix_{name}_search_trgm")
        with op.batch_alter_table(name) as batch:
            batch.drop_column('search_text')
