"""The page every document of the app is printed on: A4, the administration's letterhead,
"الصفحة 1 من 3", a place for initials, and the verification mark.

One module so that conventions, minutes, certificates and reports share one typography.
The binding edge of an Arabic document is on the right, so that margin is the widest.
Documents are built in ReportLab's invariant mode: the same data gives the same bytes,
so a reprint carries the same SHA-256.
"""

from __future__ import annotations

import copy
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app.documents import fonts
from app.documents.arabic import fit_line, shape, visual_line
from app.documents.flowables import draw_string
from app.documents.qr import qr_matrix
from app.domain.audit_chain import short_hash

PAGE_WIDTH, PAGE_HEIGHT = A4
BINDING_MARGIN = 3.0 * cm  # right: where the pages are stapled or bound
OUTER_MARGIN = 2.0 * cm
TOP_MARGIN = 1.6 * cm
BOTTOM_MARGIN = 2.6 * cm
LETTERHEAD_HEIGHT = 3.4 * cm  # first page only
RUNNING_HEAD_HEIGHT = 1.0 * cm  # later pages
QR_SIZE = 2.2 * cm
GREY = colors.HexColor("#555555")
RULE_GREY = colors.HexColor("#999999")


@dataclass(frozen=True)
class VerificationMark:
    """What lets a reader check a paper against the database: a QR code with the full
    payload, and a short code a person can type."""

    payload: str
    short_code: str
    # The head of the audit chain when the document was first printed: printed under the QR
    # code, a copy of the chain kept outside the database (app/services/audit_chain.py).
    audit_seq: int = 0
    audit_hash: str = ""

    @property
    def audit_keyword(self) -> str:
        """"AWRACH-AUDIT|1234|<64 hex digits>" in the PDF's keywords ("" without a head)."""
        return f"AWRACH-AUDIT|{self.audit_seq}|{self.audit_hash}" if self.audit_hash else ""


@dataclass(frozen=True)
class PageSetup:
    """Everything drawn around the text of a document."""

    title: str
    letterhead: Sequence[str]
    reference: str = ""  # the document's number, repeated in the running head
    initials: bool = False  # an "initials" box on each page (conventions are initialled)
    mark: VerificationMark | None = None
    author: str = "Awrach Desk"
    keywords: Sequence[str] = field(default_factory=tuple)
    landscape: bool = False  # registers with a column per day

    @property
    def size(self) -> tuple[float, float]:
        return (PAGE_HEIGHT, PAGE_WIDTH) if self.landscape else (PAGE_WIDTH, PAGE_HEIGHT)


def draw_text(canvas: Canvas, text: str, x: float, y: float, *, font: str | None = None,
              size: float = 10, align: str = "right") -> float:
    """Draw one line of logical Arabic text anchored at x; returns its width."""
    visual = visual_line(shape(text))
    font = font or fonts.regular()
    canvas.setFont(font, size)
    width = stringWidth(visual, font, size)
    draw_string(canvas, x, y, visual, align)
    return width


_DARK_RUN = re.compile(b"[^\\x00]+")


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code with its lower-left corner at (x, y): encoded as segno does it (`qr`,
    about 0.3 ms, a hundredth of ReportLab's own widget) and each run of dark modules
    drawn as one rectangle."""
    matrix = qr_matrix(payload)
    border = 2
    modules = len(matrix) + 2 * border
    unit = size / modules
    # The operators ReportLab's path.rect writes, with each coordinate formatted once per
    # code instead of four times per rectangle (the same text, half the time).
    lefts = [fp_str(x + (column + border) * unit) for column in range(len(matrix))]
    widths = [fp_str(length * unit) for length in range(len(matrix) + 1)]
    height = fp_str(unit)
    rects = []
    for row_index, row in enumerate(matrix):
        top = fp_str(y + size - (row_index + border + 1) * unit)
        for run in _DARK_RUN.finditer(bytes(row)):
            start, end = run.span()
            rects.append(f"{lefts[start]} {top} {widths[end - start]} {height} re")
    path = canvas.beginPath()
    for rect in rects:
        path._code_append(rect)  # type: ignore[attr-defined]  # what path.rect() appends
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page until the end so that each can say "الصفحة n من N".

    Several documents may share one file (`render_many`): each page remembers the index
    of its document (set by its page template), and numbering restarts with each one.
    """

    setups: Sequence[PageSetup]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []
        self.document_index = 0

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # private in ReportLab, not in its stubs

    def save(self) -> None:
        totals: Counter[object] = Counter(state["document_index"] for state in self._pages)
        numbers: Counter[int] = Counter()
        for state in self._pages:
            self.__dict__.update(state)
            index = self.document_index
            numbers[index] += 1
            _draw_footer(self, self.setups[index], numbers[index], totals[index])
            super().showPage()
        super().save()


def _draw_letterhead(canvas: Canvas, setup: PageSetup) -> None:
    page_width, page_height = setup.size
    top = page_height - TOP_MARGIN
    centre = page_width - BINDING_MARGIN - 3.5 * cm
    for index, line in enumerate(setup.letterhead):
        draw_text(canvas, line, centre, top - 10 - index * 15,
                  font=fonts.bold() if index == 0 else fonts.regular(), size=11 if index else 12,
                  align="center")
    if setup.letterhead:
        low = top - 10 - (len(setup.letterhead) - 1) * 15 - 6
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(centre - 2.2 * cm, low, centre + 2.2 * cm, low)
    if setup.mark:
        x = OUTER_MARGIN
        y = top - QR_SIZE
        draw_qr(canvas, setup.mark.payload, x, y, QR_SIZE)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.regular(), 8)
        draw_string(canvas, x + QR_SIZE / 2, y - 9, setup.mark.short_code, "center")
        if setup.mark.audit_hash:
            draw_text(canvas, f"سجل التدقيق: القيد {setup.mark.audit_seq}", x + QR_SIZE / 2,
                      y - 18, size=6, align="center")
            canvas.setFont(fonts.regular(), 6)
            draw_string(canvas, x + QR_SIZE / 2, y - 25, short_hash(setup.mark.audit_hash),
                        "center")
        canvas.setFillColor(colors.black)


def _draw_running_head(canvas: Canvas, setup: PageSetup) -> None:
    page_width, page_height = setup.size
    y = page_height - TOP_MARGIN - 12
    canvas.setFillColor(GREY)
    room = page_width - BINDING_MARGIN - OUTER_MARGIN
    if setup.reference:
        room -= draw_text(canvas, setup.reference, OUTER_MARGIN, y, size=9, align="left") + 18
    draw_text(canvas, fit_line(setup.title, fonts.regular(), 9, room),
              page_width - BINDING_MARGIN, y, size=9)
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(OUTER_MARGIN, y - 6, page_width - BINDING_MARGIN, y - 6)


def _draw_footer(canvas: Canvas, setup: PageSetup, number: int, total: int) -> None:
    page_width = setup.size[0]
    y = BOTTOM_MARGIN - 1.2 * cm
    canvas.saveState()
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(OUTER_MARGIN, y + 14, page_width - BINDING_MARGIN, y + 14)
    canvas.setFillColor(GREY)
    draw_text(canvas, f"الصفحة {number} من {total}", page_width / 2, y, size=9, align="center")
    if setup.mark:
        draw_text(canvas, f"رمز التحقق: {setup.mark.short_code}", page_width - BINDING_MARGIN, y,
                  size=8)
    if setup.initials:
        box_width, box_height = 4.2 * cm, 1.1 * cm
        canvas.rect(OUTER_MARGIN, y - box_height + 10, box_width, box_height, stroke=1, fill=0)
        draw_text(canvas, "الأحرف الأولى للأطراف", OUTER_MARGIN + box_width / 2, y + 2, size=7,
                  align="center")
    canvas.restoreState()


class _Frame(Frame):
    """A frame that copies itself cheaply. ReportLab deep-copies the frame each time it
    measures a KeepTogether (a convention's last article and its signatures, every time
    the layout tries them): the frame holds numbers and strings, which need no copying,
    and a list of backgrounds, which is copied as before."""

    def __deepcopy__(self, memo: dict[int, object]) -> _Frame:
        copied = self.__class__.__new__(self.__class__)
        copied.__dict__.update({
            name: copy.deepcopy(value, memo) if isinstance(value, list | dict | set) else value
            for name, value in self.__dict__.items()
        })
        return copied


class _Document(BaseDocTemplate):
    """A first-page and a later-page template per document; `info` fills the PDF's
    document information (title, subject, keywords)."""

    def __init__(self, buffer: io.BytesIO, setups: Sequence[PageSetup], info: PageSetup) -> None:
        page_width, page_height = setups[0].size
        super().__init__(
            buffer,
            pagesize=(page_width, page_height),
            leftMargin=OUTER_MARGIN,
            rightMargin=BINDING_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=info.title,
            author=info.author,
            creator="Awrach Desk",
            subject=info.reference,
            # The verification payload always travels in the keywords: `awrach verify`
            # reads it there (app/documents/verification.py).
            keywords=[*info.keywords, *([info.mark.payload] if info.mark else []),
                      *([info.mark.audit_keyword] if info.mark and info.mark.audit_hash
                        else [])],
            invariant=1,
            **fonts.canvas_options(),
        )
        templates = []
        for index, setup in enumerate(setups):
            page_width, page_height = setup.size
            width = page_width - OUTER_MARGIN - BINDING_MARGIN
            first = _Frame(OUTER_MARGIN, BOTTOM_MARGIN, width,
                          page_height - TOP_MARGIN - BOTTOM_MARGIN - LETTERHEAD_HEIGHT,
                          id="first")
            later = _Frame(OUTER_MARGIN, BOTTOM_MARGIN, width,
                          page_height - TOP_MARGIN - BOTTOM_MARGIN - RUNNING_HEAD_HEIGHT,
                          id="later")
            templates += [
                PageTemplate(_template_id("first", index), [first],
                             onPage=_page_start(_draw_letterhead, setup, index),
                             autoNextPageTemplate=_template_id("later", index)),
                PageTemplate(_template_id("later", index), [later],
                             onPage=_page_start(_draw_running_head, setup, index)),
            ]
        self.addPageTemplates(templates)


def _template_id(kind: str, index: int) -> str:
    return kind if index == 0 else f"{kind}-{index}"


def _page_start(
    draw: Callable[[Canvas, PageSetup], None], setup: PageSetup, index: int
) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.document_index = index  # type: ignore[attr-defined]
        draw(canvas, setup)

    return on_page


def content_width(landscape: bool = False) -> float:
    """The width a flowable gets between the margins (frames pad it by 6 pt each side)."""
    page_width = PAGE_HEIGHT if landscape else PAGE_WIDTH
    return page_width - OUTER_MARGIN - BINDING_MARGIN - 12


def render(story: list[Flowable], setup: PageSetup) -> bytes:
    """The PDF bytes of a story on our page: identical for identical input."""
    return _build([(story, setup)], setup)


def render_many(documents: Sequence[tuple[Sequence[Flowable], PageSetup]], *, title: str,
                keywords: Sequence[str] = ()) -> bytes:
    """Several documents in one PDF (a batch to print at once), each starting on a new
    page with its own letterhead, mark and "الصفحة 1 من N", as if printed one by one."""
    if not documents:
        raise ValueError("render_many needs at least one document")
    info = PageSetup(title=title, letterhead=(), keywords=tuple(keywords))
    return _build(documents, info)


def _build(documents: Sequence[tuple[Sequence[Flowable], PageSetup]], info: PageSetup) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    setups = [setup for _, setup in documents]
    document = _Document(buffer, setups, info)
    story: list[Flowable] = []
    for index, (flowables, _) in enumerate(documents):
        if index:
            story += [NextPageTemplate(_template_id("first", index)), PageBreak()]
        story += flowables

    def canvas_maker(*args: object, **kwargs: object) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.setups = setups
        return canvas

    document.build(story, canvasmaker=canvas_maker)
    return buffer.getvalue()
