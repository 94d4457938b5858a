"""Locking of closed meetings and signed conventions, number sequences, printed documents.

A closed meeting and a signed convention must not change even when someone edits the
database file directly (DB Browser, psql): triggers refuse it. Their message starts with
LOCK_MARK so that the services can tell the user which record is locked.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('number_sequences',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_number_sequences'))
    )
    op.create_table('printed_documents',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('short_code', sa.String(length=20), nullable=False),
    sa.Column('printed_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_documents'))
    )
    with op.batch_alter_table('printed_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_printed_documents_content_sha256'), ['content_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_printed_documents_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_printed_documents_pdf_sha256'), ['pdf_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_printed_documents_short_code'), ['short_code'], unique=False)

    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quorum_numerator', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('quorum_denominator', sa.Integer(), nullable=False, server_default='2'))
        batch_op.add_column(sa.Column('chair_casting_vote', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('convention_amendments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_place', sa.String(length=255), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('hijri_date_text', sa.String(length=255), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('content', sa.JSON(), nullable=False, server_default='{}'))

    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_meeting_decisions_meeting_id_proposal_id'), ['meeting_id', 'proposal_id'])

    for statement in _lock_statements(op.get_bind().dialect.name):
        op.execute(statement)



def downgrade() -> None:
    for statement in _unlock_statements(op.get_bind().dialect.name):
        op.execute(statement)

    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_meeting_decisions_meeting_id_proposal_id'), type_='unique')

    with op.batch_alter_table('convention_amendments', schema=None) as batch_op:
        batch_op.drop_column('content')
        batch_op.drop_column('locked_at')
        batch_op.drop_column('hijri_date_text')
        batch_op.drop_column('signed_place')

    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.drop_column('chair_casting_vote')
        batch_op.drop_column('quorum_denominator')
        batch_op.drop_column('quorum_numerator')

    with op.batch_alter_table('printed_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_printed_documents_short_code'))
        batch_op.drop_index(batch_op.f('ix_printed_documents_pdf_sha256'))
        batch_op.drop_index(batch_op.f('ix_printed_documents_owner_id'))
        batch_op.drop_index(batch_op.f('ix_printed_documents_content_sha256'))

    op.drop_table('printed_documents')
    op.drop_table('number_sequences')


LOCK_MARK = "awrach-locked"
MEETING_CHILDREN = ("meeting_agenda", "meeting_attendance", "meeting_scores", "meeting_votes",
                    "meeting_decisions", "meeting_recommendations")
CONVENTION_COLUMNS = ("number", "proposal_id", "edition_id", "partner_id", "decision_id",
                      "total_amount", "admin_fee_amount", "signed_on", "signed_place",
                      "hijri_date_text", "locked_at", "version", "content_sha256")
TRANCHE_COLUMNS = ("convention_id", "position", "amount", "due_on")
AMENDMENT_COLUMNS = ("convention_id", "number", "reason", "signed_on", "signed_place",
                     "hijri_date_text", "locked_at", "content_sha256")

_CLOSED_MEETING = "(SELECT status FROM meetings WHERE id = {row}.meeting_id) = 'closed'"
_LOCKED_CONVENTION = ("(SELECT locked_at FROM conventions WHERE id = {row}.convention_id) "
                      "IS NOT NULL")


def _changed(columns: tuple[str, ...], distinct: str) -> str:
    return " OR ".join(f"NEW.{c} {distinct} OLD.{c}" for c in columns)


def _sqlite_trigger(name: str, when: str, table: str, condition: str, message: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {when} ON {table} FOR EACH ROW WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{LOCK_MARK}: {message}'); END")


def _sqlite_statements() -> list[str]:
    statements = []
    for table in MEETING_CHILDREN:
        new, old = _CLOSED_MEETING.format(row="NEW"), _CLOSED_MEETING.format(row="OLD")
        statements += [
            _sqlite_trigger(f"{table}_lock_insert", "INSERT", table, new, "meeting closed"),
            _sqlite_trigger(f"{table}_lock_update", "UPDATE", table, f"{old} OR {new}",
                            "meeting closed"),
            _sqlite_trigger(f"{table}_lock_delete", "DELETE", table, old, "meeting closed"),
        ]
    statements += [
        _sqlite_trigger("meetings_lock_update", "UPDATE", "meetings", "OLD.status = 'closed'",
                        "meeting closed"),
        _sqlite_trigger("meetings_lock_delete", "DELETE", "meetings", "OLD.status = 'closed'",
                        "meeting closed"),
        _sqlite_trigger(
            "conventions_lock_update", "UPDATE", "conventions",
            "OLD.locked_at IS NOT NULL AND (" + _changed(CONVENTION_COLUMNS, "IS NOT")
            + " OR CAST(NEW.content AS TEXT) IS NOT CAST(OLD.content AS TEXT)"
            " OR (NEW.status IS NOT OLD.status AND NEW.status <> 'terminated'))",
            "convention signed"),
        _sqlite_trigger("conventions_lock_delete", "DELETE", "conventions",
                        "OLD.locked_at IS NOT NULL", "convention signed"),
    ]
    for when, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        statements.append(_sqlite_trigger(
            f"convention_signatories_lock_{when.lower()}", when, "convention_signatories",
            _LOCKED_CONVENTION.format(row=row), "convention signed"))
    statements += [
        _sqlite_trigger("convention_tranches_lock_insert", "INSERT", "convention_tranches",
                        _LOCKED_CONVENTION.format(row="NEW"), "convention signed"),
        _sqlite_trigger("convention_tranches_lock_update", "UPDATE", "convention_tranches",
                        _LOCKED_CONVENTION.format(row="OLD") + " AND ("
                        + _changed(TRANCHE_COLUMNS, "IS NOT") + ")", "convention signed"),
        _sqlite_trigger("convention_tranches_lock_delete", "DELETE", "convention_tranches",
                        _LOCKED_CONVENTION.format(row="OLD"), "convention signed"),
        _sqlite_trigger("convention_amendments_lock_update", "UPDATE", "convention_amendments",
                        "OLD.locked_at IS NOT NULL AND (" + _changed(AMENDMENT_COLUMNS, "IS NOT")
                        + " OR CAST(NEW.content AS TEXT) IS NOT CAST(OLD.content AS TEXT))",
                        "amendment signed"),
        _sqlite_trigger("convention_amendments_lock_delete", "DELETE", "convention_amendments",
                        "OLD.locked_at IS NOT NULL", "amendment signed"),
        _sqlite_trigger("printed_documents_lock_update", "UPDATE", "printed_documents", "1",
                        "printed documents are kept as printed"),
        _sqlite_trigger("printed_documents_lock_delete", "DELETE", "printed_documents", "1",
                        "printed documents are kept as printed"),
    ]
    return statements


def _pg_function(name: str, body: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$")


def _pg_raise(message: str) -> str:
    # check_violation: the driver reports it as an integrity error, as SQLite's ABORT is.
    return f"RAISE EXCEPTION '{LOCK_MARK}: {message}' USING ERRCODE = 'check_violation';"


def _pg_statements() -> list[str]:
    closed = ("EXISTS (SELECT 1 FROM meetings WHERE id = {row}.meeting_id "
              "AND status = 'closed')")
    locked = ("EXISTS (SELECT 1 FROM conventions WHERE id = {row}.convention_id "
              "AND locked_at IS NOT NULL)")
    functions = {
        "awrach_lock_meeting_child": (
            f"IF TG_OP <> 'INSERT' AND {closed.format(row='OLD')} THEN "
            f"{_pg_raise('meeting closed')} END IF; "
            f"IF TG_OP <> 'DELETE' AND {closed.format(row='NEW')} THEN "
            f"{_pg_raise('meeting closed')} END IF;"),
        "awrach_lock_meeting": (
            f"IF OLD.status = 'closed' THEN {_pg_raise('meeting closed')} END IF;"),
        "awrach_lock_convention": (
            "IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
            + _changed(CONVENTION_COLUMNS, "IS DISTINCT FROM")
            + " OR NEW.content::text IS DISTINCT FROM OLD.content::text"
            " OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'terminated')) "
            f"THEN {_pg_raise('convention signed')} END IF;"),
        "awrach_lock_signatory": (
            f"IF (TG_OP <> 'INSERT' AND {locked.format(row='OLD')}) OR "
            f"(TG_OP = 'INSERT' AND {locked.format(row='NEW')}) THEN "
            f"{_pg_raise('convention signed')} END IF;"),
        "awrach_lock_tranche": (
            f"IF (TG_OP = 'INSERT' AND {locked.format(row='NEW')}) OR "
            f"(TG_OP = 'DELETE' AND {locked.format(row='OLD')}) OR "
            f"(TG_OP = 'UPDATE' AND {locked.format(row='OLD')} AND ("
            + _changed(TRANCHE_COLUMNS, "IS DISTINCT FROM")
            + f")) THEN {_pg_raise('convention signed')} END IF;"),
        "awrach_lock_amendment": (
            "IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
            + _changed(AMENDMENT_COLUMNS, "IS DISTINCT FROM")
            + " OR NEW.content::text IS DISTINCT FROM OLD.content::text) "
            f"THEN {_pg_raise('amendment signed')} END IF;"),
        "awrach_lock_printed": _pg_raise("printed documents are kept as printed"),
    }
    statements = [_pg_function(name, body) for name, body in functions.items()]
    triggers = [(table, "INSERT OR UPDATE OR DELETE", "awrach_lock_meeting_child")
                for table in MEETING_CHILDREN]
    triggers += [
        ("meetings", "UPDATE OR DELETE", "awrach_lock_meeting"),
        ("conventions", "UPDATE OR DELETE", "awrach_lock_convention"),
        ("convention_signatories", "INSERT OR UPDATE OR DELETE", "awrach_lock_signatory"),
        ("convention_tranches", "INSERT OR UPDATE OR DELETE", "awrach_lock_tranche"),
        ("convention_amendments", "UPDATE OR DELETE", "awrach_lock_amendment"),
        ("printed_documents", "UPDATE OR DELETE", "awrach_lock_printed"),
    ]
    statements += [f"CREATE TRIGGER {table}_lock BEFORE {events} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()"
                   for table, events, function in triggers]
    return statements


def _lock_statements(dialect: str) -> list[str]:
    return _pg_statements() if dialect == "postgresql" else _sqlite_statements()


def _unlock_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [f"DROP FUNCTION IF EXISTS {name}() CASCADE" for name in (
            "awrach_lock_meeting_child", "awrach_lock_meeting", "awrach_lock_convention",
            "awrach_lock_signatory", "awrach_lock_tranche", "awrach_lock_amendment",
            "awrach_lock_printed")]
    names = [s.split()[2] for s in _sqlite_statements()]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in names]
