"""Transactions: everything an operation writes is committed together or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import Conflict, Locked
from app.language import QT_TR_NOOP, tr
from app.services import changes
from app.services.actor import Actor
from app.services.audit import ACTOR_KEY, install_audit
from app.services.search import install_search
from app.storage.database import Database, memory_mapped

# The database's own locks (migrations 0005, 0006) name what they protect after this mark.
LOCK_MARK = "awrach-locked"
LOCK_MESSAGES = {
    "meeting closed": QT_TR_NOOP(
        "الاجتماع مختتم: لا يمكن تعديل حضوره ولا نقطه ولا أصواته ولا قراراته. "
        "التصحيح يكون بقرار جديد في اجتماع لاحق. لم يحفظ أي تغيير."),
    "convention signed": QT_TR_NOOP(
        "الاتفاقية موقعة ومقفلة: كل تغيير بعد التوقيع يتم عبر ملحق. "
        "لم يحفظ أي تغيير."),
    "amendment signed": QT_TR_NOOP(
        "الملحق موقع ومقفل: لا يمكن تعديله. لم يحفظ أي تغيير."),
    "grant agreement signed": QT_TR_NOOP(
        "اتفاقية منحة دعم التشغيل موقعة ومقفلة: لا يمكن تعديلها. "
        "لم يحفظ أي تغيير."),
    "grant amendment signed": QT_TR_NOOP(
        "ملحق اتفاقية منحة دعم التشغيل موقع ومقفل: لا يمكن تعديله. "
        "لم يحفظ أي تغيير."),
    "printed documents are kept as printed": QT_TR_NOOP(
        "سجل الوثائق المطبوعة لا يعدل ولا يحذف."),
    "audit log is append-only": QT_TR_NOOP(
        "سجل التدقيق لا يعدل ولا يحذف: تضاف إليه القيود فقط. "
        "لم يحفظ أي تغيير."),
}


def locked_message(database_message: str) -> str | None:
    """The user's words for a refusal by a database lock, or None for another error."""
    if LOCK_MARK not in database_message:
        return None
    for key, message in LOCK_MESSAGES.items():
        if key in database_message:
            return tr(message)
    return tr("هذا السجل مقفل ولا يمكن تعديله. لم يحفظ أي تغيير.")


@contextmanager
def writing(db: Database, actor: Actor) -> Iterator[Session]:
    """A session whose changes are audited under `actor` and committed on success.

    Once committed, what it touched is published (`app.services.changes`). The search
    text of what it writes is kept up to date (`app.services.search`).
    """
    with db.session() as session:
        install_audit(session)
        changes.track(session)
        install_search(session)
        session.info[ACTOR_KEY] = actor
        try:
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            changes.discard(session)
            locked = locked_message(str(exc.orig))
            if locked:
                raise Locked(locked) from exc
            raise Conflict(tr("تعذر الحفظ: هذه المعطيات تتعارض مع معطيات مسجلة من قبل "
                              "(تكرار أو ارتباط بسجل آخر). لم يحفظ أي تغيير.")) from exc
        except StaleDataError as exc:
            # Another writer saved the row between this read and this write (row_version).
            session.rollback()
            changes.discard(session)
            raise Conflict(tr("غير مستخدم آخر هذا السجل في اللحظة نفسها. لم يحفظ أي تغيير: "
                              "أعد فتح النموذج ثم أدخل تعديلك من جديد.")) from exc
        except BaseException:
            session.rollback()
            changes.discard(session)
            raise
        changes.publish(session)


@contextmanager
def reading(db: Database, mapped: bool = False) -> Iterator[Session]:
    """A session for queries; it refuses to flush so a read can never write by accident.

    `mapped`: the read goes through much of the database (dashboards, reports), and reads
    it through a memory map for as long as it lasts (`memory_mapped`)."""
    with db.session() as session:
        install_audit(session)
        if mapped:
            with memory_mapped(session):
                yield session
        else:
            yield session
        session.rollback()
