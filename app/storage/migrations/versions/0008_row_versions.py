"""A row version on every editable table, so that a save based on an old read is refused.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-10

Plain `ALTER TABLE ... ADD COLUMN` with a server default, never batch mode: on SQLite a
batch copy of partners, proposals or calls would drop their FTS5 triggers (0007), and one
of conventions or meetings would drop their locks (0005). Existing rows start at 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TABLES = ('editions', 'quotas', 'worksite_domains', 'communes', 'partners', 'calls',
          'proposals', 'committees', 'committee_members', 'meetings', 'conventions', 'users')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('row_version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; no table is copied.
    for table in reversed(TABLES):
        op.drop_column(table, 'row_version')
