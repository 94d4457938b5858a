"""The register of printed documents, and checking a PDF or a paper against it.

A PDF is checked on its exact bytes: the app prints in ReportLab's invariant mode, so a
reprint of unchanged data has the same SHA-256, and any edit of the file changes it. A
paper is checked by its short code: the register says which document and version it is,
and whether a later version replaced it, so the reader compares the paper with that.

A register row counts only when the audit chain recorded it with the same values: a row
slipped into the register by hand has no chained entry and never makes a file "مطابق".
Each print carries the head of the audit chain under its QR code (`anchor`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.verification import (
    normalise_short_code,
    pdf_sha256,
    read_mark_from_pdf,
    short_code_of,
)
from app.domain.roles import Permission
from app.errors import NotFound
from app.language import QT_TR_NOOP, tr
from app.services.actor import Actor
from app.services.audit import head_of
from app.services.audit_chain import print_is_chained
from app.services.authorization import requires
from app.services.unit_of_work import ACTOR_KEY, reading, writing
from app.storage.database import Database
from app.storage.models import AmendmentRow, ConventionRow, PrintedDocumentRow

KIND_LABELS = {"convention": QT_TR_NOOP("اتفاقية شراكة"), "amendment": QT_TR_NOOP("ملحق اتفاقية"),
               "minutes": QT_TR_NOOP("محضر اجتماع"), "attendance": QT_TR_NOOP("ورقة الحضور"),
               "batch": QT_TR_NOOP("ملف طباعة جماعية"), "register": QT_TR_NOOP("سجل الحضور اليومي"),
               "certificate": QT_TR_NOOP("شهادة المهارات المكتسبة"),
               "grant_agreement": QT_TR_NOOP("اتفاقية منحة دعم التشغيل"),
               "grant_minutes": QT_TR_NOOP("محضر اجتماع اللجنة الجهوية"),
               "report": QT_TR_NOOP("تقرير تتبع"),
               "grant_amendment": QT_TR_NOOP("ملحق اتفاقية منحة دعم التشغيل")}


def anchor(db: Database, kind: str, owner_id: uuid.UUID, content_sha256: str
           ) -> tuple[int, str]:
    """The head of the audit chain to print under the QR code: the one the first print of
    this very content carried, so that a reprint is the same file; otherwise the head now,
    read before this print's own register entry moves it."""
    with reading(db) as session:
        for row in session.scalars(select(PrintedDocumentRow).where(
                PrintedDocumentRow.kind == kind, PrintedDocumentRow.owner_id == owner_id,
                PrintedDocumentRow.content_sha256 == content_sha256,
                PrintedDocumentRow.audit_seq.is_not(None))
                .order_by(PrintedDocumentRow.created_at)):
            if row.audit_seq is not None and print_is_chained(session, row):
                return row.audit_seq, row.audit_hash
        return head_of(session)


@requires(Permission.PRINT)
def record(db: Database, actor: Actor, kind: str, owner_id: uuid.UUID, reference: str,
           version: int, content_sha256: str, pdf: bytes | None,
           audit_head: tuple[int, str] | None = None) -> None:
    """Add a print to the register, once per distinct file. `pdf` is None for a document
    printed inside a batch file: the batch file is recorded on its own, and the paper is
    checked by its short code. `audit_head` is the head printed on it (`anchor`)."""
    with writing(db, actor) as session:
        add(session, kind, owner_id, reference, version, content_sha256, pdf, audit_head)


def add(session: Session, kind: str, owner_id: uuid.UUID, reference: str, version: int,
        content_sha256: str, pdf: bytes | None,
        audit_head: tuple[int, str] | None = None) -> None:
    """`record` inside a caller's unit of work (`writing`), so that a batch registers a
    file and marks its convention printed in the one step before the file is named."""
    actor = session.info[ACTOR_KEY]
    pdf_hash = pdf_sha256(pdf) if pdf is not None else ""
    audit_seq, audit_hash = audit_head or (None, "")
    known = session.scalars(select(PrintedDocumentRow.id).where(
        PrintedDocumentRow.pdf_sha256 == pdf_hash,
        PrintedDocumentRow.content_sha256 == content_sha256)).first()
    if known is None:
        session.add(PrintedDocumentRow(
            kind=kind, owner_id=owner_id, reference=reference, version=version,
            content_sha256=content_sha256, pdf_sha256=pdf_hash,
            short_code=short_code_of(content_sha256), printed_by=actor.username,
            audit_seq=audit_seq, audit_hash=audit_hash))
        session.flush()


@dataclass(frozen=True)
class _Print:
    kind: str
    owner_id: uuid.UUID
    reference: str
    version: int
    content_sha256: str
    created_at: datetime
    printed_by: str


def _find(db: Database, **where: str) -> tuple[_Print | None, bool]:
    """The first print matching a column value that the audit chain recorded, as plain
    data (the session closes); and whether a row matched that the chain did not record."""
    [(column, value)] = where.items()
    unchained = False
    with reading(db) as session:
        for row in session.scalars(select(PrintedDocumentRow)
                                   .where(getattr(PrintedDocumentRow, column) == value)
                                   .order_by(PrintedDocumentRow.created_at)):
            if not print_is_chained(session, row):
                unchained = True
                continue
            return _Print(row.kind, row.owner_id, row.reference, row.version,
                          row.content_sha256, row.created_at, row.printed_by), unchained
    return None, unchained


_UNCHAINED = QT_TR_NOOP("هذه الطبعة مسجلة في سجل الوثائق المطبوعة دون قيد مطابق في سجل التدقيق: "
                        "أضيفت إلى السجل يدويا، فلا تعتمدها.")


@dataclass(frozen=True)
class Verification:
    """What the register says of a file or a code, in words for the reader."""

    matches: bool
    message: str
    kind: str = ""
    reference: str = ""
    version: int = 0
    current: bool = False
    printed_at: datetime | None = None
    printed_by: str = ""


def _current_sha(db: Database, row: _Print) -> str | None:
    """The content hash the owner has now (None for a batch file, which has no owner)."""
    with reading(db) as session:
        if row.kind == "convention":
            convention = session.get(ConventionRow, row.owner_id)
            return convention.content_sha256 if convention else ""
        if row.kind == "amendment":
            amendment = session.get(AmendmentRow, row.owner_id)
            return amendment.content_sha256 if amendment else ""
    if row.kind in ("minutes", "attendance"):
        from app.services.meeting_documents import current_content_sha256
        return current_content_sha256(db, row.kind, row.owner_id) or ""
    return None


def _describe(db: Database, row: _Print, matches: bool, lead: str
              ) -> Verification:
    current_sha = _current_sha(db, row)
    current = current_sha is None or current_sha == row.content_sha256
    label = tr(KIND_LABELS.get(row.kind, row.kind))
    version = (tr("، النسخة {version}").format(version=row.version)
               if row.kind in ("convention", "amendment") else "")
    when = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    text = (tr("{lead} {label} رقم {reference}{version}، طبعت في {when:%d/%m/%Y %H:%M} "
               "من طرف {by}.").format(lead=lead, label=label, reference=row.reference,
                                      version=version, when=when.astimezone(),
                                      by=row.printed_by))
    if not current:
        text += tr(" تنبيه: عدلت معطيات هذه الوثيقة بعد هذه الطبعة؛ هذه ليست صيغتها "
                   "الحالية.")
    return Verification(matches, text, row.kind, row.reference, row.version, current,
                        row.created_at, row.printed_by)


def verify_pdf(db: Database, source: Path | bytes) -> Verification:
    """Does this file match, byte for byte, a document the app printed?"""
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise NotFound(tr("تعذرت قراءة الملف: {reason}")
                       .format(reason=exc.strerror or exc)) from exc
    row, forged = _find(db, pdf_sha256=pdf_sha256(data))
    if row is not None:
        return _describe(db, row, True, tr("مطابق:"))
    mark = read_mark_from_pdf(data)
    if forged:
        return Verification(False, tr("غير مطابق: {reason}").format(reason=tr(_UNCHAINED)),
                            *((mark.kind, mark.reference, mark.version) if mark else ()))
    if mark is None:
        return Verification(False,
                            tr("غير مطابق: هذا الملف لا يحمل رمز تحقق من مكتب أوراش."))
    printed, forged = _find(db, content_sha256=mark.sha256)
    if printed is None:
        reason = (tr(_UNCHAINED) if forged
                  else tr("رمز التحقق {code} غير مسجل في قاعدة البيانات هذه.")
                  .format(code=mark.short_code))
        return Verification(False, tr("غير مطابق: {reason}").format(reason=reason), mark.kind,
                            mark.reference, mark.version)
    found = _describe(db, printed, False, tr("غير مطابق: الملف يحمل رمز"))
    return Verification(False,
                        found.message + tr(" لكن محتوى الملف غُيّر بعد طبعه: لا تعتمده."),
                        found.kind, found.reference, found.version, found.current)


def verify_code(db: Database, typed: str) -> Verification:
    """What the register knows of a short code read from a paper (or a scanned QR)."""
    code = normalise_short_code(typed)
    row, forged = _find(db, short_code=code)
    if row is None and forged:
        return Verification(False, tr("رمز التحقق {code}: {reason}")
                            .format(code=code, reason=tr(_UNCHAINED)))
    if row is None:
        return Verification(False, tr("رمز التحقق {code} غير مسجل: لم تطبع هذه الوثيقة من "
                                      "قاعدة البيانات هذه.").format(code=code))
    return _describe(db, row, True, tr("الرمز مسجل:"))
