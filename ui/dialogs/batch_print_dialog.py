"""Where and how to print a ceremony's conventions: one PDF to send to the printer in one
go, or one PDF per convention in a folder (to mail each body its own)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import tr


class BatchPrintDialog(RecordDialog):
    """`selected` rows are printed by default; when only some rows are selected the
    secretary may print every row shown instead (a row clicked to look at it would
    otherwise shrink the ceremony's batch to one convention)."""
    PERMISSION = Permission.PRINT


    def __init__(self, ctx: AppContext, selected: int, shown: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("طباعة دفعة للحفل"), parent)
        self.setMinimumWidth(640)
        self.summary = QLabel(tr("تطبع الاتفاقيات مرتبة حسب الجماعة ثم الرقم."))
        self.summary.setWordWrap(True)
        self.only_selected = QRadioButton(tr("الاتفاقيات المحددة فقط ({count})").format(
            count=selected))
        self.all_shown = QRadioButton(tr("كل الاتفاقيات الظاهرة في اللائحة ({count})").format(
            count=shown))
        (self.only_selected if selected else self.all_shown).setChecked(True)
        self.scopes = QButtonGroup(self)
        self.scopes.addButton(self.only_selected)
        self.scopes.addButton(self.all_shown)
        scope = QWidget(self)  # kept (hidden) when there is no choice: its buttons say so
        scope_column = QVBoxLayout(scope)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.addWidget(self.only_selected)
        scope_column.addWidget(self.all_shown)
        self.one_file = QRadioButton(tr("ملف PDF واحد يضم كل الاتفاقيات (للطباعة دفعة واحدة)"))
        self.per_file = QRadioButton(tr("ملف PDF لكل اتفاقية في مجلد"))
        self.one_file.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.one_file)
        self.modes.addButton(self.per_file)
        modes = QWidget()
        column = QVBoxLayout(modes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.one_file)
        column.addWidget(self.per_file)
        self.destination = QLineEdit()
        self.destination.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path
        self.browse_button = QPushButton(tr("اختيار..."))
        self.browse_button.clicked.connect(self.browse)
        target = QWidget()
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse_button)
        if 0 < selected < shown:  # else there is nothing to choose
            self.form.add_field("scope", tr("ما يطبع"), scope)
        else:
            scope.hide()
            self.summary.setText(tr("عدد الاتفاقيات المراد طباعتها: {count}، مرتبة حسب "
                                    "الجماعة ثم الرقم.").format(count=selected or shown))
        self.form.add_field("mode", tr("طريقة الطباعة"), modes)
        self.form.add_field("destination", tr("الملف أو المجلد"), target)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.summary)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("طباعة"))
        self.one_file.toggled.connect(lambda _on: self._default_destination())
        self._defaults: set[str] = set()
        self._default_destination()

    def _default_destination(self) -> None:
        """Suggest a name for the chosen mode unless the user typed one."""
        if self.destination.text() and self.destination.text() not in self._defaults:
            return
        # A Latin name: an Arabic word beside digits in a path reads scrambled.
        stem = Path.home() / f"conventions-{date.today():%Y-%m-%d}"
        suggestion = str(stem.with_name(stem.name + ".pdf") if self.one_file.isChecked()
                         else stem)
        self._defaults.add(suggestion)
        self.destination.setText(suggestion)

    def browse(self) -> None:
        current = self.destination.text().strip() or str(Path.home())
        if self.one_file.isChecked():
            name, _ = QFileDialog.getSaveFileName(self, tr("ملف الطباعة"), current,
                                                  tr("ملف PDF (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, tr("مجلد الاتفاقيات"), current)
        if name:
            self.destination.setText(name)

    def target(self) -> Path:
        path = Path(self.destination.text().strip())
        if self.one_file.isChecked() and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def submit(self) -> tuple[bool, Path, bool]:  # type: ignore[override]
        """Only checks that a place was given; the printing itself runs after the dialog.
        Gives (one file?, where, only the selected rows?)."""
        if not self.destination.text().strip():
            raise ValidationError(FieldError("destination", tr(
                "الملف أو المجلد: اختر أين تحفظ الاتفاقيات المطبوعة.")))
        return self.one_file.isChecked(), self.target(), self.only_selected.isChecked()

    def try_save(self) -> None:
        """Nothing is written here, so nothing waits for the writer (a batch may be on it)."""
        self.form.clear_errors()
        try:
            self.saved = self.submit()
        except ValidationError as exc:
            self.refused(exc)
            return
        self.outcome = True
        self.accept()
