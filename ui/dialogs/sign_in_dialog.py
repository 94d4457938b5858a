"""Who is at the laptop: the first start creates the administrator, later starts sign in.

A vote, a signature or a payment must be traceable to a person, so nothing opens before
someone is signed in. Checking a password (argon2, about 0.1 s) and counting failed
attempts are writes and long work: they run through `ui.tasks` like every other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts import password_problems
from app.errors import FieldError, ValidationError
from app.services import users
from app.services.actor import Actor
from app.services.startup import Database
from app.settings import LAST_USERNAME
from ui.dialogs.record_dialog import FormDialog
from ui.i18n import tr


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def check_new_password(password: str, repeated: str, username: str,
                       field: str = "password", repeat_field: str = "repeat") -> None:
    """The strength rules and the repeat, shown at their fields before anything is sent."""
    errors = [FieldError(field, message) for message in password_problems(password, username)]
    if password != repeated:
        errors.append(FieldError(repeat_field, tr("تأكيد كلمة المرور: لا يطابق كلمة المرور.")))
    if errors:
        raise ValidationError(errors)


class AccountDialog(FormDialog):
    """A form before anyone is signed in: no database context yet, the same save path."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, action)
        self.setMinimumWidth(460)
        self.actor: Actor | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.intro)

    def busy_label(self) -> str:
        return tr("جار التحقق...")

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def on_saved(self, saved: Any) -> None:
        if isinstance(saved, Actor):
            self.actor = saved


class FirstRunDialog(AccountDialog):
    """The very first start on a database: whoever installs it becomes its administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(tr("مكتب أوراش — إنشاء حساب المدير"), tr("إنشاء الحساب"), parent)
        self.db = db
        self.say(tr("هذه أول مرة تفتح فيها قاعدة البيانات هذه. أنشئ حساب مدير النظام: "
                    "هو من يضيف باقي المستخدمين ويحدد صلاحياتهم. احفظ كلمة المرور في "
                    "مكان آمن، فلا أحد يستطيع استرجاعها."))
        self.username = QLineEdit()
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.full_name = QLineEdit()
        self.password = password_edit()
        self.repeat = password_edit()
        self.form.add_field("username", tr("اسم المستخدم"), self.username)
        self.form.add_field("full_name", tr("الاسم الكامل"), self.full_name)
        self.form.add_field("password", tr("كلمة المرور"), self.password)
        self.form.add_field("repeat", tr("تأكيد كلمة المرور"), self.repeat)

    def submit(self) -> Callable[[], Actor]:
        username, full_name = self.username.text().strip(), self.full_name.text().strip()
        password = self.password.text()
        errors = []
        if not username:
            errors.append(FieldError("username", tr("اسم المستخدم: هذا الحقل إلزامي.")))
        if not full_name:
            errors.append(FieldError("full_name", tr("الاسم الكامل: هذا الحقل إلزامي.")))
        try:
            check_new_password(password, self.repeat.text(), username)
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        db = self.db
        return lambda: users.create_first_admin(db, username, full_name, password)


class SignInDialog(AccountDialog):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 username: str = "", locked_screen: bool = False) -> None:
        super().__init__(tr("مكتب أوراش — تسجيل الدخول"),
                         tr("فتح") if locked_screen else tr("دخول"), parent)
        self.db = db
        self.username = QLineEdit(username or LAST_USERNAME.get())
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = password_edit()
        self.form.add_field("username", tr("اسم المستخدم"), self.username)
        self.form.add_field("password", tr("كلمة المرور"), self.password)
        if locked_screen:
            self.username.setReadOnly(True)
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> Callable[[], Actor]:
        db, username, password = self.db, self.username.text().strip(), self.password.text()
        if not username:
            raise ValidationError(FieldError("username", tr("اسم المستخدم: هذا الحقل إلزامي.")))
        return lambda: users.authenticate(db, username, password)

    def refused(self, exc: BaseException) -> None:
        super().refused(exc)
        self.password.clear()
        self.password.setFocus()

    def on_saved(self, saved: Any) -> None:
        if isinstance(saved, Actor):
            LAST_USERNAME.set(saved.username)
        super().on_saved(saved)


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The person who will act in this session, or None when they gave up."""
    dialog: AccountDialog = (SignInDialog(db, parent) if users.has_accounts(db)
                             else FirstRunDialog(db, parent))
    dialog.exec()
    return dialog.actor
