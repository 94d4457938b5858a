"""Room on the screen: a committee laptop is 1366×768 less a taskbar, so a form taller than
that scrolls inside its dialog while its buttons stay in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

LAPTOP = QSize(1366, 728)  # 1366×768 less a taskbar: what every window must fit
FRAME = QSize(16, 40)  # a window manager's borders and title bar, roughly


def room(widget: QWidget | None = None) -> QSize:
    """The inside of the largest window the widget's screen can show."""
    screen = (widget.screen() if widget is not None else None) or \
        QGuiApplication.primaryScreen()
    size = screen.availableGeometry().size() if screen is not None else LAPTOP
    return size - FRAME


class FittingScroll(QScrollArea):
    """Asks for the whole of its content, up to what the screen leaves once `reserved`
    (the buttons, the margins) is taken; beyond that it scrolls."""

    def __init__(self, body: QWidget, reserved: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reserved = reserved
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(body)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        body = self.widget()
        content = body.sizeHint().expandedTo(body.minimumSizeHint()) if body else QSize()
        content += QSize(self.verticalScrollBar().sizeHint().width() + 2, 2)
        return content.boundedTo(_room(self) - self.reserved)


def scroll_all_but(layout: QVBoxLayout, kept: QWidget) -> FittingScroll:
    """Move everything in `layout` but `kept` (the buttons) into a scrolling body, in order
    and with its stretch, and put the body where it was."""
    owner = layout.parentWidget()
    body = QWidget()
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    index = 0
    while layout.count() > index:
        item = layout.itemAt(index)
        if item.widget() is kept:
            index += 1
            continue
        stretch = layout.stretch(index)
        taken = layout.takeAt(index)
        inner: QLayout | None = taken.layout()
        if inner is not None:
            inner.setParent(None)  # type: ignore[call-overload]
            column.addLayout(inner, stretch)
        elif taken.widget() is not None:
            column.addWidget(taken.widget(), stretch)
        else:
            column.addItem(taken)
    body.setLayout(column)
    reserved = kept.sizeHint() + QSize(0, layout.spacing() * 2)
    margins = layout.contentsMargins()
    reserved += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
    scroll = FittingScroll(body, reserved, owner)
    layout.insertWidget(0, scroll, 1)
    return scroll


def _room(widget: QWidget) -> QSize:
    return room(widget)  # looked up at call time, so a test can stand in a laptop's screen
