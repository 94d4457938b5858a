"""Who runs an `awrach` sub-command: the same accounts and roles as the window.

A sub-command that writes names its user (`--user` or AWRACH_USER) and gives the password
in AWRACH_PASSWORD or types it at the terminal, never echoed; the services then refuse what
the role may not do. Read-only sub-commands run without a user.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from app.errors import FieldError, ValidationError
from app.language import tr

if TYPE_CHECKING:  # the services and the storage are imported when a command runs, so
    # that `awrach --help` and the window's start do not pay for them before they need them
    from app.services.actor import Actor
    from app.storage.database import Database
    from app.storage.upgrade import UpgradeResult

USER_ENV = "AWRACH_USER"
PASSWORD_ENV = "AWRACH_PASSWORD"
NEW_PASSWORD_ENV = "AWRACH_NEW_PASSWORD"


class Access(Enum):
    """What a sub-command needs before it runs (set as `access` in its parser defaults)."""

    READ = "read"            # no user
    WRITE = "write"          # a logged-in user; the services check the role
    MANAGE_USERS = "users"   # a logged-in administrator, for reads of the accounts
    DEMO = "demo"            # as WRITE, or the demo's administrator on a database without any
    FIRST_ADMIN = "first"    # as WRITE, or nobody when the database has no account yet


@dataclass(frozen=True)
class Run:
    """The open database and, for a sub-command that writes, who is acting."""

    db: Database
    upgrade: UpgradeResult
    user: Actor | None = None

    @property
    def actor(self) -> Actor:
        if self.user is None:
            raise RuntimeError("a sub-command declared read-only asked for the acting user")
        return self.user


def add_user_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # As for --db: a sub-command must not reset a --user given before it.
    parser.add_argument("--user", metavar="NAME", default=None if top else argparse.SUPPRESS,
                        help=tr("الحساب الذي ينفذ أمرا يغير المعطيات"))


def _secret(env: str, prompt: str, field: str) -> str:
    if env in os.environ:
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise ValidationError(FieldError(field, tr("كلمة المرور مطلوبة: ضعها في المتغير {env} أو "
                                               "شغل الأمر من طرفية لكتابتها.").format(env=env)))


def new_password() -> str:
    """A password for another account: AWRACH_NEW_PASSWORD, or typed twice at a terminal."""
    if NEW_PASSWORD_ENV in os.environ:
        return os.environ[NEW_PASSWORD_ENV]
    first = _secret(NEW_PASSWORD_ENV, tr("كلمة المرور الجديدة: "), "new_password")
    if _secret(NEW_PASSWORD_ENV, tr("أعد كتابة كلمة المرور الجديدة: "), "new_password") != first:
        raise ValidationError(FieldError("new_password", tr("كلمتا المرور غير متطابقتين.")))
    return first


def sign_in(args: argparse.Namespace, db: Database) -> Actor:
    from app.services import users

    name = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not name:
        raise ValidationError(FieldError(
            "user", tr("هذا الأمر يغير المعطيات: اذكر المستخدم بالخيار --user أو بالمتغير "
                       "{USER_ENV}.").format(USER_ENV=USER_ENV)))
    return users.authenticate(db, name, _secret(
        PASSWORD_ENV, tr("كلمة مرور {name}: ").format(name=name), "password"))


def acting_user(args: argparse.Namespace, db: Database) -> Actor | None:
    """The user a sub-command runs as, after its password was checked; None for a read."""
    from app.domain.roles import Permission
    from app.services import users
    from app.services.authorization import check

    access: Access = getattr(args, "access", Access.READ)
    if access is Access.READ:
        return None
    if access is Access.DEMO and not users.has_accounts(db):
        from app.services import demo

        demo_admin = demo.demo_administrator(db)
        if demo_admin is not None:
            print(tr("تم إنشاء حساب مدير للعرض التجريبي: اسم المستخدم {user}، كلمة المرور "
                     "{password}").format(user=demo.DEMO_ADMIN, password=demo.DEMO_PASSWORD),
                  file=sys.stderr)
            return demo_admin
    if access is Access.FIRST_ADMIN and not users.has_accounts(db):
        return None
    actor = sign_in(args, db)
    if access is Access.MANAGE_USERS:
        check(db, actor, Permission.USERS)
    return actor

