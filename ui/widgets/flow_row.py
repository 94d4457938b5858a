"""A row of controls that wraps onto a second line when the window is narrow.

A list's search box, filters and buttons side by side needed up to 1,000 px in French;
on a 1366 px laptop beside the navigation that cut the window. Wrapping keeps every
control visible, at full size, in reading order (right to left in Arabic); the line's
spare width goes to what stretches (the search box).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(6)

    # What QHBoxLayout's callers use -----------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def add_layout(self, layout: QLayout) -> None:
        self.addChildLayout(layout)
        self._items.append(layout)
        self.invalidate()

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 (QBoxLayout's name)
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 (QBoxLayout's name)
        """A wrapping row has no stretch: the spare width goes to the search box."""

    # QLayout (Qt may call these while the Python side is being torn down) -------------
    def _held(self) -> list[QLayoutItem]:
        return self.__dict__.get("_items", [])

    def count(self) -> int:
        return len(self._held())

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        items = self._held()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        items = self._held()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    # -------------------------------------------------------------------------------------
    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._held() if not item.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in lines no wider than `rect`; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._shown():
            # What stretches (the search box and its filters) counts at its least width
            # when deciding where a line ends, and takes the line's spare width after.
            wanted = item.minimumSize() if item.expandingDirections() & \
                Qt.Orientation.Horizontal else item.sizeHint()
            width = max(min(wanted.width(), area.width()), item.minimumSize().width())
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((item, width))
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None \
            else QApplication.layoutDirection()
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _ in line)
            spare = area.width() - sum(w for _, w in line) - gap * (len(line) - 1)
            growing = [n for n, (item, _) in enumerate(line)
                       if item.expandingDirections() & Qt.Orientation.Horizontal]
            if spare > 0 and growing:
                item, width = line[growing[0]]
                line[growing[0]] = (item, width + spare)
            x = area.x()
            for item, width in line:
                if apply:
                    tall = min(height, item.maximumSize().height())
                    logical = QRect(x, y + (height - tall) // 2, width, tall)
                    item.setGeometry(QStyle.visualRect(direction, area, logical))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom()
