"""Checking the audit log offline: the chain of hashes, the register of prints, the seals.

The database refuses to change or delete an audit entry (migration 0006), but whoever
holds the file can drop a trigger. What they do then still shows here: an entry changed,
removed or slipped in breaks the chain; a print added to the register by hand has no
chained entry; a closed meeting or a signed convention edited after its lock no longer
hashes to the seal written when it was locked. Each problem names the entry or the record
and when, in Arabic, for the person who must explain it.

What the chain alone cannot show is its last entries removed, or the whole log rewritten
with fresh hashes: the head printed under the QR code of every minutes and convention
(`head`) is the copy kept outside the database that catches those.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, content_sha256, entry_hash, gaps, plain
from app.domain.enums import AuditAction
from app.language import QT_TR_NOOP, tr
from app.services.audit import SOURCE_KEY, chain_entry, head_of, seal
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import (
    AgendaItemRow,
    AmendmentRow,
    AttendanceRow,
    AuditRow,
    Base,
    ConventionRow,
    DecisionRow,
    GrantAgreementRow,
    GrantAmendmentRow,
    GrantDecisionRow,
    MeetingRow,
    PrintedDocumentRow,
    RecommendationRow,
    ScoreRow,
    SignatoryRow,
    TrancheRow,
    VoteRow,
)

_TIMESTAMPS = ("created_at", "updated_at")
# What stays editable after the lock (migration 0005's triggers let it change).
_CONVENTION_FREE = ("status", "changes")
_TRANCHE_FREE = ("paid_on",)
_MEETING_CHILDREN: tuple[type[Base], ...] = (
    AgendaItemRow, AttendanceRow, ScoreRow, VoteRow, DecisionRow, RecommendationRow)
# The register's columns its audit entry must repeat.
_PRINT_COLUMNS = ("kind", "owner_id", "reference", "version", "content_sha256", "pdf_sha256",
                  "short_code", "printed_by", "audit_seq", "audit_hash")


@dataclass(frozen=True)
class ChainProblem:
    """One break: `kind` for programs, `message` for people."""

    kind: str  # altered, gap, link, unchained, print_forged, print_changed, seal_broken...
    seq: int | None
    at: datetime | None
    record: str
    message: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    problems: list[ChainProblem] = field(default_factory=list)

    def summary(self) -> str:
        if self.ok:
            return (tr("سجل التدقيق سليم: {self.entries} قيدا متسلسلا، آخرها القيد "
                       "{self.head_seq} وبصمته {self.head_hash}.").format(self=self))
        return (tr("سجل التدقيق غير سليم: {count} مشكلة في {self.entries} قيدا "
                   "(آخر قيد {self.head_seq}).").format(count=len(self.problems), self=self))


def head(db: Database) -> tuple[int, str]:
    """The number and hash of the last entry: (0, 64 zeros) for an empty log."""
    with reading(db) as session:
        return head_of(session)


def _when(at: datetime | None) -> str:
    if at is None:
        return tr("تاريخ غير معروف")
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    return f"{aware.astimezone():%Y-%m-%d %H:%M}"


# -- the content a seal covers ------------------------------------------------------------

def _rows(session: Session, model: type[Base], where: Any, leave: tuple[str, ...] = ()
          ) -> list[dict[str, Any]]:
    """Rows as stored (a Core query reads the database, not the objects in the session),
    sorted so that their order never depends on the query plan."""
    columns = [c for c in model.__table__.columns if c.name not in _TIMESTAMPS + leave]
    rows = [plain(dict(row._mapping)) for row in session.execute(select(*columns).where(where))]
    return sorted(rows, key=lambda row: str(row.get("id", "")))


def meeting_seal(session: Session, meeting_id: uuid.UUID) -> str | None:
    """The hash of a meeting with its attendance, agenda, scores, votes, decisions and
    recommendations; None when the meeting is gone."""
    meeting = _rows(session, MeetingRow, MeetingRow.id == meeting_id)
    if not meeting:
        return None
    if meeting[0].get("minutes_snapshot") is None:
        # Meetings closed before minutes were frozen keep the seal they were given.
        meeting[0].pop("minutes_snapshot", None)
    content: dict[str, Any] = {"meeting": meeting[0]}
    for model in _MEETING_CHILDREN:
        content[model.__tablename__] = _rows(
            session, model, model.__table__.c.meeting_id == meeting_id)
    # A regional meeting's grant decisions; the key only where there are some, so the seal
    # of every meeting sealed before they existed stays the same.
    grant_decisions = _rows(session, GrantDecisionRow, GrantDecisionRow.meeting_id == meeting_id)
    if grant_decisions:
        content[GrantDecisionRow.__tablename__] = grant_decisions
    return content_sha256(content)


def convention_seal(session: Session, convention_id: uuid.UUID) -> str | None:
    """The hash of a convention with its signatories and tranches, leaving out what may
    change after signing: its status (terminated) and the dates tranches are paid."""
    convention = _rows(session, ConventionRow, ConventionRow.id == convention_id,
                       _CONVENTION_FREE)
    if not convention:
        return None
    return content_sha256({
        "convention": convention[0],
        "signatories": _rows(session, SignatoryRow, SignatoryRow.convention_id == convention_id),
        "tranches": _rows(session, TrancheRow, TrancheRow.convention_id == convention_id,
                          _TRANCHE_FREE),
    })


def amendment_seal(session: Session, amendment_id: uuid.UUID) -> str | None:
    amendment = _rows(session, AmendmentRow, AmendmentRow.id == amendment_id)
    return content_sha256({"amendment": amendment[0]}) if amendment else None


def grant_agreement_seal(session: Session, agreement_id: uuid.UUID) -> str | None:
    """An employment-grant agreement as signed; its hires come after and stay free."""
    agreement = _rows(session, GrantAgreementRow, GrantAgreementRow.id == agreement_id,
                      ("row_version",))
    return content_sha256({"agreement": agreement[0]}) if agreement else None


def grant_amendment_seal(session: Session, amendment_id: uuid.UUID) -> str | None:
    """An amendment to a grant agreement as signed."""
    amendment = _rows(session, GrantAmendmentRow, GrantAmendmentRow.id == amendment_id,
                      ("row_version",))
    return content_sha256({"amendment": amendment[0]}) if amendment else None


_SEALS = {MeetingRow.__tablename__: meeting_seal, ConventionRow.__tablename__: convention_seal,
          AmendmentRow.__tablename__: amendment_seal,
          GrantAgreementRow.__tablename__: grant_agreement_seal,
          GrantAmendmentRow.__tablename__: grant_amendment_seal}


def is_sealed(entity: str) -> bool:
    """Whether a table's records are sealed in the chain as they are locked."""
    return entity in _SEALS


def seal_record(session: Session, record: Base) -> None:
    """Write the seal of a record being locked, in the transaction that locks it."""
    session.flush()
    entity = record.__tablename__
    record_id = record.id  # type: ignore[attr-defined]
    digest = _SEALS[entity](session, record_id)
    assert digest is not None
    seal(session, entity, record_id, digest)


def _record_name(session: Session, entity: str, entity_id: str) -> str:
    """"الاتفاقية 05.301/2023/001", "اجتماع 2023-05-26", "الملحق 1 للاتفاقية ..."."""
    try:
        key = uuid.UUID(entity_id)
    except ValueError:
        return f"{entity} {entity_id}"
    if entity == ConventionRow.__tablename__:
        number = session.scalar(select(ConventionRow.number).where(ConventionRow.id == key))
        return tr("الاتفاقية {number}").format(number=number or entity_id)
    if entity == MeetingRow.__tablename__:
        held = session.scalar(select(MeetingRow.held_on).where(MeetingRow.id == key))
        return tr("اجتماع {held}").format(held=held.isoformat() if held else entity_id)
    if entity == AmendmentRow.__tablename__:
        found = session.execute(select(AmendmentRow.number, ConventionRow.number)
                                .join(ConventionRow,
                                      ConventionRow.id == AmendmentRow.convention_id)
                                .where(AmendmentRow.id == key)).first()
        if found:
            return tr("الملحق {found[0]} للاتفاقية {found[1]}").format(found=found)
        return tr("الملحق {entity_id}").format(entity_id=entity_id)
    return f"{entity} {entity_id}"


_SEAL_BROKEN = {ConventionRow.__tablename__: QT_TR_NOOP("{name} عدلت بعد توقيعها"),
                MeetingRow.__tablename__: QT_TR_NOOP("{name} عدل بعد اختتامه"),
                AmendmentRow.__tablename__: QT_TR_NOOP("{name} عدل بعد توقيعه"),
                GrantAgreementRow.__tablename__: QT_TR_NOOP("{name} عدلت بعد توقيعها")}


# -- the register of prints ------------------------------------------------------------------

def _print_values(row: PrintedDocumentRow) -> dict[str, Any]:
    """The register row as its INSERT entry recorded it (empty values are left out)."""
    values = {column: plain(getattr(row, column)) for column in _PRINT_COLUMNS}
    return {k: v for k, v in values.items() if v is not None and v != ""}


def _entry_values(changes: dict[str, Any]) -> dict[str, Any]:
    values = {k: v.get("new") for k, v in changes.items()
              if k in _PRINT_COLUMNS and isinstance(v, dict)}
    return {k: v for k, v in values.items() if v is not None and v != ""}


def print_is_chained(session: Session, row: PrintedDocumentRow) -> bool:
    """Does a chained, intact audit entry record this print with these very values?

    A row added to the register by hand has none, so a forged print never verifies.
    """
    entries = session.scalars(select(AuditRow).where(
        AuditRow.entity == PrintedDocumentRow.__tablename__,
        AuditRow.entity_id == str(row.id), AuditRow.action == AuditAction.INSERT,
        AuditRow.seq.is_not(None)))
    return any(entry.entry_hash == entry_hash(chain_entry(entry))
               and _entry_values(entry.changes) == _print_values(row) for entry in entries)


# -- the verifier --------------------------------------------------------------------------

@dataclass
class _Walk:
    """What one pass over the log in order gathers."""

    problems: list[ChainProblem] = field(default_factory=list)
    entries: int = 0
    head: tuple[int, str] = (0, GENESIS)
    hashes: dict[int, str] = field(default_factory=dict)
    prints: dict[str, list[AuditRow]] = field(default_factory=dict)
    seals: dict[tuple[str, str], AuditRow] = field(default_factory=dict)


def _walk(rows: Iterable[AuditRow]) -> _Walk:
    walk = _Walk()
    previous_seq, previous_hash = 0, GENESIS
    seqs = []
    for row in rows:
        walk.entries += 1
        seq = row.seq
        if seq is None:
            walk.problems.append(ChainProblem(
                "unchained", None, row.at, f"{row.entity} {row.entity_id}",
                tr("قيد بلا رقم ({when}، {row.entity} {row.entity_id}): أضيف إلى "
                   "سجل التدقيق خارج البرنامج.").format(when=_when(row.at), row=row)))
            continue
        seqs.append(seq)
        record = f"{row.entity} {row.entity_id}"
        if row.entry_hash != entry_hash(chain_entry(row)):
            walk.problems.append(ChainProblem(
                "altered", seq, row.at, record,
                tr("القيد {seq} ({when}) معدل: البصمة لا تطابق.")
                   .format(seq=seq, when=_when(row.at))))
        if seq == previous_seq + 1 and row.prev_hash != previous_hash:
            walk.problems.append(ChainProblem(
                "link", seq, row.at, record,
                tr("القيد {seq} ({when}) لا يحمل بصمة القيد الذي قبله: عدل القيد "
                   "{previous} أو أدرج قيد مكانه.")
                   .format(seq=seq, when=_when(row.at), previous=seq - 1)))
        walk.hashes[seq] = row.entry_hash
        previous_seq, previous_hash = seq, row.entry_hash
        walk.head = (seq, row.entry_hash)
        if row.entity == PrintedDocumentRow.__tablename__ and row.action is AuditAction.INSERT:
            walk.prints.setdefault(row.entity_id, []).append(row)
        if row.action is AuditAction.SEAL:
            walk.seals[row.entity, row.entity_id] = row
    for before, after in gaps(seqs):
        missing = after - before - 1
        walk.problems.append(ChainProblem(
            "gap", after, None, "",
            tr("انقطاع في التسلسل بين {before} و{after} (حذفت {missing} قيود).")
               .format(before=before, after=after, missing=missing)))
    return walk


def _check_prints(session: Session, walk: _Walk) -> list[ChainProblem]:
    problems = []
    for row in session.scalars(select(PrintedDocumentRow)
                               .order_by(PrintedDocumentRow.created_at)):
        name = f"{row.kind} {row.reference}"
        entries = walk.prints.get(str(row.id), [])
        if not entries:
            problems.append(ChainProblem(
                "print_forged", None, row.created_at, name,
                tr("الوثيقة المطبوعة {row.reference} ({row.kind}، {when}) "
                   "مسجلة في سجل الطبع دون قيد في سجل التدقيق: أضيفت يدويا.")
                   .format(row=row, when=_when(row.created_at))))
        elif not any(_entry_values(e.changes) == _print_values(row) for e in entries):
            problems.append(ChainProblem(
                "print_changed", entries[0].seq, entries[0].at, name,
                tr("الوثيقة المطبوعة {row.reference} ({row.kind}، {when}) "
                   "لا تطابق قيدها {entries[0].seq} في سجل التدقيق: عدلت في سجل الطبع.")
                   .format(row=row, when=_when(row.created_at), entries=entries)))
        # A print imported from a package carries the head of the sender's chain, checked
        # there; here its entry names the package it came from.
        imported = any(SOURCE_KEY in e.changes for e in entries)
        if row.audit_seq and not imported and walk.hashes.get(row.audit_seq) != row.audit_hash:
            problems.append(ChainProblem(
                "print_head", row.audit_seq, row.created_at, name,
                tr("الوثيقة المطبوعة {row.reference} تحمل القيد {row.audit_seq} من سجل "
                   "التدقيق، وهذا القيد لم يعد كما طبع: أعيدت كتابة السجل بعدها.").format(row=row)))
    return problems


def _check_seals(session: Session, walk: _Walk) -> list[ChainProblem]:
    problems = []
    for (entity, entity_id), entry in sorted(walk.seals.items(),
                                             key=lambda item: item[1].seq or 0):
        compute = _SEALS.get(entity)
        if compute is None:
            continue
        name = _record_name(session, entity, entity_id)
        sealed = entry.changes.get("sha256", {}).get("new")
        try:
            current = compute(session, uuid.UUID(entity_id))
        except ValueError:
            current = None
        if current is None:
            problems.append(ChainProblem(
                "seal_missing", entry.seq, entry.at, name,
                tr("{name} حذف بعد قفله (الختم في القيد {entry.seq}، {when}).")
                   .format(name=name, entry=entry, when=_when(entry.at))))
        elif current != sealed:
            problems.append(ChainProblem(
                "seal_broken", entry.seq, entry.at, name,
                tr(_SEAL_BROKEN[entity]).format(name=name)
                + tr(" (الختم في القيد {entry.seq}، {when}).")
                     .format(entry=entry, when=_when(entry.at))))
    return problems


def verify(db: Database) -> ChainReport:
    """Re-hash every entry, every print and every sealed record; report what breaks."""
    with reading(db) as session:
        rows = session.scalars(select(AuditRow)
                               .order_by(AuditRow.seq.is_(None), AuditRow.seq, AuditRow.at)
                               .execution_options(yield_per=2000))
        walk = _walk(rows)
        session.expunge_all()
        problems = walk.problems + _check_prints(session, walk) + _check_seals(session, walk)
    return ChainReport(not problems, walk.entries, walk.head[0], walk.head[1], problems)
