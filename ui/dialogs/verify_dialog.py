"""Is this paper or this file one the office printed, unchanged?

A file is checked byte for byte against the register of prints; a paper by the short code
printed under its QR code (typed, or the whole QR payload from a scanner that types what
it reads, then Enter). The answer is the register's own sentence, in green or in red.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import FSI, PDI, RLM
from app.errors import DomainError
from app.services import printed
from app.services.printed import Verification
from ui.context import AppContext
from ui.i18n import tr

STYLES = {
    "match": "QFrame#result { background: #e8f5e9; border: 1px solid #2e7d32; "
             "border-radius: 6px; } QLabel { color: #1b5e20; }",
    "stale": "QFrame#result { background: #fff8e1; border: 1px solid #ef6c00; "
             "border-radius: 6px; } QLabel { color: #8a4b00; }",
    "mismatch": "QFrame#result { background: #fdecea; border: 1px solid #b00020; "
                "border-radius: 6px; } QLabel { color: #b00020; }",
}
ICONS = {"match": QStyle.StandardPixmap.SP_DialogApplyButton,
         "stale": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "mismatch": QStyle.StandardPixmap.SP_MessageBoxCritical}


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verification: Verification | None = None
        self.outcome = ""
        self.setWindowTitle(tr("التحقق من وثيقة"))
        self.setMinimumWidth(620)

        code_box = QGroupBox(tr("وثيقة ورقية: رمز التحقق المطبوع تحت رمز QR"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("A1B2-C3D4-E5F6")
        self.code.setToolTip(tr("اكتب الرمز أو الصقه، أو امسح رمز QR بقارئ، ثم Enter"))
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setClearButtonEnabled(True)
        self.code_button = QPushButton(tr("تحقق"))
        self.code_button.setToolTip("Enter")
        self.code_button.setDefault(True)  # Enter in the code box, as a QR reader sends it
        self.code_button.clicked.connect(self.verify_typed)
        code_row = QHBoxLayout(code_box)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.code_button)

        file_box = QGroupBox(tr("ملف PDF: يقارن بايتا ببايت مع ما طبع"))
        self.file_label = QLabel(tr("لم يختر أي ملف."))
        self.file_label.setWordWrap(True)
        self.file_button = QPushButton(tr("اختيار ملف PDF..."))
        self.file_button.setToolTip("Ctrl+O")
        self.file_button.setShortcut("Ctrl+O")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout(file_box)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)

        self.result = QFrame()
        self.result.setObjectName("result")
        self.icon = QLabel()
        self.icon.setFixedSize(40, 40)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumHeight(60)
        result_row = QHBoxLayout(self.result)
        result_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        result_row.addWidget(self.message, 1)
        self.result.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("إغلاق"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(code_box)
        layout.addWidget(file_box)
        layout.addWidget(self.result)
        layout.addStretch()
        layout.addWidget(buttons)
        self.code.setFocus()

    def verify_typed(self) -> Verification | None:
        text = self.code.text().strip()
        if not text:
            self.code.setFocus()
            return None
        try:
            found = printed.verify_code(self.ctx.db, text)
        except DomainError as exc:  # not the shape of a code: say why, in red
            self._show("mismatch", exc.message)
            self.verification = None
            return None
        return self._show_verification(found)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("اختيار ملف PDF"), str(Path.home()),
                                              tr("ملف PDF (*.pdf)"))
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> Verification | None:
        self.file_label.setText(f"{RLM}{FSI}{path}{PDI}")
        try:
            found = printed.verify_pdf(self.ctx.db, path)
        except OSError as exc:
            self._show("mismatch", tr("تعذرت قراءة الملف: {reason}").format(
                reason=exc.strerror or exc))
            self.verification = None
            return None
        return self._show_verification(found)

    def _show_verification(self, found: Verification) -> Verification:
        self.verification = found
        outcome = "mismatch" if not found.matches else "match" if found.current else "stale"
        self._show(outcome, found.message)
        return found

    def _show(self, outcome: str, text: str) -> None:
        self.outcome = outcome
        self.result.setStyleSheet(STYLES[outcome])
        icon = self.style().standardIcon(ICONS[outcome])
        self.icon.setPixmap(icon.pixmap(36, 36))
        self.message.setText(RLM + text)
        self.result.show()
        self.adjustSize()
