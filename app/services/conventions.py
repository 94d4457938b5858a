"""Partnership conventions: drawn up from selected proposals, printed, signed and locked.

A convention's wording is a snapshot (`content`) taken when it is drawn up, with the
template it used pinned by its SHA-256 (the template's text is kept in the database), so
a reprint years later gives the same bytes and the same verification code. Until signing
the snapshot may be edited (date, place, Hijri date, signatories); signing locks it in
the services and in the database, and later changes are amendments (ملاحق).
"""

from __future__ import annotations

import tempfile
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.documents.batch import Cancelled, Progress, build_batch, start_workers_ahead
from app.documents.convention import (
    amendment_mark,
    amendment_reference,
    build_amendment,
    build_convention,
    convention_mark,
)
from app.documents.convention_template import (
    AmendmentTemplate,
    ConventionTemplate,
    default_template_path,
    load_amendment_template,
    load_template,
)
from app.documents.verification import pdf_sha256, short_code_of
from app.domain.conventions import (
    SELECTION_TEXT,
    UNKNOWN,
    AmendmentContent,
    ArticleChange,
    Beneficiaries,
    ConventionContent,
    CostLine,
    PartnerContent,
    SelectionMeeting,
    Signatory,
    WorksiteContent,
    check_amendment_request,
    check_amendment_signing,
    check_draft_changes,
    check_may_amend,
    check_printed_before_signing,
    check_signing,
    is_signed,
    person_words,
    require_council_president,
    require_may_draw_up,
    require_worksite_amounts,
    split_into_tranches,
    status_after_printing,
    stored_form,
    version_after_amendment,
    worksite_cost_lines,
)
from app.domain.dates import hijri_genitive, suggested_hijri
from app.domain.enums import (
    ConventionStatus,
    CostLineKind,
    DecisionOutcome,
    MeetingStatus,
    PartnerKind,
    ProposalStatus,
)
from app.domain.programme import edition_title
from app.domain.proposals import admin_fee, total_cost
from app.domain.records import load
from app.domain.roles import Permission
from app.domain.rules import RuleCheck, is_blank
from app.errors import FieldError, Locked, NotFound, ValidationError
from app.language import tr
from app.paths import data_dir
from app.services import audit_chain, convention_settings, printed, programme, versions
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import LOCK_MESSAGES, reading, writing
from app.storage.database import Database
from app.storage.models import (
    AmendmentRow,
    CommuneRow,
    ConventionRow,
    CostLineRow,
    DecisionRow,
    EditionRow,
    MeetingRow,
    NumberSequenceRow,
    PartnerRow,
    ProposalRow,
    ProvinceRow,
    SettingRow,
    SignatoryRow,
    TrancheRow,
    WorksiteDomainRow,
    proposal_communes,
)

SIGNED = LOCK_MESSAGES["convention signed"]


@dataclass(frozen=True)
class ConventionSummary:
    id: uuid.UUID
    number: str
    status: ConventionStatus
    proposal_id: uuid.UUID
    proposal_reference: str
    title_ar: str
    partner_name: str
    communes: str
    beneficiaries: int
    total_amount: Decimal
    admin_fee_amount: Decimal
    signed_on: date | None
    edition_id: uuid.UUID
    province_id: uuid.UUID
    meeting_id: uuid.UUID | None
    row_version: int = 0

    @property
    def is_signed(self) -> bool:
        return is_signed(self.status)


def _communes_of(session: Session, proposal_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    if proposal_ids:
        for proposal_id, name in session.execute(
                select(proposal_communes.c.proposal_id, CommuneRow.name_ar)
                .join(CommuneRow, CommuneRow.id == proposal_communes.c.commune_id)
                .where(proposal_communes.c.proposal_id.in_(proposal_ids))
                .order_by(CommuneRow.name_ar)):
            names[proposal_id].append(name)
    return names


def list_conventions(db: Database, edition_id: uuid.UUID | None = None,
                     meeting_id: uuid.UUID | None = None,
                     status: ConventionStatus | None = None) -> list[ConventionSummary]:
    """Ordered as a ceremony prints them: by commune, then by number."""
    where = []
    if edition_id is not None:
        where.append(ConventionRow.edition_id == edition_id)
    if meeting_id is not None:
        where.append(DecisionRow.meeting_id == meeting_id)
    if status is not None:
        where.append(ConventionRow.status == status)
    return _summaries(db, *where)


def _summaries(db: Database, *where: ColumnElement[bool]) -> list[ConventionSummary]:
    query = (select(ConventionRow, ProposalRow, PartnerRow.name_ar, DecisionRow.meeting_id)
             .join(ProposalRow, ConventionRow.proposal_id == ProposalRow.id)
             .join(PartnerRow, ConventionRow.partner_id == PartnerRow.id)
             .outerjoin(DecisionRow, ConventionRow.decision_id == DecisionRow.id)
             .where(*where))
    with reading(db) as session:
        rows = session.execute(query).all()
        communes = _communes_of(session, [p.id for _, p, _, _ in rows])
        result = [ConventionSummary(
            c.id, c.number, c.status, p.id, p.reference, p.title_ar, partner,
            "، ".join(communes[p.id]), p.beneficiaries, c.total_amount, c.admin_fee_amount,
            c.signed_on, c.edition_id, p.province_id, meeting, c.row_version)
            for c, p, partner, meeting in rows]
    return sorted(result, key=lambda s: (s.communes, s.number))


def get_summary(db: Database, convention_id: uuid.UUID) -> ConventionSummary:
    found = _summaries(db, ConventionRow.id == convention_id)
    if not found:
        raise NotFound(tr("الاتفاقية غير موجودة."))
    return found[0]


def proposals_without_convention(db: Database, edition_id: uuid.UUID
                                 ) -> list[tuple[uuid.UUID, str, str]]:
    """Selected proposals of an edition that have no convention yet: (id, reference, title)."""
    with reading(db) as session:
        return [(id_, reference, title) for id_, reference, title in session.execute(
            select(ProposalRow.id, ProposalRow.reference, ProposalRow.title_ar)
            .where(ProposalRow.edition_id == edition_id,
                   ProposalRow.status == ProposalStatus.SELECTED,
                   ProposalRow.id.not_in(select(ConventionRow.proposal_id)))
            .order_by(ProposalRow.reference))]


# -- drawing up ----------------------------------------------------------------------------


def active_template_path() -> Path:
    """A province's own wording (data folder) if it has one, else the shipped template."""
    own = data_dir() / "templates" / "convention_ar.toml"
    return own if own.exists() else default_template_path("convention")


def _pin_template(session: Session, template: ConventionTemplate | AmendmentTemplate) -> None:
    key = SettingRow.template_key(template.sha256)
    if session.get(SettingRow, key) is None:
        session.add(SettingRow(key=key, value={"source": template.source,
                                               "text": Path(template.source).read_text(
                                                   encoding="utf-8")}))


_templates: dict[str, ConventionTemplate] = {}


def _pinned_template(session: Session, sha256: str) -> ConventionTemplate:
    """The wording a convention was drawn up with, even if the file changed since."""
    if sha256 in _templates:
        return _templates[sha256]
    current = load_template(active_template_path())
    if current.sha256 == sha256 or not sha256:
        _templates[current.sha256] = current
        return current
    row = session.get(SettingRow, SettingRow.template_key(sha256))
    if row is None:
        raise NotFound(tr("نص نموذج الاتفاقية الذي حررت به غير موجود في قاعدة البيانات."))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "convention_ar.toml"
        path.write_text(row.value["text"], encoding="utf-8")
        template = load_template(path)
    _templates[sha256] = template
    return template


_amendment_templates: dict[str, AmendmentTemplate] = {}


def _pinned_amendment_template(session: Session, sha256: str) -> AmendmentTemplate:
    """The wording an amendment was made with: the current one, one pinned in the database
    when the amendment was made, or an earlier shipped wording (amendments made before
    their wording was pinned)."""
    if sha256 in _amendment_templates:
        return _amendment_templates[sha256]
    current = load_amendment_template()
    if current.sha256 == sha256 or not sha256:
        return current
    row = session.get(SettingRow, SettingRow.template_key(sha256))
    if row is not None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "amendment_ar.toml"
            path.write_text(row.value["text"], encoding="utf-8")
            template = load_amendment_template(path)
    else:
        earlier = sorted((default_template_path("amendment").parent / "earlier")
                         .glob(f"amendment_ar.{sha256[:12]}.toml"))
        if not earlier:
            raise NotFound(tr("نص نموذج الملحق الذي أعد به غير موجود في قاعدة البيانات."))
        template = load_amendment_template(earlier[0])
    _amendment_templates[sha256] = template
    return template


def _next_number(session: Session, pattern: str, province: ProvinceRow,
                 edition: EditionRow) -> str:
    """Taken in the caller's transaction; the counter never goes back, so never reused."""
    key = f"convention:{edition.id}:{province.id}"
    row = session.get(NumberSequenceRow, key)
    if row is None:
        row = NumberSequenceRow(key=key, last=0)
        session.add(row)
    while True:
        row.last += 1
        number = pattern.format(province_code=province.code, year=edition.year,
                                edition=edition.number, seq=row.last)
        if not session.scalar(select(func.count(ConventionRow.id))
                              .where(ConventionRow.number == number)):
            return number


def _content(session: Session, proposal: ProposalRow, number: str, on: date,
             settings: convention_settings.ConventionSettings, template: ConventionTemplate,
             wage: Decimal) -> tuple[ConventionContent, uuid.UUID | None]:
    partner = session.get(PartnerRow, proposal.partner_id)
    edition = session.get(EditionRow, proposal.edition_id)
    province = session.get(ProvinceRow, proposal.province_id)
    assert partner is not None and edition is not None and province is not None
    domain = session.get(WorksiteDomainRow, proposal.domain_id) if proposal.domain_id else None
    lines = list(session.scalars(select(CostLineRow).where(CostLineRow.proposal_id == proposal.id)
                                 .order_by(CostLineRow.position)))
    cost = total_cost(lines)
    fee = admin_fee(cost, edition.admin_fee_rate)
    framing = total_cost([line for line in lines if line.kind is CostLineKind.FRAMING_GRANT])
    decision = session.execute(
        select(DecisionRow, MeetingRow).join(MeetingRow, DecisionRow.meeting_id == MeetingRow.id)
        .where(DecisionRow.proposal_id == proposal.id,
               DecisionRow.outcome == DecisionOutcome.APPROVED,
               MeetingRow.status == MeetingStatus.CLOSED)
        .order_by(MeetingRow.held_on.desc())).first()
    meeting = None
    if decision is not None:
        meeting = SelectionMeeting(decision[1].held_on, SELECTION_TEXT)
    total = cost + fee
    kind = partner.kind.label
    sex = partner.representative_sex or ""
    capacity = partner.representative_title or f"{person_words(sex).president} {kind}"
    content = ConventionContent(
        number=number,
        edition_title=f"برنامج أوراش - {edition_title(edition.number, edition.year)}",
        province_name=province.name_ar, council_name=settings.council_name,
        council_president=settings.council_president or UNKNOWN,
        council_seat=settings.council_seat,
        partner=PartnerContent(
            kind_label=kind, name=partner.name_ar, seat=partner.address or UNKNOWN,
            representative=partner.legal_representative or UNKNOWN,
            representative_capacity=capacity, rib=partner.rib, bank_name=partner.bank_name,
            representative_sex=sex, is_cooperative=partner.kind is PartnerKind.COOPERATIVE),
        worksite=WorksiteContent(
            title=proposal.title_ar,
            communes=tuple(_communes_of(session, [proposal.id])[proposal.id]),
            domain_label=domain.name_ar if domain else "",
            beneficiaries=Beneficiaries(proposal.beneficiaries, proposal.women_planned,
                                        proposal.disabled_planned),
            duration_months=proposal.duration_months, total_amount=total,
            admin_fee_amount=fee, framing_grant_amount=framing,
            minimum_wage=wage,
            cost_lines=worksite_cost_lines(
                [CostLine(line.label or line.kind.label, line.amount) for line in lines], fee)),
        place=settings.signing_place, date=on,
        tranches=split_into_tranches(total, settings.tranches),
        preamble=tuple(edition.legal_references or ()),
        signatories=(Signatory(f"{person_words(settings.council_president_sex).president} "
                               f"{settings.council_name}", settings.council_president,
                               settings.council_president_sex),
                     Signatory(capacity, partner.legal_representative, sex)),
        council_president_sex=settings.council_president_sex,
        deliberation=settings.deliberation_for(edition.year),
        selection_meeting=meeting, hijri_date_text=suggested_hijri(on),
        template_sha256=template.sha256)
    return content, decision[0].id if decision else None


@requires(Permission.CONVENTIONS)
def draw_up(db: Database, actor: Actor, proposal_ids: list[uuid.UUID],
            on: date | None = None) -> list[uuid.UUID]:
    """Conventions for selected proposals, numbered in reference order; all or nothing."""
    on = on or date.today()
    template = load_template(active_template_path())
    smig = programme.minimum_wage_on(db, on)
    wage = smig.monthly_amount if smig else Decimal(0)
    with writing(db, actor) as session:
        proposals = sorted((session.get(ProposalRow, pid) for pid in proposal_ids),
                           key=lambda p: p.reference if p else "")
        check = RuleCheck()
        for proposal in proposals:
            if proposal is None:
                raise NotFound(tr("المشروع المقترح غير موجود."))
            edition = session.get(EditionRow, proposal.edition_id)
            assert edition is not None
            require_may_draw_up(
                check, proposal.reference, proposal.status,
                bool(session.scalar(select(func.count(ConventionRow.id)).where(
                    ConventionRow.proposal_id == proposal.id))),
                proposal.duration_months, programme.edition_from_row(edition))
        check.raise_if_failed()
        _pin_template(session, template)
        created = []
        for proposal in proposals:
            assert proposal is not None
            province = session.get(ProvinceRow, proposal.province_id)
            edition = session.get(EditionRow, proposal.edition_id)
            assert province is not None and edition is not None
            settings = convention_settings.get_settings_in(session, province)
            require_council_president(check, settings.council_name, settings.council_president)
            check.raise_if_failed()
            number = _next_number(session, settings.number_pattern, province, edition)
            content, decision_id = _content(session, proposal, number, on, settings, template,
                                            wage)
            # Checked once the content is built (the fee comes with it); a refusal rolls
            # back the whole transaction, numbers taken included.
            require_worksite_amounts(check, proposal.reference, content.worksite)
            row = ConventionRow(
                number=number, proposal_id=proposal.id, edition_id=proposal.edition_id,
                partner_id=proposal.partner_id, decision_id=decision_id,
                status=ConventionStatus.DRAFT, total_amount=content.worksite.total_amount,
                admin_fee_amount=content.worksite.admin_fee_amount,
                content=stored_form(content), content_sha256=content.content_sha256())
            session.add(row)
            session.flush()
            _store_children(session, row, content)
            created.append(row.id)
        check.raise_if_failed()
    return created


def _store_children(session: Session, row: ConventionRow, content: ConventionContent) -> None:
    """Signatories and tranches as rows too, so that payments can be followed per tranche."""
    for old in session.scalars(select(SignatoryRow).where(SignatoryRow.convention_id == row.id)):
        session.delete(old)
    for tranche in session.scalars(select(TrancheRow).where(TrancheRow.convention_id == row.id)):
        session.delete(tranche)
    session.flush()
    session.add_all(SignatoryRow(convention_id=row.id, full_name=s.name, capacity=s.capacity,
                                 position=i) for i, s in enumerate(content.signatories, start=1))
    session.add_all(TrancheRow(convention_id=row.id, position=t.position, amount=t.amount)
                    for t in content.tranches)


def get_content(db: Database, convention_id: uuid.UUID) -> ConventionContent:
    with reading(db) as session:
        return _stored_content(session, convention_id)


def _stored_content(session: Session, convention_id: uuid.UUID) -> ConventionContent:
    row = session.get(ConventionRow, convention_id)
    if row is None:
        raise NotFound(tr("الاتفاقية غير موجودة."))
    return load(ConventionContent, row.content)


@dataclass(frozen=True)
class DraftChanges:
    """What may still change before signing."""

    place: str
    on: date
    hijri_date_text: str
    signatories: tuple[Signatory, ...]


@requires(Permission.CONVENTIONS)
def update_draft(db: Database, actor: Actor, convention_id: uuid.UUID,
                 changes: DraftChanges, read_at: int | None = None) -> ConventionContent:
    """`read_at` is the row_version the form was read at: a draft saved meanwhile by
    someone else is not overwritten (`app.services.versions`)."""
    check_draft_changes(changes.place, changes.signatories)
    with writing(db, actor) as session:
        row = _unsigned(session, convention_id)
        versions.check(session, row, read_at)
        content = replace(load(ConventionContent, row.content), place=changes.place.strip(),
                          date=changes.on,
                          hijri_date_text=hijri_genitive(changes.hijri_date_text.strip()),
                          signatories=changes.signatories)
        row.content, row.content_sha256 = stored_form(content), content.content_sha256()
        row.status = ConventionStatus.DRAFT  # a paper printed before no longer matches
        _store_children(session, row, content)
        return content


def _unsigned(session: Session, convention_id: uuid.UUID) -> ConventionRow:
    row = session.get(ConventionRow, convention_id)
    if row is None:
        raise NotFound(tr("الاتفاقية غير موجودة."))
    if row.locked_at is not None:
        raise Locked(tr(SIGNED))
    return row


@requires(Permission.CONVENTIONS)
def sign(db: Database, actor: Actor, convention_id: uuid.UUID, signed_on: date, place: str,
         present: list[str]) -> None:
    """Record the signing and lock the convention. It must have been printed as it stands,
    so the paper that was signed is one the app can verify."""
    check_signing(place)
    with writing(db, actor) as session:
        row = _unsigned(session, convention_id)
        check_printed_before_signing(row.status)
        signatories = list(session.scalars(select(SignatoryRow)
                                           .where(SignatoryRow.convention_id == row.id)
                                           .order_by(SignatoryRow.position)))
        check_signing(place, [s.capacity for s in signatories
                              if is_blank(s.full_name) and s.full_name in present])
        for signatory in signatories:
            signatory.present = signatory.full_name in present
        session.flush()
        row.signed_on, row.signed_place = signed_on, place.strip()
        row.status, row.locked_at = ConventionStatus.SIGNED, datetime.now(UTC)
        audit_chain.seal_record(session, row)



# -- printing ------------------------------------------------------------------------------


@requires(Permission.PRINT)
def convention_pdf(db: Database, actor: Actor, convention_id: uuid.UUID) -> bytes:
    """The convention as it stands, with its QR code; recorded in the register of prints."""
    with reading(db) as session:
        content = _stored_content(session, convention_id)
        template = _pinned_template(session, content.template_sha256)
    head = printed.anchor(db, "convention", convention_id, content.content_sha256())
    pdf = build_convention(content, template, convention_mark(content, head))
    printed.record(db, actor, "convention", convention_id, content.number, content.version,
                   content.content_sha256(), pdf, head)
    with writing(db, actor) as session:
        mark_printed(session, convention_id, content.content_sha256())
    return pdf


def convention_preview_pdf(db: Database, convention_id: uuid.UUID) -> bytes:
    """The convention to look at on screen: no verification code, nothing recorded (a
    preview is not a print: the register and the status stay as they are)."""
    with reading(db) as session:
        content = _stored_content(session, convention_id)
        template = _pinned_template(session, content.template_sha256)
    return build_convention(content, template)


def convention_short_code(db: Database, convention_id: uuid.UUID) -> str:
    """The code printed under the QR of the convention as it stands."""
    with reading(db) as session:
        row = session.get(ConventionRow, convention_id)
        if row is None:
            raise NotFound(tr("الاتفاقية غير موجودة."))
        return short_code_of(row.content_sha256)


def mark_printed(session: Session, convention_id: uuid.UUID, content_sha256: str) -> None:
    """A draft printed as it stands is ready for signing."""
    row = session.get(ConventionRow, convention_id)
    assert row is not None
    row.status = status_after_printing(row.status, row.content_sha256, content_sha256)


# -- amendments ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentSummary:
    id: uuid.UUID
    convention_id: uuid.UUID
    number: int
    reason: str
    signed_on: date | None
    locked: bool


def list_amendments(db: Database, convention_id: uuid.UUID) -> list[AmendmentSummary]:
    with reading(db) as session:
        return [AmendmentSummary(a.id, a.convention_id, a.number, a.reason, a.signed_on,
                                 a.locked_at is not None)
                for a in session.scalars(select(AmendmentRow)
                                         .where(AmendmentRow.convention_id == convention_id)
                                         .order_by(AmendmentRow.number))]


@requires(Permission.CONVENTIONS)
def create_amendment(db: Database, actor: Actor, convention_id: uuid.UUID, reason: str,
                     changes: list[ArticleChange], on: date) -> uuid.UUID:
    """A numbered amendment to a signed convention; the convention itself never changes."""
    check_amendment_request(reason, changes)
    template = load_amendment_template()
    with writing(db, actor) as session:
        row = session.get(ConventionRow, convention_id)
        if row is None:
            raise NotFound(tr("الاتفاقية غير موجودة."))
        check_may_amend(row.locked_at is not None)
        convention = load(ConventionContent, row.content)
        number = (session.scalar(select(func.max(AmendmentRow.number))
                                 .where(AmendmentRow.convention_id == convention_id)) or 0) + 1
        content = AmendmentContent(
            convention_number=convention.number, amendment_number=number,
            reason=reason.strip(), changes=tuple(changes), place=row.signed_place
            or convention.place, date=on, province_name=convention.province_name,
            council_name=convention.council_name, partner_name=convention.partner.name,
            convention_date=row.signed_on, convention_printed_date=convention.date,
            edition_title=convention.edition_title,
            hijri_date_text=suggested_hijri(on), signatories=convention.signatories,
            version=version_after_amendment(number), template_sha256=template.sha256)
        problems = content.problems()
        if problems:
            raise ValidationError(problems)
        _pin_template(session, template)
        amendment = AmendmentRow(convention_id=convention_id, number=number,
                                 reason=content.reason, changes={"articles": [
                                     stored_form(c) for c in content.changes]},
                                 content=stored_form(content),
                                 content_sha256=content.content_sha256())
        session.add(amendment)
        session.flush()
        return amendment.id


@requires(Permission.PRINT)
def amendment_pdf(db: Database, actor: Actor, amendment_id: uuid.UUID) -> bytes:
    with reading(db) as session:
        row = session.get(AmendmentRow, amendment_id)
        if row is None:
            raise NotFound(tr("الملحق غير موجود."))
        content = load(AmendmentContent, row.content)
        template = _pinned_amendment_template(session, content.template_sha256)
    head = printed.anchor(db, "amendment", amendment_id, content.content_sha256())
    pdf = build_amendment(content, template, amendment_mark(content, head))
    printed.record(db, actor, "amendment", amendment_id, amendment_reference(content),
                   content.version, content.content_sha256(), pdf, head)
    return pdf


@requires(Permission.CONVENTIONS)
def sign_amendment(db: Database, actor: Actor, amendment_id: uuid.UUID, signed_on: date,
                   place: str) -> None:
    check_amendment_signing(place)
    with writing(db, actor) as session:
        row = session.get(AmendmentRow, amendment_id)
        if row is None:
            raise NotFound(tr("الملحق غير موجود."))
        if row.locked_at is not None:
            raise Locked(tr(LOCK_MESSAGES["amendment signed"]))
        row.signed_on, row.signed_place, row.locked_at = signed_on, place.strip(), datetime.now(
            UTC)
        audit_chain.seal_record(session, row)


# -- printing for a ceremony ---------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    files: list[Path]
    printed: int
    cancelled: bool
    # (number, why) of every chosen convention that was left out, in the order chosen
    refused: list[tuple[str, str]] = field(default_factory=list)


def _printable(jobs: list[tuple[uuid.UUID, ConventionContent]], template_sha256: str
               ) -> tuple[list[tuple[uuid.UUID, ConventionContent]], list[tuple[str, str]]]:
    """The conventions that can be printed with the batch's wording, and (number, why) for
    each one that cannot."""
    good: list[tuple[uuid.UUID, ConventionContent]] = []
    refused: list[tuple[str, str]] = []
    for convention_id, content in jobs:
        reasons = [problem.message for problem in content.problems()]
        if content.template_sha256 != template_sha256:
            reasons.append("حررت بنص نموذج غير نص باقي الدفعة؛ اطبعها في دفعة أخرى.")
        if reasons:
            refused.append((content.number, " ".join(reasons)))
        else:
            good.append((convention_id, content))
    return good, refused


def prepare_batch(documents: int = 60) -> bool:
    """Get a ceremony batch's worker processes ready before it is asked for (a user
    opening the conventions, the CLI about to print): see batch.start_workers_ahead.
    Call it off the GUI thread; it writes nothing and needs no permission."""
    return start_workers_ahead(documents)


@requires(Permission.PRINT)
def print_batch(db: Database, actor: Actor, convention_ids: list[uuid.UUID], out: Path, *,
                one_file: bool, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> BatchResult:
    """Print conventions for a ceremony, ordered by commune then number: into one PDF
    (`out` is the file) or one file each (`out` is a folder). Runs on a worker thread:
    it reports progress and stops between two conventions when asked; what was printed
    before stopping is kept and recorded.

    Every chosen convention is checked before anything is printed. Those that cannot be
    printed (a problem in their content, or a wording other than the batch's) are left
    out and returned by number with the reason; the others are printed. At a ceremony the
    bodies present must sign today: one convention waiting for a correction must not
    hold back the papers of all the others, and the list says which ones to fix and
    print later, so none is forgotten. Only when none can be printed is the batch refused.
    """
    if not convention_ids:
        raise ValidationError(FieldError("conventions", tr("اختر اتفاقية واحدة على الأقل.")))
    with reading(db) as session:
        everything = [(i, _stored_content(session, i)) for i in convention_ids]
        # The batch's wording: the one most of the chosen conventions were drawn up with.
        pins = Counter(c.template_sha256 for _, c in everything if not c.problems())
        pin = pins.most_common(1)[0][0] if pins else everything[0][1].template_sha256
        jobs, refused = _printable(everything, pin)
        if not jobs:
            raise ValidationError([FieldError("conventions", tr("الاتفاقية {number}: {why}")
                                                             .format(number=number, why=why))
                                   for number, why in refused])
        template = _pinned_template(session, pin)
    heads = {c.content_sha256(): printed.anchor(db, "convention", i, c.content_sha256())
             for i, c in jobs}
    by_number = {c.number: i for i, c in jobs}

    def register(files: Sequence[tuple[Sequence[ConventionContent], bytes]]) -> None:
        """One step for the files ready together, run before they get their final
        names: a batch killed or cancelled at any point leaves no PDF that verify does
        not know."""
        with writing(db, actor) as session:
            for contents, pdf in files:
                if one_file:
                    printed.add(session, "batch", uuid.uuid4(), f"{len(contents)} اتفاقية", 1,
                                pdf_sha256(pdf), pdf)
                for content in contents:
                    convention_id = by_number[content.number]
                    sha = content.content_sha256()
                    printed.add(session, "convention", convention_id, content.number,
                                content.version, sha, None if one_file else pdf, heads[sha])
                    mark_printed(session, convention_id, sha)

    files = build_batch([c for _, c in jobs], out, one_file=one_file, progress=progress,
                        cancelled=cancelled, template=template, audit_heads=heads,
                        register=register)
    count = len(jobs) if one_file and files else 0 if one_file else len(files)
    return BatchResult(files, count, count < len(jobs), refused)
