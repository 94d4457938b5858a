"""Accounts that lock after failed log-ins, and an audit log chained by hashes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


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


def downgrade() -> None:
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_index('ix_audit_log_seq')
        for column in ('entry_hash', 'prev_hash', 'machine_seq', 'machine', 'seq'):
            batch.drop_column(column)
    with op.batch_alter_table('users') as batch:
        for column in ('password_changed_at', 'locked_until', 'failed_logins'):
            batch.drop_column(column)
