"""Bring a database to the program's schema, backing up a SQLite file before touching it.

Alembic is imported only to migrate: opening a database already at the program's revision
reads its revision with one query and the chain of revisions from the migration files'
headers, which keeps a one-document `awrach print` from spending most of its time on
imports.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.errors import DomainError
from app.language import tr
from app.settings import BACKUP_AT_START_HOURS, BACKUPS_KEPT, CHECKED_FILES
from app.storage.database import make_engine, sqlite_file
from app.storage.sqlite_files import (
    automatic_backup,
    check_database_file,
    latest_backup,
    named_failures,
)

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with mako and its templates) costs a third of a second to import: it is loaded
# only when a database is behind the program's schema, never at an ordinary start.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_HEADER = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w.]+|None)['\"]?\s*$", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@lru_cache(maxsize=1)
def _chain() -> dict[str, str | None] | None:
    """revision -> down_revision, read from the migration files' headers; None when they
    do not make one straight line (then Alembic is asked)."""
    chain: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_HEADER.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        down = found["down_revision"]
        chain[found["revision"]] = None if down == "None" else down
    parents = [down for down in chain.values() if down is not None]
    if not chain or len(set(parents)) != len(parents) or not set(parents) <= set(chain):
        return None
    return chain


def head_revision() -> str:
    chain = _chain()
    if chain is not None:
        [tip] = set(chain) - {down for down in chain.values() if down is not None}
        return tip
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision: the row Alembic keeps, None for an empty database."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return None
    if len(rows) == 1:
        return str(rows[0][0])
    if not rows:
        return None
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, target: str = "head") -> None:
    """On SQLite, foreign keys are off while migrating and checked once at the end.

    A batch migration rebuilds a table by copy, drop and rename; with foreign keys on,
    dropping a table that other rows refer to fails (a committee with its members did,
    from 0004 to 0005). The pragma is ignored inside a transaction, hence before it.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign keys broken by the upgrade: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def is_known_revision(revision: str) -> bool:
    chain = _chain()
    if chain is not None:
        return revision in chain
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError as AlembicError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except AlembicError:
        return False


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None  # the copy made before upgrading, if it upgraded
    start_backup: Path | None = None  # the copy made at this start, when nothing upgraded

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade_database(url: str, target: str = "head", *, backup_at_start: bool = True
                     ) -> UpgradeResult:
    """Upgrade the database at `url`; an existing SQLite file is checked and backed up first.

    A database made by a newer program is refused rather than guessed at. On SQLite the
    file is checked (`quick_check`) before anything, and a copy goes to `backups/` beside
    it: before upgrading (one per target revision, replaced by a second attempt), otherwise
    at a start when the newest automatic backup is older than `BACKUP_AT_START_HOURS`
    (0: at each start); only the newest `BACKUPS_KEPT` are kept.
    """
    path = sqlite_file(url)
    if path is not None:
        changed = not unchanged_since_check(path)
        check_database_file(path, quick_check=changed)
        if changed and path.exists():
            remember_sound(path)
    engine = make_engine(url)
    try:
        with named_failures(path):
            return _upgrade(engine, path, target, backup_at_start)
    finally:
        engine.dispose()


def _upgrade(engine: Engine, path: Path | None, target: str,
             backup_at_start: bool) -> UpgradeResult:
    before = current_revision(engine)
    if before is not None and not is_known_revision(before):
        raise DomainError(
            tr("قاعدة البيانات أنشأتها نسخة أحدث من البرنامج (المراجعة {before}). "
               "يرجى تحديث البرنامج قبل فتحها.").format(before=before))
    to = head_revision() if target == "head" else target
    existing = path is not None and before is not None and path.exists()
    keep = BACKUPS_KEPT.get()
    if before == to:
        start = (automatic_backup(path, "start", keep)
                 if existing and backup_at_start and path is not None and start_backup_due(path)
                 else None)
        return UpgradeResult(before, to, None, start)
    backup = (automatic_backup(path, f"before-upgrade-{before}-to-{to}", keep, unique=False)
              if existing and path is not None else None)
    migrate(engine, target)
    return UpgradeResult(before, to, backup)


def start_backup_due(path: Path) -> bool:
    """A copy of a 300 MB file takes seconds: one a day is the safety net, not one a start."""
    hours = BACKUP_AT_START_HOURS.get()
    newest = latest_backup(path)
    return hours <= 0 or newest is None or \
        time.time() - newest.stat().st_mtime >= hours * 3600


def _stamp(path: Path) -> list[int]:
    stamp = []
    for file in (path, path.with_name(path.name + "-wal")):
        info = file.stat() if file.exists() else None
        stamp += [info.st_size, info.st_mtime_ns] if info else [0, 0]
    return stamp


def unchanged_since_check(path: Path) -> bool:
    """True when the file is as it was after its last sound check or clean close here.

    `quick_check` reads every page (seconds on a national database): it runs when the file
    changed behind this program's back (copied, restored, left by a crash), and each
    automatic backup checks its copy in full anyway.
    """
    if not path.exists():
        return False
    known = CHECKED_FILES.get().get(str(path.resolve()))
    return known == _stamp(path)


def remember_sound(path: Path) -> None:
    """After a sound check, or once this program has closed the file cleanly."""
    if not path.exists():
        return
    checked = dict(CHECKED_FILES.get())
    checked[str(path.resolve())] = _stamp(path)
    CHECKED_FILES.set(checked)
