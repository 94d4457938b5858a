"""Amendments to signed grant agreements; grant hires are people of the beneficiaries register.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

A new table `grant_amendments` (each a numbered ملحق setting the agreement's hires, grant
per month and months of grant), locked once signed by triggers that refuse raw-SQL edits,
as for the agreements (0012). `grant_hires` gains `beneficiary_id` by a plain ADD COLUMN
(no batch copy). Existing hires are linked to the register by their CIN; a hire whose CIN
the register does not hold gets a register entry made from what the hire records (first
word of the name as first name, the rest as family name, no birth date), marked with the
source `grant_hires (0017)` so a secretary can find and complete them. The register requires
a sex and the hire never recorded one: such entries get `male`, to be corrected on the card.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

LOCK_MARK = "awrach-locked"
SOURCE = "grant_hires (0017)"
COLUMNS = ("agreement_id", "number", "reason", "drawn_up_on", "hires", "monthly_amount",
           "grant_months", "total_amount", "signed_on", "signed_place", "locked_at",
           "content_sha256")


def upgrade() -> None:
    op.create_table('grant_amendments',
    sa.Column('agreement_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('drawn_up_on', sa.Date(), nullable=False),
    sa.Column('hires', sa.Integer(), nullable=False),
    sa.Column('monthly_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('grant_months', sa.Integer(), nullable=False),
    sa.Column('total_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_place', sa.String(length=255), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['grant_agreements.id'], name=op.f('fk_grant_amendments_agreement_id_grant_agreements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_amendments')),
    sa.UniqueConstraint('agreement_id', 'number', name=op.f('uq_grant_amendments_agreement_id_number'))
    )
    op.create_index(op.f('ix_grant_amendments_agreement_id'), 'grant_amendments',
                    ['agreement_id'], unique=False)

    connection = op.get_bind()
    if connection.dialect.name == 'sqlite':
        # SQLite adds a column with an inline reference, never a named constraint.
        connection.exec_driver_sql("ALTER TABLE grant_hires ADD COLUMN beneficiary_id CHAR(32) "
                                   "REFERENCES beneficiaries (id)")
    else:
        op.add_column('grant_hires', sa.Column('beneficiary_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(op.f('fk_grant_hires_beneficiary_id_beneficiaries'),
                              'grant_hires', 'beneficiaries', ['beneficiary_id'], ['id'])
    op.create_index(op.f('ix_grant_hires_beneficiary_id'), 'grant_hires', ['beneficiary_id'],
                    unique=False)
    for statement in _lock_statements(connection.dialect.name):
        op.execute(statement)
    _link_hires(connection)


def downgrade() -> None:
    connection = op.get_bind()
    for statement in _unlock_statements(connection.dialect.name):
        op.execute(statement)
    op.drop_index(op.f('ix_grant_hires_beneficiary_id'), table_name='grant_hires')
    if connection.dialect.name == 'sqlite':
        connection.exec_driver_sql("ALTER TABLE grant_hires DROP COLUMN beneficiary_id")
    else:
        op.drop_constraint(op.f('fk_grant_hires_beneficiary_id_beneficiaries'), 'grant_hires',
                           type_='foreignkey')
        op.drop_column('grant_hires', 'beneficiary_id')
    op.drop_index(op.f('ix_grant_amendments_agreement_id'), table_name='grant_amendments')
    op.drop_table('grant_amendments')


# -- linking the hires to the register ------------------------------------------------------

hires = sa.table("grant_hires", sa.column("id", sa.Uuid()), sa.column("cin", sa.String()),
                 sa.column("full_name", sa.String()), sa.column("beneficiary_id", sa.Uuid()))
people = sa.table(
    "beneficiaries", *(sa.column(name, sa.Uuid()) for name in ("id",)),
    *(sa.column(name, sa.String()) for name in (
        "cin", "first_name_ar", "last_name_ar", "first_name_fr", "last_name_fr", "sex", "phone",
        "anapec_number", "cnss_number", "rib", "category", "education_level", "source",
        "name_key", "search_text")),
    sa.column("birth_date", sa.Date()), sa.column("has_disability", sa.Boolean()),
    sa.column("row_version", sa.Integer()), sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)))

# The search folding of app.domain.text.fold at this revision, kept here so the migration
# does not change when that module does.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       "ئ": "ي", "ـ": None})
_MARKS = re.compile("[\u064b-\u0652\u0670]")


def _fold(text: str) -> str:
    return " ".join(_MARKS.sub("", text.lower().translate(_FOLD)).split())


def _link_hires(connection: sa.Connection) -> None:
    by_cin = {cin: key for key, cin in connection.execute(
        sa.select(people.c.id, people.c.cin).where(people.c.cin.in_(
            sa.select(hires.c.cin))))}
    now = datetime.now(UTC)
    for hire_id, cin, full_name in connection.execute(
            sa.select(hires.c.id, hires.c.cin, hires.c.full_name)
            .order_by(hires.c.cin)).all():
        if cin not in by_cin:
            first, _, last = " ".join(full_name.split()).partition(" ")
            key = uuid.uuid4()
            connection.execute(people.insert().values(
                id=key, cin=cin, first_name_ar=first, last_name_ar=last, first_name_fr="",
                last_name_fr="", sex="male", phone="", anapec_number="", cnss_number="",
                rib="", category="", education_level="", source=SOURCE, name_key="",
                search_text=_fold(f"{cin} {last} {first}"), birth_date=None,
                has_disability=False, row_version=1, created_at=now, updated_at=now))
            by_cin[cin] = key
        connection.execute(hires.update().where(hires.c.id == hire_id)
                           .values(beneficiary_id=by_cin[cin]))


# -- the lock of a signed amendment ---------------------------------------------------------

def _changed(distinct: str) -> str:
    return " OR ".join(f"NEW.{c} {distinct} OLD.{c}" for c in COLUMNS)


def _sqlite_statements() -> list[str]:
    def trigger(name: str, when: str, condition: str) -> str:
        return (f"CREATE TRIGGER {name} BEFORE {when} ON grant_amendments FOR EACH ROW WHEN "
                f"{condition} BEGIN SELECT RAISE(ABORT, '{LOCK_MARK}: grant amendment "
                "signed'); END")

    return [
        trigger("grant_amendments_lock_update", "UPDATE",
                "OLD.locked_at IS NOT NULL AND (" + _changed("IS NOT")
                + " OR CAST(NEW.content AS TEXT) IS NOT CAST(OLD.content AS TEXT))"),
        trigger("grant_amendments_lock_delete", "DELETE", "OLD.locked_at IS NOT NULL"),
    ]


def _pg_statements() -> list[str]:
    body = ("IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
            + _changed("IS DISTINCT FROM")
            + " OR NEW.content::text IS DISTINCT FROM OLD.content::text) THEN "
            f"RAISE EXCEPTION '{LOCK_MARK}: grant amendment signed' "
            "USING ERRCODE = 'check_violation'; END IF;")
    return [
        "CREATE FUNCTION awrach_lock_grant_amendment() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body} IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER grant_amendments_lock BEFORE UPDATE OR DELETE ON grant_amendments "
        "FOR EACH ROW EXECUTE FUNCTION awrach_lock_grant_amendment()",
    ]


def _lock_statements(dialect: str) -> list[str]:
    return _pg_statements() if dialect == "postgresql" else _sqlite_statements()


def _unlock_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return ["DROP FUNCTION IF EXISTS awrach_lock_grant_amendment() CASCADE"]
    return ["DROP TRIGGER IF EXISTS grant_amendments_lock_update",
            "DROP TRIGGER IF EXISTS grant_amendments_lock_delete"]
