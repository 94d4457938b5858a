"""Roles enforced where the data is written, so that no front end can forget them.

Every public service that writes carries `@requires(Permission.X)`. The check runs before
the service reads or writes anything, and it trusts the database rather than the `Actor` it
is handed: the role is looked up by user name each time, so a forged or stale actor (an
account since demoted or deactivated) is refused.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy import select

from app.domain.enums import UserRole
from app.domain.roles import Permission, can, forbidden_message
from app.errors import Forbidden
from app.language import QT_TR_NOOP, tr
from app.services.actor import SYSTEM, Actor
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import UserRow

P = ParamSpec("P")
R = TypeVar("R")

UNKNOWN_ACCOUNT = QT_TR_NOOP("حساب المستخدم غير موجود أو معطل: سجل الدخول من جديد. "
                             "لم يحفظ أي تغيير.")


def stored_role(db: Database, actor: Actor) -> UserRole | None:
    """The acting account's role as stored now; None when it is missing or inactive."""
    with reading(db) as session:
        found = session.execute(select(UserRow.role, UserRow.active)
                                .where(UserRow.username == actor.username)).first()
    if found is None or not found.active:
        return None
    return found.role


def check(db: Database, actor: Actor, permission: Permission) -> None:
    """Raise `Forbidden` unless `actor` may do what `permission` covers."""
    if actor is SYSTEM:  # start-up and migrations; never an account, see RESERVED_USERNAMES
        return
    if not isinstance(actor, Actor):
        raise Forbidden(tr(UNKNOWN_ACCOUNT))
    role = stored_role(db, actor)
    if role is None:
        raise Forbidden(tr(UNKNOWN_ACCOUNT))
    if not can(role, permission):
        raise Forbidden(forbidden_message(permission))


def requires(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Refuse the call unless its `actor` argument may do `permission` in its `db`.

    The permission is kept on the function as `required_permission`, so a test can list
    every service that writes and check that none was left without one.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)
        if "db" not in signature.parameters or "actor" not in signature.parameters:
            raise TypeError(f"{fn.__qualname__}: @requires needs `db` and `actor` parameters")

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs).arguments
            check(bound["db"], bound["actor"], permission)
            return fn(*args, **kwargs)

        checked.required_permission = permission  # type: ignore[attr-defined]
        return checked

    return decorate
