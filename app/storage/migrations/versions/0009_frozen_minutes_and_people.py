"""Minutes frozen at closing, and what conventions need to name people and texts right.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

`meetings.minutes_snapshot` holds, from closing on, what the minutes show (JSON), so a
reprint never picks up a member renamed or a title changed later.
`partners.representative_sex` ("m"/"f") lets a convention write السيد/السيدة and
بصفته/بصفتها for the body's representative. Plain `ADD COLUMN`
only, never batch mode: a batch copy of meetings or conventions would drop their locks
(0005) and of proposals their FTS5 triggers (0007).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COLUMNS = (
    ('meetings', sa.Column('minutes_snapshot', sa.Text(), nullable=True)),
    ('partners', sa.Column('representative_sex', sa.String(length=1), nullable=False,
                           server_default='')),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, column)


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; no table is copied.
    for table, column in reversed(COLUMNS):
        op.drop_column(table, column.name)
