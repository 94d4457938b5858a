"""A button's keyboard shortcut, working where the button is and named in its tooltip, so
that a secretary who hovers once learns the key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.domain.text import LRI, PDI


def with_keys(tip: str, keys: str) -> str:
    """The tooltip with its keys after it, kept left to right inside Arabic text."""
    shown = f"{LRI}{keys}{PDI}"
    return f"{tip} ({shown})" if tip else shown


def give_shortcut(button: QAbstractButton, keys: str, scope: QWidget | None = None,
                  action: Callable[[], object] | None = None) -> QShortcut:
    """`keys` press the button while the focus is inside `scope` (its page or panel)."""
    shortcut = QShortcut(QKeySequence(keys), scope or button.parentWidget() or button,
                         action or button.click,
                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    button.setToolTip(with_keys(button.toolTip(), keys))
    return shortcut
