"""Worksite follow-up: status and its history, field visits, tranche payments, and the
denominators of territorial equity.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

New tables only: nothing is batch-copied, so the locks of 0005 (a signed convention's
tranches stay locked; payments go to their own table) and the triggers of 0007 are kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An index on proposals is a plain CREATE INDEX: the table is not copied.
    op.create_index('ix_proposals_province_edition_status', 'proposals',
                    ['province_id', 'edition_id', 'status'], unique=False)
    op.create_table('equity_denominators',
    sa.Column('province_id', sa.Uuid(), nullable=False),
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('job_seekers', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('source_year', sa.Integer(), nullable=True),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_equity_denominators_edition_id_editions')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_equity_denominators_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equity_denominators')),
    sa.UniqueConstraint('province_id', 'edition_id', name=op.f('uq_equity_denominators_province_id_edition_id'))
    )
    with op.batch_alter_table('equity_denominators', schema=None) as batch_op:
        batch_op.create_index('ix_equity_denominators_edition', ['edition_id'], unique=False)

    op.create_table('field_visits',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitor', sa.String(length=200), nullable=False),
    sa.Column('observations', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_field_visits_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_visits'))
    )
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_visits_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('worksite_events',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'started', 'suspended', 'completed', 'cancelled', name='worksitestatus', native_enum=False, length=40), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_worksite_events_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worksite_events'))
    )
    with op.batch_alter_table('worksite_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worksite_events_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('worksites',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'started', 'suspended', 'completed', 'cancelled', name='worksitestatus', native_enum=False, length=40), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('status_on', sa.Date(), nullable=True),
    sa.Column('progress_note', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_worksites_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worksites')),
    sa.UniqueConstraint('proposal_id', name=op.f('uq_worksites_proposal_id'))
    )
    with op.batch_alter_table('worksites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worksites_status'), ['status'], unique=False)

    op.create_table('tranche_payments',
    sa.Column('tranche_id', sa.Uuid(), nullable=False),
    sa.Column('convention_id', sa.Uuid(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_tranche_payments_convention_id_conventions')),
    sa.ForeignKeyConstraint(['tranche_id'], ['convention_tranches.id'], name=op.f('fk_tranche_payments_tranche_id_convention_tranches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tranche_payments'))
    )
    with op.batch_alter_table('tranche_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tranche_payments_convention_id'), ['convention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tranche_payments_tranche_id'), ['tranche_id'], unique=False)



def downgrade() -> None:
    op.drop_index('ix_proposals_province_edition_status', table_name='proposals')
    with op.batch_alter_table('tranche_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tranche_payments_tranche_id'))
        batch_op.drop_index(batch_op.f('ix_tranche_payments_convention_id'))

    op.drop_table('tranche_payments')
    with op.batch_alter_table('worksites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worksites_status'))

    op.drop_table('worksites')
    with op.batch_alter_table('worksite_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worksite_events_proposal_id'))

    op.drop_table('worksite_events')
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_visits_proposal_id'))

    op.drop_table('field_visits')
    with op.batch_alter_table('equity_denominators', schema=None) as batch_op:
        batch_op.drop_index('ix_equity_denominators_edition')

    op.drop_table('equity_denominators')
