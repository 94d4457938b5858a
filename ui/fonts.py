"""Loads the bundled Arabic fonts so the window looks the same on every laptop."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.paths import fonts_dir

UI_FAMILY = "Noto Sans Arabic"
UI_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")


def load_fonts() -> QFont:
    """Register the UI fonts and return the application font (falls back to the system's)."""
    families: list[str] = []
    for name in UI_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(UI_FAMILY if UI_FAMILY in families else "")
    font.setPointSize(10)
    return font
