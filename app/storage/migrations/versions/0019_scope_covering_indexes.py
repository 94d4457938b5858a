"""The dashboard's scope read from indexes alone: the proposals' (province, edition, status)
index carries the id and the body, and the assignments' proposal index carries the person.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02

Most dashboard and report figures reach other tables through `IN (the selected worksites
of the scope)`. With the id in the index, SQLite answers that list without reading a
proposal row: for a region of 25,000 worksites 8 ms instead of 58 ms, on each of the dozen
queries of a dashboard; with the body too, the scope's associations and cooperatives are
counted in 40 ms instead of 115 ms. The people in the register are counted through the
assignments of those worksites; (proposal, status, beneficiary) serves that list the same
way (100 ms to 50 ms) and replaces both (proposal) and (proposal, status), whose leading
columns it has, so no query loses its index. SQLite, without statistics, otherwise picks
the narrower index and reads every assignment row. Plain drop/create: no table is copied,
on SQLite or PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_proposals_scope', 'proposals',
                    ['province_id', 'edition_id', 'status', 'id', 'partner_id'])
    op.drop_index('ix_proposals_province_edition_status', table_name='proposals')
    op.create_index('ix_assignments_proposal_status_beneficiary', 'assignments',
                    ['proposal_id', 'status', 'beneficiary_id'])
    op.drop_index('ix_assignments_proposal_status', table_name='assignments')
    op.drop_index('ix_assignments_proposal_id', table_name='assignments')


def downgrade() -> None:
    op.create_index('ix_assignments_proposal_id', 'assignments', ['proposal_id'])
    op.create_index('ix_assignments_proposal_status', 'assignments', ['proposal_id', 'status'])
    op.drop_index('ix_assignments_proposal_status_beneficiary', table_name='assignments')
    op.create_index('ix_proposals_province_edition_status', 'proposals',
                    ['province_id', 'edition_id', 'status'])
    op.drop_index('ix_proposals_scope', table_name='proposals')
