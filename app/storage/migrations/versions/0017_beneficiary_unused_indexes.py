"""Two indexes of the beneficiaries that no query reads go: (birth date, name key) and the
CNSS number.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

Likely duplicates read every person once (blocks are made in memory) and a CNSS number is
found through the search text, so neither index answers a query; each costs every import
a sort of 250,000 keys at national scale (about a tenth of the index time). Plain
`drop_index`: no table is copied, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_beneficiaries_birth_key', table_name='beneficiaries')
    op.drop_index('ix_beneficiaries_cnss_number', table_name='beneficiaries')


def downgrade() -> None:
    op.create_index('ix_beneficiaries_cnss_number', 'beneficiaries', ['cnss_number'])
    op.create_index('ix_beneficiaries_birth_key', 'beneficiaries', ['birth_date', 'name_key'])
