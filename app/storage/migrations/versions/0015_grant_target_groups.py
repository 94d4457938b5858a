"""A grant application's target groups are the beneficiaries' eligibility categories.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

The employment grant first had its own list of the same six groups under other codes; the
groups are one programme rule (`app.domain.beneficiaries.EligibilityCategory`), so the
stored codes of `grant_applications.target_groups` are renamed to the categories' codes.
Data only: no table changes, nothing copied.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

RENAMED = {"job_seekers": "anapec", "disabled": "disability",
           "lost_job_covid": "covid_job_loss", "lost_job_other": "other_job_loss",
           "cnss_undeclared": "cnss_criterion", "province_lists": "province_list"}

applications = sa.table("grant_applications", sa.column("id", sa.Uuid()),
                        sa.column("target_groups", sa.JSON()))


def _rename(mapping: dict[str, str]) -> None:
    connection = op.get_bind()
    for row_id, groups in connection.execute(
            sa.select(applications.c.id, applications.c.target_groups)).all():
        renamed = [mapping.get(group, group) for group in groups or []]
        if renamed != (groups or []):
            connection.execute(applications.update().where(applications.c.id == row_id)
                               .values(target_groups=renamed))


def upgrade() -> None:
    _rename(RENAMED)


def downgrade() -> None:
    _rename({new: old for old, new in RENAMED.items()})
