"""Refusing a save based on an old read: the record's row version against the form's.

A form keeps the `row_version` its record was read at; when it saves, the service loads
the row and calls `check`. If someone saved the record in between, the save is refused
with who did it and when (the last audit entry for that record), so the user reloads and
changes it again instead of erasing the other person's change without knowing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.language import tr
from app.storage.models.base import Versioned, utcnow
from app.storage.models.users import AuditRow, UserRow


def _when(at: datetime) -> str:
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def stale_message(session: Session, table: str, record_id: object) -> str:
    """Who last changed the record and when, read from the audit log, in the user's words."""
    entry = session.scalars(
        select(AuditRow).where(AuditRow.entity == table, AuditRow.entity_id == str(record_id))
        .order_by(AuditRow.seq.desc(), AuditRow.at.desc()).limit(1)).first()
    who = ""
    if entry is not None:
        name = session.scalars(select(UserRow.full_name)
                               .where(UserRow.username == entry.username)).first()
        who = (tr(" عدله «{name}» ({entry.username})").format(name=name, entry=entry)
               if name else tr(" عدله {entry.username}").format(entry=entry))
        who += tr(" في {when}").format(when=_when(entry.at))
    return (tr("غير هذا السجل مستخدم آخر بعد فتح النموذج:{who}. "
               "لم يحفظ أي تغيير: أعد فتح النموذج (أو أعد تحميله) ثم أدخل تعديلك من جديد.")
               .format(who=who))


def check(session: Session, row: Versioned, read_at: int | None) -> None:
    """Raise Conflict when the row changed since the form read it at version `read_at`;
    otherwise mark the row written, so this save raises its version.

    `read_at` None means a caller that did not read the record first (a CLI command that
    sets one value); it is accepted as before.
    """
    if read_at is not None and row.row_version != read_at:
        raise Conflict(stale_message(session, row.__tablename__,  # type: ignore[attr-defined]
                                     row.id))  # type: ignore[attr-defined]
    # A save that only replaces child rows (a proposal's cost lines) must raise the version
    # too, so the row is always written.
    row.updated_at = utcnow()  # type: ignore[attr-defined]
