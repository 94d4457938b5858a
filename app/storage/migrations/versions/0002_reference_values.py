"""Reference values every office starts with: the dated minimum wage and the worksite domains.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Rows get name-based UUIDs so that two laptops seeded apart hold the same keys and merge.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEED_NAMESPACE = uuid.UUID("6f1c2a52-3a0e-4c59-9a53-6f7b0c8d2e11")

MINIMUM_WAGES = [
    ("smig", date(2022, 9, 1), Decimal("2970.05"), "الحد الأدنى القانوني للأجر ابتداء من فاتح شتنبر 2022"),
    ("smig", date(2023, 9, 1), Decimal("3111.39"), "الحد الأدنى القانوني للأجر ابتداء من فاتح شتنبر 2023"),
]

WORKSITE_DOMAINS = [
    ("environment", "البيئة", "Environnement"),
    ("cleanliness", "النظافة", "Propreté"),
    ("urban_upgrading", "التهيئة والتأهيل الحضري", "Aménagement et mise à niveau urbaine"),
    ("women_empowerment", "التمكين الاقتصادي للنساء", "Autonomisation économique des femmes"),
    ("disability_jobs", "تشغيل الأشخاص في وضعية إعاقة", "Emploi des personnes handicapées"),
    ("social_register", "المواكبة في التقييد بالسجل الاجتماعي الموحد",
     "Accompagnement à l'inscription au Registre social unifié"),
    ("other", "مجالات أخرى", "Autres domaines"),
]


def upgrade() -> None:
    now = datetime.now(UTC)
    wages = sa.table(
        "minimum_wages", sa.column("id", sa.Uuid()), sa.column("kind", sa.String()),
        sa.column("effective_from", sa.Date()), sa.column("monthly_amount", sa.Numeric(14, 2)),
        sa.column("reference", sa.String()), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)))
    op.bulk_insert(wages, [
        {"id": uuid.uuid5(SEED_NAMESPACE, f"wage:{kind}:{since}"), "kind": kind,
         "effective_from": since, "monthly_amount": amount, "reference": ref,
         "created_at": now, "updated_at": now}
        for kind, since, amount, ref in MINIMUM_WAGES])
    domains = sa.table(
        "worksite_domains", sa.column("id", sa.Uuid()), sa.column("code", sa.String()),
        sa.column("name_ar", sa.String()), sa.column("name_fr", sa.String()),
        sa.column("position", sa.Integer()), sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)))
    op.bulk_insert(domains, [
        {"id": uuid.uuid5(SEED_NAMESPACE, f"domain:{code}"), "code": code, "name_ar": ar,
         "name_fr": fr, "position": i, "active": True, "created_at": now, "updated_at": now}
        for i, (code, ar, fr) in enumerate(WORKSITE_DOMAINS)])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM worksite_domains"))
    op.execute(sa.text("DELETE FROM minimum_wages"))
