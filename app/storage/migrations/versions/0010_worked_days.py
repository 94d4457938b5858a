"""Days worked per person and month, and each body's CNSS affiliate number.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

A new table and a plain `ADD COLUMN` on partners (never a batch copy, which would drop
the partners' FTS5 triggers of 0007).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('partners', sa.Column('cnss_affiliate', sa.String(length=7), nullable=False,
                                        server_default=''))
    op.create_table(
        'worked_days',
        sa.Column('assignment_id', sa.Uuid(), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('days', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['assignment_id'], ['assignments.id'],
                                name=op.f('fk_worked_days_assignment_id_assignments')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_worked_days')),
        sa.UniqueConstraint('assignment_id', 'month',
                            name=op.f('uq_worked_days_assignment_id_month')),
    )
    op.create_index(op.f('ix_worked_days_assignment_id'), 'worked_days', ['assignment_id'])
    op.create_index('ix_worked_days_month', 'worked_days', ['month'])


def downgrade() -> None:
    op.drop_index('ix_worked_days_month', table_name='worked_days')
    op.drop_index(op.f('ix_worked_days_assignment_id'), table_name='worked_days')
    op.drop_table('worked_days')
    op.drop_column('partners', 'cnss_affiliate')
