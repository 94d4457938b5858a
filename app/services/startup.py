"""Opening a database the way every front end does: upgrade, reference data, local user."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import territory, users
from app.services.actor import SYSTEM, Actor
from app.storage.database import Database

__all__ = ["Database", "OpenedDatabase", "open_database"]  # Database: the handle front ends hold
from app.storage.upgrade import UpgradeResult, upgrade_database


@dataclass
class OpenedDatabase:
    db: Database
    actor: Actor
    upgrade: UpgradeResult


def open_database(url: str) -> OpenedDatabase:
    """Upgrade (after a backup), load the shipped territory on first start, name the user."""
    result = upgrade_database(url)
    db = Database(url)
    if not territory.reference_loaded(db):
        territory.load_reference_data(db, SYSTEM)
    actor = users.ensure_local_user(db)
    return OpenedDatabase(db, actor, result)
