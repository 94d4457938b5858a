"""Amendments (ملاحق) to signed employment-grant agreements: draw up, print, sign.

As for conventions, a signed agreement never changes: an amendment sets its terms anew,
is printed with its own verification mark (recorded in the register of printed
documents), then signed, locked by the database (migration 0017) and sealed in the audit
chain. Only signed amendments count: the agreement's effective terms
(`grant_agreements.terms_of`) give the hires' schedules, the agreement list and the totals.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.grant_amendment import KIND, GrantAmendmentData, build_grant_amendment
from app.documents.verification import make_mark
from app.domain import formats
from app.domain.grant_amendments import AmendmentFacts, GrantTerms, check_amendment
from app.domain.roles import Permission
from app.domain.rules import is_blank
from app.errors import FieldError, Locked, NotFound, ValidationError
from app.language import tr
from app.services import printed
from app.services.actor import Actor
from app.services.audit_chain import seal_record
from app.services.authorization import requires
from app.services.grant_agreements import _agreement_row, _params, hired_count, terms_of
from app.services.grants import _approved_hires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    GrantAgreementRow,
    GrantAllocationRow,
    GrantAmendmentRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantHireRow,
    GrantPaymentRow,
)


@dataclass(frozen=True)
class GrantAmendment:
    id: uuid.UUID
    agreement_id: uuid.UUID
    number: int
    reference: str
    reason: str
    drawn_up_on: date
    hires: int
    monthly_amount: Decimal
    grant_months: int
    total_amount: Decimal
    signed_on: date | None
    signed_place: str
    locked: bool


def _summary(row: GrantAmendmentRow) -> GrantAmendment:
    return GrantAmendment(row.id, row.agreement_id, row.number,
                          str(row.content.get("reference", "")), row.reason, row.drawn_up_on,
                          row.hires, row.monthly_amount, row.grant_months, row.total_amount,
                          row.signed_on, row.signed_place, row.locked_at is not None)


def list_amendments(db: Database, agreement_id: uuid.UUID) -> list[GrantAmendment]:
    with reading(db) as session:
        return [_summary(row) for row in session.scalars(
            select(GrantAmendmentRow).where(GrantAmendmentRow.agreement_id == agreement_id)
            .order_by(GrantAmendmentRow.number))]


def current_terms(db: Database, agreement_id: uuid.UUID) -> GrantTerms:
    """The terms an amendment starts from: the agreement as its signed amendments left it."""
    with reading(db) as session:
        return terms_of(session, _agreement_row(session, agreement_id))


def facts_for(session: Session, agreement: GrantAgreementRow) -> AmendmentFacts:
    application = session.get(GrantApplicationRow, agreement.application_id)
    assert application is not None  # a foreign key
    call = session.get(GrantCallRow, application.call_id)
    assert call is not None
    allocation = session.scalar(select(GrantAllocationRow.hires).where(
        GrantAllocationRow.edition_id == call.edition_id,
        GrantAllocationRow.region_id == call.region_id))
    left = None
    if allocation is not None:
        # Approved applications take their hires; amended agreements their difference.
        taken = _approved_hires(session, call.edition_id, call.region_id)
        for other in session.scalars(
                select(GrantAgreementRow)
                .join(GrantApplicationRow,
                      GrantApplicationRow.id == GrantAgreementRow.application_id)
                .join(GrantCallRow, GrantCallRow.id == GrantApplicationRow.call_id)
                .where(GrantCallRow.edition_id == call.edition_id,
                       GrantCallRow.region_id == call.region_id)):
            taken += terms_of(session, other).hires - other.hires
        left = allocation - taken
    paid = session.scalar(
        select(func.max(GrantPaymentRow.month_index))
        .join(GrantHireRow, GrantHireRow.id == GrantPaymentRow.hire_id)
        .where(GrantHireRow.agreement_id == agreement.id,
               GrantHireRow.replaces_hire_id.is_(None))) or 0
    pending = session.scalar(select(func.min(GrantAmendmentRow.number)).where(
        GrantAmendmentRow.agreement_id == agreement.id, GrantAmendmentRow.locked_at.is_(None)))
    return AmendmentFacts(
        signed=agreement.locked_at is not None, current=terms_of(session, agreement),
        edition=_params(session, call.edition_id), hired=hired_count(session, agreement.id),
        paid_months=int(paid), allocation_left=left, unsigned_amendment=pending)


def check_only(db: Database, agreement_id: uuid.UUID, reason: str, terms: GrantTerms
               ) -> list[FieldError]:
    """The rules as the form shows them before saving."""
    with reading(db) as session:
        return check_amendment(reason, terms, facts_for(session, _agreement_row(
            session, agreement_id)))


def _data(session: Session, agreement: GrantAgreementRow, number: int, reason: str,
          before: GrantTerms, after: GrantTerms, signed_on: date | None = None,
          signed_place: str = "") -> GrantAmendmentData:
    printed_agreement = agreement.content  # what the signed paper says, frozen at signing
    return GrantAmendmentData(
        agreement_number=agreement.number, amendment_number=number,
        agreement_place=str(printed_agreement.get("signed_place", "")),
        agreement_date=str(printed_agreement.get("signed_on", "")),
        edition_title=str(printed_agreement.get("edition_title", "")),
        region_name=str(printed_agreement.get("region_name", "")),
        employer_name=str(printed_agreement.get("employer_name", "")),
        cnss_affiliate=str(printed_agreement.get("cnss_affiliate", "")),
        employer_representative=str(printed_agreement.get("employer_representative", "")),
        reason=reason.strip(), hires_before=before.hires, monthly_before=before.monthly_amount,
        months_before=before.grant_months, hires=after.hires,
        monthly_amount=after.monthly_amount, grant_months=after.grant_months,
        signed_place=signed_place, signed_on=formats.long_date(signed_on) if signed_on else "")


def _freeze(row: GrantAmendmentRow, data: GrantAmendmentData) -> None:
    stored = json.loads(json.dumps(asdict(data), default=str, ensure_ascii=False))
    stored["reference"] = data.reference
    canonical = json.dumps(asdict(data), default=str, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    row.content = stored
    row.content_sha256 = hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _thaw(content: dict[str, object]) -> GrantAmendmentData:
    values = {k: v for k, v in content.items() if k != "reference"}
    for name in ("monthly_before", "monthly_amount"):
        values[name] = Decimal(str(values[name]))
    return GrantAmendmentData(**values)  # type: ignore[arg-type]


def add_amendment(session: Session, agreement: GrantAgreementRow, reason: str,
                  terms: GrantTerms, on: date) -> GrantAmendmentRow:
    """The amendment row, checked against every rule (the demo builds its own with it)."""
    facts = facts_for(session, agreement)
    errors = check_amendment(reason, terms, facts)
    if errors:
        raise ValidationError(errors)
    number = (session.scalar(select(func.max(GrantAmendmentRow.number)).where(
        GrantAmendmentRow.agreement_id == agreement.id)) or 0) + 1
    row = GrantAmendmentRow(
        agreement_id=agreement.id, number=number, reason=reason.strip(), drawn_up_on=on,
        hires=terms.hires, monthly_amount=terms.monthly_amount,
        grant_months=terms.grant_months, total_amount=terms.total, signed_place="")
    _freeze(row, _data(session, agreement, number, reason, facts.current, terms))
    session.add(row)
    session.flush()
    return row


@requires(Permission.CONVENTIONS)
def draw_up(db: Database, actor: Actor, agreement_id: uuid.UUID, reason: str,
            terms: GrantTerms, on: date) -> GrantAmendment:
    """A numbered amendment to a signed agreement; the agreement itself never changes."""
    with writing(db, actor) as session:
        return _summary(add_amendment(session, _agreement_row(session, agreement_id), reason,
                                      terms, on))


def _amendment_row(session: Session, amendment_id: uuid.UUID) -> GrantAmendmentRow:
    row = session.get(GrantAmendmentRow, amendment_id)
    if row is None:
        raise NotFound(tr("ملحق اتفاقية المنحة غير موجود."))
    return row


def sign_row(session: Session, row: GrantAmendmentRow, signed_on: date, place: str) -> None:
    if row.locked_at is not None:
        raise Locked(tr("ملحق اتفاقية المنحة موقع ومقفل من قبل."))
    agreement = _agreement_row(session, row.agreement_id)
    if agreement.signed_on is not None and signed_on < agreement.signed_on:
        raise ValidationError(FieldError(
            "signed_on", tr("تاريخ توقيع الملحق: لا يسبق توقيع الاتفاقية ({day}).")
            .format(day=f"{agreement.signed_on:%d/%m/%Y}"), "grant_amendment.signed_before"))
    data = _thaw(row.content)
    row.signed_on, row.signed_place = signed_on, place.strip()
    _freeze(row, _data(session, agreement, row.number, row.reason, data.before, data.after,
                       signed_on, row.signed_place))
    row.locked_at = datetime.now(UTC)
    seal_record(session, row)


@requires(Permission.CONVENTIONS)
def sign(db: Database, actor: Actor, amendment_id: uuid.UUID, signed_on: date, place: str
         ) -> GrantAmendment:
    """Record the signature and lock the amendment; from then on its terms are the
    agreement's (the hires' schedules and the totals follow them)."""
    if is_blank(place):
        raise ValidationError(FieldError("signed_place", tr("مكان التوقيع: إلزامي.")))
    with writing(db, actor) as session:
        row = _amendment_row(session, amendment_id)
        sign_row(session, row, signed_on, place)
        return _summary(row)


@requires(Permission.PRINT)
def amendment_pdf(db: Database, actor: Actor, amendment_id: uuid.UUID) -> bytes:
    """The amendment with its verification mark; the print is recorded in the register."""
    with reading(db) as session:
        row = _amendment_row(session, amendment_id)
        data, sha = _thaw(row.content), row.content_sha256
    head = printed.anchor(db, KIND, amendment_id, sha)
    pdf = build_grant_amendment(data, make_mark(KIND, data.reference, 1, sha, head))
    printed.record(db, actor, KIND, amendment_id, data.reference, 1, sha, pdf, head)
    return pdf
