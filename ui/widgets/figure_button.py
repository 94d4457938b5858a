"""A dashboard figure: its value over its label, the label wrapped to the button's width."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton

# What the button's frame and padding take from its width (pixels), with some margin.
_PADDING = 18
_LEAST_HEIGHT = 52


class FigureButton(QToolButton):
    """A tool button whose width is the grid's to choose, not its text's.

    A tool button is as wide as its longest line: the French labels ("Personnes en
    situation de handicap (programmé)") made four in a row wider than a 1366-pixel screen,
    so the dashboard scrolled sideways and its title went out of view. This one breaks its
    label between words to fit the width it is given; the value stays on its own line.
    """

    def __init__(self, value: str, label: str) -> None:
        super().__init__()
        self._value, self._label = value, label
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(110)
        self._rewrap()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As tall as its lines: in a scrolled page the grid gives each row its minimum."""
        return QSize(110, max(_LEAST_HEIGHT, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._rewrap()

    def _rewrap(self) -> None:
        text = f"{self._value}\n" + "\n".join(self._lines(self.width() - _PADDING))
        if text != self.text():
            self.setText(text)
            self.updateGeometry()

    def _lines(self, width: int) -> list[str]:
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._label.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return lines
