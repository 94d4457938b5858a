"""Indexes for sorted pages of national lists (one per sortable column, with tie-breakers).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partners_commune_id'))
        batch_op.drop_index(batch_op.f('ix_partners_name_ar'))
        batch_op.create_index('ix_partners_commune_name', ['commune_id', 'name_ar', 'id'], unique=False)
        batch_op.create_index('ix_partners_name_id', ['name_ar', 'id'], unique=False)

    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_reference'))
        batch_op.create_index('ix_proposals_reference_id', ['reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_beneficiaries', ['beneficiaries', 'reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_duration_months', ['duration_months', 'reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_received_on', ['received_on', 'reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_status', ['status', 'reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_title_ar', ['title_ar', 'reference', 'id'], unique=False)
        batch_op.create_index('ix_proposals_sort_women_planned', ['women_planned', 'reference', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index('ix_proposals_sort_women_planned')
        batch_op.drop_index('ix_proposals_sort_title_ar')
        batch_op.drop_index('ix_proposals_sort_status')
        batch_op.drop_index('ix_proposals_sort_received_on')
        batch_op.drop_index('ix_proposals_sort_duration_months')
        batch_op.drop_index('ix_proposals_sort_beneficiaries')
        batch_op.drop_index('ix_proposals_reference_id')
        batch_op.create_index(batch_op.f('ix_proposals_reference'), ['reference'], unique=False)

    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index('ix_partners_name_id')
        batch_op.drop_index('ix_partners_commune_name')
        batch_op.create_index(batch_op.f('ix_partners_name_ar'), ['name_ar'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_commune_id'), ['commune_id'], unique=False)

