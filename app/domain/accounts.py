"""Rules of user accounts: what a password and a user name must be, when an account locks.

Written once here so that the first-run wizard, the users screen, the CLI and the services
refuse the same password with the same words.
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.language import tr

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
RESERVED_USERNAMES = frozenset({"system"})  # the name under which start-up writes

# A laptop in a provincial office is most often guessed with these; the length rule already
# stops the shorter classics.
COMMON_PASSWORDS = frozenset({
    "1234567890", "0123456789", "12345678910", "1234567890a", "a123456789", "azerty1234",
    "azertyuiop1", "qwerty1234", "qwertyuiop1", "password123", "password1234", "motdepasse1",
    "motdepasse123", "admin12345", "administrator1", "awrach2022", "awrach2023",
    "awrach2024", "awrach2025", "awrach12345", "maroc12345", "morocco123", "morocco2024",
    "bonjour1234", "welcome123", "iloveyou12", "abc1234567", "secret1234",
})

_USERNAME = re.compile(r"^[A-Za-z0-9._-]{2,80}$")


def password_problems(password: str, username: str = "") -> list[str]:
    """Every reason `password` is too weak, empty when it will do."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(tr("كلمة المرور قصيرة: {MIN_PASSWORD_LENGTH} أحرف على الأقل.")
                           .format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH))
    if not any(c.isalpha() for c in password):
        problems.append(tr("يجب أن تتضمن كلمة المرور حرفا واحدا على الأقل."))
    if not any(c.isdigit() for c in password):
        problems.append(tr("يجب أن تتضمن كلمة المرور رقما واحدا على الأقل."))
    lowered = password.strip().lower()
    if username and lowered == username.strip().lower():
        problems.append(tr("لا يجوز أن تكون كلمة المرور هي اسم المستخدم."))
    if lowered in COMMON_PASSWORDS:
        problems.append(tr("كلمة المرور هذه شائعة وسهلة التخمين: اختر غيرها."))
    return problems


def username_problems(username: str) -> list[str]:
    """Names are typed at every log-in and in scripts, hence plain Latin letters and digits."""
    if not username.strip():
        return [tr("اسم المستخدم إجباري.")]
    if not _USERNAME.match(username):
        return [tr("اسم المستخدم من حرفين إلى 80 من الحروف اللاتينية أو الأرقام أو . _ - "
                   "بدون فراغات.")]
    if username.lower() in RESERVED_USERNAMES:
        return [tr("اسم المستخدم «{username}» محجوز للبرنامج.").format(username=username)]
    return []
