"""Base of the add/edit dialogs: a field form, Save and Cancel, and rule errors in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.errors import DomainError, ValidationError
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.forms import FieldForm


class RecordDialog(QDialog):
    """Subclasses fill `self.form` and implement `submit()`, which calls one service.

    Nothing is saved unless the service accepts the whole record; on a rule failure the
    dialog stays open with each message under its field.
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("حفظ"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إلغاء"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> Any:
        raise NotImplementedError

    def try_save(self) -> bool:
        self.form.clear_errors()
        try:
            self.saved = self.submit()
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except DomainError as exc:
            self.form.general_error.setText(exc.message)
            self.form.general_error.show()
            return False
        self.accept()
        return True
