"""Opening a database the way every front end does: upgrade, then the shipped reference data.

Who is acting is not decided here: the window asks for a log-in (`ui.main`), the CLI reads
`--user` and a password (`app.cli_auth`), both through `app.services.users`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services import territory
from app.services.actor import SYSTEM
from app.storage import pending_indexes
from app.storage.database import Database, sqlite_file
from app.storage.sqlite_files import named_failures

# Database: the handle front ends hold
__all__ = ["Database", "OpenedDatabase", "close_database", "open_database"]
from app.storage.upgrade import UpgradeResult, remember_sound, upgrade_database


@dataclass
class OpenedDatabase:
    db: Database
    upgrade: UpgradeResult


def open_database(url: str) -> OpenedDatabase:
    """Check, back up, upgrade, and load the shipped territory on first start.

    A damaged, locked or foreign file is refused with one Arabic line naming it
    (a DomainError), which every front end shows as it is.
    """
    result = upgrade_database(url)
    db = Database(url)
    try:
        with named_failures(sqlite_file(url)):
            if not territory.reference_loaded(db):
                territory.load_reference_data(db, SYSTEM)
    except BaseException:
        db.dispose()
        raise
    return OpenedDatabase(db, result)


def complete_pending_indexes(db: Database) -> list[str]:
    """Build the sort indexes an import left pending if the program stopped before it
    built them (app.storage.pending_indexes); run once the window shows. Looking costs
    a query of the schema; the import's module is loaded only when there is work."""
    with db.engine.connect() as connection:
        if not pending_indexes.pending(connection, "beneficiaries"):
            return []
    from app.services import beneficiary_import

    return beneficiary_import.complete_indexes(db)


def close_database(db: Database) -> None:
    """Close the file; closed cleanly by this program, the next start skips the
    page-by-page check (see `app.storage.upgrade.unchanged_since_check`)."""
    db.dispose()
    path = sqlite_file(db.url)
    if path is not None:
        remember_sound(path)
