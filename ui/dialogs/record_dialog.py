"""Base of the form dialogs: a field form, Save and Cancel, and rule errors in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.domain.roles import Permission, forbidden_message
from app.errors import DomainError, Forbidden, ValidationError
from ui.context import AppContext
from ui.i18n import tr
from ui.tasks import run_op
from ui.widgets import fit
from ui.widgets.forms import FieldForm


class FormDialog(QDialog):
    """A field form whose one action calls one service, off the GUI thread.

    Subclasses fill `self.form` and implement `submit()`, which reads the form and returns
    the call to run (closed over plain values, never over a widget): it runs on the writer
    thread. Nothing is saved unless the service accepts the whole record; on a rule failure
    the dialog stays open with each message under its field. `outcome` is None while the
    call is on its way, then True or False.
    """

    def __init__(self, title: str, parent: QWidget | None = None,
                 action: str = "") -> None:
        super().__init__(parent)
        self.saved: Any = None
        self.outcome: bool | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(action or tr("حفظ"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("إلغاء"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.scroll: fit.FittingScroll | None = None

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Before the first showing: everything above the buttons goes into one scrolling
        body, so a long form (or one full of errors) scrolls and Save stays in view."""
        if self.scroll is None:
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            self.scroll = fit.scroll_all_but(layout, self.buttons)
            if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                self.resize(self.sizeHint().boundedTo(fit.room(self)))
        super().showEvent(event)

    def submit(self) -> Callable[[], Any]:
        raise NotImplementedError

    def refusal(self) -> DomainError | None:
        """Why this person may not save at all, before anything is read from the form."""
        return None

    def busy_label(self) -> str:
        """What the progress says if the call has to wait ("" says it is saving)."""
        return ""

    def try_save(self) -> None:
        """Send the record to its service; the dialog closes when the service accepts it."""
        self.save(then=self.accept)

    def save(self, then: Callable[[], Any] | None = None) -> None:
        """Send the record; `then` runs once the service has accepted it."""
        self.form.clear_errors()
        self.outcome = None
        refusal = self.refusal()
        if refusal is not None:
            self.refused(refusal)
            return
        try:
            write = self.submit()
        except DomainError as exc:
            self.refused(exc)
            return
        self.buttons.setEnabled(False)
        run_op(self, write, lambda saved: self._accepted(saved, then), self.refused,
               label=self.busy_label())

    def _accepted(self, saved: Any, then: Callable[[], Any] | None) -> None:
        self.buttons.setEnabled(True)
        self.saved = saved
        self.outcome = True
        self.on_saved(saved)
        if then is not None:
            then()

    def on_saved(self, saved: Any) -> None:
        """After the service accepted the record, before the dialog closes."""

    def refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.outcome = False
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc)
        elif isinstance(exc, DomainError):
            self.form.general_error.setText(exc.message)
            self.form.general_error.show()
        else:
            from ui.errors import show_error

            show_error(self, exc)


class RecordDialog(FormDialog):
    """A form over one record of the open database, saved as the signed-in person.

    `PERMISSION` is what saving needs: someone whose role lacks it sees the record with the
    reason instead of a Save button (the service would refuse it anyway).
    """

    PERMISSION: Permission | None = None

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx

    @property
    def allowed(self) -> bool:
        return self.PERMISSION is None or self.ctx.can(self.PERMISSION)

    def refusal(self) -> DomainError | None:
        if self.allowed or self.PERMISSION is None:
            return None
        return Forbidden(forbidden_message(self.PERMISSION))

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        refusal = self.refusal()
        if refusal is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.form.general_error.setText(refusal.message)
            self.form.general_error.show()
        super().showEvent(event)
