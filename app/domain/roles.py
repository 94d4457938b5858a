"""Who may do what: one table from role to permissions, read by the services and the screens.

The services refuse a write the acting role lacks (`app.services.authorization`); the screens
may ask the same table to grey out what would be refused, so both say the same thing.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import UserRole
from app.language import QT_TR_NOOP, label, tr


class Permission(StrEnum):
    # Everyone
    READ = "read"
    CHANGE_OWN_PASSWORD = "change_own_password"
    # The secretary's daily work (and the administrator's)
    PARTNERS = "partners"
    CALLS = "calls"
    PROPOSALS = "proposals"
    COMMITTEES = "committees"
    MEETINGS = "meetings"
    CONVENTIONS = "conventions"
    PRINT = "print"
    ATTACHMENTS = "attachments"
    BENEFICIARIES = "beneficiaries"
    FOLLOW_UP = "follow_up"
    # The administrator's alone
    USERS = "users"
    SETTINGS = "settings"
    EDITIONS = "editions"
    QUOTAS = "quotas"
    TERRITORY = "territory"
    RESTORE = "restore"
    DEMO = "demo"
    # A committee member's own act
    SIGN_OFF_MINUTES = "sign_off_minutes"
    # Data packages between offline databases (export, import, deciding conflicts)
    EXCHANGE = "exchange"


_EVERYONE = frozenset({Permission.READ, Permission.CHANGE_OWN_PASSWORD})
_SECRETARY = _EVERYONE | {
    Permission.PARTNERS, Permission.CALLS, Permission.PROPOSALS, Permission.COMMITTEES,
    Permission.MEETINGS, Permission.CONVENTIONS, Permission.PRINT, Permission.ATTACHMENTS,
    Permission.BENEFICIARIES, Permission.FOLLOW_UP, Permission.EXCHANGE,
}
_ADMIN = _SECRETARY | {
    Permission.USERS, Permission.SETTINGS, Permission.EDITIONS, Permission.QUOTAS,
    Permission.TERRITORY, Permission.RESTORE, Permission.DEMO,
}

# Signing off minutes stays with committee members: it attests what the committee decided,
# so the administrator's wider rights do not include it.
ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMIN: _ADMIN,
    UserRole.SECRETARY: _SECRETARY,
    UserRole.COMMITTEE_MEMBER: _EVERYONE | {Permission.SIGN_OFF_MINUTES},
    UserRole.VIEWER: _EVERYONE,
}

# What each permission allows, as the end of "لا يمكنك ..." (you may not ...).
_WHAT: dict[Permission, str] = {
    Permission.READ: QT_TR_NOOP("الاطلاع على المعطيات"),
    Permission.CHANGE_OWN_PASSWORD: QT_TR_NOOP("تغيير كلمة المرور"),
    Permission.PARTNERS: QT_TR_NOOP("تسجيل الجهات الشريكة أو تعديلها"),
    Permission.CALLS: QT_TR_NOOP("تسجيل طلبات العروض أو تعديلها"),
    Permission.PROPOSALS: QT_TR_NOOP("تسجيل المقترحات أو تعديلها أو تغيير وضعيتها"),
    Permission.COMMITTEES: QT_TR_NOOP("تكوين اللجان أو تعديل أعضائها أو شبكة التنقيط"),
    Permission.MEETINGS: QT_TR_NOOP("تسجيل الاجتماعات والحضور والتنقيط والتصويت والقرارات"),
    Permission.CONVENTIONS: QT_TR_NOOP("إعداد الاتفاقيات أو توقيعها أو تعديلها بملحق"),
    Permission.PRINT: QT_TR_NOOP("طبع الوثائق وتسجيلها في سجل المطبوعات"),
    Permission.ATTACHMENTS: QT_TR_NOOP("إرفاق الوثائق أو حذفها"),
    Permission.BENEFICIARIES: QT_TR_NOOP("تسجيل المستفيدين أو تعديلهم"),
    Permission.FOLLOW_UP: QT_TR_NOOP("تسجيل تتبع الأوراش"),
    Permission.USERS: QT_TR_NOOP("إدارة حسابات المستخدمين"),
    Permission.SETTINGS: QT_TR_NOOP("تغيير إعدادات البرنامج"),
    Permission.EDITIONS: QT_TR_NOOP("إنشاء دورات البرنامج أو تعديلها"),
    Permission.QUOTAS: QT_TR_NOOP("تحديد الحصص أو تعديلها"),
    Permission.TERRITORY: QT_TR_NOOP("تعديل التقسيم الترابي"),
    Permission.RESTORE: QT_TR_NOOP("استرجاع نسخة احتياطية"),
    Permission.DEMO: QT_TR_NOOP("تحميل معطيات العرض التجريبي"),
    Permission.SIGN_OFF_MINUTES: QT_TR_NOOP("المصادقة على محضر الاجتماع"),
    Permission.EXCHANGE: QT_TR_NOOP("تصدير حزم المعطيات أو استيرادها أو البت في تعارضاتها"),
}


def can(role: UserRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def roles_with(permission: Permission) -> list[UserRole]:
    return [role for role in UserRole if can(role, permission)]


def forbidden_message(permission: Permission) -> str:
    """The refusal in the user's words: what was refused and which roles may do it."""
    who = tr(" أو ").join(label(role) for role in roles_with(permission))
    return (tr("لا يمكنك {what}: هذه العملية من صلاحيات {who}. لم يحفظ أي تغيير.")
            .format(what=tr(_WHAT[permission]), who=who))
