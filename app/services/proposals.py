"""Proposed worksites: intake, the programme's rules, status, and the quota they use."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.calls import Call
from app.domain.enums import ProposalStatus
from app.domain.programme import edition_title
from app.domain.proposals import (
    CHECKLIST,
    CostLine,
    EligibilityFacts,
    Proposal,
    QuotaUse,
    WorksiteDomain,
    check_proposal,
    check_quota,
    check_transition,
    validate_worksite_domain,
)
from app.domain.roles import Permission
from app.domain.rules import is_blank
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services import programme, versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.listing import (
    ListQuery,
    Page,
    count_rows,
    list_order,
    run_page,
    search_condition,
)
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import (
    CallRow,
    CommuneRow,
    CostLineRow,
    EditionRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    QuotaRow,
    WorksiteDomainRow,
    proposal_communes,
)

SORTS = {
    "reference": ProposalRow.reference, "title_ar": ProposalRow.title_ar,
    "partner": PartnerRow.name_ar, "beneficiaries": ProposalRow.beneficiaries,
    "women_planned": ProposalRow.women_planned, "duration_months": ProposalRow.duration_months,
    "status": ProposalRow.status, "received_on": ProposalRow.received_on,
    "domain": WorksiteDomainRow.name_ar,
}


def list_domains(db: Database, active_only: bool = True) -> list[WorksiteDomain]:
    query = select(WorksiteDomainRow).order_by(WorksiteDomainRow.position)
    if active_only:
        query = query.where(WorksiteDomainRow.active.is_(True))
    with reading(db) as session:
        return [WorksiteDomain(r.code, r.name_ar, r.name_fr, r.active, r.position, r.id,
                               row_version=r.row_version)
                for r in session.scalars(query)]


@requires(Permission.SETTINGS)
def save_domain(db: Database, actor: Actor, domain: WorksiteDomain) -> WorksiteDomain:
    """Add or rename a domain, or retire it (inactive): codes stay, as calls refer to them."""
    validate_worksite_domain(domain)
    with writing(db, actor) as session:
        clash = session.scalars(select(WorksiteDomainRow).where(
            WorksiteDomainRow.code == domain.code, WorksiteDomainRow.id != domain.id)).first()
        if clash is not None:
            raise ValidationError(FieldError(
                "code", tr("الرمز: مستعمل من قبل لمجال «{clash.name_ar}».").format(clash=clash)))
        if domain.id is None:
            last = session.scalar(select(func.max(WorksiteDomainRow.position))) or 0
            row = WorksiteDomainRow(code=domain.code, position=last + 1)
            session.add(row)
        else:
            found = session.get(WorksiteDomainRow, domain.id)
            if found is None:
                raise NotFound(tr("المجال غير موجود."))
            versions.check(session, found, domain.row_version)
            row = found
            if row.code != domain.code:
                raise ValidationError(FieldError(
                    "code", tr("الرمز: لا يغير رمز مجال مستعمل؛ أضف مجالا جديدا وأوقف القديم.")))
        row.name_ar, row.name_fr = domain.name_ar.strip(), domain.name_fr.strip()
        row.active = domain.active
        session.flush()
        return WorksiteDomain(row.code, row.name_ar, row.name_fr, row.active, row.position,
                              row.id, row_version=row.row_version)


def _proposal(row: ProposalRow, partner: str = "", communes: str = "", domain: str = ""
              ) -> Proposal:
    return Proposal(
        edition_id=row.edition_id, province_id=row.province_id, partner_id=row.partner_id,
        title_ar=row.title_ar, beneficiaries=row.beneficiaries,
        duration_months=row.duration_months, call_id=row.call_id, domain_id=row.domain_id,
        description_ar=row.description_ar, women_planned=row.women_planned,
        disabled_planned=row.disabled_planned, starts_on=row.starts_on,
        received_on=row.received_on, late_reason=row.late_reason, status=row.status,
        status_reason=row.status_reason, checklist=dict(row.checklist or {}),
        reference=row.reference, id=row.id, partner_name_ar=partner, commune_names_ar=communes,
        domain_name_ar=domain, row_version=row.row_version)


STREAM_BATCH = 1000
SORT_TIES = (ProposalRow.reference, ProposalRow.id)


@dataclass(frozen=True)
class ListedProposal:
    """A proposal as its list shows it (and its Excel export writes it)."""

    id: uuid.UUID
    reference: str | None
    title_ar: str
    partner_name_ar: str
    commune_names_ar: str
    domain_name_ar: str
    beneficiaries: int
    women_planned: int
    disabled_planned: int
    duration_months: int
    received_on: date | None
    status: ProposalStatus


def _rows() -> Select:
    """A listed proposal with its body's and domain's names, before any condition."""
    return (select(ProposalRow, PartnerRow.name_ar, WorksiteDomainRow.name_ar)
            .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id)
            .outerjoin(WorksiteDomainRow, ProposalRow.domain_id == WorksiteDomainRow.id))


def _base(query: ListQuery, counting: bool = False) -> Select:
    """The list's query; to count, only keys are read and the joins (which never change the
    number of proposals: partner is required, the domain join is outer) are left out. The
    search needs no join either: partner and commune names are in the proposal's own
    folded text (`app.services.search`)."""
    return _where(select(ProposalRow.id) if counting else _rows(), query)


def _where(base: Select, query: ListQuery) -> Select:
    """The list's search and filters, on any select of proposals."""
    condition = search_condition(query.search, ProposalRow.search_text)
    if condition is not None:
        base = base.where(condition)
    for key in ("edition_id", "province_id", "status", "partner_id", "domain_id", "call_id"):
        value = query.filters.get(key)
        if value:
            base = base.where(getattr(ProposalRow, key) == value)
    if query.filters.get("commune_id"):
        base = base.where(ProposalRow.id.in_(
            select(proposal_communes.c.proposal_id)
            .where(proposal_communes.c.commune_id == query.filters["commune_id"])))
    return base


def _commune_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        rows = session.execute(
            select(proposal_communes.c.proposal_id, CommuneRow.name_ar)
            .join(CommuneRow, CommuneRow.id == proposal_communes.c.commune_id)
            .where(proposal_communes.c.proposal_id.in_(ids)).order_by(CommuneRow.name_ar))
        for proposal_id, name in rows:
            names[proposal_id].append(name)
    return {k: "، ".join(v) for k, v in names.items()}


def list_proposals(db: Database, query: ListQuery = ListQuery()  # noqa: B008
                   ) -> Page[Proposal]:
    with reading(db) as session:
        page = run_page(session, _base(query), query, SORTS,
                        list(SORT_TIES),
                        lambda r: _proposal(r[0], r[1], "", r[2] or ""), ProposalRow.id,
                        count_base=_base(query, counting=True), rows_base=_rows())
        names = _commune_names(session, [p.id for p in page.rows if p.id])
        for p in page.rows:
            p.commune_names_ar = names.get(p.id, "") if p.id else ""
        return page


def each_proposal(db: Database, query: ListQuery,
                  progress: Callable[[int, int], None] | None = None
                  ) -> Iterator[ListedProposal]:
    """Every proposal matching `query`, in the list's order, from one streamed query.

    For an export of a whole list: paging it would count it again at every page (at
    200,000 proposals the export took twice the writer's own time). `progress` is told
    how many were given out of how many, every thousand; it may raise to stop.
    """
    with reading(db) as session:
        total = count_rows(session, _base(query, counting=True))
        columns = (select(ProposalRow.id, ProposalRow.reference, ProposalRow.title_ar,
                          PartnerRow.name_ar, WorksiteDomainRow.name_ar,
                          ProposalRow.beneficiaries, ProposalRow.women_planned,
                          ProposalRow.disabled_planned, ProposalRow.duration_months,
                          ProposalRow.received_on, ProposalRow.status)
                   .join(PartnerRow, ProposalRow.partner_id == PartnerRow.id)
                   .outerjoin(WorksiteDomainRow,
                              ProposalRow.domain_id == WorksiteDomainRow.id))
        statement = _where(columns, query).order_by(*list_order(query, SORTS, SORT_TIES))
        given = 0
        result = session.execute(statement.execution_options(yield_per=STREAM_BATCH))
        for batch in result.partitions():
            names = _commune_names(session, [row[0] for row in batch])
            for (key, reference, title, partner, domain, people, women, disabled, months,
                 received, status) in batch:
                yield ListedProposal(key, reference, title, partner or "", names.get(key, ""),
                                     domain or "", people, women, disabled, months, received,
                                     status)
            given += len(batch)
            if progress is not None:
                progress(given, total)


def get_proposal(db: Database, proposal_id: uuid.UUID) -> Proposal:
    with reading(db) as session:
        row = session.get(ProposalRow, proposal_id)
        if row is None:
            raise NotFound(tr("المشروع المقترح غير موجود."))
        partner = session.get(PartnerRow, row.partner_id)
        domain = session.get(WorksiteDomainRow, row.domain_id) if row.domain_id else None
        return _with_children(row, _proposal(
            row, partner.name_ar if partner else "",
            _commune_names(session, [row.id]).get(row.id, ""), domain.name_ar if domain else ""))


def _with_children(row: ProposalRow, proposal: Proposal) -> Proposal:
    proposal.commune_ids = [c.id for c in row.communes]
    proposal.cost_lines = [CostLine(c.kind, c.amount, c.label) for c in row.cost_lines]
    return proposal


def _facts(session: Session, proposal: Proposal) -> EligibilityFacts:
    edition_row = session.get(EditionRow, proposal.edition_id)
    assert edition_row is not None, "callers check the links first (_missing_links)"
    edition = programme.edition_from_row(edition_row)
    communes = dict(session.execute(
        select(CommuneRow.id, CommuneRow.province_id)
        .where(CommuneRow.id.in_(proposal.commune_ids))).all()) \
        if proposal.commune_ids else {}
    previous = session.execute(
        select(ProposalRow.reference, ProposalRow.title_ar, EditionRow.number, EditionRow.year)
        .join(EditionRow, ProposalRow.edition_id == EditionRow.id)
        .where(ProposalRow.partner_id == proposal.partner_id,
               ProposalRow.status == ProposalStatus.SELECTED,
               ProposalRow.edition_id != proposal.edition_id)
        .order_by(EditionRow.year)).all()
    benefits = tuple(f"{ref or title} في {edition_title(number, year)}"
                     for ref, title, number, year in previous)
    call = None
    if proposal.call_id is not None:
        call_row = session.get(CallRow, proposal.call_id)
        if call_row is not None:
            call = Call(call_row.edition_id, call_row.title_ar, call_row.opens_on,
                        call_row.closes_on, call_row.component, call_row.province_id,
                        call_row.region_id, call_row.reference,
                        list(call_row.accepted_domain_codes), call_row.id)
    domain = session.get(WorksiteDomainRow, proposal.domain_id) if proposal.domain_id else None
    return EligibilityFacts(edition, communes, benefits, call, domain.code if domain else None)


def _missing_links(session: Session, proposal: Proposal) -> list[FieldError]:
    errors = []
    if proposal.edition_id is None or session.get(EditionRow, proposal.edition_id) is None:
        errors.append(FieldError("edition_id", tr("النسخة: يرجى اختيار نسخة البرنامج.")))
    if proposal.partner_id is None or session.get(PartnerRow, proposal.partner_id) is None:
        errors.append(FieldError("partner_id", tr("الهيئة حاملة المشروع: يرجى اختيارها.")))
    if proposal.province_id is None or session.get(ProvinceRow, proposal.province_id) is None:
        errors.append(FieldError("province_id", tr("الإقليم: يرجى اختياره.")))
    return errors


def _all_failures(session: Session, proposal: Proposal) -> list[FieldError]:
    missing = _missing_links(session, proposal)
    if any(e.field == "edition_id" for e in missing):
        return missing
    return missing + check_proposal(proposal, _facts(session, proposal))


def eligibility(db: Database, proposal: Proposal) -> list[FieldError]:
    """Every failed rule for this proposal as it stands (empty when eligible)."""
    with reading(db) as session:
        return _all_failures(session, proposal)


def _next_reference(session: Session, proposal: Proposal) -> str:
    province = session.get(ProvinceRow, proposal.province_id)
    edition = session.get(EditionRow, proposal.edition_id)
    assert province is not None and edition is not None
    prefix = f"{province.code}-{edition.year}-"
    taken = set(session.scalars(select(ProposalRow.reference).where(
        ProposalRow.reference.like(f"{prefix}%"))))
    number = session.scalar(select(func.count()).select_from(ProposalRow).where(
        ProposalRow.edition_id == proposal.edition_id,
        ProposalRow.province_id == proposal.province_id)) or 0
    while f"{prefix}{number + 1:03d}" in taken:
        number += 1
    return f"{prefix}{number + 1:03d}"


@requires(Permission.PROPOSALS)
def save_proposal(db: Database, actor: Actor, proposal: Proposal) -> Proposal:
    """Register or change a proposal; any failed programme rule refuses the whole save."""
    with writing(db, actor) as session:
        errors = _all_failures(session, proposal)
        if errors:
            raise ValidationError(errors)
        communes = list(session.scalars(
            select(CommuneRow).where(CommuneRow.id.in_(proposal.commune_ids))))
        if proposal.id is None:
            # The id is known before the flush so that the audit entries of the cost lines
            # name their proposal.
            row = ProposalRow(id=uuid.uuid4(), status=ProposalStatus.RECEIVED,
                              reference=proposal.reference.strip()
                              or _next_reference(session, proposal))
            session.add(row)
        else:
            found = session.get(ProposalRow, proposal.id)
            if found is None:
                raise NotFound(tr("المشروع المقترح غير موجود."))
            versions.check(session, found, proposal.row_version)
            row = found
            if row.status is ProposalStatus.SELECTED:
                raise ValidationError(FieldError(
                    "status", tr("الحالة: لا يعدل مشروع منتقى؛ أرجعه إلى «مؤهل» أولا أو عدله "
                                 "بملحق بعد توقيع الاتفاقية."), "selected.locked"))
        with session.no_autoflush:
            for replaced in list(row.cost_lines):
                session.delete(replaced)  # explicitly, so the audit log records each one
            _fill(row, proposal, communes)
        session.flush()
        proposal_id = row.id
    return get_proposal(db, proposal_id)


def _fill(row: ProposalRow, proposal: Proposal, communes: list[CommuneRow]) -> None:
    row.call_id, row.edition_id = proposal.call_id, proposal.edition_id
    row.province_id, row.partner_id = proposal.province_id, proposal.partner_id
    row.domain_id = proposal.domain_id
    row.reference = proposal.reference.strip() or row.reference
    row.title_ar, row.description_ar = proposal.title_ar.strip(), proposal.description_ar
    row.beneficiaries = proposal.beneficiaries
    row.women_planned, row.disabled_planned = proposal.women_planned, proposal.disabled_planned
    row.duration_months, row.starts_on = proposal.duration_months, proposal.starts_on
    row.received_on, row.late_reason = proposal.received_on, proposal.late_reason.strip()
    row.checklist = {code: bool(proposal.checklist.get(code)) for code, _ in CHECKLIST}
    row.communes = communes
    row.cost_lines = [CostLineRow(proposal_id=row.id, kind=line.kind, label=line.label,
                                  amount=line.amount, position=i)
                      for i, line in enumerate(proposal.cost_lines, start=1)]


def quota_use(db: Database, edition_id: uuid.UUID, province_id: uuid.UUID,
              exclude: uuid.UUID | None = None) -> QuotaUse:
    with reading(db) as session:
        return quota_use_in(session, edition_id, province_id, exclude)


def quota_use_in(session: Session, edition_id: uuid.UUID, province_id: uuid.UUID,
                 exclude: uuid.UUID | None = None) -> QuotaUse:
    """`quota_use` inside a caller's unit of work."""
    quota_row = session.scalars(select(QuotaRow).where(
        QuotaRow.edition_id == edition_id, QuotaRow.province_id == province_id)).first()
    quota = programme.quota_from_row(session, quota_row) if quota_row else None
    people = func.coalesce(func.sum(ProposalRow.beneficiaries), 0)
    months = func.coalesce(func.sum(ProposalRow.beneficiaries * ProposalRow.duration_months), 0)
    base = select(people, months).where(ProposalRow.edition_id == edition_id,
                                        ProposalRow.province_id == province_id)
    if exclude is not None:
        base = base.where(ProposalRow.id != exclude)
    planned = session.execute(base.where(ProposalRow.status.not_in(
        [ProposalStatus.INELIGIBLE, ProposalStatus.REJECTED]))).one()
    selected = session.execute(base.where(ProposalRow.status == ProposalStatus.SELECTED)).one()
    return QuotaUse(quota, int(planned[0]), int(planned[1]), int(selected[0]),
                    int(selected[1]))


@requires(Permission.PROPOSALS)
def set_status(db: Database, actor: Actor, proposal_id: uuid.UUID, target: ProposalStatus,
               reason: str = "") -> Proposal:
    """Move a proposal along its path; each step checks what it needs, all at once."""
    with writing(db, actor) as session:
        apply_status(session, proposal_id, target, reason)
    return get_proposal(db, proposal_id)


def apply_status(session: Session, proposal_id: uuid.UUID, target: ProposalStatus,
                 reason: str = "") -> None:
    """`set_status` inside a caller's unit of work (a committee decision selects or rejects
    the proposal in the same transaction as the decision)."""
    row = session.get(ProposalRow, proposal_id)
    if row is None:
        raise NotFound(tr("المشروع المقترح غير موجود."))
    proposal = _with_children(row, _proposal(row))
    errors = check_transition(proposal.status, target)
    if not errors:
        if target in (ProposalStatus.INELIGIBLE, ProposalStatus.REJECTED) and is_blank(reason):
            errors.append(FieldError("status_reason", tr("السبب: اذكر سبب القرار."),
                                     "status.reason"))
        if target is ProposalStatus.COMPLETE and proposal.missing_documents():
            errors.append(FieldError(
                "checklist", "الملف غير مكتمل؛ تنقصه الوثائق التالية: "
                + "، ".join(proposal.missing_documents()) + ".", "checklist.complete"))
    if not errors and target in (ProposalStatus.ELIGIBLE, ProposalStatus.SELECTED):
        errors += check_proposal(proposal, _facts(session, proposal))
    if not errors and target is ProposalStatus.SELECTED:
        errors += check_quota(quota_use_in(session, proposal.edition_id, proposal.province_id,
                                           exclude=proposal.id), proposal)
    if errors:
        raise ValidationError(errors)
    row.status, row.status_reason = target, reason.strip()
    session.flush()
