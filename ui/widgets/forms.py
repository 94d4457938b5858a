"""A form whose rule failures show next to the field they concern."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.errors import ValidationError
from ui.widgets import fit

ERROR_STYLE = "color: #b00020;"


class FieldForm(QWidget):
    """Rows of (label, editor, error line); `show_errors` fills the lines from the rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self._layout.addRow(self.general_error)

    def add_field(self, name: str, label: str, editor: QWidget) -> QWidget:
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, editor.sizePolicy().verticalPolicy())
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self._layout.addRow(caption, holder)
        self._editors[name] = editor
        self._errors[name] = error
        return editor

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, exc: ValidationError) -> None:
        """Mark every failed field at once and put the focus on the first."""
        self.clear_errors()
        first: QWidget | None = None
        general: list[str] = []
        for error in exc.errors:
            label = self._errors.get(error.field or "")
            if label is None:
                general.append(error.message)
                continue
            label.setText("\n".join(filter(None, [label.text(), error.message])))
            label.show()
            first = first or self._editors[error.field or ""]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._grow_window()

    def _grow_window(self) -> None:
        """Wrapped messages need the window to grow, or their second line is cut off;
        it never shrinks, so a window the user enlarged keeps its size, and never grows
        past the screen (the form scrolls inside its dialog beyond that)."""
        window = self.window()
        layout = window.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        grown = window.size().expandedTo(window.sizeHint()).boundedTo(fit.room(window))
        window.resize(grown.expandedTo(window.minimumSize()))
