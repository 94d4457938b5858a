"""Files attached to records (statutes, receipts, specifications, signed scans).

Files are copied into a folder beside the database, named by their SHA-256, so a moved or
deleted original never breaks a record and two laptops exchanging data agree on names.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.paths import data_dir
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database, sqlite_file
from app.storage.models import AttachmentRow

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    id: uuid.UUID
    owner_table: str
    owner_id: uuid.UUID
    kind: str
    original_name: str
    sha256: str
    size_bytes: int
    path: Path


def files_dir(db: Database) -> Path:
    database = sqlite_file(db.url)
    folder = (database.with_name(f"{database.stem}-files") if database
              else data_dir() / "attachments")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _attachment(db: Database, row: AttachmentRow) -> Attachment:
    return Attachment(row.id, row.owner_table, row.owner_id, row.kind, row.original_name,
                      row.sha256, row.size_bytes, files_dir(db) / row.stored_name)


@requires(Permission.ATTACHMENTS)
def attach(db: Database, actor: Actor, owner_table: str, owner_id: uuid.UUID, source: Path,
           kind: str = "") -> Attachment:
    if not source.is_file():
        raise ValidationError(FieldError("file", tr("الملف: غير موجود ({source}).")
                                                    .format(source=source)))
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(FieldError("file", tr("الملف: حجمه يتجاوز 50 ميغابايت.")))
    digest = _sha256(source)
    stored = f"{digest}{source.suffix.lower()}"
    target = files_dir(db) / stored
    if not target.exists():
        partial = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    with writing(db, actor) as session:
        row = AttachmentRow(owner_table=owner_table, owner_id=owner_id, kind=kind,
                            original_name=source.name, stored_name=stored, sha256=digest,
                            size_bytes=size)
        session.add(row)
        session.flush()
        return _attachment(db, row)


def list_attachments(db: Database, owner_table: str, owner_id: uuid.UUID) -> list[Attachment]:
    with reading(db) as session:
        rows = session.scalars(select(AttachmentRow).where(
            AttachmentRow.owner_table == owner_table, AttachmentRow.owner_id == owner_id)
            .order_by(AttachmentRow.created_at))
        return [_attachment(db, r) for r in rows]


@requires(Permission.ATTACHMENTS)
def detach(db: Database, actor: Actor, attachment_id: uuid.UUID) -> None:
    """Forget the link; the stored copy stays, as other records or backups may share it."""
    with writing(db, actor) as session:
        row = session.get(AttachmentRow, attachment_id)
        if row is None:
            raise NotFound(tr("المرفق غير موجود."))
        session.delete(row)
