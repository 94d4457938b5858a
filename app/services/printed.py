"""The register of printed documents, and checking a PDF or a paper against it.

A PDF is checked on its exact bytes: the app prints in ReportLab's invariant mode, so a
reprint of unchanged data has the same SHA-256, and any edit of the file changes it. A
paper is checked by its short code: the register says which document and version it is,
and whether a later version replaced it, so the reader compares the paper with that.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.documents.verification import (
    normalise_short_code,
    pdf_sha256,
    read_mark_from_pdf,
    short_code_of,
)
from app.domain.roles import Permission
from app.errors import NotFound
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import AmendmentRow, ConventionRow, PrintedDocumentRow

KIND_LABELS = {"convention": "اتفاقية شراكة", "amendment": "ملحق اتفاقية",
               "minutes": "محضر اجتماع", "attendance": "ورقة الحضور",
               "batch": "ملف طباعة جماعية"}


@requires(Permission.PRINT)
def record(db: Database, actor: Actor, kind: str, owner_id: uuid.UUID, reference: str,
           version: int, content_sha256: str, pdf: bytes | None) -> None:
    """Add a print to the register, once per distinct file. `pdf` is None for a document
    printed inside a batch file: the batch file is recorded on its own, and the paper is
    checked by its short code."""
    pdf_hash = pdf_sha256(pdf) if pdf is not None else ""
    with writing(db, actor) as session:
        known = session.scalars(select(PrintedDocumentRow.id).where(
            PrintedDocumentRow.pdf_sha256 == pdf_hash,
            PrintedDocumentRow.content_sha256 == content_sha256)).first()
        if known is None:
            session.add(PrintedDocumentRow(
                kind=kind, owner_id=owner_id, reference=reference, version=version,
                content_sha256=content_sha256, pdf_sha256=pdf_hash,
                short_code=short_code_of(content_sha256), printed_by=actor.username))


@dataclass(frozen=True)
class _Print:
    kind: str
    owner_id: uuid.UUID
    reference: str
    version: int
    content_sha256: str
    created_at: datetime
    printed_by: str


def _find(db: Database, **where: str) -> _Print | None:
    """The first print matching a column value, as plain data (the session closes)."""
    [(column, value)] = where.items()
    with reading(db) as session:
        row = session.scalars(select(PrintedDocumentRow)
                              .where(getattr(PrintedDocumentRow, column) == value)
                              .order_by(PrintedDocumentRow.created_at)).first()
        if row is None:
            return None
        return _Print(row.kind, row.owner_id, row.reference, row.version, row.content_sha256,
                      row.created_at, row.printed_by)


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
    """The content hash the owner has now (None when it is not a convention or amendment)."""
    with reading(db) as session:
        if row.kind == "convention":
            convention = session.get(ConventionRow, row.owner_id)
            return convention.content_sha256 if convention else ""
        if row.kind == "amendment":
            amendment = session.get(AmendmentRow, row.owner_id)
            return amendment.content_sha256 if amendment else ""
    return None


def _describe(db: Database, row: _Print, matches: bool, lead: str
              ) -> Verification:
    current_sha = _current_sha(db, row)
    current = current_sha is None or current_sha == row.content_sha256
    label = KIND_LABELS.get(row.kind, row.kind)
    version = f"، النسخة {row.version}" if row.kind in ("convention", "amendment") else ""
    when = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    text = (f"{lead} {label} رقم {row.reference}{version}، طبعت في "
            f"{when.astimezone():%d/%m/%Y %H:%M} من طرف {row.printed_by}.")
    if not current:
        text += (" تنبيه: عدلت معطيات هذه الوثيقة بعد هذه الطبعة؛ هذه ليست صيغتها "
                 "الحالية.")
    return Verification(matches, text, row.kind, row.reference, row.version, current,
                        row.created_at, row.printed_by)


def verify_pdf(db: Database, source: Path | bytes) -> Verification:
    """Does this file match, byte for byte, a document the app printed?"""
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise NotFound(f"تعذرت قراءة الملف: {exc.strerror or exc}") from exc
    row = _find(db, pdf_sha256=pdf_sha256(data))
    if row is not None:
        return _describe(db, row, True, "مطابق:")
    mark = read_mark_from_pdf(data)
    if mark is None:
        return Verification(False, "غير مطابق: هذا الملف لا يحمل رمز تحقق من مكتب أوراش.")
    printed = _find(db, content_sha256=mark.sha256)
    if printed is None:
        return Verification(False, f"غير مطابق: رمز التحقق {mark.short_code} غير مسجل في "
                                   "قاعدة البيانات هذه.", mark.kind, mark.reference,
                            mark.version)
    found = _describe(db, printed, False, "غير مطابق: الملف يحمل رمز")
    return Verification(False, found.message + " لكن محتوى الملف غُيّر بعد طبعه: لا تعتمده.",
                        found.kind, found.reference, found.version, found.current)


def verify_code(db: Database, typed: str) -> Verification:
    """What the register knows of a short code read from a paper (or a scanned QR)."""
    code = normalise_short_code(typed)
    row = _find(db, short_code=code)
    if row is None:
        return Verification(False, f"رمز التحقق {code} غير مسجل: لم تطبع هذه الوثيقة من "
                                   "قاعدة البيانات هذه.")
    return _describe(db, row, True, "الرمز مسجل:")
