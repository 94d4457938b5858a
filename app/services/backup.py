"""Backups of the local database file, and restoring one.

A backup never overwrites a file and is checked before it counts; a restore refuses a
damaged file, a file that is not an Awrach database and one from a newer program, and
keeps the current database as a backup before replacing it. Both go through SQLite's
online backup API, page by page under SQLite's own locks, never a file copy of a live
database. Server databases are backed up with the server's tools (pg_dump).
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.roles import Permission
from app.errors import DomainError
from app.language import QT_TR_NOOP, tr
from app.services.actor import Actor
from app.services.authorization import requires
from app.settings import BACKUPS_KEPT
from app.storage.database import Database, sqlite_file
from app.storage.sqlite_files import (
    automatic_backup,
    automatic_backups,
    backups_folder,
    check_database_file,
    copy_database,
    locked_message,
    looks_like_sqlite,
    problems,
)
from app.storage.upgrade import head_revision, is_known_revision

log = logging.getLogger(__name__)

# Tables every Awrach database has had since revision 0001.
AWRACH_TABLES = frozenset({"editions", "partners", "proposals", "audit_log"})
SERVER_ONLY = QT_TR_NOOP("النسخ الاحتياطي والاسترجاع من هذا البرنامج خاصان بقاعدة بيانات محلية؛ "
                           "قاعدة الخادم تنسخ وتسترجع بأدوات الخادم (pg_dump وpg_restore).")


def _local_file(db: Database) -> Path:
    path = sqlite_file(db.url)
    if path is None:
        raise DomainError(tr(SERVER_ONLY))
    return path


def backup_to(db: Database, destination: Path) -> Path:
    """Write a checked copy of the database to `destination`, which must not exist yet."""
    source = _local_file(db)
    if destination.exists() and destination.resolve() == source.resolve():
        raise DomainError(tr("لا يمكن حفظ النسخة الاحتياطية فوق قاعدة البيانات نفسها."))
    check_database_file(source)
    return copy_database(source, destination)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    previous_kept_as: Path  # the database as it was before the restore
    revision: str


def check_restorable(source: Path) -> str:
    """The schema revision of a file that can be restored; refuse anything else, in Arabic."""
    if not source.is_file():
        raise DomainError(tr("الملف «{source}» غير موجود أو ليس ملفا.").format(source=source))
    if not looks_like_sqlite(source):
        raise DomainError(tr("الملف «{source}» ليس قاعدة بيانات أوراش (ليس ملف SQLite). "
                             "لم يسترجع شيء.").format(source=source))
    found = problems(source, full=True)
    if found:
        raise DomainError(tr("الملف «{source}» تالف ({found[0]}): لا يسترجع. لم يتغير شيء؛ "
                             "اختر نسخة احتياطية أخرى.").format(source=source, found=found))
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
                 ) as connection:
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                    if "alembic_version" in tables else None)
    if revision is None or not tables >= AWRACH_TABLES:
        raise DomainError(tr("الملف «{source}» ليس قاعدة بيانات أوراش (لا يحمل جداولها). "
                             "لم يسترجع شيء.").format(source=source))
    if not is_known_revision(revision[0]):
        raise DomainError(tr("الملف «{source}» من نسخة أحدث من البرنامج (المراجعة "
                             "{revision[0]}): حدث البرنامج قبل استرجاعه. لم يسترجع شيء.")
                             .format(source=source, revision=revision))
    return str(revision[0])


@requires(Permission.RESTORE)
def restore(db: Database, source: Path, actor: Actor) -> RestoreResult:
    """Replace the database's content with the backup `source`; the program restarts after.

    The current database is first kept in `backups/`. The copy is written into the live
    file by the backup API (its WAL and locks stay SQLite's business), then checked. A
    backup from an older revision is upgraded by the next start, after its own backup.
    """
    target = _local_file(db)
    source = Path(source)
    if source.resolve() == target.resolve():
        raise DomainError(tr("هذا الملف هو قاعدة البيانات المفتوحة نفسها: اختر نسخة احتياطية."))
    revision = check_restorable(source)
    if is_damaged(target):
        db.dispose()
        return restore_over_damaged(target, source, actor.username)
    kept = automatic_backup(target, "before-restore", max(BACKUPS_KEPT.get(), 1))
    db.dispose()
    try:
        with (closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src,
              closing(sqlite3.connect(target, timeout=10)) as dst):
            src.backup(dst)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DomainError(locked_message(target)) from exc
        raise DomainError(tr("تعذر الاسترجاع إلى «{target}» ({exc}). قاعدة البيانات السابقة "
                             "محفوظة في «{kept}».")
                             .format(target=target, exc=exc, kept=kept)) from exc
    found = problems(target, full=True)
    if found:
        raise DomainError(tr("الاسترجاع لم ينجح ({found[0]}). قاعدة البيانات السابقة محفوظة في "
                             "«{kept}»: استرجعها.").format(found=found, kept=kept))
    log.info("%s restored %s from %s (revision %s; previous kept as %s)",
             actor.username, target, source, revision, kept)
    return RestoreResult(source, target, kept, revision)


def is_damaged(database: Path) -> bool:
    """A file that is there but fails SQLite's check (or is no database at all); a busy
    one is not damaged."""
    if not database.is_file() or database.stat().st_size == 0:
        return False
    found = problems(database)
    return bool(found) and not any("locked" in p or "busy" in p for p in found)


def restore_over_damaged(database: Path, source: Path, who: str) -> RestoreResult:
    """Put a good backup in place of a damaged database, the damaged file kept aside.

    The damaged file cannot be copied through the backup API (its pages fail the check), and
    its accounts cannot be trusted to say who may restore: whoever can reach the file could
    replace it by hand, so the restore is offered to them, and logged. The file and its WAL
    are moved, never deleted, to `backups/damaged-<time>/` (outside the rotation), where a
    specialist may still recover the latest changes from them.
    """
    revision = check_restorable(source)
    aside = backups_folder(database) / f"damaged-{datetime.now():%Y%m%d-%H%M%S-%f}"
    aside.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = database.with_name(database.name + suffix)
        if part.exists():
            os.replace(part, aside / part.name)
    try:
        copy_database(source, database)
    except BaseException:
        os.replace(aside / database.name, database)  # leave things as they were
        raise
    found = problems(database, full=True)
    if found:
        raise DomainError(tr("الاسترجاع لم ينجح ({found[0]}). الملف التالف محفوظ في «{aside}».")
                             .format(found=found, aside=aside))
    log.warning("%s restored the damaged %s from %s (revision %s; damaged file kept in %s)",
                who, database, source, revision, aside)
    return RestoreResult(source, database, aside / database.name, revision)


def needs_upgrade(result: RestoreResult) -> bool:
    return result.revision != head_revision()


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    made: datetime
    size: int  # bytes


def damaged_database(url: str) -> Path | None:
    """The local database file at `url` when it is a SQLite file that fails its check.

    A text file or a folder given as the database is a wrong choice, not damage: nothing
    is offered to restore over it.
    """
    path = sqlite_file(url)
    if path is None or not looks_like_sqlite(path) or not is_damaged(path):
        return None
    return path


def damage_of(database: Path) -> str:
    """What SQLite's quick check says is wrong, in its own words (first finding)."""
    found = problems(database)
    return found[0] if found else ""


def good_backups(database: Path, limit: int = 5) -> list[GoodBackup]:
    """The newest automatic backups that pass the full check and could be restored,
    newest first: a backup made from an already failing disk is left out, not offered."""
    found: list[GoodBackup] = []
    for candidate in reversed(automatic_backups(database)):
        try:
            check_restorable(candidate)
        except DomainError:
            log.warning("automatic backup %s fails its check; not offered", candidate)
            continue
        info = candidate.stat()
        found.append(GoodBackup(candidate, datetime.fromtimestamp(info.st_mtime), info.st_size))
        if len(found) >= limit:
            break
    return found


def restore_damaged(database: Path, source: Path) -> RestoreResult:
    """The restore offered at start, before anyone has signed in: the log names the
    computer account that chose it (see `restore_over_damaged`)."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "?"
    return restore_over_damaged(database, Path(source), f"{who} (at start)")


def full_check(db: Database) -> list[str]:
    """`PRAGMA integrity_check` of the open database ([] when sound): every page and
    every index, on demand, where the start only runs the quicker `quick_check`."""
    return problems(_local_file(db), full=True)
