"""Accounts that lock after failed log-ins, and an audit log chained by hashes.

Every audit entry gets a number (`seq`, per database; `machine_seq`, per installation),
the hash of the entry before it and its own hash. Entries written before this revision
are chained here, oldest first, with a frozen copy of the canonical form of
`app/domain/audit_chain.py` (a migration must give the same result whatever the code
becomes; tests/test_audit_chain.py checks that the two agree). Triggers then refuse to
change or delete an audit entry, as 0005's refuse to change a printed document; their
message starts with the same LOCK_MARK so the services name the lock in Arabic.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

LOCK_MARK = "awrach-locked"
AUDIT_LOCKED = "audit log is append-only"
GENESIS = "0" * 64
BACKFILL_MACHINE = ""  # entries written before the chain: their machine is not known


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('password_changed_at', sa.DateTime(timezone=True),
                                   nullable=True))
    with op.batch_alter_table('audit_log') as batch:
        batch.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('machine', sa.String(length=80), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('machine_seq', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=False,
                                   server_default=''))
        batch.create_index('ix_audit_log_seq', ['seq'], unique=True)
        batch.create_index('ix_audit_machine', ['machine', 'machine_seq'], unique=False)
    with op.batch_alter_table('printed_documents') as batch:
        batch.add_column(sa.Column('audit_seq', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=False,
                                   server_default=''))
    _backfill(op.get_bind())
    for statement in _lock_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in _unlock_statements(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table('printed_documents') as batch:
        batch.drop_column('audit_hash')
        batch.drop_column('audit_seq')
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a column by copying the table, which loses 0005's triggers on it.
        for when in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS printed_documents_lock_{when.lower()} "
                       f"BEFORE {when} ON printed_documents FOR EACH ROW WHEN 1 BEGIN "
                       f"SELECT RAISE(ABORT, '{LOCK_MARK}: printed documents are kept as "
                       "printed'); END")
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_index('ix_audit_machine')
        batch.drop_index('ix_audit_log_seq')
        for column in ('entry_hash', 'prev_hash', 'machine_seq', 'machine', 'seq'):
            batch.drop_column(column)
    with op.batch_alter_table('users') as batch:
        for column in ('password_changed_at', 'locked_until', 'failed_logins'):
            batch.drop_column(column)


# -- the backfill: a frozen copy of app/domain/audit_chain.py as of this revision ----------

def _utc_iso(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(seq: int, machine: str, machine_seq: int, prev_hash: str, at: datetime,
               username: str, action: str, entity: str, entity_id: str,
               changes: Any) -> str:
    canonical = json.dumps({
        "seq": seq, "machine": machine, "machine_seq": machine_seq, "prev_hash": prev_hash,
        "at": _utc_iso(at), "username": username, "action": action, "entity": entity,
        "entity_id": entity_id, "changes": changes,
    }, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_AUDIT = sa.table(
    'audit_log', sa.column('id', sa.Uuid()), sa.column('at', sa.DateTime(timezone=True)),
    sa.column('username', sa.String()), sa.column('action', sa.String()),
    sa.column('entity', sa.String()), sa.column('entity_id', sa.String()),
    sa.column('changes', sa.JSON()), sa.column('seq', sa.BigInteger()),
    sa.column('machine', sa.String()), sa.column('machine_seq', sa.BigInteger()),
    sa.column('prev_hash', sa.String()), sa.column('entry_hash', sa.String()))


def _backfill(connection: sa.Connection) -> None:
    """Chain the entries already written, oldest first (then by id, for equal times)."""
    rows = connection.execute(sa.select(
        _AUDIT.c.id, _AUDIT.c.at, _AUDIT.c.username, _AUDIT.c.action, _AUDIT.c.entity,
        _AUDIT.c.entity_id, _AUDIT.c.changes).order_by(_AUDIT.c.at, _AUDIT.c.id)).all()
    previous = GENESIS
    updates = []
    for seq, row in enumerate(rows, start=1):
        digest = entry_hash(seq, BACKFILL_MACHINE, seq, previous, row.at, row.username,
                            row.action, row.entity, row.entity_id, row.changes or {})
        updates.append({"key": row.id, "seq": seq, "machine": BACKFILL_MACHINE,
                        "machine_seq": seq, "prev_hash": previous, "entry_hash": digest})
        previous = digest
    if updates:
        connection.execute(
            _AUDIT.update().where(_AUDIT.c.id == sa.bindparam("key")).values(
                seq=sa.bindparam("seq"), machine=sa.bindparam("machine"),
                machine_seq=sa.bindparam("machine_seq"), prev_hash=sa.bindparam("prev_hash"),
                entry_hash=sa.bindparam("entry_hash")),
            updates)


# -- the lock: audit entries are only ever added --------------------------------------------

def _lock_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            "CREATE FUNCTION awrach_lock_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"RAISE EXCEPTION '{LOCK_MARK}: {AUDIT_LOCKED}' USING ERRCODE = 'check_violation'; "
            "END $$",
            "CREATE TRIGGER audit_log_lock BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION awrach_lock_audit()",
            "CREATE TRIGGER audit_log_lock_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION awrach_lock_audit()",
            # 0005's function: the register of prints is not emptied in one statement either.
            "CREATE TRIGGER printed_documents_lock_truncate BEFORE TRUNCATE ON "
            "printed_documents FOR EACH STATEMENT EXECUTE FUNCTION awrach_lock_printed()",
        ]
    return [f"CREATE TRIGGER audit_log_lock_{when.lower()} BEFORE {when} ON audit_log "
            f"FOR EACH ROW BEGIN SELECT RAISE(ABORT, '{LOCK_MARK}: {AUDIT_LOCKED}'); END"
            for when in ("UPDATE", "DELETE")]


def _unlock_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return ["DROP TRIGGER IF EXISTS printed_documents_lock_truncate ON printed_documents",
                "DROP FUNCTION IF EXISTS awrach_lock_audit() CASCADE"]
    return ["DROP TRIGGER IF EXISTS audit_log_lock_update",
            "DROP TRIGGER IF EXISTS audit_log_lock_delete"]
