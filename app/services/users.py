"""Program users. Passwords are hashed with Argon2; the first start creates an administrator."""

from __future__ import annotations

import getpass

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import func, select

from app.domain.enums import UserRole
from app.errors import Forbidden
from app.services.actor import SYSTEM, Actor
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import UserRow

_hasher = PasswordHasher()


def local_username() -> str:
    try:
        return getpass.getuser() or "secretary"
    except OSError:
        return "secretary"


def ensure_local_user(db: Database) -> Actor:
    """The person at this laptop: created as administrator on the first start.

    Offices with a shared server add named users with passwords; a lone laptop is
    opened by its owner's session, as the OS already authenticated them.
    """
    name = local_username()
    with reading(db) as session:
        row = session.scalars(select(UserRow).where(UserRow.username == name)).first()
        if row is not None:
            return Actor(row.username, row.full_name, row.role)
        first = not session.scalar(select(func.count()).select_from(UserRow))
    role = UserRole.ADMIN if first else UserRole.SECRETARY
    with writing(db, SYSTEM) as session:
        session.add(UserRow(username=name, full_name=name, role=role))
    return Actor(name, name, role)


def create_user(db: Database, actor: Actor, username: str, full_name: str, role: UserRole,
                password: str) -> Actor:
    if actor.role is not UserRole.ADMIN:
        raise Forbidden("إضافة المستخدمين من صلاحيات مدير النظام وحده.")
    with writing(db, actor) as session:
        session.add(UserRow(username=username, full_name=full_name, role=role,
                            password_hash=_hasher.hash(password)))
    return Actor(username, full_name, role)


def authenticate(db: Database, username: str, password: str) -> Actor:
    with reading(db) as session:
        row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
        if row is None or not row.active or not row.password_hash:
            raise Forbidden("اسم المستخدم أو كلمة المرور غير صحيحين.")
        try:
            _hasher.verify(row.password_hash, password)
        except VerificationError as exc:
            raise Forbidden("اسم المستخدم أو كلمة المرور غير صحيحين.") from exc
        return Actor(row.username, row.full_name, row.role)
