"""Beneficiaries as real records: eligibility category, education level, the import source,
a row version, the folded search text with its index, and assignments that keep who left,
when, why and who replaced them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12

Plain `ADD COLUMN`s and new indexes and tables only (no batch copy). Like 0007, SQLite gets
an FTS5 trigram table over `search_text` (external content) kept in step by triggers, and
PostgreSQL a pg_trgm GIN index when the extension is there. A bulk import drops the insert
trigger inside its own transaction and fills the index in one statement after the rows
(`app.services.beneficiary_import`): 250,000 trigger calls would cost far more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

SORTED = ('first_name_ar', 'last_name_fr', 'birth_date', 'category', 'sex')
INDEX = 'beneficiaries_search'
INSERT_TRIGGER = f"{INDEX}_insert"


def insert_trigger_sql() -> str:
    """The statement that (re)creates the FTS insert trigger; the bulk import uses it."""
    return (f"CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON beneficiaries BEGIN "
            f"INSERT INTO {INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text); END")


def _sqlite_index(connection: sa.Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, content='beneficiaries', "
        "content_rowid='rowid', tokenize='trigram')")
    connection.exec_driver_sql(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")
    add = f"INSERT INTO {INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text);"
    remove = (f"INSERT INTO {INDEX}({INDEX}, rowid, search_text) "
              "VALUES ('delete', old.rowid, old.search_text);")
    connection.exec_driver_sql(insert_trigger_sql())
    connection.exec_driver_sql(
        f"CREATE TRIGGER {INDEX}_delete AFTER DELETE ON beneficiaries BEGIN {remove} END")
    connection.exec_driver_sql(
        f"CREATE TRIGGER {INDEX}_update AFTER UPDATE OF search_text ON beneficiaries "
        f"BEGIN {remove} {add} END")


def _postgres_index(connection: sa.Connection) -> None:
    if connection.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
        connection.exec_driver_sql(
            "CREATE INDEX ix_beneficiaries_search_trgm ON beneficiaries "
            "USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    op.add_column('beneficiaries', sa.Column('row_version', sa.Integer(), nullable=False,
                                             server_default=sa.text('1')))
    for name, length in (('education_level', 20), ('source', 255), ('name_key', 120)):
        op.add_column('beneficiaries', sa.Column(name, sa.String(length), nullable=False,
                                                 server_default=''))
    op.add_column('beneficiaries', sa.Column('search_text', sa.Text(), nullable=False,
                                             server_default=''))
    for column in SORTED:
        op.create_index(f'ix_beneficiaries_sort_{column}', 'beneficiaries',
                        [column, 'last_name_ar', 'id'])
    op.create_index('ix_beneficiaries_birth_key', 'beneficiaries', ['birth_date', 'name_key'])

    op.add_column('assignments', sa.Column('row_version', sa.Integer(), nullable=False,
                                           server_default=sa.text('1')))
    op.add_column('assignments', sa.Column('left_on', sa.Date(), nullable=True))
    op.add_column('assignments', sa.Column('leave_reason', sa.Text(), nullable=False,
                                           server_default=''))
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a column's reference inline only; Alembic would want a batch copy.
        op.execute("ALTER TABLE assignments ADD COLUMN replaces_id CHAR(32) "
                   "REFERENCES assignments (id)")
    else:
        op.add_column('assignments', sa.Column(
            'replaces_id', sa.Uuid(),
            sa.ForeignKey('assignments.id', name='fk_assignments_replaces_id_assignments'),
            nullable=True))
    op.create_index('ix_assignments_proposal_status', 'assignments', ['proposal_id', 'status'])

    op.create_table(
        'beneficiary_pair_decisions',
        sa.Column('first_id', sa.Uuid(), nullable=False),
        sa.Column('second_id', sa.Uuid(), nullable=False),
        sa.Column('decided_by', sa.String(length=80), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['first_id'], ['beneficiaries.id'],
                                name=op.f('fk_beneficiary_pair_decisions_first_id_beneficiaries')),
        sa.ForeignKeyConstraint(['second_id'], ['beneficiaries.id'],
                                name=op.f('fk_beneficiary_pair_decisions_second_id_beneficiaries')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_beneficiary_pair_decisions')))
    op.create_index('ix_beneficiary_pair_decisions_first_id', 'beneficiary_pair_decisions',
                    ['first_id'])
    op.create_index('ix_beneficiary_pair_decisions_second_id', 'beneficiary_pair_decisions',
                    ['second_id'])

    connection = op.get_bind()
    if connection.dialect.name == 'sqlite':
        _sqlite_index(connection)
    elif connection.dialect.name == 'postgresql':
        _postgres_index(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == 'sqlite':
        for event in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS {INDEX}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_beneficiaries_search_trgm")
    op.drop_table('beneficiary_pair_decisions')
    op.drop_index('ix_assignments_proposal_status', 'assignments')
    for column in ('replaces_id', 'leave_reason', 'left_on', 'row_version'):
        if column == 'replaces_id' and connection.dialect.name != 'sqlite':
            op.drop_constraint('fk_assignments_replaces_id_assignments', 'assignments')
        op.drop_column('assignments', column)
    op.drop_index('ix_beneficiaries_birth_key', 'beneficiaries')
    for column in SORTED:
        op.drop_index(f'ix_beneficiaries_sort_{column}', 'beneficiaries')
    for column in ('search_text', 'name_key', 'source', 'education_level', 'row_version'):
        op.drop_column('beneficiaries', column)
