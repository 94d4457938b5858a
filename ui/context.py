"""What every page shares: the open database, the acting user, and one 'data changed' signal.

Every write runs through `ui.tasks`, which hands what it committed (a typed `Changes`) to
the context; pages refresh from this one signal when it touches the kinds they show, as
Anki's pages do from OpChanges, instead of calling each other or naming each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.roles import Permission, can
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.startup import Database
from ui import tasks


class AppContext(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, db: Database, actor: Actor, *, root: AppContext | None = None) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.root = root
        if root is None:
            tasks.set_change_listener(self.changed.emit)
        else:
            root.changed.connect(self.changed.emit)

    def relay(self) -> AppContext:
        """A context for one set of pages: it repeats this one's changes until `cut`, so
        that the handlers of pages rebuilt in another language (ui/language.py) stop being
        called once those pages are gone."""
        return AppContext(self.db, self.actor, root=self)

    def cut(self) -> None:
        if self.root is not None:
            self.root.changed.disconnect(self.changed.emit)
            self.root = None

    def announce(self, changes: Changes) -> None:
        """For what no unit of work saw: another database opened, files copied."""
        (self.root or self).changed.emit(changes)

    def can(self, permission: Permission) -> bool:
        """What the screens offer; the services check the stored role again on every write."""
        return can(self.actor.role, permission)
