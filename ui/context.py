"""What every page shares: the open database, the acting user, and one 'data changed' signal.

Services say what changed (an entity name); pages refresh from this one signal, as Anki's
OpChanges does, instead of calling each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.actor import Actor
from app.services.startup import Database


class AppContext(QObject):
    changed = Signal(str)

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor

    def notify(self, entity: str) -> None:
        self.changed.emit(entity)
