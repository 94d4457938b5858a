"""The employment grant of the second component (issue 18).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

New tables only (no batch copy of an existing table, so no trigger of 0005-0007 is lost):
regional allocations, grant calls, employers, applications and their posts, the regional
committee's decisions, agreements, hires and the months paid. As for conventions, a
signed agreement and the decisions of a closed meeting are locked by triggers that refuse
raw-SQL edits; employers and applications get the FTS5 trigram index (SQLite) or the
pg_trgm index (PostgreSQL) of migration 0007 over their `search_text`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('grant_allocations',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=False),
    sa.Column('hires', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('hires > 0', name=op.f('ck_grant_allocations_hires_positive')),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_grant_allocations_edition_id_editions')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_grant_allocations_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_allocations')),
    sa.UniqueConstraint('edition_id', 'region_id', name=op.f('uq_grant_allocations_edition_id_region_id'))
    )
    with op.batch_alter_table('grant_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_allocations_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_allocations_region_id'), ['region_id'], unique=False)

    op.create_table('grant_calls',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('title_ar', sa.String(length=400), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_grant_calls_edition_id_editions')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_grant_calls_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_calls')),
    sa.UniqueConstraint('reference', name=op.f('uq_grant_calls_reference'))
    )
    with op.batch_alter_table('grant_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_calls_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_calls_region_id'), ['region_id'], unique=False)

    op.create_table('employers',
    sa.Column('kind', sa.Enum('association', 'cooperative', 'enterprise', name='partnerkind', native_enum=False, length=40), nullable=False),
    sa.Column('name_ar', sa.String(length=400), nullable=False),
    sa.Column('name_fr', sa.String(length=400), nullable=False),
    sa.Column('cnss_affiliate', sa.String(length=7), nullable=False),
    sa.Column('sector', sa.String(length=40), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=False),
    sa.Column('legal_representative', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('rib', sa.String(length=24), nullable=False),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_employers_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employers')),
    sa.UniqueConstraint('cnss_affiliate', name=op.f('uq_employers_cnss_affiliate'))
    )
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employers_province_id'), ['province_id'], unique=False)

    op.create_table('grant_applications',
    sa.Column('call_id', sa.Uuid(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('hires', sa.Integer(), nullable=False),
    sa.Column('target_groups', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['grant_calls.id'], name=op.f('fk_grant_applications_call_id_grant_calls')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_grant_applications_employer_id_employers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_applications')),
    sa.UniqueConstraint('reference', name=op.f('uq_grant_applications_reference'))
    )
    with op.batch_alter_table('grant_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_applications_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_applications_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_applications_status'), ['status'], unique=False)

    op.create_table('grant_agreements',
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('hires', sa.Integer(), nullable=False),
    sa.Column('monthly_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('grant_months', sa.Integer(), nullable=False),
    sa.Column('total_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_place', sa.String(length=255), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_applications.id'], name=op.f('fk_grant_agreements_application_id_grant_applications')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_grant_agreements_employer_id_employers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_agreements')),
    sa.UniqueConstraint('application_id', name=op.f('uq_grant_agreements_application_id')),
    sa.UniqueConstraint('number', name=op.f('uq_grant_agreements_number'))
    )
    with op.batch_alter_table('grant_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_agreements_employer_id'), ['employer_id'], unique=False)

    op.create_table('grant_posts',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title_ar', sa.String(length=400), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('monthly_wage', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('contract_months', sa.Integer(), nullable=False),
    sa.Column('contract_type', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_applications.id'], name=op.f('fk_grant_posts_application_id_grant_applications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_posts'))
    )
    with op.batch_alter_table('grant_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_posts_application_id'), ['application_id'], unique=False)

    op.create_table('grant_decisions',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['grant_applications.id'], name=op.f('fk_grant_decisions_application_id_grant_applications')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_grant_decisions_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_decisions')),
    sa.UniqueConstraint('meeting_id', 'application_id', name=op.f('uq_grant_decisions_meeting_id_application_id'))
    )
    with op.batch_alter_table('grant_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_decisions_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_decisions_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('grant_hires',
    sa.Column('agreement_id', sa.Uuid(), nullable=False),
    sa.Column('cin', sa.String(length=8), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('post_title', sa.String(length=400), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('contract_months', sa.Integer(), nullable=False),
    sa.Column('grant_months', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('replaces_hire_id', sa.Uuid(), nullable=True),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['grant_agreements.id'], name=op.f('fk_grant_hires_agreement_id_grant_agreements')),
    sa.ForeignKeyConstraint(['replaces_hire_id'], ['grant_hires.id'], name=op.f('fk_grant_hires_replaces_hire_id_grant_hires')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_hires'))
    )
    with op.batch_alter_table('grant_hires', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_hires_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_hires_cin'), ['cin'], unique=False)

    op.create_table('grant_payments',
    sa.Column('hire_id', sa.Uuid(), nullable=False),
    sa.Column('month_index', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['hire_id'], ['grant_hires.id'], name=op.f('fk_grant_payments_hire_id_grant_hires')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_payments')),
    sa.UniqueConstraint('hire_id', 'month_index', name=op.f('uq_grant_payments_hire_id_month_index'))
    )
    with op.batch_alter_table('grant_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_payments_hire_id'), ['hire_id'], unique=False)

    connection = op.get_bind()
    for statement in _lock_statements(connection.dialect.name):
        op.execute(statement)
    if connection.dialect.name == 'sqlite':
        _sqlite_index(connection)
    elif connection.dialect.name == 'postgresql':
        _postgres_index(connection)


def downgrade() -> None:
    for statement in _unlock_statements(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table('grant_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_payments_hire_id'))

    op.drop_table('grant_payments')
    with op.batch_alter_table('grant_hires', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_hires_cin'))
        batch_op.drop_index(batch_op.f('ix_grant_hires_agreement_id'))

    op.drop_table('grant_hires')
    with op.batch_alter_table('grant_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_decisions_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_grant_decisions_application_id'))

    op.drop_table('grant_decisions')
    with op.batch_alter_table('grant_posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_posts_application_id'))

    op.drop_table('grant_posts')
    with op.batch_alter_table('grant_agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_agreements_employer_id'))

    op.drop_table('grant_agreements')
    with op.batch_alter_table('grant_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_applications_status'))
        batch_op.drop_index(batch_op.f('ix_grant_applications_employer_id'))
        batch_op.drop_index(batch_op.f('ix_grant_applications_call_id'))

    op.drop_table('grant_applications')
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employers_province_id'))

    op.drop_table('employers')
    with op.batch_alter_table('grant_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_calls_region_id'))
        batch_op.drop_index(batch_op.f('ix_grant_calls_edition_id'))

    op.drop_table('grant_calls')
    with op.batch_alter_table('grant_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_allocations_region_id'))
        batch_op.drop_index(batch_op.f('ix_grant_allocations_edition_id'))

    op.drop_table('grant_allocations')


LOCK_MARK = "awrach-locked"
SEARCHED = ('employers', 'grant_applications')
AGREEMENT_COLUMNS = ("number", "application_id", "employer_id", "hires", "monthly_amount",
                     "grant_months", "total_amount", "signed_on", "signed_place", "locked_at",
                     "content_sha256")
_CLOSED_MEETING = "(SELECT status FROM meetings WHERE id = {row}.meeting_id) = 'closed'"


def _changed(distinct: str) -> str:
    return " OR ".join(f"NEW.{c} {distinct} OLD.{c}" for c in AGREEMENT_COLUMNS)


def _sqlite_trigger(name: str, when: str, table: str, condition: str, message: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {when} ON {table} FOR EACH ROW WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{LOCK_MARK}: {message}'); END")


def _sqlite_statements() -> list[str]:
    new, old = _CLOSED_MEETING.format(row="NEW"), _CLOSED_MEETING.format(row="OLD")
    return [
        _sqlite_trigger("grant_decisions_lock_insert", "INSERT", "grant_decisions", new,
                        "meeting closed"),
        _sqlite_trigger("grant_decisions_lock_update", "UPDATE", "grant_decisions",
                        f"{old} OR {new}", "meeting closed"),
        _sqlite_trigger("grant_decisions_lock_delete", "DELETE", "grant_decisions", old,
                        "meeting closed"),
        _sqlite_trigger("grant_agreements_lock_update", "UPDATE", "grant_agreements",
                        "OLD.locked_at IS NOT NULL AND (" + _changed("IS NOT")
                        + " OR CAST(NEW.content AS TEXT) IS NOT CAST(OLD.content AS TEXT))",
                        "grant agreement signed"),
        _sqlite_trigger("grant_agreements_lock_delete", "DELETE", "grant_agreements",
                        "OLD.locked_at IS NOT NULL", "grant agreement signed"),
    ]


def _pg_raise(message: str) -> str:
    return f"RAISE EXCEPTION '{LOCK_MARK}: {message}' USING ERRCODE = 'check_violation';"


def _pg_statements() -> list[str]:
    closed = ("EXISTS (SELECT 1 FROM meetings WHERE id = {row}.meeting_id "
              "AND status = 'closed')")
    functions = {
        "awrach_lock_grant_decision": (
            f"IF TG_OP <> 'INSERT' AND {closed.format(row='OLD')} THEN "
            f"{_pg_raise('meeting closed')} END IF; "
            f"IF TG_OP <> 'DELETE' AND {closed.format(row='NEW')} THEN "
            f"{_pg_raise('meeting closed')} END IF;"),
        "awrach_lock_grant_agreement": (
            "IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
            + _changed("IS DISTINCT FROM")
            + " OR NEW.content::text IS DISTINCT FROM OLD.content::text) "
            f"THEN {_pg_raise('grant agreement signed')} END IF;"),
    }
    statements = [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        for name, body in functions.items()]
    statements += [
        "CREATE TRIGGER grant_decisions_lock BEFORE INSERT OR UPDATE OR DELETE ON "
        "grant_decisions FOR EACH ROW EXECUTE FUNCTION awrach_lock_grant_decision()",
        "CREATE TRIGGER grant_agreements_lock BEFORE UPDATE OR DELETE ON grant_agreements "
        "FOR EACH ROW EXECUTE FUNCTION awrach_lock_grant_agreement()",
    ]
    return statements


def _lock_statements(dialect: str) -> list[str]:
    return _pg_statements() if dialect == "postgresql" else _sqlite_statements()


def _unlock_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return ["DROP FUNCTION IF EXISTS awrach_lock_grant_decision() CASCADE",
                "DROP FUNCTION IF EXISTS awrach_lock_grant_agreement() CASCADE"]
    names = [s.split()[2] for s in _sqlite_statements()]
    names += [f"{t}_search_{e}" for t in SEARCHED for e in ("insert", "delete", "update")]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in names] + [
        f"DROP TABLE IF EXISTS {t}_search" for t in SEARCHED]


def _sqlite_index(connection: sa.Connection) -> None:
    """As migration 0007 does for partners, proposals and calls."""
    for name in SEARCHED:
        index = f"{name}_search"
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {index} USING fts5(search_text, content='{name}', "
            "content_rowid='rowid', tokenize='trigram')")
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
    present = connection.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
    if not present:
        return  # migration 0007 could not create it: search runs unindexed, by a scan
    for name in SEARCHED:
        connection.exec_driver_sql(
            f"CREATE INDEX ix_{name}_search_trgm ON {name} USING gin (search_text gin_trgm_ops)")
