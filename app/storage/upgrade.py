"""Bring a database to the program's schema, backing up a SQLite file before touching it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import Engine

from app.errors import DomainError
from app.settings import BACKUPS_KEPT
from app.storage.database import make_engine, sqlite_file
from app.storage.sqlite_files import automatic_backup, check_database_file, named_failures

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, target: str = "head") -> None:
    """On SQLite, foreign keys are off while migrating and checked once at the end.

    A batch migration rebuilds a table by copy, drop and rename; with foreign keys on,
    dropping a table that other rows refer to fails (a committee with its members did,
    from 0004 to 0005). The pragma is ignored inside a transaction, hence before it.
    """
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
    at each start; only the newest `BACKUPS_KEPT` are kept.
    """
    path = sqlite_file(url)
    if path is not None:
        check_database_file(path)
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
            f"قاعدة البيانات أنشأتها نسخة أحدث من البرنامج (المراجعة {before}). "
            "يرجى تحديث البرنامج قبل فتحها.")
    to = head_revision() if target == "head" else target
    existing = path is not None and before is not None and path.exists()
    keep = BACKUPS_KEPT.get()
    if before == to:
        start = (automatic_backup(path, "start", keep)
                 if existing and backup_at_start and path is not None else None)
        return UpgradeResult(before, to, None, start)
    backup = (automatic_backup(path, f"before-upgrade-{before}-to-{to}", keep, unique=False)
              if existing and path is not None else None)
    migrate(engine, target)
    return UpgradeResult(before, to, backup)
