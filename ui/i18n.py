"""One translation function for the whole UI.

Source strings are the Arabic the user reads; `i18n/awrach_fr.ts` holds the French. Qt's
lupdate files every bare `tr("...")` call under the empty context, so this function looks
them up there too (and a string is translated the same way wherever it appears).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.enums import LabelledEnum


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def label(value: LabelledEnum) -> str:
    """An enum's label in the interface language (the domain holds both languages)."""
    if QLocale().language() == QLocale.Language.French:
        return value.label_fr
    return value.label
