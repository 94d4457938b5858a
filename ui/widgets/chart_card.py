"""A chart with its table one click away, and the records behind a bar on a click.

The chart is the very matplotlib figure the printed report carries (built in
`app.services.reports.breakdown_figure`), shown through matplotlib's Qt canvas.
"""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard import Breakdown
from app.services.reports import MOST_BARS, breakdown_figure
from ui.i18n import amount_text, figure, tr

DPI = 90


def value_text(value: Any) -> str:
    return figure(value) if isinstance(value, int) else amount_text(value)


class _Pending(QWidget):
    """Stands where a chart will be; its first paint (it is in view) asks for the chart."""

    def __init__(self, card: ChartCard) -> None:
        super().__init__()
        self.card = card
        self.asked = False

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.asked:
            self.asked = True
            QTimer.singleShot(0, self.card.draw_chart)


class ChartCard(QFrame):
    """One breakdown: its chart or its table; a bar or a row opens the records behind it."""

    drill = Signal(object, str)  # Drill, the label clicked

    def __init__(self, breakdown: Breakdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breakdown = breakdown
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{breakdown.title}</b>")
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(tr("الجدول"))
        self.toggle.setToolTip(tr("عرض أرقام الرسم في جدول"))
        self.toggle.toggled.connect(self._show_table)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.toggle)
        self.stack = QStackedWidget()
        rows = min(len(breakdown.rows), MOST_BARS)
        self.height_inches = max(2.4, 0.28 * rows + 0.9) if rows > 5 else 2.6
        pixels = int(self.height_inches * DPI)
        self.figure: Figure | None = None
        self.canvas: QWidget = _Pending(self)
        self.canvas.setMinimumHeight(pixels)
        self.setMinimumHeight(pixels + 60)
        self.table = QTableWidget(rows, 2)
        self.table.setHorizontalHeaderLabels([breakdown.label_header, breakdown.value_header])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, value, _drill) in enumerate(breakdown.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(value_text(value))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, number)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        if not breakdown.available:
            note = QLabel(breakdown.note)
            note.setObjectName("not_yet")
            note.setStyleSheet("color: #8a5a00;")
            layout.addWidget(note)
        layout.addWidget(self.stack)

    def draw_chart(self) -> None:
        """Build the matplotlib figure: done when the card first comes into view, so that
        the dashboard opens at the speed of its figures and not of ten charts."""
        if self.figure is not None:
            return
        self.figure = breakdown_figure(self.breakdown, width=5.2, titled=False)
        self.figure.set_size_inches(5.2, self.height_inches)
        self.figure.set_dpi(DPI)
        canvas = FigureCanvasQTAgg(self.figure)
        canvas.setMinimumHeight(int(self.height_inches * DPI))
        canvas.mpl_connect("button_press_event", self._clicked)
        pending = self.canvas
        self.stack.insertWidget(0, canvas)
        self.stack.removeWidget(pending)
        pending.deleteLater()
        self.canvas = canvas
        self.stack.setCurrentIndex(1 if self.toggle.isChecked() else 0)

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.toggle.setText(tr("الرسم") if on else tr("الجدول"))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.breakdown.rows):
            name, _value, drill = self.breakdown.rows[row]
            if drill is not None:
                self.drill.emit(drill, name)

    def _clicked(self, event: Any) -> None:
        if self.figure is None:
            return
        for axes in self.figure.axes:
            for index, patch in enumerate(axes.patches):
                if patch.contains(event)[0]:
                    self.open_row(index)
                    return
