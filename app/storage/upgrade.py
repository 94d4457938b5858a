"""Bring a database to the program's schema, backing up a SQLite file before touching it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import Engine

from app.errors import DomainError
from app.storage.database import make_engine, sqlite_file

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


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except AlembicError:
        return False


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while WAL holds recent commits)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(destination) as dst:
        src.backup(dst)
    return destination


def upgrade_database(url: str, target: str = "head") -> UpgradeResult:
    """Upgrade the database at `url`; an existing SQLite file is backed up beside itself first.

    A database made by a newer program is refused rather than guessed at.
    """
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        if before is not None and not _known(before):
            raise DomainError(
                f"قاعدة البيانات أنشأتها نسخة أحدث من البرنامج (المراجعة {before}). "
                "يرجى تحديث البرنامج قبل فتحها.")
        to = head_revision() if target == "head" else target
        backup = None
        if before != to:
            path = sqlite_file(url)
            if before is not None and path is not None and path.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = backup_sqlite(path, path.with_name(
                    f"{path.stem}.before-upgrade-{before}-{stamp}{path.suffix}"))
            migrate(engine, target)
        return UpgradeResult(before, to, backup)
    finally:
        engine.dispose()
