"""The typography of conventions and amendments: styles, list items, signature blocks.

Kept apart from the builders so that a convention and its amendments look alike: same
title, same article headings, same justified body, same signature blocks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from string import Template

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.documents import fonts
from app.documents.arabic import visual_line
from app.documents.flowables import ArabicParagraph, ArabicStyle, draw_string
from app.domain.conventions import Signatory, person_words

BODY = ArabicStyle(font_size=12, leading=19, alignment="justify", space_after=3)
PREAMBLE = replace(BODY, font_size=11.5, leading=18, space_after=1)
TITLE = ArabicStyle(font_name=fonts.BOLD, font_size=20, leading=30, alignment="center")
SUBTITLE = ArabicStyle(font_size=13, leading=20, alignment="center")
NUMBER = ArabicStyle(font_name=fonts.BOLD, font_size=12.5, leading=20, alignment="center")
CENTRED_BOLD = ArabicStyle(font_name=fonts.BOLD, font_size=13, leading=20, alignment="center",
                           space_before=6, space_after=6)
LEFT = replace(BODY, alignment="left", space_after=4)
HEADING = ArabicStyle(font_name=fonts.BOLD, font_size=12.5, leading=19, space_before=9,
                      space_after=2)
SECTION = replace(HEADING, space_before=4, space_after=4)
SIGNATURE_CAPACITY = ArabicStyle(font_name=fonts.BOLD, font_size=11, leading=16,
                                 alignment="center")
SIGNATURE_NAME = ArabicStyle(font_size=11, leading=16, alignment="center")
SIGNATURE_ROOM = 2.6 * cm  # blank height under each name, for the signature and the stamp
LIST_INDENT = 16  # points: the dash hangs in this space, the lines align after it
LIST_MARK = "–"
TOTAL_GREY = colors.HexColor("#f2f2f2")


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with its $placeholders replaced (the loader checked every name), as
    `string.Template.substitute` does it. A convention fills some 120 texts of its
    template: each is taken apart into its literal pieces and names once per process."""
    pieces = _pieces_of(text)
    if pieces is None:
        return Template(text).substitute(values)  # raises what Template raises
    return "".join(piece if is_text else str(values[piece]) for is_text, piece in pieces)


@lru_cache(maxsize=4096)
def _pieces_of(text: str) -> tuple[tuple[bool, str], ...] | None:
    """(True, literal) and (False, name) pieces of a template text, in order; None when
    a delimiter is ill-formed (left to Template, which says where)."""
    pieces: list[tuple[bool, str]] = []
    at = 0
    for match in Template.pattern.finditer(text):
        if match.group("invalid") is not None:
            return None
        pieces.append((True, text[at:match.start()]))
        named = match.group("named") or match.group("braced")
        pieces.append((True, Template.delimiter) if named is None else (False, named))
        at = match.end()
    pieces.append((True, text[at:]))
    return tuple(pieces)


def heading(text: str) -> ArabicParagraph:
    """A bold article heading that never ends a page alone."""
    paragraph = ArabicParagraph(text, HEADING)
    paragraph.keepWithNext = True
    return paragraph


def text_block(text: str, values: Mapping[str, str], style: ArabicStyle = BODY) -> list[Flowable]:
    """Each line of `text` as a paragraph, "- " lines as list items.

    A line whose placeholders all came out empty (an optional note) is left out rather
    than printed as a blank paragraph.
    """
    flowables: list[Flowable] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        names = Template(line).get_identifiers()
        if names and all(not values.get(name, "") for name in names):
            continue
        filled = fill(line, values).strip()
        if filled.startswith("- "):
            flowables.append(ListItem(filled[2:].strip(), style))
        elif filled:
            flowables.append(ArabicParagraph(filled, style))
    return flowables


class ListItem(Flowable):
    """A list item: a dash in the right-hand margin, the lines hanging after it.

    Wraps an ArabicParagraph narrowed by the indent, so it splits across pages the same
    way; only the first piece carries the dash.
    """

    def __init__(self, text: str, style: ArabicStyle, *, _paragraph: ArabicParagraph | None = None,
                 _marked: bool = True) -> None:
        super().__init__()
        self.style = style
        self.paragraph = _paragraph or ArabicParagraph(text, replace(style, space_before=0,
                                                                     space_after=0))
        self.marked = _marked

    def __repr__(self) -> str:
        return f"ListItem({self.paragraph.text[:40]!r})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(availWidth - LIST_INDENT, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces = self.paragraph.split(availWidth - LIST_INDENT, availHeight)
        if len(pieces) < 2:
            return [self] if pieces else []
        head, tail = pieces
        assert isinstance(head, ArabicParagraph) and isinstance(tail, ArabicParagraph)
        return [
            ListItem("", self.style, _paragraph=head, _marked=self.marked),
            ListItem("", replace(self.style, space_before=0), _paragraph=tail, _marked=False),
        ]

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.style.space_before if self.marked else 0

    def getSpaceAfter(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.style.space_after

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        if not self.marked:
            return
        style = self.style
        ascent, descent = getAscentDescent(style.font_name, style.font_size)
        baseline = self.height - ((style.leading - (ascent - descent)) / 2 + ascent)
        self.canv.setFont(style.font_name, style.font_size)
        draw_string(self.canv, self.width - 2, baseline, visual_line(LIST_MARK), "right")


def _named(signatory: Signatory) -> str:
    """"السيدة فاطمة ..." once the signatory's sex is known; the bare name otherwise (and
    in conventions drawn up before it was asked, whose paper must not change)."""
    if signatory.sex and signatory.name:
        return f"{person_words(signatory.sex).title} {signatory.name}"
    return signatory.name


def signature_table(signatories: Sequence[Signatory], width: float) -> Table:
    """Two signature blocks a row, the first on the right: capacity, name, then room."""
    blocks = [
        [ArabicParagraph(signatory.capacity, SIGNATURE_CAPACITY),
         ArabicParagraph(_named(signatory), SIGNATURE_NAME),
         Spacer(1, SIGNATURE_ROOM)]
        for signatory in signatories
    ]
    rows: list[list[object]] = []
    for start in range(0, len(blocks), 2):
        pair: list[object] = list(blocks[start : start + 2])
        if len(pair) == 1:
            pair.append("")
        rows.append(list(reversed(pair)))
    return Table(
        rows,
        colWidths=[width / 2, width / 2],
        style=TableStyle([
            # Without a FONT command a Table names Helvetica (unembedded) for each cell.
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 11),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ]),
        hAlign="RIGHT",
    )


def shade_last_row(table: Table) -> Table:
    """A total row set apart on light grey, as printed tables of amounts do."""
    table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), TOTAL_GREY)]))
    return table
