"""The fonts every PDF uses, registered with ReportLab once and only when a PDF is made.

Loading Amiri costs about 50 ms, so it happens on the first document, not at start-up.
ReportLab embeds TrueType fonts as subsets, so a PDF shows the same glyphs on every machine.
A canvas also names Helvetica, unembedded, unless it starts in our font:
pass `canvas_options()` to the document template (see TECH-NOTES "Arabic in ReportLab").
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from app.documents.font_subset import SubsetMaker
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
            font = TTFont(name, str(folder / filename))
            font.__class__ = _QuickObjectsFont
            font.face.__class__ = _SubsetReusingFace
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )  # Amiri has no italic here: <i> falls back to the upright face
        _registered = True


class _SubsetReusingFace(TTFontFace):
    """A font face that makes each distinct glyph subset, and its compressed bytes, once per
    process: a batch of conventions embeds the same bold subset (headings, articles) in every
    file, and making and compressing it cost about 2 ms a document. The subset file is a
    function of the glyphs alone and zlib gives the same bytes for the same input, so every
    PDF keeps exactly the bytes it had. A subset not made before is put together by
    `SubsetMaker` from glyph data read once (app/documents/font_subset.py)."""

    _made: dict[tuple[int, ...], bytes]

    def makeSubset(self, subset: Sequence[int]) -> bytes:  # noqa: N802 (ReportLab's name)
        made = self.__dict__.setdefault("_made", {})
        key = tuple(subset)
        data = made.get(key)
        if data is None:
            if len(made) >= _KEPT:
                made.clear()
            maker = self.__dict__.get("_maker")
            if maker is None:
                maker = self.__dict__["_maker"] = SubsetMaker(self)
            data = made[key] = maker.make(subset) or super().makeSubset(subset)
        return data

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802
        descriptor = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{self.filename}({fontname})")
        if isinstance(stream, pdfdoc.PDFStream) and stream.filters == [pdfdoc.PDFZCompress]:
            stream.filters = [_FLATE_ONCE]
        return descriptor


_KEPT = 64  # distinct subsets kept per face: a batch needs a handful


class _QuickObjectsFont(TTFont):
    """A TrueType font whose per-document PDF objects cost less to write, the same bytes:
    the ToUnicode map of a subset made before is compressed once (the bold subset is the
    same in every convention), and the 200-odd numbers of a subset's Widths array are
    formatted once each per process rather than once per document."""

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (ReportLab's name)
        super().addObjects(doc)
        comment = f"Font {self.fontName} subset "
        for font in doc.idToObject["BasicFonts"].dict.values():
            if not str(getattr(font, "__Comment__", "")).startswith(comment):
                continue
            widths = getattr(font, "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                font.Widths = _widths(widths.sequence)
            cmap = doc.idToObject.get(getattr(font.ToUnicode, "name", None))
            if isinstance(cmap, pdfdoc.PDFStream) and cmap.filters == [pdfdoc.PDFZCompress]:
                cmap.filters = [_FLATE_ONCE]


_NUMBERS: dict[float, bytes] = {}


def _widths(numbers: list[Any]) -> pdfdoc.PDFArray:
    """The same array with each number already in the bytes ReportLab's `format` gives it
    (bytes are written as they are, and the array is laid out by ReportLab as before)."""
    if not all(type(number) in (int, float) for number in numbers):
        return pdfdoc.PDFArray(numbers)
    formatted = []
    for number in numbers:
        found = _NUMBERS.get(number)
        if found is None:
            found = _NUMBERS[number] = pdfdoc.pdfdocEnc(fp_str(number))
        formatted.append(found)
    return pdfdoc.PDFArray(formatted)


class _FlateOnce:
    """ReportLab's FlateDecode filter with the last results kept (same input, same bytes)."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._done: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, data: bytes | str) -> bytes:
        if isinstance(data, str):
            data = data.encode("utf8")  # as ReportLab's filter does
        with self._lock:
            found = self._done.get(data)
            if found is not None:
                self._done.move_to_end(data)
                return found
        compressed = zlib.compress(data)
        with self._lock:
            self._done[data] = compressed
            if len(self._done) > _KEPT:
                self._done.popitem(last=False)
        return compressed

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_FLATE_ONCE = _FlateOnce()


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
