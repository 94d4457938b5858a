"""User accounts: log-in with an Argon2-hashed password, lock-out, and the administrator's
management of the other accounts.

The database holds Argon2 hashes only, never a password. A failed log-in is counted in its
own unit of work (under `SYSTEM`) so the count survives the refusal that follows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.accounts import (
    LOCK_DURATION,
    MAX_FAILED_LOGINS,
    password_problems,
    username_problems,
)
from app.domain.enums import UserRole
from app.domain.roles import Permission
from app.errors import FieldError, Forbidden, NotFound, ValidationError
from app.language import QT_TR_NOOP, tr
from app.services import versions
from app.services.actor import SYSTEM, Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import UserRow

_hasher = PasswordHasher()
_dummy_hash: list[str] = []  # computed once, on the first log-in with an unknown name

WRONG_CREDENTIALS = QT_TR_NOOP("اسم المستخدم أو كلمة المرور غير صحيحين.")


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: UserRole
    active: bool
    locked_until: datetime | None
    failed_logins: int
    row_version: int = 0


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; every stored moment is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _info(row: UserRow) -> UserInfo:
    return UserInfo(row.username, row.full_name, row.role, row.active,
                    _aware(row.locked_until), row.failed_logins, row.row_version)


def _actor(row: UserRow) -> Actor:
    return Actor(row.username, row.full_name, row.role)


def _row(session: Session, username: str) -> UserRow | None:
    return session.scalars(select(UserRow).where(UserRow.username == username)).first()


def _existing(session: Session, username: str) -> UserRow:
    row = _row(session, username)
    if row is None:
        raise NotFound(tr("لا يوجد مستخدم باسم «{username}».").format(username=username))
    return row


def _check_password(password: str, username: str, field: str = "password") -> None:
    problems = password_problems(password, username)
    if problems:
        raise ValidationError([FieldError(field, message) for message in problems])


def _set_password(row: UserRow, password: str, now: datetime) -> None:
    row.password_hash = _hasher.hash(password)
    row.password_changed_at = now
    row.failed_logins = 0
    row.locked_until = None


def _verifies(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _spend_verification_time(password: str) -> None:
    """Verify against a throw-away hash, so an unknown name answers as slowly as a known one."""
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash("awrach-unknown-user"))
    _verifies(_dummy_hash[0], password)


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


# -- log-in --------------------------------------------------------------------------------


def has_accounts(db: Database) -> bool:
    """Whether someone can log in: false on a new database, which then asks for the first
    administrator. Users from before accounts (no password) do not count."""
    with reading(db) as session:
        return bool(session.scalar(select(func.count()).select_from(UserRow)
                                   .where(UserRow.password_hash != "")))


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> Actor:
    """The first account, made by whoever installs the program; refused once one exists."""
    if has_accounts(db):
        raise Forbidden(tr("يوجد حساب مدير من قبل: يضيف المدير الحسابات الأخرى بعد تسجيل دخوله."))
    _validate_new(username, full_name, password)
    now = datetime.now(UTC)
    with writing(db, SYSTEM) as session:
        # A database from before accounts has its users without passwords: reuse the row.
        row = _row(session, username)
        if row is None:
            row = UserRow(username=username, full_name=full_name, role=UserRole.ADMIN)
            session.add(row)
        row.full_name, row.role, row.active = full_name, UserRole.ADMIN, True
        _set_password(row, password, now)
        return _actor(row)


def authenticate(db: Database, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """The account behind `username` and `password`, or `Forbidden`.

    After MAX_FAILED_LOGINS wrong passwords in a row the account is locked for
    LOCK_DURATION, even for the right password. An unknown name and a wrong password get
    the same words.
    """
    now = _aware(now) or datetime.now(UTC)
    stored = _credentials(db, username)
    if stored is None:
        _spend_verification_time(password)
        raise Forbidden(tr(WRONG_CREDENTIALS))
    if stored.locked_until is not None and stored.locked_until > now:
        raise Forbidden(_locked_message(stored.locked_until))
    if not _verifies(stored.password_hash, password):
        locked = _count_failure(db, username, now)
        raise Forbidden(_locked_message(locked) if locked else tr(WRONG_CREDENTIALS))
    if not stored.active:
        raise Forbidden(tr("هذا الحساب معطل: اتصل بمدير النظام."))
    rehash = _hasher.check_needs_rehash(stored.password_hash)
    if stored.failed_logins or stored.locked_until is not None or rehash:
        # Forget past failures; rehash when the hasher's parameters were raised since.
        with writing(db, SYSTEM) as session:
            row = _existing(session, username)
            row.failed_logins, row.locked_until = 0, None
            if rehash:
                row.password_hash = _hasher.hash(password)
    return stored.actor


@dataclass(frozen=True)
class _Credentials:
    actor: Actor
    password_hash: str
    active: bool
    locked_until: datetime | None
    failed_logins: int


def _credentials(db: Database, username: str) -> _Credentials | None:
    """What a log-in checks; None when nobody by that name can log in."""
    with reading(db) as session:
        row = _row(session, username)
        if row is None or not row.password_hash:
            return None
        return _Credentials(_actor(row), row.password_hash, row.active,
                            _aware(row.locked_until), row.failed_logins)


def _locked_message(until: datetime) -> str:
    return (tr("أقفل الحساب بعد {MAX_FAILED_LOGINS} محاولات خاطئة متتالية؛ "
               "أعد المحاولة بعد الساعة {until}.")
               .format(MAX_FAILED_LOGINS=MAX_FAILED_LOGINS, until=_local_time(until)))


def _count_failure(db: Database, username: str, now: datetime) -> datetime | None:
    """Count one more wrong password; lock the account at the limit. Returns the lock's end
    when this failure locked it."""
    with writing(db, SYSTEM) as session:
        row = _existing(session, username)
        previous_lock = _aware(row.locked_until)
        if previous_lock is not None and previous_lock <= now:  # a lock served: start again
            row.failed_logins, row.locked_until = 0, None
        row.failed_logins += 1
        if row.failed_logins >= MAX_FAILED_LOGINS:
            row.locked_until = now + LOCK_DURATION
            return row.locked_until
    return None


# -- one's own password --------------------------------------------------------------------


@requires(Permission.CHANGE_OWN_PASSWORD)
def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    with reading(db) as session:
        current = _existing(session, actor.username).password_hash
    if not current or not _verifies(current, old_password):
        raise ValidationError(FieldError("old_password", tr("كلمة المرور الحالية غير صحيحة.")))
    _check_password(new_password, actor.username, "new_password")
    if new_password == old_password:
        raise ValidationError(FieldError("new_password",
                                         tr("كلمة المرور الجديدة هي نفسها الحالية.")))
    with writing(db, actor) as session:
        _set_password(_existing(session, actor.username), new_password, datetime.now(UTC))


# -- the administrator's management of accounts --------------------------------------------


def list_users(db: Database) -> list[UserInfo]:
    with reading(db) as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.username))
        return [_info(row) for row in rows]


def _validate_new(username: str, full_name: str, password: str) -> None:
    errors = [FieldError("username", m) for m in username_problems(username)]
    if not full_name.strip():
        errors.append(FieldError("full_name", tr("الاسم الكامل إجباري.")))
    errors += [FieldError("password", m) for m in password_problems(password, username)]
    if errors:
        raise ValidationError(errors)


@requires(Permission.USERS)
def create_user(db: Database, actor: Actor, username: str, full_name: str, role: UserRole,
                password: str) -> UserInfo:
    _validate_new(username, full_name, password)
    with writing(db, actor) as session:
        if _row(session, username) is not None:
            raise ValidationError(FieldError("username",
                                             tr("اسم المستخدم «{username}» مستعمل من قبل.")
                                                .format(username=username)))
        row = UserRow(username=username, full_name=full_name.strip(), role=UserRole(role))
        _set_password(row, password, datetime.now(UTC))
        session.add(row)
        session.flush()
        return _info(row)


@requires(Permission.USERS)
def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> None:
    """A forgotten password replaced by the administrator; it also lifts a lock."""
    _check_password(new_password, username, "new_password")
    with writing(db, actor) as session:
        _set_password(_existing(session, username), new_password, datetime.now(UTC))


@requires(Permission.USERS)
def update_user(db: Database, actor: Actor, username: str, full_name: str, role: UserRole,
                active: bool, read_at: int | None = None) -> UserInfo:
    """Rename, change the role, (de)activate. The last active administrator stays one, or
    nobody could manage accounts any more. `read_at`: the row_version the form showed, so
    a change saved meanwhile by another administrator is not overwritten."""
    if not full_name.strip():
        raise ValidationError(FieldError("full_name", tr("الاسم الكامل إجباري.")))
    role = UserRole(role)
    with writing(db, actor) as session:
        row = _existing(session, username)
        versions.check(session, row, read_at)
        if row.role is UserRole.ADMIN and row.active and (role is not UserRole.ADMIN
                                                          or not active):
            others = session.scalar(select(func.count()).select_from(UserRow).where(
                UserRow.role == UserRole.ADMIN, UserRow.active.is_(True),
                UserRow.username != username))
            if not others:
                field = "role" if role is not UserRole.ADMIN else "active"
                raise ValidationError(FieldError(
                    field, tr("هذا آخر مدير نشط: أضف مديرا آخر قبل تغيير دوره أو تعطيله.")))
        row.full_name, row.role, row.active = full_name.strip(), role, active
        session.flush()
        return _info(row)
