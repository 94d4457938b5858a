"""Transactions: everything an operation writes is committed together or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.services.actor import Actor
from app.services.audit import ACTOR_KEY, install_audit
from app.storage.database import Database


@contextmanager
def writing(db: Database, actor: Actor) -> Iterator[Session]:
    """A session whose changes are audited under `actor` and committed on success."""
    with db.session() as session:
        install_audit(session)
        session.info[ACTOR_KEY] = actor
        try:
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise Conflict("تعذر الحفظ: هذه المعطيات تتعارض مع معطيات مسجلة من قبل "
                           "(تكرار أو ارتباط بسجل آخر). لم يحفظ أي تغيير.") from exc
        except BaseException:
            session.rollback()
            raise


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A session for queries; it refuses to flush so a read can never write by accident."""
    with db.session() as session:
        install_audit(session)
        yield session
        session.rollback()
