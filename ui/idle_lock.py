"""The screen locks after a while without use and asks the same person's password again.

A committee laptop is left open in a meeting room: after the idle time set in Settings
(IDLE_LOCK_MINUTES, 0 = never) a window covers the screen until the password of the
person signed in is typed. Nothing underneath is closed, so a half-filled form is still
there afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.settings import IDLE_LOCK_MINUTES
from ui.context import AppContext
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.i18n import tr

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class UnlockDialog(SignInDialog):
    """Covers the screen; only the signed-in person's password takes it away."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.db, parent, username=ctx.actor.username, locked_screen=True)
        self.setWindowTitle(tr("مكتب أوراش — الشاشة مقفلة"))
        self.say(tr("أقفلت الشاشة بعد مدة دون استعمال. أدخل كلمة مرور {name} للمتابعة؛ "
                    "كل ما كان مفتوحا ما يزال كما تركته.").format(name=ctx.actor.full_name))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        # Maximised over everything, with the form a readable width in the middle.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for widget in (self.intro, self.form, self.buttons):
            widget.setFixedWidth(520)
            layout.setAlignment(widget, Qt.AlignmentFlag.AlignHCenter)
        self.intro.setMinimumHeight(self.intro.heightForWidth(520))
        layout.insertStretch(0, 1)
        layout.addStretch(1)
        layout.insertWidget(0, QLabel(tr("مكتب أوراش")), 0, Qt.AlignmentFlag.AlignCenter)

    def reject(self) -> None:
        """Escape and the window's close button do nothing: the screen stays locked."""


class IdleLock(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 minutes: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(IDLE_LOCK_MINUTES.get() if minutes is None else minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if not self.locked and self.minutes > 0 and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def unlock_dialog(self) -> UnlockDialog:
        dialog = UnlockDialog(self.ctx, QApplication.activeWindow())
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        dialog = self.unlock_dialog()
        dialog.showMaximized()
        dialog.exec()
        self.locked = False
        if self.minutes > 0:
            self.timer.start()
