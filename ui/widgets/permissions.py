"""What the signed-in person's role does not allow is shown greyed, with the reason.

The services refuse it anyway; greying the action first spares a secretary or a viewer a
form they cannot save.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain.roles import Permission, forbidden_message
from ui.context import AppContext


def offer(ctx: AppContext, permission: Permission, *controls: QWidget | QAction) -> bool:
    """Enable the controls only when the role allows; True when it does."""
    allowed = ctx.can(permission)
    if not allowed:
        for control in controls:
            control.setEnabled(False)
            control.setToolTip(forbidden_message(permission))
    return allowed
