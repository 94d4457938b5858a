"""The fonts every PDF uses, registered with ReportLab once and only when a PDF is made.

Loading Amiri costs about 50 ms, so it happens on the first document, not at start-up.
ReportLab embeds TrueType fonts as subsets, so a PDF shows the same glyphs on every machine.
A canvas also names Helvetica, unembedded, unless it starts in our font:
pass `canvas_options()` to the document template (see TECH-NOTES "Arabic in ReportLab").
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import fonts_dir

FAMILY = "Amiri"
REGULAR = "Amiri"
BOLD = "Amiri-Bold"

_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}
_lock = threading.Lock()  # documents are built on worker threads
_registered = False


def register_fonts() -> None:
    """Register Amiri and Amiri-Bold (and their family) with ReportLab, once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )  # Amiri has no italic here: <i> falls back to the upright face
        _registered = True


def regular() -> str:
    """The name of the regular document font, registered."""
    register_fonts()
    return REGULAR


def bold() -> str:
    """The name of the bold document font, registered."""
    register_fonts()
    return BOLD


def canvas_options(size: float = 12) -> dict[str, Any]:
    """Keyword arguments for a DocTemplate or Canvas so that it starts in Amiri.

    Without them every page names Helvetica, unembedded, even if it is never drawn.
    """
    register_fonts()
    return {"initialFontName": REGULAR, "initialFontSize": size}
