"""Worksite follow-up: status changes, field visits and the payment of tranches.

A worksite is a selected proposal; its follow-up row is created at its first change, so a
worksite nobody touched yet is simply planned. Payments are rows of their own beside the
convention's locked tranches: recording one on a signed convention is the ordinary life of
that convention and is audited like any write, while the signed text itself never moves.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.conventions import is_signed
from app.domain.enums import ConventionStatus, ProposalStatus
from app.domain.followup import (
    OPEN,
    Lateness,
    WorksiteStatus,
    check_payment,
    check_transition,
    check_visit,
    lateness,
    planned_end,
    tranche_due_on,
    tranche_is_late,
)
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import attachments, versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    CommuneRow,
    ConventionRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    TrancheRow,
    WorksiteDomainRow,
    proposal_communes,
)
from app.storage.models.followup import (
    FieldVisitRow,
    TranchePaymentRow,
    WorksiteEventRow,
    WorksiteRow,
)

VISIT_TABLE = "field_visits"  # the owner_table of a visit's photos


@dataclass(frozen=True)
class WorksiteLine:
    proposal_id: uuid.UUID
    reference: str
    title: str
    partner_name: str
    communes: str
    domain: str
    beneficiaries: int
    duration_months: int
    planned_start: date | None
    planned_end: date | None
    status: WorksiteStatus
    status_on: date | None
    progress_note: str
    late: Lateness
    convention_id: uuid.UUID | None
    convention_number: str
    row_version: int  # 0: no follow-up recorded yet

    @property
    def status_label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class StatusEvent:
    status: WorksiteStatus
    on_date: date
    note: str
    recorded_by: str


@dataclass(frozen=True)
class Visit:
    id: uuid.UUID
    proposal_id: uuid.UUID
    visited_on: date
    visitor: str
    observations: str
    photos: tuple[attachments.Attachment, ...] = ()
    row_version: int = 0


@dataclass(frozen=True)
class WorksiteFile:
    line: WorksiteLine
    history: list[StatusEvent] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)


def _today(today: date | None) -> date:
    return today or date.today()


def communes_by_proposal(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for proposal_id, name in session.execute(
                select(proposal_communes.c.proposal_id, CommuneRow.name_ar)
                .join(CommuneRow, CommuneRow.id == proposal_communes.c.commune_id)
                .where(proposal_communes.c.proposal_id.in_(ids[start:start + 500]))
                .order_by(CommuneRow.name_ar)):
            names[proposal_id].append(name)
    return {key: "، ".join(value) for key, value in names.items()}


def _worksite_query(edition_id: uuid.UUID | None, province_id: uuid.UUID | None) -> Any:
    """Columns, not entities: a national list loads tens of thousands of these."""
    query = (select(ProposalRow.id, ProposalRow.reference, ProposalRow.title_ar,
                    ProposalRow.beneficiaries, ProposalRow.duration_months,
                    ProposalRow.starts_on, PartnerRow.name_ar, WorksiteDomainRow.name_ar,
                    WorksiteRow.status, WorksiteRow.status_on, WorksiteRow.progress_note,
                    WorksiteRow.row_version, ConventionRow.id, ConventionRow.number)
             .join(PartnerRow, PartnerRow.id == ProposalRow.partner_id)
             .outerjoin(WorksiteDomainRow, WorksiteDomainRow.id == ProposalRow.domain_id)
             .outerjoin(WorksiteRow, WorksiteRow.proposal_id == ProposalRow.id)
             .outerjoin(ConventionRow, ConventionRow.proposal_id == ProposalRow.id)
             .where(ProposalRow.status == ProposalStatus.SELECTED)
             .order_by(ProposalRow.reference))
    if edition_id is not None:
        query = query.where(ProposalRow.edition_id == edition_id)
    if province_id is not None:
        query = query.where(ProposalRow.province_id == province_id)
    return query


def _line(row: Any, communes: str, today: date) -> WorksiteLine:
    (pid, reference, title, beneficiaries, duration, start, partner, domain, stored,
     status_on, note, version, convention_id, number) = row
    status = stored or WorksiteStatus.PLANNED  # no follow-up row yet: planned
    end = planned_end(start, duration)
    return WorksiteLine(
        pid, reference, title, partner, communes, domain or "", beneficiaries, duration,
        start, end, status, status_on, note or "", lateness(status, start, end, today),
        convention_id, number or "", version or 0)


def list_worksites(db: Database, edition_id: uuid.UUID | None,
                   province_id: uuid.UUID | None = None, *, today: date | None = None,
                   late_only: bool = False, ids: Sequence[uuid.UUID] | None = None,
                   among: Any = None, limit: int | None = None) -> list[WorksiteLine]:
    """The selected proposals of an edition (and province) with their follow-up state;
    `among` (a select of proposal ids) narrows them in SQL; `limit` keeps the first
    lines in reference order (a printed table's rows)."""
    day = _today(today)
    query = _worksite_query(edition_id, province_id)
    if ids is not None:
        query = query.where(ProposalRow.id.in_(list(ids)))
    if among is not None:
        query = query.where(ProposalRow.id.in_(among))
    if late_only:
        # Late needs an open worksite that should have started: the rule itself is applied
        # below, to the few rows this leaves.
        query = query.where(ProposalRow.starts_on < day,
                            (WorksiteRow.status.is_(None)) | WorksiteRow.status.in_(OPEN))
    with reading(db) as session:
        rows = session.execute(query).all()
        if late_only:
            rows = [r for r in rows if _late(r, day) is not Lateness.NONE]
        if limit is not None:
            rows = rows[:limit]
        communes = communes_by_proposal(session, [r[0] for r in rows])
        return [_line(row, communes.get(row[0], ""), day) for row in rows]


def _late(row: Any, day: date) -> Lateness:
    status = row[8] or WorksiteStatus.PLANNED
    return lateness(status, row[5], planned_end(row[5], row[4]), day)


def worksite_file(db: Database, proposal_id: uuid.UUID, *,
                  today: date | None = None) -> WorksiteFile:
    found = list_worksites(db, None, today=today, ids=[proposal_id])
    if not found:
        raise NotFound(tr("الورش غير موجود أو لم يصادق عليه."))
    with reading(db) as session:
        history = [StatusEvent(e.status, e.on_date, e.note, e.recorded_by)
                   for e in session.scalars(select(WorksiteEventRow)
                                            .where(WorksiteEventRow.proposal_id == proposal_id)
                                            .order_by(WorksiteEventRow.on_date,
                                                      WorksiteEventRow.created_at))]
        visit_rows = [Visit(v.id, v.proposal_id, v.visited_on, v.visitor, v.observations,
                            row_version=v.row_version)
                      for v in session.scalars(
                          select(FieldVisitRow).where(FieldVisitRow.proposal_id == proposal_id)
                          .order_by(FieldVisitRow.visited_on.desc()))]
    visits = [replace(v, photos=tuple(attachments.list_attachments(db, VISIT_TABLE, v.id)))
              for v in visit_rows]
    return WorksiteFile(found[0], history, visits)


def _selected_proposal(session: Session, proposal_id: uuid.UUID) -> ProposalRow:
    proposal = session.get(ProposalRow, proposal_id)
    if proposal is None or proposal.status is not ProposalStatus.SELECTED:
        raise NotFound(tr("الورش غير موجود أو لم يصادق عليه."))
    return proposal


@requires(Permission.FOLLOW_UP)
def change_status(db: Database, actor: Actor, proposal_id: uuid.UUID, target: WorksiteStatus,
                  on: date | None, note: str = "", *, read_at: int | None = None,
                  today: date | None = None) -> None:
    """Move a worksite along its life (planned → started → suspended/completed, or
    cancelled), dated, with the history kept."""
    with writing(db, actor) as session:
        _selected_proposal(session, proposal_id)
        row = session.scalars(select(WorksiteRow)
                              .where(WorksiteRow.proposal_id == proposal_id)).first()
        current = row.status if row is not None else WorksiteStatus.PLANNED
        check_transition(current, WorksiteStatus(target), on, row.status_on if row else None,
                         _today(today), note)
        assert on is not None
        if row is None:
            row = WorksiteRow(proposal_id=proposal_id, status=current, progress_note="")
            session.add(row)
        elif read_at:
            versions.check(session, row, read_at)
        row.status = WorksiteStatus(target)
        row.status_on = on
        if target is WorksiteStatus.STARTED and row.started_on is None:
            row.started_on = on
        if target in (WorksiteStatus.COMPLETED, WorksiteStatus.CANCELLED):
            row.ended_on = on
        if note.strip():
            row.progress_note = note.strip()
        session.add(WorksiteEventRow(proposal_id=proposal_id, status=target, on_date=on,
                                     note=note.strip(), recorded_by=actor.username))


@requires(Permission.FOLLOW_UP)
def save_progress_note(db: Database, actor: Actor, proposal_id: uuid.UUID, note: str, *,
                       read_at: int | None = None) -> None:
    with writing(db, actor) as session:
        _selected_proposal(session, proposal_id)
        row = session.scalars(select(WorksiteRow)
                              .where(WorksiteRow.proposal_id == proposal_id)).first()
        if row is None:
            row = WorksiteRow(proposal_id=proposal_id, status=WorksiteStatus.PLANNED)
            session.add(row)
        else:
            versions.check(session, row, read_at or None)
        row.progress_note = note.strip()


@requires(Permission.FOLLOW_UP)
def add_visit(db: Database, actor: Actor, proposal_id: uuid.UUID, visited_on: date | None,
              visitor: str, observations: str = "", photos: Sequence[Path] = (), *,
              today: date | None = None) -> uuid.UUID:
    """A field visit; its photos are copied beside the database like every attachment."""
    check_visit(visited_on, visitor, _today(today))
    _check_photos(photos)
    assert visited_on is not None
    with writing(db, actor) as session:
        _selected_proposal(session, proposal_id)
        row = FieldVisitRow(proposal_id=proposal_id, visited_on=visited_on,
                            visitor=visitor.strip(), observations=observations.strip())
        session.add(row)
        session.flush()
        visit_id = row.id
    for photo in photos:
        attachments.attach(db, actor, VISIT_TABLE, visit_id, Path(photo), kind="photo")
    return visit_id


def _check_photos(photos: Sequence[Path]) -> None:
    missing = [str(p) for p in photos if not Path(p).is_file()]
    if missing:
        raise ValidationError(FieldError("photos", tr("الصور: ملف غير موجود ({missing[0]}).")
                                                      .format(missing=missing)))


def _visit(session: Session, visit_id: uuid.UUID, read_at: int | None) -> FieldVisitRow:
    row = session.get(FieldVisitRow, visit_id)
    if row is None:
        raise NotFound(tr("الزيارة غير موجودة: ربما حذفها مستخدم آخر."))
    versions.check(session, row, read_at)
    return row


@requires(Permission.FOLLOW_UP)
def update_visit(db: Database, actor: Actor, visit_id: uuid.UUID, visited_on: date | None,
                 visitor: str, observations: str = "", add_photos: Sequence[Path] = (),
                 remove_photos: Sequence[uuid.UUID] = (), *, read_at: int | None = None,
                 today: date | None = None) -> None:
    """Correct a visit typed wrong (its date, visitor, observations) and its photos; a
    save based on an old read is refused rather than erasing someone else's change."""
    check_visit(visited_on, visitor, _today(today))
    _check_photos(add_photos)
    assert visited_on is not None
    with writing(db, actor) as session:
        row = _visit(session, visit_id, read_at)
        row.visited_on = visited_on
        row.visitor = visitor.strip()
        row.observations = observations.strip()
    owned = {a.id for a in attachments.list_attachments(db, VISIT_TABLE, visit_id)}
    for attachment_id in remove_photos:
        if attachment_id in owned:
            attachments.detach(db, actor, attachment_id)
    for photo in add_photos:
        attachments.attach(db, actor, VISIT_TABLE, visit_id, Path(photo), kind="photo")


@requires(Permission.FOLLOW_UP)
def remove_visit(db: Database, actor: Actor, visit_id: uuid.UUID, *,
                 read_at: int | None = None) -> None:
    """Remove a visit recorded by mistake (the audit log keeps what it said); its photos'
    links go with it, the stored copies stay like every detached file."""
    with writing(db, actor) as session:
        row = _visit(session, visit_id, read_at)
        session.delete(row)
    for photo in attachments.list_attachments(db, VISIT_TABLE, visit_id):
        attachments.detach(db, actor, photo.id)


# -- tranches and payments -------------------------------------------------------------------


@dataclass(frozen=True)
class TrancheLine:
    tranche_id: uuid.UUID
    convention_id: uuid.UUID
    convention_number: str
    convention_status: ConventionStatus
    proposal_id: uuid.UUID
    proposal_reference: str
    partner_name: str
    communes: str
    position: int
    count: int
    amount: Decimal
    condition: str
    due_on: date | None
    paid: Decimal
    last_paid_on: date | None
    late: bool

    @property
    def left(self) -> Decimal:
        return self.amount - self.paid

    @property
    def signed(self) -> bool:
        return is_signed(self.convention_status)


@dataclass(frozen=True)
class Payment:
    id: uuid.UUID
    tranche_id: uuid.UUID
    paid_on: date
    amount: Decimal
    reference: str
    note: str
    row_version: int = 0


def _conditions(content: dict[str, Any]) -> dict[int, str]:
    return {int(t.get("position", 0)): str(t.get("due_text", ""))
            for t in content.get("tranches", []) if isinstance(t, dict)}


def _province_worksites(edition_id: uuid.UUID | None, province_id: uuid.UUID) -> Any:
    """The ids of a province's selected worksites: conventions are reached through their
    proposal_id index from these, not by scanning every convention of the country."""
    query = select(ProposalRow.id).where(ProposalRow.province_id == province_id,
                                         ProposalRow.status == ProposalStatus.SELECTED)
    return query if edition_id is None else query.where(ProposalRow.edition_id == edition_id)


def list_tranches(db: Database, edition_id: uuid.UUID | None,
                  province_id: uuid.UUID | None = None, *, today: date | None = None,
                  late_only: bool = False, convention_id: uuid.UUID | None = None,
                  limit: int | None = None,
                  convention_ids: Sequence[uuid.UUID] | None = None) -> list[TrancheLine]:
    """Each tranche of each convention: due when, on what condition, what was paid.

    Columns only: the conventions' texts (for the conditions) and the communes are read
    for the lines kept, not for every tranche of a province."""
    day = _today(today)
    paid = (select(TranchePaymentRow.tranche_id, func.sum(TranchePaymentRow.amount).label("paid"),
                   func.max(TranchePaymentRow.paid_on).label("last"))
            .group_by(TranchePaymentRow.tranche_id))
    query = (select(TrancheRow.id, TrancheRow.convention_id, TrancheRow.position,
                    TrancheRow.amount, TrancheRow.due_on, ConventionRow.number,
                    ConventionRow.status, ConventionRow.signed_on, ProposalRow.id,
                    ProposalRow.reference, ProposalRow.starts_on, ProposalRow.duration_months,
                    PartnerRow.name_ar)
             .join(ConventionRow, ConventionRow.id == TrancheRow.convention_id)
             .join(ProposalRow, ProposalRow.id == ConventionRow.proposal_id)
             .join(PartnerRow, PartnerRow.id == ConventionRow.partner_id)
             .order_by(ConventionRow.number, TrancheRow.position))
    scope: list[Any] = []
    if edition_id is not None:
        scope.append(ConventionRow.edition_id == edition_id)
    if province_id is not None:
        scope.append(ConventionRow.proposal_id.in_(
            _province_worksites(edition_id, province_id)))
    if convention_id is not None:
        scope.append(ConventionRow.id == convention_id)
    if convention_ids is not None:
        scope.append(ConventionRow.id.in_(list(convention_ids)))
    query = query.where(*scope)
    in_scope = select(ConventionRow.id).where(*scope)
    paid = paid.where(TranchePaymentRow.convention_id.in_(in_scope))
    with reading(db) as session:
        rows = session.execute(query).all()
        sums = {tid: (total, last) for tid, total, last in session.execute(paid)}
        counts = Counter(row[1] for row in rows)  # every tranche of each convention
        kept = []
        for (tid, cid, position, amount, due_on, number, status, signed_on, pid, reference,
             starts_on, duration, partner) in rows:
            due = tranche_due_on(position, counts[cid], due_on, signed_on, starts_on, duration)
            total, last = sums.get(tid, (0, None))
            total_paid = Decimal(total or 0)
            late = is_signed(status) and tranche_is_late(due, amount, total_paid, day)
            if late_only and not late:
                continue
            kept.append((tid, cid, number, status, pid, reference, partner, position,
                         counts[cid], amount, due, total_paid, last, late))
            if limit is not None and len(kept) >= limit:
                break
        communes = communes_by_proposal(session, list({k[4] for k in kept}))
        conditions: dict[uuid.UUID, dict[int, str]] = {}
        wanted = list({k[1] for k in kept})
        for start in range(0, len(wanted), 500):
            conditions.update((cid, _conditions(content or {})) for cid, content in
                              session.execute(select(ConventionRow.id, ConventionRow.content)
                                              .where(ConventionRow.id.in_(
                                                  wanted[start:start + 500]))))
    return [TrancheLine(tid, cid, number, status, pid, reference, partner,
                        communes.get(pid, ""), position, n, amount,
                        conditions.get(cid, {}).get(position, ""), due, total_paid, last, late)
            for (tid, cid, number, status, pid, reference, partner, position, n, amount, due,
                 total_paid, last, late) in kept]


def list_payments(db: Database, tranche_id: uuid.UUID) -> list[Payment]:
    with reading(db) as session:
        return [Payment(p.id, p.tranche_id, p.paid_on, p.amount, p.reference, p.note,
                        p.row_version)
                for p in session.scalars(select(TranchePaymentRow)
                                         .where(TranchePaymentRow.tranche_id == tranche_id)
                                         .order_by(TranchePaymentRow.paid_on))]


@requires(Permission.FOLLOW_UP)
def record_payment(db: Database, actor: Actor, tranche_id: uuid.UUID, paid_on: date | None,
                   amount: Decimal | None, reference: str = "", note: str = "", *,
                   today: date | None = None) -> uuid.UUID:
    """Record money paid on a tranche of a signed convention (the convention is untouched)."""
    with writing(db, actor) as session:
        tranche = session.get(TrancheRow, tranche_id)
        if tranche is None:
            raise NotFound(tr("الشطر غير موجود."))
        convention = session.get(ConventionRow, tranche.convention_id)
        assert convention is not None
        already = session.scalar(select(func.coalesce(func.sum(TranchePaymentRow.amount), 0))
                                 .where(TranchePaymentRow.tranche_id == tranche_id))
        check_payment(amount, paid_on, tranche.amount - Decimal(already or 0),
                      is_signed(convention.status), _today(today))
        assert paid_on is not None and amount is not None
        row = TranchePaymentRow(tranche_id=tranche_id, convention_id=convention.id,
                                paid_on=paid_on, amount=amount, reference=reference.strip(),
                                note=note.strip())
        session.add(row)
        session.flush()
        return row.id


def _payment(session: Session, payment_id: uuid.UUID,
             read_at: int | None) -> tuple[TranchePaymentRow, TrancheRow, ConventionRow]:
    row = session.get(TranchePaymentRow, payment_id)
    if row is None:
        raise NotFound(tr("الأداء غير موجود: ربما حذفه مستخدم آخر."))
    if read_at is not None and row.row_version != read_at:
        versions.check(session, row, read_at)  # raises Conflict
    tranche = session.get(TrancheRow, row.tranche_id)
    convention = session.get(ConventionRow, row.convention_id)
    assert tranche is not None and convention is not None
    return row, tranche, convention


@requires(Permission.FOLLOW_UP)
def update_payment(db: Database, actor: Actor, payment_id: uuid.UUID, paid_on: date | None,
                   amount: Decimal | None, reference: str = "", note: str = "", *,
                   read_at: int | None = None, today: date | None = None) -> None:
    """Correct a payment typed wrong: its date, amount (within the tranche with the other
    payments), order number or note. Only the payment row changes, never the signed
    convention; the audit log keeps the old and new values."""
    with writing(db, actor) as session:
        row, tranche, convention = _payment(session, payment_id, read_at)
        others = session.scalar(select(func.coalesce(func.sum(TranchePaymentRow.amount), 0))
                                .where(TranchePaymentRow.tranche_id == tranche.id,
                                       TranchePaymentRow.id != payment_id))
        check_payment(amount, paid_on, tranche.amount - Decimal(others or 0),
                      is_signed(convention.status), _today(today))
        assert paid_on is not None and amount is not None
        versions.check(session, row, read_at)
        row.paid_on = paid_on
        row.amount = amount
        row.reference = reference.strip()
        row.note = note.strip()


@requires(Permission.FOLLOW_UP)
def remove_payment(db: Database, actor: Actor, payment_id: uuid.UUID, *,
                   read_at: int | None = None) -> None:
    """Remove a payment recorded by mistake; the audit log keeps what it was."""
    with writing(db, actor) as session:
        row, _tranche, _convention = _payment(session, payment_id, read_at)
        session.delete(row)


def find_payment(db: Database, key: str) -> Payment:
    """A payment named by its id or the first characters of it (at least 6), as the
    command line prints them."""
    return _find_by_prefix(db, TranchePaymentRow, key, tr("الأداء"), lambda p: Payment(
        p.id, p.tranche_id, p.paid_on, p.amount, p.reference, p.note, p.row_version))


def find_visit(db: Database, key: str) -> Visit:
    return _find_by_prefix(db, FieldVisitRow, key, tr("الزيارة"), lambda v: Visit(
        v.id, v.proposal_id, v.visited_on, v.visitor, v.observations,
        row_version=v.row_version))


def _find_by_prefix(db: Database, model: Any, key: str, what: str, make: Any) -> Any:
    text = key.strip().lower().replace("-", "")
    if len(text) < 6 or any(c not in "0123456789abcdef" for c in text):
        raise NotFound(tr("{what} غير موجود: «{key}» ليس معرفا صحيحا (6 أحرف على الأقل).")
                          .format(what=what, key=key))
    with reading(db) as session:
        ids = [uuid.UUID(text)] if len(text) == 32 else \
            [i for i in session.scalars(select(model.id)) if i.hex.startswith(text)][:2]
        rows = [r for r in (session.get(model, i) for i in ids) if r is not None]
        if len(rows) != 1:
            raise NotFound(tr("{what} غير موجود: «{key}».").format(what=what, key=key)
                           if not rows else
                           tr("«{key}» يطابق أكثر من سجل: أضف أحرفا من المعرف.").format(key=key))
        return make(rows[0])


@dataclass(frozen=True)
class MoneyTotal:
    key: str
    name: str
    due: Decimal
    paid: Decimal

    @property
    def left(self) -> Decimal:
        return self.due - self.paid


def payment_totals(db: Database, edition_id: uuid.UUID | None,
                   province_id: uuid.UUID | Sequence[uuid.UUID] | None = None,
                   by: str = "partner") -> list[MoneyTotal]:
    """What the signed conventions commit and what was paid, per body, commune or province,
    summed in SQL over the conventions in scope only."""
    where: list[Any] = [ConventionRow.status.in_([ConventionStatus.SIGNED,
                                                  ConventionStatus.TERMINATED])]
    if edition_id is not None:
        where.append(ConventionRow.edition_id == edition_id)
    if province_id is not None:
        provinces = [province_id] if isinstance(province_id, uuid.UUID) else list(province_id)
        where.append(ConventionRow.proposal_id.in_(
            select(ProposalRow.id).where(ProposalRow.province_id.in_(provinces),
                                         ProposalRow.status == ProposalStatus.SELECTED,
                                         *([ProposalRow.edition_id == edition_id]
                                           if edition_id is not None else []))))
    paid = (select(TranchePaymentRow.convention_id,
                   func.sum(TranchePaymentRow.amount).label("paid"))
            .where(TranchePaymentRow.convention_id.in_(select(ConventionRow.id).where(*where)))
            .group_by(TranchePaymentRow.convention_id).subquery())
    query = (select(ConventionRow.total_amount.label("due"),
                    func.coalesce(paid.c.paid, 0).label("paid"))
             .select_from(ConventionRow)
             .outerjoin(paid, paid.c.convention_id == ConventionRow.id).where(*where))
    if by == "commune":
        # A worksite over several communes counts once, under the first (PostgreSQL has
        # no min() of a UUID, so the first is taken by a correlated LIMIT 1).
        first_commune = (select(proposal_communes.c.commune_id)
                         .where(proposal_communes.c.proposal_id == ConventionRow.proposal_id)
                         .order_by(proposal_communes.c.commune_id).limit(1)
                         .correlate(ConventionRow).scalar_subquery())
        key_col, name_col = CommuneRow.id, CommuneRow.name_ar
        query = query.outerjoin(CommuneRow, CommuneRow.id == first_commune)
    elif by == "province":
        key_col, name_col = ProvinceRow.id, ProvinceRow.name_ar
        query = (query.join(ProposalRow, ProposalRow.id == ConventionRow.proposal_id)
                 .join(ProvinceRow, ProvinceRow.id == ProposalRow.province_id))
    else:
        key_col, name_col = PartnerRow.id, PartnerRow.name_ar
        query = query.join(PartnerRow, PartnerRow.id == ConventionRow.partner_id)
    inner = query.add_columns(key_col.label("key"), name_col.label("name")).subquery()
    grouped = (select(inner.c.key, inner.c.name, func.sum(inner.c.due),
                      func.sum(inner.c.paid))
               .group_by(inner.c.key, inner.c.name).order_by(inner.c.name))
    with reading(db) as session:
        return [MoneyTotal(str(key), name or "", Decimal(due or 0), Decimal(done or 0))
                for key, name, due, done in session.execute(grouped)]
