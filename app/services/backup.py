"""Backups of the local database file."""

from __future__ import annotations

from pathlib import Path

from app.errors import DomainError
from app.storage.database import Database, sqlite_file
from app.storage.upgrade import backup_sqlite


def backup_to(db: Database, destination: Path) -> Path:
    source = sqlite_file(db.url)
    if source is None:
        raise DomainError("النسخ الاحتياطي من هذا البرنامج خاص بقاعدة بيانات محلية؛ "
                          "قاعدة الخادم تنسخ بأدوات الخادم (pg_dump).")
    if destination.resolve() == source.resolve():
        raise DomainError("لا يمكن حفظ النسخة الاحتياطية فوق قاعدة البيانات نفسها.")
    return backup_sqlite(source, destination)
