"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate. If it runs in a
worker (an import, a batch print, a backup) and frees a cycle holding a Qt widget made in
the GUI thread, Qt deletes that widget from the wrong thread and the program crashes. So
automatic collection is switched off and the GUI thread collects on a timer instead, as
Anki does (aqt's GarbageCollector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed Python's usual thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return

    def collect_all(self) -> None:
        gc.collect()


def install(parent: QObject) -> MainThreadCollector:
    existing = parent.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(parent)
