"""Every service that writes is called as every role: refused with the Arabic words and
nothing changed when the role lacks the permission, let through when it has it."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import shutil
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.services
from app.config import sqlite_url
from app.domain.enums import UserRole
from app.domain.roles import ROLE_PERMISSIONS, Permission, can, forbidden_message
from app.errors import Forbidden
from app.services import partners, users
from app.services.actor import SYSTEM, Actor
from app.services.authorization import check
from app.services.startup import open_database
from app.services.unit_of_work import reading
from app.storage.database import Database
from app.storage.models import Base

PASSWORD = "roles-test-2024"
# The machinery under the services, not services: the unit of work and the check itself.
NOT_SERVICES = {"app.services.unit_of_work", "app.services.authorization"}
# Writes that run before anyone is logged in, under SYSTEM: they are how one logs in.
LOG_IN = {"create_first_admin", "authenticate", "open_database"}

MODULES = [importlib.import_module(f"app.services.{m.name}")
           for m in pkgutil.iter_modules(app.services.__path__)]


def _public_functions() -> Iterator[Callable[..., Any]]:
    for module in MODULES:
        if module.__name__ in NOT_SERVICES:
            continue
        for name, fn in vars(module).items():
            if not name.startswith("_") and inspect.isfunction(fn) \
                    and fn.__module__ == module.__name__:
                yield fn


SERVICES = sorted((fn for fn in _public_functions()
                   if "actor" in inspect.signature(fn).parameters),
                  key=lambda fn: f"{fn.__module__}.{fn.__name__}")


def _name(fn: Callable[..., Any]) -> str:
    return f"{fn.__module__.rsplit('.', 1)[1]}.{fn.__name__}"


def test_the_services_that_take_an_actor_are_found():
    names = {_name(fn) for fn in SERVICES}
    assert {"partners.save_partner", "meetings.close_meeting", "users.create_user",
            "conventions.print_batch", "demo.build_demo"} <= names
    assert len(names) > 40


@pytest.mark.parametrize("fn", SERVICES, ids=_name)
def test_every_service_taking_an_actor_declares_its_permission(fn):
    assert isinstance(getattr(fn, "required_permission", None), Permission), \
        f"{_name(fn)} needs @requires(Permission...)"


def test_every_public_function_that_opens_a_write_takes_an_actor():
    """Writes hidden behind a function without an actor would escape the roles."""
    offenders = []
    for fn in _public_functions():
        tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(fn))))
        opens = any(isinstance(node, ast.Call) and getattr(node.func, "id", "") == "writing"
                    for node in ast.walk(tree))
        if opens and fn.__name__ not in LOG_IN and not hasattr(fn, "required_permission"):
            offenders.append(_name(fn))
    assert offenders == []


def test_every_role_has_its_permissions_and_admin_has_all_the_secretary_has():
    assert set(ROLE_PERMISSIONS) == set(UserRole)
    assert ROLE_PERMISSIONS[UserRole.SECRETARY] < ROLE_PERMISSIONS[UserRole.ADMIN]
    assert ROLE_PERMISSIONS[UserRole.VIEWER] == {Permission.READ,
                                                 Permission.CHANGE_OWN_PASSWORD}
    assert can(UserRole.COMMITTEE_MEMBER, Permission.SIGN_OFF_MINUTES)
    assert not can(UserRole.COMMITTEE_MEMBER, Permission.MEETINGS)
    assert not can(UserRole.SECRETARY, Permission.USERS)
    assert all(can(role, Permission.READ) for role in UserRole)


def test_the_refusal_names_what_and_who():
    message = forbidden_message(Permission.QUOTAS)
    assert "الحصص" in message and UserRole.ADMIN.label in message
    assert UserRole.SECRETARY.label not in message
    message = forbidden_message(Permission.PARTNERS)
    assert UserRole.ADMIN.label in message and UserRole.SECRETARY.label in message


# -- calling every service as every role ---------------------------------------------------

ROLE_USERS = {role: f"user-{role.value.replace('_', '-')}" for role in UserRole}


@pytest.fixture(scope="session")
def roles_template(template_db: Path, admin_actor: Actor,
                   tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "roles.sqlite"
    shutil.copyfile(template_db, path)
    db = Database(sqlite_url(path))
    for role, username in ROLE_USERS.items():
        users.create_user(db, admin_actor, username, f"مستخدم {role.label}", role, PASSWORD)
    db.dispose()
    return path


@pytest.fixture
def roles_db(roles_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "roles.sqlite"
    shutil.copyfile(roles_template, path)
    opened = open_database(sqlite_url(path))
    yield opened.db
    opened.db.dispose()


def actor_of(role: UserRole) -> Actor:
    return Actor(ROLE_USERS[role], "", role)


def row_counts(db: Database) -> dict[str, int]:
    with reading(db) as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def call_with_dummies(fn: Callable[..., Any], db: Database, actor: Actor) -> Any:
    """Call `fn` as `actor` with a random id or None for every other required argument: the
    check comes first, so a refusal never sees them."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        value = db if name == "db" else actor if name == "actor" else \
            uuid.uuid4() if parameter.annotation == "uuid.UUID" else None
        if parameter.default is not inspect.Parameter.empty and name not in ("db", "actor"):
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = value
        else:
            positional.append(value)
    return fn(*positional, **keywords)


@pytest.mark.parametrize("fn", SERVICES, ids=_name)
def test_every_writing_service_as_every_role(fn, roles_db):
    permission: Permission = fn.required_permission
    lacking = [role for role in UserRole if not can(role, permission)]
    having = [role for role in UserRole if can(role, permission)]
    for role in lacking:
        before = row_counts(roles_db)
        with pytest.raises(Forbidden) as refused:
            call_with_dummies(fn, roles_db, actor_of(role))
        assert refused.value.message == forbidden_message(permission), role
        assert row_counts(roles_db) == before, role
    for role in having:
        try:
            call_with_dummies(fn, roles_db, actor_of(role))
        except Forbidden as exc:
            pytest.fail(f"{_name(fn)} refused to {role.value}: {exc.message}")
        except Exception:  # dummy arguments fail later, past the check
            pass


def test_a_forged_actor_gets_the_role_stored_for_its_name(roles_db):
    forged = Actor(ROLE_USERS[UserRole.VIEWER], "", UserRole.ADMIN)
    with pytest.raises(Forbidden) as refused:
        check(roles_db, forged, Permission.PARTNERS)
    assert refused.value.message == forbidden_message(Permission.PARTNERS)


def test_an_unknown_or_deactivated_account_is_refused_and_system_is_not(roles_db):
    with pytest.raises(Forbidden, match="غير موجود أو معطل"):
        check(roles_db, Actor("nobody", "", UserRole.ADMIN), Permission.READ)
    admin = actor_of(UserRole.ADMIN)
    secretary = ROLE_USERS[UserRole.SECRETARY]
    users.update_user(roles_db, admin, secretary, "كاتب سابق", UserRole.SECRETARY, False)
    before = row_counts(roles_db)
    with pytest.raises(Forbidden, match="غير موجود أو معطل"):
        partners.save_partner(roles_db, actor_of(UserRole.SECRETARY), None)  # type: ignore
    assert row_counts(roles_db) == before
    check(roles_db, SYSTEM, Permission.USERS)


def test_a_demoted_account_loses_its_rights_at_once(roles_db):
    admin = actor_of(UserRole.ADMIN)
    secretary = actor_of(UserRole.SECRETARY)
    check(roles_db, secretary, Permission.PARTNERS)
    users.update_user(roles_db, admin, secretary.username, "مطلع", UserRole.VIEWER, True)
    with pytest.raises(Forbidden):
        check(roles_db, secretary, Permission.PARTNERS)
