"""Accounts: the administrator adds people, sets their role, resets a forgotten password;
everyone changes their own password. The services check the role again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import UserRole
from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from app.services import users
from app.services.changes import Kind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.sign_in_dialog import check_new_password, password_edit
from ui.i18n import label, tr
from ui.models.record_table import Column
from ui.widgets.inputs import ChoiceBox
from ui.widgets.list_panel import ListPanel
from ui.widgets.shortcuts import give_shortcut


def _locked_text(info: Any) -> str:
    if info.locked_until is None:
        return ""
    return tr("مقفل حتى {time}").format(time=info.locked_until.astimezone().strftime(
        "%d/%m/%Y %H:%M"))


class UserDialog(RecordDialog):
    """A new account (with its first password) or an existing one's name, role and state."""

    PERMISSION = Permission.USERS

    def __init__(self, ctx: AppContext, user: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("حساب جديد") if user is None else tr("تعديل الحساب"), parent)
        self.user = user
        self.username = QLineEdit(user.username if user else "")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.role = ChoiceBox([(r, label(r)) for r in UserRole])
        self.role.select(user.role if user else UserRole.SECRETARY)
        self.form.add_field("username", tr("اسم المستخدم"), self.username)
        self.form.add_field("full_name", tr("الاسم الكامل"), self.full_name)
        self.form.add_field("role", tr("الدور"), self.role)
        if user is None:
            self.password = password_edit()
            self.repeat = password_edit()
            self.form.add_field("password", tr("كلمة المرور الأولى"), self.password)
            self.form.add_field("repeat", tr("تأكيد كلمة المرور"), self.repeat)
        else:
            self.active = QCheckBox(tr("الحساب مفعل"))
            self.active.setChecked(user.active)
            self.form.add_field("active", "", self.active)

    def submit(self) -> Callable[[], Any]:
        db, actor = self.ctx.db, self.ctx.actor
        username, full_name = self.username.text().strip(), self.full_name.text().strip()
        role = self.role.value()
        if self.user is not None:
            active = self.active.isChecked()
            read_at = self.user.row_version
            return lambda: users.update_user(db, actor, username, full_name, role, active,
                                             read_at)
        errors = []
        if not username:
            errors.append(FieldError("username", tr("اسم المستخدم: هذا الحقل إلزامي.")))
        try:
            check_new_password(self.password.text(), self.repeat.text(), username)
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        password = self.password.text()
        return lambda: users.create_user(db, actor, username, full_name, role, password)


class ResetPasswordDialog(RecordDialog):
    PERMISSION = Permission.USERS

    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("كلمة مرور جديدة لـ {user}").format(user=username), parent)
        self.username = username
        self.password = password_edit()
        self.repeat = password_edit()
        self.form.add_field("new_password", tr("كلمة المرور الجديدة"), self.password)
        self.form.add_field("repeat", tr("تأكيد كلمة المرور"), self.repeat)

    def submit(self) -> Callable[[], Any]:
        check_new_password(self.password.text(), self.repeat.text(), self.username,
                           field="new_password")
        db, actor, username, password = (self.ctx.db, self.ctx.actor, self.username,
                                         self.password.text())
        return lambda: users.reset_password(db, actor, username, password)


class ChangePasswordDialog(RecordDialog):
    """Anyone's own password, which they must know first."""

    PERMISSION = Permission.CHANGE_OWN_PASSWORD

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("تغيير كلمة المرور"), parent)
        self.old = password_edit()
        self.password = password_edit()
        self.repeat = password_edit()
        self.form.add_field("old_password", tr("كلمة المرور الحالية"), self.old)
        self.form.add_field("new_password", tr("كلمة المرور الجديدة"), self.password)
        self.form.add_field("repeat", tr("تأكيد كلمة المرور"), self.repeat)

    def submit(self) -> Callable[[], Any]:
        check_new_password(self.password.text(), self.repeat.text(), self.ctx.actor.username,
                           field="new_password")
        db, actor, old, new = self.ctx.db, self.ctx.actor, self.old.text(), self.password.text()
        return lambda: users.change_password(db, actor, old, new)


class UsersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = ListPanel([
            Column(tr("اسم المستخدم"), lambda u: u.username),
            Column(tr("الاسم الكامل"), lambda u: u.full_name),
            Column(tr("الدور"), lambda u: label(u.role)),
            Column(tr("الحالة"), lambda u: tr("مفعل") if u.active else tr("موقوف")),
            Column(tr("القفل"), _locked_text),
        ], tr("إضافة مستخدم"), lambda: self.user_dialog().exec(),
            lambda user: self.user_dialog(user).exec())
        self.reset_button = QPushButton(tr("كلمة مرور جديدة..."))
        self.reset_button.clicked.connect(self.reset_current)
        self.list.bar.addWidget(self.reset_button)
        give_shortcut(self.reset_button, "Ctrl+R", self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.refresh()
        ctx.changed.connect(lambda changes: changes.touches(Kind.USER) and self.refresh())

    def refresh(self) -> None:
        self.list.set_records(users.list_users(self.ctx.db))

    def user_dialog(self, user: Any = None) -> UserDialog:
        return UserDialog(self.ctx, user, parent=self)

    def reset_dialog(self, username: str) -> ResetPasswordDialog:
        return ResetPasswordDialog(self.ctx, username, parent=self)

    def reset_current(self) -> None:
        user = self.list.current_record()
        if user is not None:
            self.reset_dialog(user.username).exec()
