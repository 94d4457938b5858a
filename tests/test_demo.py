"""The Khénifra demo data set: the press figures hold exactly, and rebuilding is safe."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.enums import (
    CommitteeLevel,
    Component,
    CostLineKind,
    MeetingKind,
    MeetingStatus,
    MemberFunction,
    PartnerKind,
    ProposalStatus,
)
from app.domain.partners import rib_key
from app.domain.programme import Edition
from app.services import programme, territory
from app.services.actor import Actor
from app.services.demo import DemoSummary, build_demo, demo_present
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    AuditRow,
    CallRow,
    CommitteeRow,
    EditionRow,
    MeetingRow,
    MemberRow,
    PartnerRow,
    ProposalRow,
    RecommendationRow,
    WorksiteDomainRow,
)

ARABIC = re.compile(r"[\u0621-\u064A]")
REGULAR_DOMAINS = {"environment", "cleanliness", "urban_upgrading"}
EXPECTED = DemoSummary(editions=2, quotas=10, partners=101, proposals=145, communes_covered=22,
                       beneficiaries_planned=2351, created=True)


def _count(db: Database, model: Any, *where: Any) -> int:
    with reading(db) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _worksites(db: Database, year: int) -> list[SimpleNamespace]:
    """Plain copies of an edition's proposals, with what tests need from related rows."""
    with reading(db) as session:
        edition_id = session.scalars(select(EditionRow.id).where(EditionRow.year == year)).one()
        domains = {d.id: d.code for d in session.scalars(select(WorksiteDomainRow))}
        partners = {p.id: p for p in session.scalars(select(PartnerRow))}
        rows = session.scalars(select(ProposalRow).where(ProposalRow.edition_id == edition_id)
                               .order_by(ProposalRow.reference))
        return [SimpleNamespace(
            reference=r.reference, title=r.title_ar, description=r.description_ar,
            partner_id=r.partner_id, partner_name=partners[r.partner_id].name_ar,
            partner_kind=partners[r.partner_id].kind, rib=partners[r.partner_id].rib,
            communes=[c.code for c in r.communes], domain=domains.get(r.domain_id),
            beneficiaries=r.beneficiaries, women=r.women_planned, disabled=r.disabled_planned,
            duration=r.duration_months, status=r.status, starts_on=r.starts_on,
            call_id=r.call_id,
            framing=[c.amount for c in r.cost_lines if c.kind is CostLineKind.FRAMING_GRANT])
            for r in rows]


@pytest.fixture
def built(db: Database, actor: Actor) -> DemoSummary:
    return build_demo(db, actor)


def test_a_fresh_database_gets_both_editions_with_their_parameters(db, actor):
    assert not demo_present(db)
    assert build_demo(db, actor) == EXPECTED
    assert demo_present(db)
    first, second = programme.find_edition(db, 2022), programme.find_edition(db, 2023)
    assert (first.number, first.title, second.number) == (1, "النسخة الأولى 2022", 2)
    for edition, usual in ((first, 6), (second, 3)):  # Khenifra chose 3 months in 2023
        assert edition.admin_fee_rate == Decimal("0.05")
        assert (edition.min_duration_months, edition.max_duration_months,
                edition.default_duration_months) == (3, 12, usual)
        assert (edition.starts_on, edition.ends_on) == (date(edition.year, 1, 1),
                                                        date(edition.year, 12, 31))
    sustainable = {e.year: next(c for c in e.components
                                if c.component is Component.SUSTAINABLE_INTEGRATION)
                   for e in (first, second)}
    assert sustainable[2022].min_contract_months == 24
    assert (sustainable[2023].employer_grant_monthly, sustainable[2023].employer_grant_months,
            sustainable[2023].min_contract_months) == (Decimal("1500.00"), 9, 12)


def test_quotas_follow_the_press_for_khenifra_and_stay_plausible_in_the_region(db, built):
    khenifra = territory.find_province(db, "05.301")
    quotas = programme.list_quotas(db)
    ours = {q.edition_title[-4:]: q for q in quotas if q.province_id == khenifra.id}
    assert (ours["2022"].posts, ours["2022"].person_months) == (1100, 6600)
    assert (ours["2023"].posts, ours["2023"].person_months) == (953, 3753)
    assert ours["2023"].people_reached(3) == 1251
    others = [q for q in quotas if q.province_id != khenifra.id]
    region = {p.id for p in territory.list_provinces(db, khenifra.region_id)} - {khenifra.id}
    assert len(others) == 2 * len(region) and {q.province_id for q in others} == region
    for quota in others:
        assert 1000 <= quota.posts <= 1600 and quota.person_months == quota.posts * 6
        assert quota.component is Component.TEMPORARY_WORKSITES


def test_2022_matches_the_signing_ceremony(db, built):
    worksites = _worksites(db, 2022)
    khenifra = territory.find_province(db, "05.301")
    assert len(worksites) == 84
    assert [w.reference for w in worksites] == [f"05.301-2022-{n:03d}" for n in range(1, 85)]
    assert all(len(w.communes) == 1 for w in worksites)
    assert {w.communes[0] for w in worksites} == {
        c.code for c in territory.list_communes(db, khenifra.id)}
    kinds = Counter(kind for _, kind in {(w.partner_id, w.partner_kind) for w in worksites})
    assert kinds == {PartnerKind.ASSOCIATION: 42, PartnerKind.COOPERATIVE: 4}
    assert sum(w.beneficiaries for w in worksites) == 1100
    assert {(w.duration, w.status) for w in worksites} == {(6, ProposalStatus.SELECTED)}
    assert {w.domain for w in worksites} <= REGULAR_DOMAINS
    assert all(len(w.framing) == 1 for w in worksites)
    assert sum(w.framing[0] for w in worksites) == Decimal("1836000.00")
    for w in worksites:
        grant = w.framing[0]
        assert grant == grant.to_integral_value()
        assert abs(grant - Decimal(1836000) * w.beneficiaries / 1100) < 1
        assert 0 <= w.women <= w.beneficiaries and 0 <= w.disabled <= w.beneficiaries
        assert date(2022, 3, 1) <= w.starts_on <= date(2022, 5, 31)


def test_2023_reaches_1251_people_in_3_months_with_the_new_kinds_of_worksites(db, built):
    worksites = _worksites(db, 2023)
    assert len(worksites) == 61
    assert [w.reference for w in worksites] == [f"05.301-2023-{n:03d}" for n in range(1, 62)]
    assert sum(w.beneficiaries for w in worksites) == 1251
    assert {(w.duration, w.status) for w in worksites} == {(3, ProposalStatus.SELECTED)}
    per_body = Counter(w.partner_id for w in worksites)
    assert len(per_body) == 55 and max(per_body.values()) == 2
    by_domain = {w.domain: w for w in worksites}
    assert set(by_domain) >= REGULAR_DOMAINS | {
        "women_empowerment", "disability_jobs", "social_register"}
    women = by_domain["women_empowerment"]
    assert women.partner_kind is PartnerKind.COOPERATIVE and women.women == women.beneficiaries
    assert "البيع الإلكتروني" in women.title
    disabled = by_domain["disability_jobs"]
    assert disabled.disabled == disabled.beneficiaries
    assert "السجل الاجتماعي الموحد" in by_domain["social_register"].title


def test_no_body_holds_selected_worksites_in_both_editions(db, built):
    holders = [{w.partner_id for w in _worksites(db, year)} for year in (2022, 2023)]
    assert holders[0] and holders[1] and not holders[0] & holders[1]
    with reading(db) as session:
        twice = session.scalars(
            select(ProposalRow.partner_id).where(ProposalRow.status == ProposalStatus.SELECTED)
            .group_by(ProposalRow.partner_id)
            .having(func.count(func.distinct(ProposalRow.edition_id)) > 1)).all()
    assert twice == []


def test_every_body_has_a_valid_rib_and_plausible_contacts(db, built):
    khenifra = territory.find_province(db, "05.301")
    communes = {c.id for c in territory.list_communes(db, khenifra.id)}
    with reading(db) as session:
        partners = session.scalars(select(PartnerRow)).all()
        assert len(partners) == 101
        for p in partners:
            assert re.fullmatch(r"\d{24}", p.rib) and int(p.rib) % 97 == 0
            assert p.rib[-2:] == rib_key(p.rib[:22])
            assert re.fullmatch(r"06\d{8}", p.phone)
            assert p.commune_id in communes and p.bank_name and p.registration_number
            assert p.name_fr.startswith(("Association ", "Coopérative "))
        assert len({p.name_ar for p in partners}) == len(partners)
        assert len({p.registration_number for p in partners}) == len(partners)


def test_rib_key_makes_the_whole_number_divisible_by_97():
    for first in ("0" * 22, "3503310000000000000001", "0071234567890123456789"):
        assert int(first + rib_key(first)) % 97 == 0 and len(rib_key(first)) == 2


def test_every_arabic_text_is_in_arabic(db, built):
    with reading(db) as session:
        texts = [t for p in session.scalars(select(PartnerRow))
                 for t in (p.name_ar, p.legal_representative, p.representative_title, p.address,
                           p.bank_name)]
        texts += [t for p in session.scalars(select(ProposalRow))
                  for t in (p.title_ar, p.description_ar)]
        texts += list(session.scalars(select(CallRow.title_ar)))
        texts += list(session.scalars(select(CommitteeRow.name_ar)))
        texts += list(session.scalars(select(MemberRow.full_name)))
        texts += list(session.scalars(select(RecommendationRow.text)))
    assert len(texts) > 800
    assert all(ARABIC.search(t) for t in texts)


def test_calls_committees_and_the_selection_meeting_of_26_may_2023(db, built):
    khenifra = territory.find_province(db, "05.301")
    with reading(db) as session:
        editions = {e.id: e.year for e in session.scalars(select(EditionRow))}
        calls = session.scalars(select(CallRow)).all()
        all_codes = set(session.scalars(select(WorksiteDomainRow.code)))
        assert sorted(editions[c.edition_id] for c in calls) == [2022, 2023]
        for call in calls:
            assert call.province_id == khenifra.id
            assert call.component is Component.TEMPORARY_WORKSITES
            assert call.title_ar.startswith("طلب عروض المشاريع لبرنامج أوراش - النسخة")
            assert set(call.accepted_domain_codes) == all_codes and call.opens_on < call.closes_on
        # The regional committee of the second component is checked in tests/test_grants.py.
        committees = session.scalars(select(CommitteeRow).where(
            CommitteeRow.level == CommitteeLevel.PROVINCIAL)).all()
        assert sorted(editions[c.edition_id] for c in committees) == [2022, 2023]
        for committee in committees:
            assert committee.level is CommitteeLevel.PROVINCIAL
            assert committee.province_id == khenifra.id
            assert committee.name_ar == "اللجنة الإقليمية لبرنامج أوراش بإقليم خنيفرة"
            functions = Counter(session.scalars(select(MemberRow.function).where(
                MemberRow.committee_id == committee.id)))
            for single in (MemberFunction.CHAIR, MemberFunction.COUNCIL_PRESIDENT,
                           MemberFunction.ANAPEC, MemberFunction.CNSS):
                assert functions[single] == 1
            assert 4 <= functions[MemberFunction.EXTERNAL_SERVICE] <= 6
        meeting = session.scalars(select(MeetingRow).where(
            MeetingRow.committee_id.in_([c.id for c in committees]))).one()
        committee = session.get(CommitteeRow, meeting.committee_id)
        assert committee is not None and editions[committee.edition_id] == 2023
        assert (meeting.held_on, meeting.place, meeting.kind, meeting.status) == (
            date(2023, 5, 26), "مقر عمالة خنيفرة", MeetingKind.SELECTION, MeetingStatus.CLOSED)
        chair = session.get(MemberRow, meeting.chair_member_id)
        assert chair is not None and chair.function is MemberFunction.CHAIR
        recommendations = session.execute(select(
            RecommendationRow.position, RecommendationRow.text).where(
            RecommendationRow.meeting_id == meeting.id).order_by(RecommendationRow.position)).all()
    assert [position for position, _ in recommendations] == list(
        range(1, len(recommendations) + 1))
    assert 4 <= len(recommendations) <= 5
    assert "العدالة المجالية" in recommendations[1].text
    assert "منفعة عمومية" in recommendations[-2].text
    assert "وسائل الإعلام" in recommendations[-1].text


def test_a_second_build_creates_nothing(db, actor, built):
    rows = (_count(db, PartnerRow), _count(db, ProposalRow), _count(db, AuditRow))
    again = build_demo(db, actor)
    assert not again.created
    assert again == DemoSummary(**{**EXPECTED.__dict__, "created": False})
    assert (_count(db, PartnerRow), _count(db, ProposalRow), _count(db, AuditRow)) == rows
    assert "لم ينشأ أي شيء" in again.describe() and "عدد الأوراش 145" in again.describe()


def test_every_row_is_audited_under_the_actor(db, actor, built):
    assert _count(db, AuditRow, AuditRow.username == actor.username,
                  AuditRow.entity == "proposals") == 145
    assert _count(db, AuditRow, AuditRow.username == actor.username,
                  AuditRow.entity == "partners") == 101
    assert _count(db, AuditRow, AuditRow.username != actor.username,
                  AuditRow.entity.in_(["proposals", "partners", "editions"])) == 0


def test_a_users_own_edition_is_never_touched(db, actor):
    programme.save_edition(db, actor, Edition(2022, 1, notes="نسخة أدخلها الكاتب"))
    summary = build_demo(db, actor)
    assert not summary.created and summary.editions == 1 and summary.proposals == 0
    assert not demo_present(db)
    assert _count(db, EditionRow) == 1 and _count(db, PartnerRow) == 0
