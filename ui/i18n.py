"""One translation function for the whole UI.

Source strings are the Arabic the user reads; `i18n/awrach_fr.ts` holds the French. Qt's
lupdate files every bare `tr("...")` call under the empty context, so this function looks
them up there too (and a string is translated the same way wherever it appears).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
