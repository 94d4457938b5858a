"""A few beneficiaries assigned to a demo worksite, written as ORM rows.

The import and assignment services are written elsewhere; these tests only need people on
a worksite, so they are put there directly (through a unit of work, hence audited).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.enums import AssignmentStatus, ProposalStatus, Sex
from app.services.actor import Actor
from app.services.unit_of_work import writing
from app.storage.database import Database
from app.storage.models import AssignmentRow, BeneficiaryRow, PartnerRow, ProposalRow

AFFILIATE = "1234567"
STARTS, ENDS = date(2023, 4, 3), date(2023, 7, 2)

# (cin, first ar, last ar, first fr, last fr, sex, cnss number, rib, starts on)
PEOPLE = (
    ("M123456", "فاطمة", "الزهراوي", "Fatima", "Zahraoui", Sex.FEMALE, "112233445",
     "", STARTS),
    ("MC98765", "محمد", "أمزيان", "Mohamed", "Amezian", Sex.MALE, "223344556", "", STARTS),
    ("M555111", "خديجة", "أوعلي", "Khadija", "Ouali", Sex.FEMALE, "", "", STARTS),
    ("MA20001", "يوسف", "الإدريسي", "Youssef", "Idrissi", Sex.MALE, "334455667", "",
     date(2023, 5, 15)),
)


@dataclass(frozen=True)
class Site:
    proposal_id: uuid.UUID
    partner_id: uuid.UUID
    reference: str
    assignments: dict[str, uuid.UUID]  # cin -> assignment id


def place_people(db: Database, actor: Actor, *, affiliate: str = AFFILIATE) -> Site:
    """Four people on the first selected demo worksite of 2023, from 3 April to 2 July."""
    with writing(db, actor) as session:
        proposal = session.scalars(select(ProposalRow)
                                   .where(ProposalRow.status == ProposalStatus.SELECTED)
                                   .order_by(ProposalRow.reference.desc())).first()
        assert proposal is not None
        partner = session.get(PartnerRow, proposal.partner_id)
        assert partner is not None
        partner.cnss_affiliate = affiliate
        assignments = {}
        for cin, first_ar, last_ar, first_fr, last_fr, sex, cnss, rib, starts in PEOPLE:
            person = BeneficiaryRow(cin=cin, first_name_ar=first_ar, last_name_ar=last_ar,
                                    first_name_fr=first_fr, last_name_fr=last_fr, sex=sex,
                                    birth_date=date(1990, 1, 1), cnss_number=cnss, rib=rib,
                                    category="anapec")
            session.add(person)
            session.flush()
            assignment = AssignmentRow(beneficiary_id=person.id, proposal_id=proposal.id,
                                       starts_on=starts, ends_on=ENDS,
                                       status=AssignmentStatus.ACTIVE)
            session.add(assignment)
            session.flush()
            assignments[cin] = assignment.id
        return Site(proposal.id, partner.id, proposal.reference, assignments)
