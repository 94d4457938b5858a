"""Accounts: the password rules, the first administrator, log-in and lock-out, and the
administrator's management of the others."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.accounts import LOCK_DURATION, MAX_FAILED_LOGINS, password_problems
from app.domain.enums import UserRole
from app.errors import Conflict, Forbidden, ValidationError
from app.services import users
from app.services.users import WRONG_CREDENTIALS
from app.storage.database import sqlite_file
from tests.conftest import ADMIN, ADMIN_PASSWORD

SECRET = "secret-word-42"


def fields(caught: pytest.ExceptionInfo[ValidationError]) -> set[str | None]:
    return {e.field for e in caught.value.errors}


def user(db, username: str) -> users.UserInfo:
    (found,) = [u for u in users.list_users(db) if u.username == username]
    return found


@pytest.fixture
def secretary(db, actor) -> str:
    users.create_user(db, actor, "amina", "أمينة الكاتبة", UserRole.SECRETARY, SECRET)
    return "amina"


# -- the password rules --------------------------------------------------------------------

@pytest.mark.parametrize(("password", "reason"), [
    ("abc12", "قصيرة"),
    ("abcdefghijkl", "رقما"),
    ("123456789012", "حرفا"),
    ("awrach2024", "شائعة"),
    ("karim12345", "اسم المستخدم"),
])
def test_a_weak_password_is_refused_with_the_reason(password, reason):
    problems = password_problems(password, "karim12345")
    assert any(reason in p for p in problems), problems


def test_a_long_password_with_letters_and_digits_will_do():
    assert password_problems("بستان-الزيتون-7", "karim") == []
    assert password_problems(SECRET, "amina") == []


# -- the first administrator ---------------------------------------------------------------

@pytest.fixture
def empty_db(db):
    """The fixture's database without its accounts, as a new installation has it."""
    with sqlite3.connect(sqlite_file(db.url)) as conn:
        conn.execute("DELETE FROM users")
    return db


def test_the_first_administrator_is_made_once(empty_db):
    assert not users.has_accounts(empty_db)
    admin = users.create_first_admin(empty_db, "karim", "كريم المدير", SECRET)
    assert admin.role is UserRole.ADMIN and admin.username == "karim"
    assert users.has_accounts(empty_db)
    with pytest.raises(Forbidden):
        users.create_first_admin(empty_db, "intruder", "دخيل", "another-one-77")
    assert [u.username for u in users.list_users(empty_db)] == ["karim"]


def test_the_first_administrator_follows_the_rules(empty_db):
    with pytest.raises(ValidationError) as caught:
        users.create_first_admin(empty_db, "karim wali", "", "short")
    assert fields(caught) == {"username", "full_name", "password"}
    assert not users.has_accounts(empty_db)


def test_a_user_from_before_accounts_becomes_the_first_administrator(empty_db):
    with sqlite3.connect(sqlite_file(empty_db.url)) as conn:
        conn.execute("INSERT INTO users (id, username, full_name, role, password_hash, active,"
                     " failed_logins, created_at, updated_at) VALUES ('0123456789abcdef0123456"
                     "789abcdef', 'karim', 'karim', 'secretary', '', 1, 0, '2023-01-01', "
                     "'2023-01-01')")
    assert not users.has_accounts(empty_db)
    users.create_first_admin(empty_db, "karim", "كريم", SECRET)
    assert users.authenticate(empty_db, "karim", SECRET).role is UserRole.ADMIN


# -- log-in and lock-out -------------------------------------------------------------------

def test_the_right_password_logs_in(db, secretary):
    actor = users.authenticate(db, "amina", SECRET)
    assert (actor.username, actor.full_name, actor.role) == (
        "amina", "أمينة الكاتبة", UserRole.SECRETARY)


def test_an_unknown_name_and_a_wrong_password_get_the_same_words(db, secretary):
    with pytest.raises(Forbidden) as unknown:
        users.authenticate(db, "nobody", SECRET)
    with pytest.raises(Forbidden) as wrong:
        users.authenticate(db, "amina", "not-the-password-1")
    assert unknown.value.message == wrong.value.message == WRONG_CREDENTIALS
    assert user(db, "amina").failed_logins == 1


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(db, secretary):
    now = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
    for attempt in range(1, MAX_FAILED_LOGINS + 1):
        with pytest.raises(Forbidden) as refused:
            users.authenticate(db, "amina", f"wrong-guess-{attempt}", now=now)
    until = now + LOCK_DURATION
    assert user(db, "amina").locked_until == until
    assert until.astimezone().strftime("%H:%M") in refused.value.message
    with pytest.raises(Forbidden, match="أقفل الحساب"):  # even the right password
        users.authenticate(db, "amina", SECRET, now=now + timedelta(minutes=14))
    actor = users.authenticate(db, "amina", SECRET, now=now + timedelta(minutes=15, seconds=1))
    assert actor.username == "amina"
    info = user(db, "amina")
    assert (info.failed_logins, info.locked_until) == (0, None)


def test_a_success_forgets_earlier_failures(db, secretary):
    for attempt in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(Forbidden):
            users.authenticate(db, "amina", f"wrong-guess-{attempt}")
    users.authenticate(db, "amina", SECRET)
    assert user(db, "amina").failed_logins == 0
    with pytest.raises(Forbidden, match=WRONG_CREDENTIALS):
        users.authenticate(db, "amina", "wrong-again-9")


def test_a_deactivated_account_cannot_log_in(db, actor, secretary):
    users.update_user(db, actor, "amina", "أمينة", UserRole.SECRETARY, False)
    with pytest.raises(Forbidden, match="معطل"):
        users.authenticate(db, "amina", SECRET)
    with pytest.raises(Forbidden, match=WRONG_CREDENTIALS):  # says nothing without the password
        users.authenticate(db, "amina", "wrong-guess-1")


# -- passwords are stored as Argon2 hashes only --------------------------------------------

def test_the_database_holds_argon2_hashes_and_no_password(db, actor, secretary):
    users.reset_password(db, actor, "amina", "reset-word-77")
    path = sqlite_file(db.url)
    db.dispose()
    with sqlite3.connect(path) as conn:
        hashes = [h for (h,) in conn.execute("SELECT password_hash FROM users")]
        dump = "\n".join(conn.iterdump())
    assert len(hashes) == 2 and all(h.startswith("$argon2id$") for h in hashes)
    for password in (ADMIN_PASSWORD, SECRET, "reset-word-77"):
        assert password not in dump


# -- one's own password, and the administrator's management --------------------------------

def test_changing_ones_password_needs_the_current_one(db, secretary):
    amina = users.authenticate(db, "amina", SECRET)
    with pytest.raises(ValidationError) as caught:
        users.change_password(db, amina, "not-it-12345", "new-secret-88")
    assert fields(caught) == {"old_password"}
    with pytest.raises(ValidationError) as caught:
        users.change_password(db, amina, SECRET, "short1")
    assert fields(caught) == {"new_password"}
    users.change_password(db, amina, SECRET, "new-secret-88")
    users.authenticate(db, "amina", "new-secret-88")
    with pytest.raises(Forbidden):
        users.authenticate(db, "amina", SECRET)


def test_only_an_administrator_resets_a_password_and_it_lifts_a_lock(db, actor, secretary):
    amina = users.authenticate(db, "amina", SECRET)
    with pytest.raises(Forbidden):
        users.reset_password(db, amina, ADMIN, "taken-over-99")
    for attempt in range(MAX_FAILED_LOGINS):
        with pytest.raises(Forbidden):
            users.authenticate(db, "amina", f"wrong-guess-{attempt}")
    users.reset_password(db, actor, "amina", "fresh-start-31")
    assert users.authenticate(db, "amina", "fresh-start-31").username == "amina"


def test_a_user_name_is_taken_once_and_system_is_reserved(db, actor, secretary):
    with pytest.raises(ValidationError) as caught:
        users.create_user(db, actor, "amina", "أخرى", UserRole.VIEWER, "another-one-77")
    assert fields(caught) == {"username"}
    with pytest.raises(ValidationError) as caught:
        users.create_user(db, actor, "system", "النظام", UserRole.ADMIN, "another-one-77")
    assert fields(caught) == {"username"}


def test_the_last_active_administrator_stays_one(db, actor, secretary):
    with pytest.raises(ValidationError) as caught:
        users.update_user(db, actor, ADMIN, "المدير", UserRole.SECRETARY, True)
    assert fields(caught) == {"role"}
    with pytest.raises(ValidationError) as caught:
        users.update_user(db, actor, ADMIN, "المدير", UserRole.ADMIN, False)
    assert fields(caught) == {"active"}
    users.update_user(db, actor, "amina", "أمينة", UserRole.ADMIN, True)
    demoted = users.update_user(db, actor, ADMIN, "المدير السابق", UserRole.VIEWER, True)
    assert (demoted.role, demoted.full_name) == (UserRole.VIEWER, "المدير السابق")


def test_the_list_shows_roles_states_and_locks(db, actor, secretary):
    users.create_user(db, actor, "hamid", "حميد", UserRole.COMMITTEE_MEMBER, "member-word-5")
    listed = users.list_users(db)
    assert [(u.username, u.role, u.active) for u in listed] == [
        (ADMIN, UserRole.ADMIN, True), ("amina", UserRole.SECRETARY, True),
        ("hamid", UserRole.COMMITTEE_MEMBER, True)]
    assert all(u.locked_until is None and u.failed_logins == 0 for u in listed)


def test_the_audit_log_says_a_password_changed_without_keeping_its_hash(opened):
    from sqlalchemy import select

    from app.services.audit import HIDDEN
    from app.storage.models import AuditRow
    from tests.conftest import add_account

    add_account(opened, "sara", UserRole.SECRETARY)
    users.reset_password(opened.db, opened.actor, "sara", "nouveau-mot-2025")
    with opened.db.session() as session:
        entries = [r.changes for r in session.scalars(
            select(AuditRow).where(AuditRow.entity == "users"))]
    hashes = [c["password_hash"] for c in entries if "password_hash" in c]
    assert hashes and all(set(h.values()) == {HIDDEN} for h in hashes)
    assert not any("argon2" in str(c) for c in entries)


def test_a_stale_account_form_is_refused_and_names_who_saved(db, actor, secretary):
    shown = user(db, secretary)
    users.update_user(db, actor, secretary, "كاتب أول", UserRole.SECRETARY, True,
                      shown.row_version)
    with pytest.raises(Conflict) as caught:
        users.update_user(db, actor, secretary, "كاتب ثان", UserRole.VIEWER, True,
                          shown.row_version)
    assert ADMIN in caught.value.message and "لم يحفظ أي تغيير" in caught.value.message
    kept = user(db, secretary)
    assert (kept.full_name, kept.role) == ("كاتب أول", UserRole.SECRETARY)
