"""Proposals against the programme's rules, on the Khenifra demo data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.calls import Call
from app.domain.enums import AuditAction, CostLineKind, PartnerKind, ProposalStatus
from app.domain.partners import Partner
from app.domain.proposals import CHECKLIST, CostLine, Proposal
from app.errors import ValidationError
from app.services import calls, partners, programme, proposals, territory
from app.services.listing import ListQuery


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


@pytest.fixture
def khenifra(demo):
    return territory.find_province(demo[0], "05.301")


def call_2023(db):
    edition = programme.find_edition(db, 2023)
    return edition, calls.list_calls(db, edition.id)[0]


def a_partner_of(db, year: int) -> Partner:
    edition = programme.find_edition(db, year)
    page = proposals.list_proposals(db, ListQuery(filters={"edition_id": edition.id}, limit=1))
    return partners.get_partner(db, page.rows[0].partner_id)


def new_body(db, actor, khenifra) -> Partner:
    commune = territory.list_communes(db, khenifra.id)[0]
    return partners.save_partner(db, actor, Partner(
        PartnerKind.ASSOCIATION, "جمعية الواحة للتنمية", "Association Al Waha",
        legal_representative="سعيد أوحمو", commune_id=commune.id))


def proposal_for(db, partner: Partner, khenifra, **changes) -> Proposal:
    edition, call = call_2023(db)
    commune = territory.list_communes(db, khenifra.id)[0]
    values = dict(edition_id=edition.id, province_id=khenifra.id, partner_id=partner.id,
                  title_ar="ورش تنظيف المساحات الخضراء", beneficiaries=20, duration_months=3,
                  commune_ids=[commune.id], call_id=call.id,
                  received_on=call.opens_on, women_planned=8,
                  cost_lines=[CostLine(CostLineKind.FRAMING_GRANT, Decimal("18000"))])
    values.update(changes)
    return Proposal(**values)


def count(db) -> int:
    return proposals.list_proposals(db, ListQuery(limit=1)).total


def test_a_second_proposal_from_a_body_that_benefited_in_2022_is_refused(demo, khenifra):
    db, actor = demo
    before = count(db)
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, actor, proposal_for(db, a_partner_of(db, 2022), khenifra))
    [message] = caught.value.for_field("partner_id")
    assert "سبق لها أن استفادت" in message and "النسخة الأولى 2022" in message
    assert caught.value.errors[0].rule == "single_benefit"
    assert count(db) == before


def test_the_edition_setting_lifts_the_single_benefit_rule_and_the_audit_says_who(demo, khenifra):
    from app.services import audit

    db, actor = demo
    edition = programme.find_edition(db, 2023)
    edition.bodies_may_benefit_again = True
    programme.save_edition(db, actor, edition)
    saved = proposals.save_proposal(db, actor, proposal_for(db, a_partner_of(db, 2022), khenifra))
    assert saved.reference.startswith("05.301-2023-")
    [entry] = [e for e in audit.history(db, "editions", edition.id)
               if e.action is AuditAction.UPDATE and "bodies_may_benefit_again" in e.changes]
    assert entry.username == actor.username
    assert entry.changes["bodies_may_benefit_again"] == {"old": False, "new": True}


def test_a_13_month_proposal_is_refused_with_the_duration_rule(demo, khenifra):
    db, actor = demo
    body = new_body(db, actor, khenifra)
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, actor, proposal_for(db, body, khenifra, duration_months=13))
    assert caught.value.for_field("duration_months") == [
        "مدة الاستفادة: يجب أن تكون بين 3 و12 شهرا (قاعدة مدة الاستفادة في النسخة الثانية 2023)."]


def test_every_failed_rule_is_explained_at_once(demo, khenifra):
    db, actor = demo
    outside = territory.list_communes(db, territory.find_province(db, "05.091").id)[0]
    bad = proposal_for(db, a_partner_of(db, 2022), khenifra, duration_months=2,
                       beneficiaries=10, women_planned=11, disabled_planned=12,
                       commune_ids=[outside.id], received_on=date(2023, 8, 1))
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, actor, bad)
    assert {e.field for e in caught.value.errors} == {
        "duration_months", "women_planned", "disabled_planned", "commune_ids", "partner_id",
        "late_reason"}


def test_a_late_file_is_registered_with_its_reason(demo, khenifra):
    db, actor = demo
    body = new_body(db, actor, khenifra)
    late = proposal_for(db, body, khenifra, received_on=date(2023, 8, 1),
                        late_reason="تأخر البريد")
    assert proposals.save_proposal(db, actor, late).late_reason == "تأخر البريد"


def test_the_admin_fee_is_the_edition_rate_of_the_cost():
    p = Proposal(None, None, None, "ورش", 10, 3, cost_lines=[
        CostLine(CostLineKind.FRAMING_GRANT, Decimal("21857.00")),
        CostLine(CostLineKind.MATERIALS, Decimal("1000.50"))])
    assert p.cost == Decimal("22857.50")
    assert p.admin_fee(Decimal("0.05")) == Decimal("1142.88")


def walk_to_eligible(db, actor, proposal: Proposal) -> Proposal:
    proposal.checklist = {code: True for code, _ in CHECKLIST}
    saved = proposals.save_proposal(db, actor, proposal)
    proposals.set_status(db, actor, saved.id, ProposalStatus.COMPLETE)
    return proposals.set_status(db, actor, saved.id, ProposalStatus.ELIGIBLE)


def test_selecting_past_the_quota_is_refused(demo, khenifra):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    use = proposals.quota_use(db, edition.id, khenifra.id)
    assert use.selected_people == 1251 and use.left_person_months == 0
    body = new_body(db, actor, khenifra)
    eligible = walk_to_eligible(db, actor, proposal_for(db, body, khenifra))
    with pytest.raises(ValidationError) as caught:
        proposals.set_status(db, actor, eligible.id, ProposalStatus.SELECTED)
    assert "يتجاوز حصة الإقليم" in caught.value.message
    assert proposals.get_proposal(db, eligible.id).status is ProposalStatus.ELIGIBLE


def test_selection_within_the_quota_is_accepted(demo, khenifra):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    quota = programme.get_quota(db, edition.id, khenifra.id)
    quota.person_months += 60
    programme.save_quota(db, actor, quota)
    body = new_body(db, actor, khenifra)
    eligible = walk_to_eligible(db, actor, proposal_for(db, body, khenifra))
    selected = proposals.set_status(db, actor, eligible.id, ProposalStatus.SELECTED)
    assert selected.status is ProposalStatus.SELECTED
    assert proposals.quota_use(db, edition.id, khenifra.id).left_person_months == 0


def test_an_incomplete_file_cannot_be_marked_complete(demo, khenifra):
    db, actor = demo
    saved = proposals.save_proposal(db, actor, proposal_for(db, new_body(db, actor, khenifra),
                                                            khenifra))
    with pytest.raises(ValidationError) as caught:
        proposals.set_status(db, actor, saved.id, ProposalStatus.COMPLETE)
    assert "القانون الأساسي" in caught.value.message
    with pytest.raises(ValidationError):
        proposals.set_status(db, actor, saved.id, ProposalStatus.INELIGIBLE)  # needs a reason
    done = proposals.set_status(db, actor, saved.id, ProposalStatus.INELIGIBLE, "خارج المجال")
    assert done.status_reason == "خارج المجال"


def test_the_duration_simulator_gives_people_for_a_duration(demo, khenifra):
    db, _ = demo
    use = proposals.quota_use(db, programme.find_edition(db, 2023).id, khenifra.id)
    assert [use.people_reachable(m) for m in (3, 4, 6, 12)] == [1251, 938, 625, 312]


def test_lists_filter_sort_and_page_in_sql(demo, khenifra):
    db, _ = demo
    edition = programme.find_edition(db, 2022)
    query = ListQuery(filters={"edition_id": edition.id}, sort="beneficiaries",
                      descending=True, limit=10)
    page = proposals.list_proposals(db, query)
    assert page.total == 84 and len(page.rows) == 10
    sizes = [p.beneficiaries for p in page.rows]
    assert sizes == sorted(sizes, reverse=True)
    assert all(p.commune_names_ar and p.partner_name_ar for p in page.rows)
    second = proposals.list_proposals(db, ListQuery(**{**query.__dict__, "offset": 10}))
    assert not {p.id for p in page.rows} & {p.id for p in second.rows}
    coops = partners.list_partners(db, ListQuery(filters={"kind": PartnerKind.COOPERATIVE}))
    assert coops.total == 9
    found = partners.list_partners(db, ListQuery(search="تعاونية خنيفرة"))
    assert found.total >= 1 and all("تعاونية" in p.name_ar for p in found.rows)


def test_a_call_only_registers_domains_it_accepts(demo, khenifra):
    db, actor = demo
    edition, call = call_2023(db)
    narrowed = calls.save_call(db, actor, Call(
        edition.id, call.title_ar, call.opens_on, call.closes_on, province_id=khenifra.id,
        accepted_domain_codes=["environment"], id=call.id))
    assert narrowed.accepted_domain_codes == ["environment"]
    other = next(d for d in proposals.list_domains(db) if d.code == "cleanliness")
    body = new_body(db, actor, khenifra)
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, actor, proposal_for(db, body, khenifra, domain_id=other.id))
    assert caught.value.for_field("domain_id")


def test_a_proposal_must_be_registered_against_a_call(demo, khenifra):
    db, actor = demo
    body = new_body(db, actor, khenifra)
    with pytest.raises(ValidationError) as caught:
        proposals.save_proposal(db, actor, proposal_for(db, body, khenifra, call_id=None))
    assert caught.value.errors[0].rule == "call.required"
