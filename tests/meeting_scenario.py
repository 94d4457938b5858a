"""A supplementary selection meeting of Khenifra 2023, built on the demo for tests.

The demo's 61 worksites use the whole 2023 quota (3,753 person-months); the scenario adds
150 person-months and three new eligible proposals of 60 each, so two fit and the third
does not.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from app.domain.enums import (
    AttendanceStatus,
    CommitteeLevel,
    CostLineKind,
    DecisionOutcome,
    MeetingKind,
    PartnerKind,
    ProposalStatus,
    VoteChoice,
)
from app.domain.meetings import DecisionChoice, Meeting, Member
from app.domain.partners import Partner
from app.domain.proposals import CHECKLIST, CostLine, Proposal
from app.services import (
    calls,
    committees,
    meetings,
    partners,
    programme,
    proposals,
    territory,
)
from app.services.actor import Actor
from app.storage.database import Database

BODIES = ("جمعية الأمل للتنمية القروية", "جمعية أجدير للبيئة", "جمعية الأطلس للتضامن")
TITLES = ("ورش تشجير جنبات الطرق بجماعة أكلموس", "ورش تنظيف ضفاف وادي أم الربيع",
          "ورش تهيئة المساحات الخضراء بمريرت")


@dataclass
class Scenario:
    db: Database
    actor: Actor
    meeting_id: uuid.UUID
    proposal_ids: list[uuid.UUID]
    members: list[Member]

    @property
    def chair(self) -> Member:
        return self.members[0]

    def voting(self) -> list[Member]:
        return [m for m in self.members if m.is_voting]


def supplementary_meeting(db: Database, actor: Actor, extra_person_months: int = 150
                          ) -> Scenario:
    khenifra = territory.find_province(db, "05.301")
    edition = programme.find_edition(db, 2023)
    [quota] = programme.list_quotas(db, edition.id, khenifra.id)
    programme.save_quota(db, actor, dataclasses.replace(
        quota, person_months=quota.person_months + extra_person_months))
    call = calls.list_calls(db, edition.id)[0]
    communes = territory.list_communes(db, khenifra.id)
    ids = []
    for n, (body, title) in enumerate(zip(BODIES, TITLES, strict=True)):
        partner = partners.save_partner(db, actor, Partner(
            PartnerKind.ASSOCIATION, body, f"Association {n}", legal_representative="سعيد أوحمو",
            commune_id=communes[n].id))
        proposal = proposals.save_proposal(db, actor, Proposal(
            edition_id=edition.id, province_id=khenifra.id, partner_id=partner.id,
            title_ar=title, beneficiaries=20, duration_months=3, commune_ids=[communes[n].id],
            call_id=call.id, received_on=call.opens_on, women_planned=8,
            checklist={code: True for code, _ in CHECKLIST},
            cost_lines=[CostLine(CostLineKind.FRAMING_GRANT, Decimal("18000"))]))
        assert proposal.id is not None
        proposals.set_status(db, actor, proposal.id, ProposalStatus.COMPLETE)
        proposals.set_status(db, actor, proposal.id, ProposalStatus.ELIGIBLE)
        ids.append(proposal.id)
    [info] = [c for c in committees.list_committees(db, edition.id)
              if c.committee.level is CommitteeLevel.PROVINCIAL]
    assert info.committee.id is not None
    members = committees.list_members(db, info.committee.id)
    summary = meetings.save_meeting(db, actor, Meeting(
        info.committee.id, MeetingKind.SELECTION, date(2023, 7, 14), time(10, 0),
        "قاعة الاجتماعات بعمالة خنيفرة", members[0].id))
    assert summary.meeting.id is not None
    meetings.set_agenda(db, actor, summary.meeting.id, ids)
    return Scenario(db, actor, summary.meeting.id, ids, members)


def attend(scenario: Scenario, present: int) -> None:
    """The first `present` voting members (chair first) come; everyone else is absent."""
    voting = scenario.voting()
    for member in scenario.members:
        assert member.id is not None
        status = (AttendanceStatus.PRESENT if member in voting[:present] or not member.is_voting
                  else AttendanceStatus.ABSENT)
        meetings.record_attendance(scenario.db, scenario.actor, scenario.meeting_id, member.id,
                                   status)


def closed_meeting(db: Database, actor: Actor) -> Scenario:
    """The supplementary meeting held, voted, every proposal postponed, and closed."""
    scenario = supplementary_meeting(db, actor)
    attend(scenario, present=5)
    for proposal_id in scenario.proposal_ids:
        meetings.record_votes(db, actor, scenario.meeting_id, proposal_id,
                              {m.id: VoteChoice.FOR for m in scenario.voting()[:5]})
        meetings.record_decision(db, actor, scenario.meeting_id, proposal_id,
                                 DecisionChoice(DecisionOutcome.POSTPONED, "استكمال الملف"))
    meetings.close_meeting(db, actor, scenario.meeting_id)
    return scenario
