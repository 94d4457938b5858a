"""Platypus flowables for right-to-left Arabic: a paragraph and a table.

ReportLab's own Paragraph breaks lines after bidi reordering, which prints the last line
of an Arabic paragraph first. `ArabicParagraph` breaks the logical text against the width
it is really given in `wrap()` (frame and cell padding make that narrower than
`doc.width`), reorders each line on its own, and splits across frames and pages.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Table, TableStyle

from app.documents import fonts
from app.documents.arabic import visual_line, wrap_lines

Alignment = Literal["right", "center", "left", "justify"]

_EPSILON = 1e-6  # points: a line that fits exactly must not be pushed to the next frame


@dataclass(frozen=True)
class ArabicStyle:
    """How an ArabicParagraph looks; right-aligned Amiri by default."""

    font_name: str = fonts.REGULAR
    font_size: float = 12
    leading: float = 18
    alignment: Alignment = "right"
    text_color: colors.Color = colors.black
    space_before: float = 0
    space_after: float = 0


class ArabicParagraph(Flowable):
    """A block of Arabic (or mixed) text, right to left, that can flow across pages.

    Lines are kept as (logical line, joiner) pairs, so a piece left over by `split()`
    can be broken again if the next frame is narrower or wider.
    """

    def __init__(
        self,
        text: str,
        style: ArabicStyle | None = None,
        *,
        _lines: list[tuple[str, str]] | None = None,
        _width: float | None = None,
    ) -> None:
        super().__init__()
        fonts.register_fonts()
        self.text = text
        self.style = style or ArabicStyle()
        self._lines = _lines
        self._lines_width = _width

    def __repr__(self) -> str:
        return f"ArabicParagraph({self.text[:40]!r})"

    @property
    def lines(self) -> list[str]:
        """The logical lines of the last `wrap()` (empty before layout), for tests and
        builders that need to know where the text broke."""
        return [line for line, _ in self._lines or []]

    # -- layout --------------------------------------------------------------------------

    def _lines_for(self, width: float) -> list[tuple[str, str]]:
        """The lines at this width, broken again only when the width changes."""
        if self._lines is None or self._lines_width is None or (
            abs(self._lines_width - width) > _EPSILON
        ):
            style = self.style
            self._lines = wrap_lines(self.text, style.font_name, style.font_size, width)
            self._lines_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._lines_for(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:  # noqa: N802, N803
        """`wrap`: a paragraph does not need the canvas to break its lines (ReportLab's
        wrapOn lends it one for the call; tables ask each cell several times)."""
        return self.wrap(aW, aH)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The lines that fit in `availHeight`, then the rest: two ArabicParagraphs."""
        lines = self._lines_for(availWidth)
        fitting = int((availHeight + _EPSILON) // self.style.leading)
        if fitting <= 0:
            return []
        if fitting >= len(lines):
            return [self]
        head, tail = lines[:fitting], lines[fitting:]
        return [
            ArabicParagraph(
                _text_of(head), replace(self.style, space_after=0),
                _lines=head, _width=availWidth,
            ),
            ArabicParagraph(
                _text_of(tail), replace(self.style, space_before=0),
                _lines=tail, _width=availWidth,
            ),
        ]

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    # -- drawing -------------------------------------------------------------------------

    def _baseline_offset(self) -> float:
        """From the top of a line box to its baseline: the glyphs centred in the leading.

        Amiri's ascent and descent are tall (1.12 and 0.63 em); centring them keeps
        the marks of one line off the next at the usual 1.5 leading.
        """
        return _baseline(self.style.font_name, self.style.font_size, self.style.leading)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """What ReportLab's Flowable.drawOn writes (save the state, move the origin, draw,
        restore), written straight into the page: a paragraph changes nothing in the state
        it restores, so saving and restoring it (a copy of two dozen attributes each way)
        only costs time. Anything unusual (a colour with transparency, a canvas that
        enforces a colour space, a debug boundary) goes through ReportLab."""
        colour = _plain_fill(self.style.text_color)
        if (colour is None or not canvas.bottomup
                or self._showBoundary  # type: ignore[attr-defined]
                or canvas._enforceColorSpace  # type: ignore[attr-defined]
                or canvas._extgstate._d.get("ca", 1) != 1  # type: ignore[attr-defined]
                or canvas._doc._pdfVersion < _TRANSPARENCY):  # type: ignore[attr-defined]
            super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
            return
        x = self._hAlignAdjust(x, _sW)  # type: ignore[attr-defined]
        style = self.style
        pieces = _pieces(tuple(self._lines_for(self.width)), style, self.width,
                         self._baseline_offset())
        block = _text_block(canvas, style, pieces)
        if block is None:
            text = PDFTextObject(canvas)  # what beginText gives: "BT 1 0 0 1 0 0 Tm"
            text.setFont(style.font_name, style.font_size, style.leading)
            text._code += _operators(canvas, text, pieces)  # type: ignore[attr-defined]
            block = text.getCode()
        canvas._code += ("q", f"1 0 0 1 {fp_str(x, y)} cm", colour,  # type: ignore[attr-defined]
                         block, "Q")

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFont(style.font_name, style.font_size, style.leading)
        canvas.setFillColor(style.text_color)
        # One text object for the whole paragraph: a drawString per word costs a text
        # object each, which is most of the drawing time of a justified page.
        text = canvas.beginText()
        text.setFont(style.font_name, style.font_size, style.leading)
        lines = tuple(self._lines_for(self.width))
        if canvas.bottomup:
            # what setTextOrigin and textOut append, piece by piece
            text._code += _operators(  # type: ignore[attr-defined]
                canvas, text, _pieces(lines, style, self.width, self._baseline_offset()))
        else:
            for (x, y), visual in _placed(lines, style, self.width, self._baseline_offset()):
                text.setTextOrigin(x, y)
                text.textOut(visual)
        canvas.drawText(text)


_TRANSPARENCY = pdfdoc.PDF_SUPPORT_VERSION["transparency"]


@lru_cache(maxsize=256)
def _baseline(font_name: str, size: float, leading: float) -> float:
    ascent, descent = getAscentDescent(font_name, size)
    return (leading - (ascent - descent)) / 2 + ascent


@lru_cache(maxsize=256)
def _font_operator(size: float, leading: float) -> str:
    return f"{fp_str(size)} Tf {fp_str(leading)} TL"


def _text_block(canvas: Canvas, style: ArabicStyle,
                pieces: tuple[tuple[str, str], ...]) -> str | None:
    """The text object ReportLab writes for a paragraph (a fresh one, set in the
    paragraph's font: "BT 1 0 0 1 0 0 Tm", then the first piece selects the subset),
    when every glyph has a code in the first subset once the new ones are given theirs;
    None otherwise (the text object is then built through ReportLab)."""
    font = pdfmetrics.getFont(style.font_name)
    if not getattr(font, "_dynamicFont", False) or not isinstance(pieces, _Pieces):
        return None
    if not pieces:
        return "BT 1 0 0 1 0 0 Tm ET"
    if not pieces.complete:
        return None
    table = _first_subset_codes(font, canvas._doc)  # type: ignore[attr-defined]
    table.update()
    if not table.characters.issuperset(pieces.characters):
        table.assign(pieces.joined)
        if not table.characters.issuperset(pieces.characters):
            return None
    shown = _shown(canvas, table)
    parts = ["BT 1 0 0 1 0 0 Tm"]
    for origin, visual in pieces:
        parts += (origin, f"({shown(visual)}) Tj")
    parts[2] = f"{table.subset_name()} {_font_operator(style.font_size, style.leading)} {parts[2]}"
    parts.append("ET")
    return " ".join(parts)


@lru_cache(maxsize=64)
def _plain_fill(colour: colors.Color) -> str | None:
    """The operator Canvas.setFillColor writes for an opaque RGB colour (its alpha of 1
    changes nothing once the document is PDF 1.4), None for any other colour."""
    if type(colour) is not colors.Color or colour.alpha != 1:
        return None
    return f"{fp_str((colour.red, colour.green, colour.blue))} rg"


def draw_string(canvas: Canvas, x: float, y: float, visual: str, align: str = "left") -> None:
    """Canvas.drawString, drawRightString or drawCentredString (`align` "left", "right",
    "center") of a visual-order string in the canvas's current font, writing the text
    object ReportLab writes for it without building one when every glyph has a code in
    the first subset: the page furniture draws some thirty strings a convention."""
    name, size = canvas._fontname, canvas._fontsize  # type: ignore[attr-defined]
    font = pdfmetrics.getFont(name)
    table = (_first_subset_codes(font, canvas._doc)  # type: ignore[attr-defined]
             if visual and canvas.bottomup and getattr(font, "_dynamicFont", False) else None)
    if table is not None:
        table.update()
        if not table.covers(visual):
            table.assign(visual)
    if table is None or not table.covers(visual):
        draw = (canvas.drawRightString if align == "right"
                else canvas.drawCentredString if align == "center" else canvas.drawString)
        draw(x, y, visual)
        return
    width = stringWidth(visual, name, size)
    left = x - width if align == "right" else x - 0.5 * width if align == "center" else x
    codes = _shown(canvas, table)(visual)
    canvas._code.append(  # type: ignore[attr-defined]
        f"BT 1 0 0 1 {fp_str(left, y)} Tm {table.subset_name()} "
        f"{_font_operator(size, canvas._leading)} ({codes}) Tj T* ET")  # type: ignore[attr-defined]


def _shown(canvas: Canvas, table: _SubsetCodes) -> Callable[[str], str]:
    """How a string whose glyphs all have a code in the first subset is written between
    the brackets of its Tj: each character's code, escaped as the canvas escapes the
    encoded string. ReportLab's escape works byte by byte, so one `str.translate` with
    each code already escaped gives the same text."""
    if type(canvas)._escape is not Canvas._escape or "_escape" in vars(canvas):  # type: ignore[attr-defined]
        escape, codes = canvas._escape, table.codes  # type: ignore[attr-defined]
        return lambda visual: str(escape(visual.translate(codes).encode("latin-1")))
    escaped = table.escaped
    return lambda visual: visual.translate(escaped)


_ESCAPED = [escapePDF(bytes([number])) for number in range(256)]


def _placed(lines: tuple[tuple[str, str], ...], style: ArabicStyle, width: float,
            baseline_offset: float) -> list[tuple[tuple[float, float], str]]:
    """Where each piece of a paragraph's text goes, in the paragraph's own coordinates:
    each line in visual order, right-aligned, centred or justified word by word.

    The PDF word-spacing operator does not reach TrueType subsets (their space is not
    byte 32), so justified words are placed one by one, the extra width shared between
    the gaps.
    """
    name, size = style.font_name, style.font_size
    placed: list[tuple[tuple[float, float], str]] = []
    baseline = len(lines) * style.leading - baseline_offset
    for line, joiner in lines:
        if line:
            visual = visual_line(line)
            if style.alignment == "justify" and joiner == " " and " " in visual:
                words = visual.split(" ")
                widths = [stringWidth(word, name, size) for word in words]
                gap = (width - sum(widths)) / (len(words) - 1)
                x = 0.0
                for word, word_width in zip(words, widths, strict=True):
                    if word:
                        placed.append(((x, baseline), word))
                    x += word_width + gap
            else:
                line_width = stringWidth(visual, name, size)
                x = (0.0 if style.alignment == "left"
                     else (width - line_width) / 2 if style.alignment == "center"
                     else width - line_width)
                placed.append(((x, baseline), visual))
        baseline -= style.leading
    return placed


@lru_cache(maxsize=4096)
def _pieces(lines: tuple[tuple[str, str], ...], style: ArabicStyle, width: float,
            baseline_offset: float) -> tuple[tuple[str, str], ...]:
    """`_placed` with each position as the operator ReportLab's setTextOrigin writes.

    Cached: none of it depends on the document, and a batch of conventions draws the
    template's paragraphs, at the same width, in every one."""
    return _Pieces((f"1 0 0 1 {fp_str(x, y)} Tm", visual)
                   for (x, y), visual in _placed(lines, style, width, baseline_offset))


class _Pieces(tuple[tuple[str, str], ...]):
    """A paragraph's pieces (origin operator, visual text), with what encoding them
    needs worked out once: their text end to end and its characters."""

    def __init__(self, _items: object = ()) -> None:
        visuals = [visual for _, visual in self]
        self.joined = "".join(visuals)
        self.characters = frozenset(self.joined)
        self.complete = all(visuals)


def _operators(canvas: Canvas, text: PDFTextObject,
               pieces: tuple[tuple[str, str], ...]) -> list[str]:
    """The operators that place and show each piece: a paragraph whose glyphs all have
    a code in the first subset already is encoded in one go, any other piece by piece."""
    font = pdfmetrics.getFont(text._fontname)  # type: ignore[attr-defined]
    visuals = [visual for _, visual in pieces]
    if getattr(font, "_dynamicFont", False) and all(visuals):
        table = _first_subset_codes(font, canvas._doc)  # type: ignore[attr-defined]
        table.update()
        joined = "".join(visuals)
        if not table.covers(joined):
            table.assign(joined)
        if table.covers(joined):
            encode = _shown(canvas, table)
            shown = [f"({encode(visual)}) Tj" for visual in visuals]
            if shown and text._curSubset != 0:  # type: ignore[attr-defined]
                shown[0] = (f"{table.subset_name()} {fp_str(text._fontsize)} Tf "  # type: ignore[attr-defined]
                            f"{fp_str(text._leading)} TL {shown[0]}")  # type: ignore[attr-defined]
                text._curSubset = 0  # type: ignore[attr-defined]
            return [operator for (origin, _), show in zip(pieces, shown, strict=True)
                    for operator in (origin, show)]
    encoded = _encoder(canvas, text)
    return [operator for origin, visual in pieces for operator in (origin, encoded(visual))]


def _encoder(canvas: Canvas, text: PDFTextObject) -> Callable[[str], str]:
    """What `text.textOut` appends for a string, without ReportLab's loop per character.

    ReportLab gives each glyph of a TrueType font a code in the document's subset the
    first time it is drawn; a string whose glyphs all have a code in the first subset
    (nearly every word after the first paragraphs) is encoded by one `str.translate`
    with those same codes; new glyphs get their codes from ReportLab first (`assign`).
    Any other string (a glyph beyond the first subset) goes through ReportLab. The
    operators are the ones ReportLab writes, byte for byte.
    """
    font = pdfmetrics.getFont(text._fontname)  # type: ignore[attr-defined]
    if not getattr(font, "_dynamicFont", False):
        return text._formatText  # type: ignore[attr-defined]
    table = _first_subset_codes(font, canvas._doc)  # type: ignore[attr-defined]
    state = text.__dict__
    operator = f"{fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL"  # type: ignore[attr-defined]
    encode = _shown(canvas, table)

    def encoded(visual: str) -> str:
        if visual and table.update() and not table.covers(visual):
            table.assign(visual)
        if visual and table.covers(visual):
            codes = encode(visual)
            if state["_curSubset"] == 0:
                return f"({codes}) Tj"
            state["_curSubset"] = 0
            return f"{table.subset_name()} {operator} ({codes}) Tj"
        return str(text._formatText(visual))  # type: ignore[attr-defined]

    return encoded


class _SubsetCodes:
    """The codes a font's first subset gave to characters so far in one document, as a
    `str.translate` table (kept up to date as ReportLab assigns new ones)."""

    def __init__(self, font: Any, document: Any) -> None:
        self.font, self.document = font, document
        self.state = font._assignState(document)
        self.codes: dict[int, str] = {}
        self.escaped: dict[int, str] = {}  # each code as the canvas escapes it
        self.characters: set[str] = set()
        self.seen = 0
        self.name: str | None = None

    def update(self) -> bool:
        assignments: dict[int, int] = self.state.assignments
        if len(assignments) != self.seen:
            # the newest assignments are the last ones (dicts keep their order)
            for code, number in islice(reversed(assignments.items()),
                                       len(assignments) - self.seen):
                if number < 256:
                    self.codes[code] = chr(number)
                    self.escaped[code] = _ESCAPED[number]
                    self.characters.add(chr(code))
            self.seen = len(assignments)
            space = assignments.get(32)
            if space is not None and space < 256:
                self.codes[0xA0] = chr(space)  # ReportLab draws a no-break space as a space
                self.escaped[0xA0] = _ESCAPED[space]
                self.characters.add("\xa0")
        return True

    def assign(self, visual: str) -> None:
        """Give the characters of `visual` that have no code yet theirs, as ReportLab does
        when it draws them (`splitString`, in the order they first appear), without
        encoding the whole string through ReportLab's loop per character."""
        missing = set(visual).difference(self.characters)
        if missing:
            self.font.splitString("".join(sorted(missing, key=visual.index)), self.document)
            self.update()

    def covers(self, visual: str) -> bool:
        return self.characters.issuperset(visual)

    def subset_name(self) -> str:
        if self.name is None:  # ReportLab names the subset (and registers it) once
            self.name = str(self.font.getSubsetInternalName(0, self.document))
        return self.name


def _first_subset_codes(font: Any, document: Any) -> _SubsetCodes:
    kept: dict[str, _SubsetCodes] = document.__dict__.setdefault("_awrach_subset_codes", {})
    found = kept.get(font.fontName)
    if found is None:
        found = kept[font.fontName] = _SubsetCodes(font, document)
    return found


def _text_of(lines: list[tuple[str, str]]) -> str:
    return "".join(line + joiner for line, joiner in lines)


HEADER_GREY = colors.HexColor("#e6e6e6")
TOTAL_GREY = colors.HexColor("#f3f3f3")
GRID_GREY = colors.HexColor("#808080")

Cell = str | Flowable | list[Flowable] | None


def arabic_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    header: bool = True,
    font: str = fonts.REGULAR,
    bold_font: str = fonts.BOLD,
    size: float = 10,
    leading: float | None = None,
    centred: Collection[int] = (),
    total: bool = False,
    grid: bool = True,
    valign: str = "MIDDLE",
    padding: tuple[float, float, float] = (2, 2, 4),
) -> Table:
    """A right-to-left table: the first logical column is printed on the right.

    `rows` and `col_widths` are given in reading order. Text cells become right-aligned
    ArabicParagraphs (None prints empty) and flowable cells (signature boxes) are kept as
    they are; the header row is bold and centred on light grey and repeats on every page
    the table runs onto. `centred` columns (numbers) are centred, `total` sets the last
    row in bold on a light ground, and `padding` is (top, bottom, sides) in points.
    """
    fonts.register_fonts()
    leading = leading if leading is not None else size * 1.5
    body = ArabicStyle(font_name=font, font_size=size, leading=leading)
    head = replace(body, font_name=bold_font, alignment="center")
    last = len(rows) - 1

    def cell(value: Cell, column: int, row: int) -> Flowable | list[Flowable]:
        if isinstance(value, Flowable | list):
            return value
        style = head if header and row == 0 else body
        if style is body and column in centred:
            style = replace(style, alignment="center")
        if total and row == last:
            style = replace(style, font_name=bold_font)
        return ArabicParagraph("" if value is None else str(value), style)

    data = [
        [cell(value, column, index) for column, value in reversed(list(enumerate(row)))]
        for index, row in enumerate(rows)
    ]
    top, bottom, sides = padding
    commands: list[tuple[Any, ...]] = [
        # A Table sets each cell's font before drawing it, Helvetica unless told:
        # that would name an unembedded Helvetica in the PDF even with flowable cells.
        ("FONT", (0, 0), (-1, -1), font, size, leading),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), sides),
        ("RIGHTPADDING", (0, 0), (-1, -1), sides),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY))
    if header and rows:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY))
    if total and rows:
        commands.append(("BACKGROUND", (0, last), (-1, last), TOTAL_GREY))
    return Table(
        data,
        colWidths=list(reversed(col_widths)),
        style=TableStyle(commands),
        repeatRows=1 if header and rows else 0,
        hAlign="RIGHT",
    )
