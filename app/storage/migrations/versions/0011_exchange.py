"""The bookkeeping of data packages: the change log, the peers, the bases, the conflicts.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

New tables only: nothing existing is copied, so no trigger needs re-creating.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'exchange_changes',
        sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                  autoincrement=True, nullable=False),
        sa.Column('table_name', sa.String(length=80), nullable=False),
        sa.Column('record_key', sa.String(length=400), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_exchange_changes')))
    op.create_index('ix_exchange_changes_record', 'exchange_changes',
                    ['table_name', 'record_key'])
    op.create_table(
        'exchange_peers',
        sa.Column('machine', sa.String(length=80), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('last_import_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_package_sha256', sa.String(length=64), nullable=False),
        sa.Column('last_export_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('sent_seq', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('machine', name=op.f('pk_exchange_peers')))
    op.create_table(
        'exchange_bases',
        sa.Column('peer', sa.String(length=80), nullable=False),
        sa.Column('table_name', sa.String(length=80), nullable=False),
        sa.Column('record_key', sa.String(length=400), nullable=False),
        sa.Column('version', sa.String(length=64), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('peer', 'table_name', 'record_key',
                                name=op.f('pk_exchange_bases')))
    op.create_index(op.f('ix_exchange_bases_version'), 'exchange_bases', ['version'])
    op.create_table(
        'exchange_conflicts',
        sa.Column('peer', sa.String(length=80), nullable=False),
        sa.Column('package_sha256', sa.String(length=64), nullable=False),
        sa.Column('table_name', sa.String(length=80), nullable=False),
        sa.Column('record_key', sa.String(length=400), nullable=False),
        sa.Column('base', sa.JSON(), nullable=True),
        sa.Column('ours', sa.JSON(), nullable=True),
        sa.Column('theirs', sa.JSON(), nullable=False),
        sa.Column('theirs_version', sa.String(length=64), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('resolved_by', sa.String(length=120), nullable=False),
        sa.Column('resolution', sa.JSON(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflicts')))
    op.create_index(op.f('ix_exchange_conflicts_peer'), 'exchange_conflicts', ['peer'])


def downgrade() -> None:
    op.drop_table('exchange_conflicts')
    op.drop_table('exchange_bases')
    op.drop_table('exchange_peers')
    op.drop_index('ix_exchange_changes_record', table_name='exchange_changes')
    op.drop_table('exchange_changes')
