"""Initial schema: every table of the programme, from territory to the audit log.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('owner_table', sa.String(length=60), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('original_name', sa.String(length=400), nullable=False),
    sa.Column('stored_name', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_owner_table'), ['owner_table'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', name='auditaction', native_enum=False, length=40), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=120), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('editions',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('admin_fee_rate', sa.Numeric(precision=6, scale=4), nullable=False),
    sa.Column('min_duration_months', sa.Integer(), nullable=False),
    sa.Column('max_duration_months', sa.Integer(), nullable=False),
    sa.Column('default_duration_months', sa.Integer(), nullable=False),
    sa.Column('bodies_may_benefit_again', sa.Boolean(), nullable=False),
    sa.Column('legal_references', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('min_duration_months <= max_duration_months', name=op.f('ck_editions_duration_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_editions')),
    sa.UniqueConstraint('number', name=op.f('uq_editions_number')),
    sa.UniqueConstraint('year', name=op.f('uq_editions_year'))
    )
    op.create_table('minimum_wages',
    sa.Column('kind', sa.Enum('smig', 'smag', name='wagekind', native_enum=False, length=40), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('monthly_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('reference', sa.String(length=255), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minimum_wages')),
    sa.UniqueConstraint('kind', 'effective_from', name=op.f('uq_minimum_wages_kind_effective_from'))
    )
    op.create_table('regions',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name_ar', sa.String(length=255), nullable=False),
    sa.Column('name_fr', sa.String(length=255), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('code', name=op.f('uq_regions_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('role', sa.Enum('admin', 'secretary', 'viewer', name='userrole', native_enum=False, length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('worksite_domains',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_ar', sa.String(length=255), nullable=False),
    sa.Column('name_fr', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worksite_domains')),
    sa.UniqueConstraint('code', name=op.f('uq_worksite_domains_code'))
    )
    op.create_table('edition_components',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('component', sa.Enum('temporary_worksites', 'sustainable_integration', name='component', native_enum=False, length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('employer_grant_monthly', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('employer_grant_months', sa.Integer(), nullable=True),
    sa.Column('min_contract_months', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_edition_components_edition_id_editions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edition_components')),
    sa.UniqueConstraint('edition_id', 'component', name=op.f('uq_edition_components_edition_id_component'))
    )
    op.create_table('provinces',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name_ar', sa.String(length=255), nullable=False),
    sa.Column('name_fr', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.Enum('province', 'prefecture', 'prefecture_of_arrondissements', name='provincekind', native_enum=False, length=40), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_provinces_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provinces')),
    sa.UniqueConstraint('code', name=op.f('uq_provinces_code'))
    )
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provinces_region_id'), ['region_id'], unique=False)

    op.create_table('scoring_criteria',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_ar', sa.String(length=255), nullable=False),
    sa.Column('weight', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('max_score', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_scoring_criteria_edition_id_editions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_criteria'))
    )
    with op.batch_alter_table('scoring_criteria', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scoring_criteria_edition_id'), ['edition_id'], unique=False)

    op.create_table('calls',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('component', sa.Enum('temporary_worksites', 'sustainable_integration', name='component', native_enum=False, length=40), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=True),
    sa.Column('region_id', sa.Uuid(), nullable=True),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('title_ar', sa.String(length=500), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('accepted_domain_codes', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_calls_edition_id_editions')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_calls_province_id_provinces')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_calls_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calls_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_province_id'), ['province_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_region_id'), ['region_id'], unique=False)

    op.create_table('committees',
    sa.Column('level', sa.Enum('provincial', 'regional', name='committeelevel', native_enum=False, length=40), nullable=False),
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=True),
    sa.Column('region_id', sa.Uuid(), nullable=True),
    sa.Column('name_ar', sa.String(length=400), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_committees_edition_id_editions')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_committees_province_id_provinces')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_committees_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committees'))
    )
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committees_edition_id'), ['edition_id'], unique=False)

    op.create_table('communes',
    sa.Column('code', sa.String(length=16), nullable=True),
    sa.Column('name_ar', sa.String(length=255), nullable=False),
    sa.Column('name_fr', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.Enum('urban', 'rural', name='communekind', native_enum=False, length=40), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=False),
    sa.Column('added_by_user', sa.Boolean(), nullable=False),
    sa.Column('corrected_by_user', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_communes_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communes')),
    sa.UniqueConstraint('code', name=op.f('uq_communes_code'))
    )
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communes_name_ar'), ['name_ar'], unique=False)
        batch_op.create_index(batch_op.f('ix_communes_province_id'), ['province_id'], unique=False)

    op.create_table('quotas',
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=False),
    sa.Column('component', sa.Enum('temporary_worksites', 'sustainable_integration', name='component', native_enum=False, length=40), nullable=False),
    sa.Column('posts', sa.Integer(), nullable=False),
    sa.Column('person_months', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('person_months > 0', name=op.f('ck_quotas_person_months_positive')),
    sa.CheckConstraint('posts > 0', name=op.f('ck_quotas_posts_positive')),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_quotas_edition_id_editions')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_quotas_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotas')),
    sa.UniqueConstraint('edition_id', 'province_id', 'component', name=op.f('uq_quotas_edition_id_province_id_component'))
    )
    with op.batch_alter_table('quotas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotas_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotas_province_id'), ['province_id'], unique=False)

    op.create_table('beneficiaries',
    sa.Column('cin', sa.String(length=20), nullable=False),
    sa.Column('first_name_ar', sa.String(length=120), nullable=False),
    sa.Column('last_name_ar', sa.String(length=120), nullable=False),
    sa.Column('first_name_fr', sa.String(length=120), nullable=False),
    sa.Column('last_name_fr', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.Enum('female', 'male', name='sex', native_enum=False, length=40), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('has_disability', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('commune_id', sa.Uuid(), nullable=True),
    sa.Column('anapec_number', sa.String(length=40), nullable=False),
    sa.Column('cnss_number', sa.String(length=40), nullable=False),
    sa.Column('rib', sa.String(length=24), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['commune_id'], ['communes.id'], name=op.f('fk_beneficiaries_commune_id_communes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_beneficiaries')),
    sa.UniqueConstraint('cin', name=op.f('uq_beneficiaries_cin'))
    )
    with op.batch_alter_table('beneficiaries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_beneficiaries_cnss_number'), ['cnss_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_beneficiaries_commune_id'), ['commune_id'], unique=False)
        batch_op.create_index('ix_beneficiaries_names', ['last_name_ar', 'first_name_ar'], unique=False)

    op.create_table('committee_members',
    sa.Column('committee_id', sa.Uuid(), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('function', sa.Enum('chair', 'council_president', 'external_service', 'anapec', 'cnss', 'other', name='memberfunction', native_enum=False, length=40), nullable=False),
    sa.Column('organisation', sa.String(length=400), nullable=False),
    sa.Column('is_voting', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_committee_members_committee_id_committees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_members'))
    )
    with op.batch_alter_table('committee_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_members_committee_id'), ['committee_id'], unique=False)

    op.create_table('partners',
    sa.Column('kind', sa.Enum('association', 'cooperative', 'enterprise', name='partnerkind', native_enum=False, length=40), nullable=False),
    sa.Column('name_ar', sa.String(length=400), nullable=False),
    sa.Column('name_fr', sa.String(length=400), nullable=False),
    sa.Column('registration_number', sa.String(length=80), nullable=False),
    sa.Column('legal_representative', sa.String(length=255), nullable=False),
    sa.Column('representative_title', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('commune_id', sa.Uuid(), nullable=True),
    sa.Column('bank_name', sa.String(length=255), nullable=False),
    sa.Column('rib', sa.String(length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['commune_id'], ['communes.id'], name=op.f('fk_partners_commune_id_communes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partners_commune_id'), ['commune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_name_ar'), ['name_ar'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_registration_number'), ['registration_number'], unique=False)

    op.create_table('meetings',
    sa.Column('committee_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('selection', 'information', 'consultation', name='meetingkind', native_enum=False, length=40), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=400), nullable=False),
    sa.Column('chair_member_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'closed', name='meetingstatus', native_enum=False, length=40), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=120), nullable=True),
    sa.Column('participating_bodies', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chair_member_id'], ['committee_members.id'], name=op.f('fk_meetings_chair_member_id_committee_members')),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_meetings_committee_id_committees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_committee_id'), ['committee_id'], unique=False)

    op.create_table('proposals',
    sa.Column('call_id', sa.Uuid(), nullable=True),
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('province_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('domain_id', sa.Uuid(), nullable=True),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('title_ar', sa.String(length=500), nullable=False),
    sa.Column('description_ar', sa.Text(), nullable=False),
    sa.Column('beneficiaries', sa.Integer(), nullable=False),
    sa.Column('women_planned', sa.Integer(), nullable=False),
    sa.Column('disabled_planned', sa.Integer(), nullable=False),
    sa.Column('duration_months', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('late_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('received', 'complete', 'eligible', 'ineligible', 'selected', 'rejected', name='proposalstatus', native_enum=False, length=40), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('beneficiaries >= 0', name=op.f('ck_proposals_beneficiaries_non_negative')),
    sa.CheckConstraint('disabled_planned <= beneficiaries', name=op.f('ck_proposals_disabled_within_total')),
    sa.CheckConstraint('women_planned <= beneficiaries', name=op.f('ck_proposals_women_within_total')),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_proposals_call_id_calls')),
    sa.ForeignKeyConstraint(['domain_id'], ['worksite_domains.id'], name=op.f('fk_proposals_domain_id_worksite_domains')),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_proposals_edition_id_editions')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_proposals_partner_id_partners')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_proposals_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposals'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_province_id'), ['province_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_reference'), ['reference'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_status'), ['status'], unique=False)

    op.create_table('meeting_agenda',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_agenda_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_meeting_agenda_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda')),
    sa.UniqueConstraint('meeting_id', 'proposal_id', name=op.f('uq_meeting_agenda_meeting_id_proposal_id'))
    )
    with op.batch_alter_table('meeting_agenda', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attendance',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('present', 'excused', 'absent', 'represented', name='attendancestatus', native_enum=False, length=40), nullable=False),
    sa.Column('represented_by', sa.String(length=255), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendance_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['member_id'], ['committee_members.id'], name=op.f('fk_meeting_attendance_member_id_committee_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_meeting_attendance_meeting_id_member_id'))
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_decisions',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('outcome', sa.Enum('approved', 'rejected', 'postponed', name='decisionoutcome', native_enum=False, length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('corrects_decision_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['corrects_decision_id'], ['meeting_decisions.id'], name=op.f('fk_meeting_decisions_corrects_decision_id_meeting_decisions')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_decisions_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_meeting_decisions_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_decisions'))
    )
    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_decisions_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_decisions_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('meeting_recommendations',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_recommendations_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_recommendations'))
    )
    with op.batch_alter_table('meeting_recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_recommendations_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_scores',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('criterion_id', sa.Uuid(), nullable=False),
    sa.Column('value', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['scoring_criteria.id'], name=op.f('fk_meeting_scores_criterion_id_scoring_criteria')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_scores_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_meeting_scores_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_scores')),
    sa.UniqueConstraint('meeting_id', 'proposal_id', 'criterion_id', name=op.f('uq_meeting_scores_meeting_id_proposal_id_criterion_id'))
    )
    with op.batch_alter_table('meeting_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_scores_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_votes',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('choice', sa.Enum('for', 'against', 'abstain', name='votechoice', native_enum=False, length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_votes_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['member_id'], ['committee_members.id'], name=op.f('fk_meeting_votes_member_id_committee_members')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_meeting_votes_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_votes')),
    sa.UniqueConstraint('meeting_id', 'proposal_id', 'member_id', name=op.f('uq_meeting_votes_meeting_id_proposal_id_member_id'))
    )
    with op.batch_alter_table('meeting_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_votes_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('proposal_communes',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('commune_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['commune_id'], ['communes.id'], name=op.f('fk_proposal_communes_commune_id_communes')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_proposal_communes_proposal_id_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('proposal_id', 'commune_id', name=op.f('pk_proposal_communes'))
    )
    op.create_table('proposal_cost_lines',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('framing_grant', 'materials', 'other', name='costlinekind', native_enum=False, length=40), nullable=False),
    sa.Column('label', sa.String(length=400), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_proposal_cost_lines_proposal_id_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_cost_lines'))
    )
    with op.batch_alter_table('proposal_cost_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_cost_lines_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('conventions',
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('edition_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('decision_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'printed', 'signed', 'terminated', name='conventionstatus', native_enum=False, length=40), nullable=False),
    sa.Column('total_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('admin_fee_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_place', sa.String(length=255), nullable=False),
    sa.Column('hijri_date_text', sa.String(length=255), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['meeting_decisions.id'], name=op.f('fk_conventions_decision_id_meeting_decisions')),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_conventions_edition_id_editions')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_conventions_partner_id_partners')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_conventions_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conventions')),
    sa.UniqueConstraint('number', name=op.f('uq_conventions_number'))
    )
    with op.batch_alter_table('conventions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conventions_edition_id'), ['edition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conventions_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conventions_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('assignments',
    sa.Column('beneficiary_id', sa.Uuid(), nullable=False),
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('convention_id', sa.Uuid(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'active', 'completed', 'left', name='assignmentstatus', native_enum=False, length=40), nullable=False),
    sa.Column('cnss_declared_on', sa.Date(), nullable=True),
    sa.Column('certificate_number', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiaries.id'], name=op.f('fk_assignments_beneficiary_id_beneficiaries')),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_assignments_convention_id_conventions')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_assignments_proposal_id_proposals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('convention_amendments',
    sa.Column('convention_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_convention_amendments_convention_id_conventions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_amendments')),
    sa.UniqueConstraint('convention_id', 'number', name=op.f('uq_convention_amendments_convention_id_number'))
    )
    with op.batch_alter_table('convention_amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_amendments_convention_id'), ['convention_id'], unique=False)

    op.create_table('convention_signatories',
    sa.Column('convention_id', sa.Uuid(), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('capacity', sa.String(length=400), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_convention_signatories_convention_id_conventions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_signatories'))
    )
    with op.batch_alter_table('convention_signatories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_signatories_convention_id'), ['convention_id'], unique=False)

    op.create_table('convention_tranches',
    sa.Column('convention_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_convention_tranches_convention_id_conventions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_tranches')),
    sa.UniqueConstraint('convention_id', 'position', name=op.f('uq_convention_tranches_convention_id_position'))
    )
    with op.batch_alter_table('convention_tranches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_tranches_convention_id'), ['convention_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('convention_tranches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_tranches_convention_id'))

    op.drop_table('convention_tranches')
    with op.batch_alter_table('convention_signatories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_signatories_convention_id'))

    op.drop_table('convention_signatories')
    with op.batch_alter_table('convention_amendments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_amendments_convention_id'))

    op.drop_table('convention_amendments')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_assignments_beneficiary_id'))

    op.drop_table('assignments')
    with op.batch_alter_table('conventions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conventions_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_conventions_partner_id'))
        batch_op.drop_index(batch_op.f('ix_conventions_edition_id'))

    op.drop_table('conventions')
    with op.batch_alter_table('proposal_cost_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_cost_lines_proposal_id'))

    op.drop_table('proposal_cost_lines')
    op.drop_table('proposal_communes')
    with op.batch_alter_table('meeting_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_votes_meeting_id'))

    op.drop_table('meeting_votes')
    with op.batch_alter_table('meeting_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_scores_meeting_id'))

    op.drop_table('meeting_scores')
    with op.batch_alter_table('meeting_recommendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_recommendations_meeting_id'))

    op.drop_table('meeting_recommendations')
    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_decisions_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_decisions_meeting_id'))

    op.drop_table('meeting_decisions')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_meeting_id'))

    op.drop_table('meeting_attendance')
    with op.batch_alter_table('meeting_agenda', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_meeting_id'))

    op.drop_table('meeting_agenda')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_status'))
        batch_op.drop_index(batch_op.f('ix_proposals_reference'))
        batch_op.drop_index(batch_op.f('ix_proposals_province_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_partner_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_edition_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_call_id'))

    op.drop_table('proposals')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_committee_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partners_registration_number'))
        batch_op.drop_index(batch_op.f('ix_partners_name_ar'))
        batch_op.drop_index(batch_op.f('ix_partners_kind'))
        batch_op.drop_index(batch_op.f('ix_partners_commune_id'))

    op.drop_table('partners')
    with op.batch_alter_table('committee_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_members_committee_id'))

    op.drop_table('committee_members')
    with op.batch_alter_table('beneficiaries', schema=None) as batch_op:
        batch_op.drop_index('ix_beneficiaries_names')
        batch_op.drop_index(batch_op.f('ix_beneficiaries_commune_id'))
        batch_op.drop_index(batch_op.f('ix_beneficiaries_cnss_number'))

    op.drop_table('beneficiaries')
    with op.batch_alter_table('quotas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotas_province_id'))
        batch_op.drop_index(batch_op.f('ix_quotas_edition_id'))

    op.drop_table('quotas')
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communes_province_id'))
        batch_op.drop_index(batch_op.f('ix_communes_name_ar'))

    op.drop_table('communes')
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committees_edition_id'))

    op.drop_table('committees')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calls_region_id'))
        batch_op.drop_index(batch_op.f('ix_calls_province_id'))
        batch_op.drop_index(batch_op.f('ix_calls_edition_id'))

    op.drop_table('calls')
    with op.batch_alter_table('scoring_criteria', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scoring_criteria_edition_id'))

    op.drop_table('scoring_criteria')
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provinces_region_id'))

    op.drop_table('provinces')
    op.drop_table('edition_components')
    op.drop_table('worksite_domains')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('regions')
    op.drop_table('minimum_wages')
    op.drop_table('editions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_log')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_owner_table'))
        batch_op.drop_index(batch_op.f('ix_attachments_owner_id'))

    op.drop_table('attachments')
