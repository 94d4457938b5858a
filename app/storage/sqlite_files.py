"""Copies and checks of a SQLite database file: backups never overwrite, damage is named.

Everything here works on the file through Python's `sqlite3`, below SQLAlchemy: a backup
uses SQLite's online backup API (a file copy of a live WAL database can miss the last
commits or catch a half-written page), and every copy is checked with
`PRAGMA integrity_check` before it counts as a backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from app.errors import DomainError
from app.language import tr

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_FOLDER = "backups"
LOCK_TIMEOUT_SECONDS = 10.0


def backups_folder(database: Path) -> Path:
    """The automatic backups of a database: a `backups/` folder beside it."""
    return database.parent / BACKUPS_FOLDER


def automatic_backups(database: Path) -> list[Path]:
    """This database's automatic backups, oldest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database.stem}.*{database.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def latest_backup(database: Path) -> Path | None:
    backups = automatic_backups(database)
    return backups[-1] if backups else None


def restore_hint(database: Path) -> str:
    """What to do about a damaged file: restore the newest automatic backup, named."""
    latest = latest_backup(database)
    if latest is None:
        return tr("استرجع آخر نسخة احتياطية سليمة لديك (awrach restore --from FILE).")
    return (tr('استرجع آخر نسخة احتياطية سليمة: awrach restore --from "{latest}".')
            .format(latest=latest))


def problems(path: Path, *, full: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with the file ([] when it is sound).

    `quick_check` at every start and before a backup (it reads every page, in about the
    time of a read of the file); `integrity_check` on each copy, which also checks indexes.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        # closing(): a connection left to the garbage collector would be the last one on
        # the file, and a read-only one cannot checkpoint the WAL away when it goes.
        with closing(_connect_read_only(path)) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: checking a file must never create or change it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=LOCK_TIMEOUT_SECONDS)


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_database_file(path: Path, *, quick_check: bool = True) -> None:
    """Refuse, in one Arabic line naming the file, what cannot be opened as it is.

    A file that does not exist yet is fine (a first start creates it). `quick_check=False`
    skips SQLite's page-by-page check (seconds on a large file) and keeps the cheap ones.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DomainError(tr("«{path}» مجلد وليس ملف قاعدة بيانات. اختر ملف قاعدة البيانات "
                             "نفسه (awrach.sqlite).").format(path=path))
    if not os.access(path, os.R_OK):
        raise DomainError(tr("لا يمكن قراءة الملف «{path}»: لا صلاحية للقراءة. "
                             "امنح حسابك صلاحية القراءة والكتابة عليه ثم أعد المحاولة.")
                             .format(path=path))
    if path.stat().st_size == 0:
        return  # an empty file is an empty database; the first start fills it
    if not looks_like_sqlite(path):
        raise DomainError(tr("الملف «{path}» ليس قاعدة بيانات (ربما ملف نصي أو ملف آخر). "
                             "اختر ملف قاعدة بيانات أوراش.").format(path=path))
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise DomainError(tr("الملف «{path}» للقراءة فقط: لا يمكن الحفظ فيه. "
                             "امنح حسابك صلاحية الكتابة عليه (أو انسخه إلى مجلد لك) "
                             "ثم أعد المحاولة.").format(path=path))
    found = problems(path) if quick_check else []
    if found and any("locked" in p for p in found):
        raise DomainError(locked_message(path))
    if found:
        raise DomainError(tr("قاعدة البيانات «{path}» تالفة ({found[0]}). لم يغير فيها شيء. ")
                             .format(path=path, found=found)
                          + restore_hint(path))


def locked_message(path: Path) -> str:
    return (tr("قاعدة البيانات «{path}» مشغولة ببرنامج آخر منذ أكثر من "
               "{LOCK_TIMEOUT_SECONDS:g} ثوان. أغلق النوافذ الأخرى لأوراش (أو انتظر انتهاء "
               "العملية الجارية) ثم أعد المحاولة.")
               .format(path=path, LOCK_TIMEOUT_SECONDS=LOCK_TIMEOUT_SECONDS))


def copy_database(source: Path, destination: Path, *, replace: bool = False) -> Path:
    """Copy `source` to `destination` with the online backup API, checked, never half-made.

    The copy is written beside the destination under a temporary name, checked with
    `integrity_check`, then moved into place; unless `replace`, an existing destination
    is refused, even one that appears meanwhile (a hard link fails if the name exists).
    """
    if destination.exists() and not replace:
        raise DomainError(tr("الملف «{destination}» موجود من قبل: النسخة الاحتياطية لا تكتب "
                             "فوق ملف موجود. اختر اسما جديدا.").format(destination=destination))
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(_connect_read_only(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        found = problems(partial, full=True)
        if found:
            raise DomainError(tr("النسخة الاحتياطية من «{source}» لم تنجح: الفحص وجد خللا "
                                 "({found[0]}). لم تكتب أي نسخة.")
                                 .format(source=source, found=found))
        if replace:
            os.replace(partial, destination)
        else:
            _move_without_overwriting(partial, destination)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DomainError(locked_message(source)) from exc
        raise
    finally:
        partial.unlink(missing_ok=True)
    return destination


def _move_without_overwriting(partial: Path, destination: Path) -> None:
    try:
        os.link(partial, destination)
    except FileExistsError as exc:
        raise DomainError(tr("الملف «{destination}» موجود من قبل: النسخة الاحتياطية لا تكتب "
                             "فوق ملف موجود. اختر اسما جديدا.")
                             .format(destination=destination)) from exc
    except OSError:  # a file system without hard links
        if destination.exists():
            raise DomainError(tr("الملف «{destination}» موجود من قبل.")
                                 .format(destination=destination)) from None
        os.rename(partial, destination)


def automatic_backup(database: Path, reason: str, keep: int, *, unique: bool = True) -> Path:
    """A checked copy in `backups/`, then only the newest `keep` automatic backups are kept.

    With `unique=False` the name has no time: a second attempt (an upgrade that failed and
    is tried again) replaces its own copy instead of adding one per attempt.
    """
    stamp = f"-{datetime.now():%Y%m%d-%H%M%S-%f}" if unique else ""
    target = backups_folder(database) / f"{database.stem}.{reason}{stamp}{database.suffix}"
    copy_database(database, target, replace=not unique)
    os.utime(target)  # a replaced copy counts as the newest one
    rotate(database, keep)
    return target


def rotate(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    backups = automatic_backups(database)
    gone = backups[:-keep] if keep > 0 else []
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def missing_folder_message(path: Path) -> str:
    return (tr("المجلد «{path.parent}» غير موجود: لا يمكن فتح «{path.name}» فيه. "
               "اختر ملفا في مجلد موجود أو أنشئ المجلد أولا.").format(path=path))


@contextmanager
def named_failures(path: Path | None) -> Iterator[None]:
    """Turn SQLite's failures on `path` into one Arabic line that names it and what to do.

    A lock held past the timeout, a file that is not a database, damage found while
    reading, and an upgrade that fails on a schema that does not match its stamp each
    reach the user as a DomainError instead of a traceback.
    """
    from sqlalchemy.exc import DBAPIError

    if path is None:
        yield
        return
    try:
        yield
    except DBAPIError as exc:
        raise DomainError(failure_message(path, exc.orig or exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DomainError(failure_message(path, exc)) from exc


def failure_message(path: Path, exc: BaseException) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return locked_message(path)
    if "readonly" in text or "read-only" in text:
        return (tr("الملف «{path}» للقراءة فقط: لا يمكن الحفظ فيه. امنح حسابك صلاحية "
                   "الكتابة عليه ثم أعد المحاولة.").format(path=path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (tr("قاعدة البيانات «{path}» تالفة ({text}). لم يغير فيها شيء. ")
                .format(path=path, text=text) + restore_hint(path))
    if "unable to open" in text:
        return (tr("تعذر فتح «{path}» ({text}). تحقق من المسار ومن صلاحيات المجلد.")
                .format(path=path, text=text))
    return (tr("بنية قاعدة البيانات «{path}» لا توافق المراجعة المسجلة فيها ({text}). "
               "لم يغير فيها شيء. ").format(path=path, text=text) + restore_hint(path))
