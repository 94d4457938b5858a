"""The list of accounts to open at Al Barid Bank: CNSS pays each beneficiary's wage into
an account there, so everyone assigned to a worksite without a RIB on record is listed,
with what the bank asks to open one."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from app.io.xlsx import write_table
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    AssignmentRow,
    BeneficiaryRow,
    CommuneRow,
    PartnerRow,
    ProposalRow,
)

HEADERS = ["ر.ت", "رقم البطاقة الوطنية", "الاسم العائلي", "الاسم الشخصي", "Nom", "Prénom",
           "الجنس", "تاريخ الازدياد", "الهاتف", "جماعة السكن", "الورش", "الهيئة"]


def accounts_to_open(db: Database, proposal_id: uuid.UUID | None = None) -> list[list[object]]:
    """One row per person without a RIB, on any worksite (or on `proposal_id`), by name."""
    query = (select(BeneficiaryRow, CommuneRow.name_ar, ProposalRow.reference,
                    PartnerRow.name_ar)
             .join(AssignmentRow, AssignmentRow.beneficiary_id == BeneficiaryRow.id)
             .join(ProposalRow, AssignmentRow.proposal_id == ProposalRow.id)
             .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id)
             .outerjoin(CommuneRow, BeneficiaryRow.commune_id == CommuneRow.id)
             .where(BeneficiaryRow.rib == "")
             .order_by(BeneficiaryRow.last_name_ar, BeneficiaryRow.first_name_ar,
                       BeneficiaryRow.cin))
    if proposal_id is not None:
        query = query.where(AssignmentRow.proposal_id == proposal_id)
    rows: list[list[object]] = []
    seen: set[uuid.UUID] = set()
    with reading(db) as session:
        for person, commune, worksite, body in session.execute(query):
            if person.id in seen:
                continue
            seen.add(person.id)
            rows.append([len(rows) + 1, person.cin, person.last_name_ar, person.first_name_ar,
                         person.last_name_fr.upper(), person.first_name_fr, person.sex,
                         person.birth_date, person.phone, commune or "", worksite, body])
    return rows


def export(db: Database, out: Path, proposal_id: uuid.UUID | None = None) -> int:
    """Write the .xlsx; returns how many people it lists."""
    rows = accounts_to_open(db, proposal_id)
    write_table(out, "Al Barid Bank", HEADERS, rows)
    return len(rows)
