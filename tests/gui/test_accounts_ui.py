"""Accounts as a person meets them: the first start, signing in, the locked screen, the
administrator's user list, and what a role cannot do shown greyed."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from app.config import sqlite_url
from app.domain.accounts import MAX_FAILED_LOGINS
from app.domain.enums import UserRole
from app.domain.roles import Permission, forbidden_message
from app.services import partners, users
from app.services.startup import open_database
from app.storage.models import UserRow
from tests.conftest import ADMIN, ADMIN_PASSWORD, add_account
from tests.gui.ops import saved
from ui.context import AppContext


@pytest.fixture
def fresh_db(ui_app, tmp_path):
    opened = open_database(sqlite_url(tmp_path / "new-office.sqlite"))
    yield opened.db
    opened.db.dispose()


def test_the_first_start_makes_the_administrator_with_a_strong_password(qtbot, fresh_db):
    from ui.dialogs.sign_in_dialog import FirstRunDialog

    assert not users.has_accounts(fresh_db)
    dialog = FirstRunDialog(fresh_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("fatima")
    dialog.full_name.setText("فاطمة الزهراء")
    dialog.password.setText("12345")
    dialog.repeat.setText("1234")
    assert saved(dialog) is False
    assert dialog.form.error_text("password"), "the strength rule is shown at its field"
    assert dialog.form.error_text("repeat") == "تأكيد كلمة المرور: لا يطابق كلمة المرور."
    assert not users.has_accounts(fresh_db), "nothing saved"

    dialog.password.setText("Khenifra-2026")
    dialog.repeat.setText("Khenifra-2026")
    assert saved(dialog) is True
    assert dialog.actor.username == "fatima" and dialog.actor.role is UserRole.ADMIN
    with fresh_db.session() as session:
        [row] = session.query(UserRow).all()
    assert row.password_hash.startswith("$argon2") and "Khenifra" not in row.password_hash


def test_signing_in_says_nothing_of_which_half_was_wrong_then_locks(qtbot, opened, ui_app):
    from ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(opened.db)
    qtbot.addWidget(dialog)
    dialog.username.setText(ADMIN)
    for _attempt in range(MAX_FAILED_LOGINS - 1):
        dialog.password.setText("not-the-password")
        assert saved(dialog) is False
        assert dialog.form.general_error.text() == users.WRONG_CREDENTIALS
        assert dialog.password.text() == "", "a refused password is cleared"
    dialog.password.setText("not-the-password")
    assert saved(dialog) is False
    assert "أقفل الحساب" in dialog.form.general_error.text()
    dialog.password.setText(ADMIN_PASSWORD)
    assert saved(dialog) is False, "even the right password waits for the lock to end"


def test_the_right_password_signs_in_and_is_remembered_for_next_time(qtbot, opened, ui_app):
    from app.settings import LAST_USERNAME
    from ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(opened.db)
    qtbot.addWidget(dialog)
    dialog.username.setText(ADMIN)
    dialog.password.setText(ADMIN_PASSWORD)
    assert saved(dialog) is True
    assert dialog.actor.username == ADMIN
    assert LAST_USERNAME.get() == ADMIN
    assert SignInDialog(opened.db).username.text() == ADMIN


def test_the_locked_screen_stays_until_the_same_persons_password(qtbot, ctx):
    from ui.idle_lock import IdleLock, UnlockDialog

    dialog = UnlockDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.isReadOnly() and dialog.username.text() == ctx.actor.username
    dialog.reject()  # Escape, the close button
    assert dialog.isVisible()
    dialog.password.setText("wrong-password")
    assert saved(dialog) is False and dialog.isVisible()
    dialog.password.setText(ADMIN_PASSWORD)
    assert saved(dialog) is True

    lock = IdleLock(ctx, minutes=10)
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000
    shown: list[UnlockDialog] = []
    lock.unlock_dialog = lambda: shown.append(UnlockDialog(ctx)) or _Answered(shown[-1])
    lock.timer.timeout.emit()
    assert len(shown) == 1 and not lock.locked and lock.timer.isActive()
    lock.set_minutes(0)
    assert not lock.timer.isActive()


class _Answered:
    """Stands for the modal unlock dialog: answered at once, as a returning secretary does."""

    def __init__(self, dialog) -> None:
        self.dialog = dialog

    def showMaximized(self) -> None:  # noqa: N802 (Qt's name)
        pass

    def exec(self) -> int:
        return 1


def test_a_viewer_sees_the_actions_greyed_with_the_reason_and_cannot_save(qtbot, opened,
                                                                          ui_app):
    from ui.pages.partners_page import PartnersPage

    viewer = add_account(opened, "lecteur", UserRole.VIEWER)
    ctx = AppContext(opened.db, viewer)
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    assert not page.panel.add_button.isEnabled()
    assert page.panel.add_button.toolTip() == forbidden_message(Permission.PARTNERS)

    dialog = page.partner_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    dialog.name_ar.setText("جمعية لا تحفظ")
    assert saved(dialog) is False
    assert dialog.form.general_error.text() == forbidden_message(Permission.PARTNERS)
    assert partners.list_partners(opened.db).total == 0


def test_the_administrator_adds_a_secretary_who_then_signs_in(qtbot, ctx):
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.users is not None
    dialog = page.users.user_dialog()
    qtbot.addWidget(dialog)
    dialog.username.setText("karima")
    dialog.full_name.setText("كريمة السكرتيرة")
    dialog.role.select(UserRole.SECRETARY)
    dialog.password.setText("Secretaire-2026")
    dialog.repeat.setText("Secretaire-2026")
    assert saved(dialog) is True
    assert "karima" in [page.users.list.model.record(r).username
                        for r in range(page.users.list.model.rowCount())]
    assert users.authenticate(ctx.db, "karima", "Secretaire-2026").role is UserRole.SECRETARY

    reset = page.users.reset_dialog("karima")
    qtbot.addWidget(reset)
    reset.password.setText("Nouveau-mot-2027")
    reset.repeat.setText("Nouveau-mot-2027")
    assert saved(reset) is True
    assert users.authenticate(ctx.db, "karima", "Nouveau-mot-2027").username == "karima"


def test_only_the_administrator_sees_the_accounts(qtbot, opened, ui_app):
    from ui.pages.settings_page import SettingsPage

    secretary = add_account(opened, "sara", UserRole.SECRETARY)
    page = SettingsPage(AppContext(opened.db, secretary))
    qtbot.addWidget(page)
    assert page.users is None


def test_anyone_changes_their_own_password_knowing_the_old_one(qtbot, opened, ui_app):
    from ui.widgets.users_panel import ChangePasswordDialog

    viewer = add_account(opened, "omar", UserRole.VIEWER)
    dialog = ChangePasswordDialog(AppContext(opened.db, viewer))
    qtbot.addWidget(dialog)
    dialog.old.setText("not-my-password")
    dialog.password.setText("Omar-nouveau-2026")
    dialog.repeat.setText("Omar-nouveau-2026")
    assert saved(dialog) is False
    assert dialog.form.error_text("old_password") == "كلمة المرور الحالية غير صحيحة."
    dialog.old.setText("omar-pass-2024")
    assert saved(dialog) is True
    assert users.authenticate(opened.db, "omar", "Omar-nouveau-2026").username == "omar"

