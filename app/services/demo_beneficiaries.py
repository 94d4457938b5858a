"""The demo's people: a few hundred beneficiaries on some of the 2023 Khenifra worksites,
so the Beneficiaries section shows real-looking lists (a handful retyped with another
spelling, for the likely-duplicates screen)."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import AssignmentStatus, ProposalStatus, Sex
from app.services.beneficiaries import name_key, person_text, worksite_period
from app.services.synthetic_people import PeopleGenerator, Person
from app.storage.models import AssignmentRow, BeneficiaryRow, EditionRow, ProposalRow

DEMO_WORKSITES = 12
DEMO_SOURCE = "عرض تجريبي"


def add_demo_beneficiaries(session: Session, rng: random.Random) -> int:
    """Fill the first 2023 worksites to (nearly) their planned number; returns the count."""
    worksites = list(session.scalars(
        select(ProposalRow).join(EditionRow, EditionRow.id == ProposalRow.edition_id)
        .where(EditionRow.year == 2023, ProposalRow.status == ProposalStatus.SELECTED)
        .order_by(ProposalRow.reference).limit(DEMO_WORKSITES)))
    people = PeopleGenerator(rng.randrange(1 << 30))
    communes = [w.communes[0].id if w.communes else None for w in worksites]
    count = 0
    places: list[AssignmentRow] = []
    firsts: list[Person] = []
    for worksite, commune_id in zip(worksites, communes, strict=True):
        start, end = worksite_period(worksite.starts_on, worksite.duration_months)
        for index in range(max(worksite.beneficiaries - rng.randrange(0, 3), 0)):
            person = people.person(born_from=1970, born_to=2001)
            if index == 1 and firsts:
                # Someone from the previous worksite's list typed again by another source.
                person = people.retyped(firsts[-1])
            if index == 0:
                firsts.append(person)
            row = BeneficiaryRow(
                id=uuid.uuid4(), cin=person.cin, first_name_ar=person.first_name_ar,
                last_name_ar=person.last_name_ar, first_name_fr=person.first_name_fr,
                last_name_fr=person.last_name_fr, sex=Sex(person.sex),
                birth_date=person.birth_date, phone=person.phone, commune_id=commune_id,
                category=person.category, education_level=person.education_level,
                has_disability=person.has_disability, source=DEMO_SOURCE)
            row.search_text = person_text(row)
            row.name_key = name_key(row.first_name_fr, row.last_name_fr)
            session.add(row)
            places.append(AssignmentRow(beneficiary_id=row.id, proposal_id=worksite.id,
                                      starts_on=start, ends_on=end,
                                      status=AssignmentStatus.ACTIVE))
            count += 1
    session.flush()  # the people first: assignments have no relationship to order them
    session.add_all(places)
    session.flush()
    return count
