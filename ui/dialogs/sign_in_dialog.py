"""Who uses the window: the seam between start-up and the log-in screens.

`ui.main` calls `sign_in(db)` once, before the main window. This stand-in asks with plain
input boxes; the first-run wizard and the log-in dialog replace it behind the same
signature.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.errors import DomainError
from app.services import users
from app.services.actor import Actor
from app.services.startup import Database
from ui.errors import describe, messages
from ui.i18n import tr


def _ask(parent: QWidget | None, label: str, secret: bool = False) -> str | None:
    echo = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, tr("مكتب أوراش"), label, echo)
    return text if ok else None


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The logged-in user, or None when the person gives up (the program then quits).

    On a database without accounts the first person becomes its administrator (the wizard
    that replaces this says so; here the password is asked twice).
    """
    first = not users.has_accounts(db)
    while True:
        username = _ask(parent, tr("اسم المستخدم:"))
        password = _ask(parent, tr("كلمة المرور:"), secret=True) if username is not None \
            else None
        if username is None or password is None:
            return None
        try:
            if not first:
                return users.authenticate(db, username, password)
            if _ask(parent, tr("أعد كتابة كلمة المرور:"), secret=True) != password:
                messages.error(parent, tr("مكتب أوراش"), tr("كلمتا المرور غير متطابقتين."))
                continue
            return users.create_first_admin(db, username, username, password)
        except DomainError as exc:
            messages.error(parent, tr("تعذر إتمام العملية"), describe(exc))
