"""One search scenario, run on SQLite (tests/test_search.py) and PostgreSQL: typed text is
folded as the stored text is, so a word is found however it is spelled."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.domain.enums import CostLineKind, PartnerKind
from app.domain.partners import Partner
from app.domain.proposals import CostLine, Proposal
from app.services import calls, partners, programme, proposals, territory
from app.services.actor import Actor
from app.services.listing import ListQuery
from app.storage.database import Database


def proposal_ids(db: Database, search: str) -> set:
    page = proposals.list_proposals(db, ListQuery(search=search, limit=10_000))
    assert page.total == len(page.rows), "the count and the rows agree"
    return {p.id for p in page.rows}


def partner_ids(db: Database, search: str) -> set:
    page = partners.list_partners(db, ListQuery(search=search, limit=10_000))
    assert page.total == len(page.rows)
    return {p.id for p in page.rows}


def run_search_scenario(db: Database, actor: Actor) -> None:
    """Needs the Khenifra demo."""
    khenifra = territory.find_province(db, "05.301")
    commune = territory.list_communes(db, khenifra.id)[0]
    body = partners.save_partner(db, actor, Partner(
        PartnerKind.COOPERATIVE, "تعاونية أحمد للتنمية", "Coopérative Tifawin",
        legal_representative="فاطمة أمزيان", commune_id=commune.id))
    edition = programme.find_edition(db, 2023)
    call = calls.list_calls(db, edition.id)[0]
    saved = proposals.save_proposal(db, actor, Proposal(
        edition_id=edition.id, province_id=khenifra.id, partner_id=body.id,
        title_ar="صيانة مدرسة الأمل بأم الربيع 2023", beneficiaries=20, duration_months=3,
        commune_ids=[commune.id], call_id=call.id, received_on=call.opens_on,
        women_planned=8, cost_lines=[CostLine(CostLineKind.FRAMING_GRANT, Decimal("18000"))]))

    assert body.id in partner_ids(db, "احمد")
    assert body.id in partner_ids(db, "COOPERATIVE tifawin")
    assert body.id in partner_ids(db, "أمزيان")
    assert partner_ids(db, "احمد تيفاوين") == set(), "every word must be found"
    for typed in ("الامل", "مدرسه", "٢٠٢٣", "الأمل مدرسة", "احمد", "cooperative",
                  commune.name_ar, "ام الربيع", "ام", saved.reference.lower()):
        assert saved.id in proposal_ids(db, typed), typed
    two_letters = proposal_ids(db, "ام")
    assert all("ام" in proposals.get_proposal(db, i).title_ar.replace("أ", "ا")
               or i != saved.id for i in two_letters)
    for odd in ('"', '" OR "', "%", "_", "*", "AND NOT", "a\\b", "^الأمل"):
        proposal_ids(db, odd)  # typed syntax is never read as a query language
    for wildcard in ("%", "_", "%%", "_ا"):
        assert proposal_ids(db, wildcard) == set(), "a typed wildcard is a character"

    partners.save_partner(db, actor, replace(body, name_ar="تعاونية النخيل",
                                             name_fr="Coopérative Nakhil"))
    assert saved.id in proposal_ids(db, "النخيل")
    assert saved.id not in proposal_ids(db, "احمد")
    assert body.id in partner_ids(db, "nakhil") and body.id not in partner_ids(db, "tifawin")

    found = calls.list_calls(db, search="طلب عروض المشاريع لبرنامج اوراش")
    assert call.id in {c.id for c in found}
    assert calls.list_calls(db, search="لا يوجد طلب بهذا الاسم") == []
