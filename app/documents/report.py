"""The follow-up report a committee sends to the governor, the region or the ministry.

Cover, key figures, the charts (the same matplotlib drawings as on screen, taken as
vector SVG through svglib), their tables, the late items and a signature block, on the
common page with its verification mark. The builder takes plain data only.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer
from svglib.svglib import SvgRenderer, load_svg_file

from app.documents import fonts
from app.documents.flowables import ArabicParagraph, ArabicStyle, Cell, arabic_table
from app.documents.page import PageSetup, VerificationMark, content_width, render

TITLE = ArabicStyle(font_name=fonts.BOLD, font_size=20, leading=32, alignment="center")
SUBTITLE = ArabicStyle(font_name=fonts.BOLD, font_size=14, leading=24, alignment="center")
CENTRED = ArabicStyle(font_size=12, leading=20, alignment="center")
HEADING = ArabicStyle(font_name=fonts.BOLD, font_size=13, leading=22, space_before=10,
                      space_after=4)
BODY = ArabicStyle(font_size=11, leading=18, alignment="justify", space_after=4)
NOTE = ArabicStyle(font_size=9.5, leading=15, space_after=4)


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float | None] = ()  # in cm, None takes what is left
    note: str = ""  # shown instead of an empty table ("not entered yet")


@dataclass(frozen=True)
class ReportChart:
    title: str
    svg: bytes
    table: ReportTable | None = None


@dataclass(frozen=True)
class ReportData:
    letterhead: Sequence[str]
    title: str  # "تقرير تتبع تنفيذ برنامج أوراش"
    place: str  # "إقليم خنيفرة"
    edition_title: str
    period: str  # "من 1 يناير 2023 إلى 31 دجنبر 2023" or ""
    printed_on: str  # "2 دجنبر 2026"
    figures: Sequence[tuple[str, str]]  # (label, value as printed)
    charts: Sequence[ReportChart] = ()
    tables: Sequence[ReportTable] = ()  # late items, payments
    signatories: Sequence[str] = ("كاتب اللجنة", "رئيس اللجنة")
    reference: str = ""
    mark: VerificationMark | None = None
    keywords: Sequence[str] = field(default_factory=tuple)


def _fill(widths: Sequence[float | None]) -> list[float]:
    given = sum(w for w in widths if w is not None)
    free = [w for w in widths if w is None]
    rest = (content_width() / cm - given) / max(len(free), 1)
    return [(w if w is not None else rest) * cm for w in widths]


def _table(table: ReportTable) -> list[Flowable]:
    out: list[Flowable] = [ArabicParagraph(table.title, HEADING)] if table.title else []
    if not table.rows:
        out.append(ArabicParagraph(table.note or "لا شيء.", NOTE))
        return out
    widths = _fill(table.widths or [None] * len(table.headers))
    rows: list[list[Cell]] = [list(table.headers)]
    rows += [list(r) for r in table.rows]
    numeric = set(range(1, len(table.headers)))
    out.append(arabic_table(rows, widths, size=9, centred=numeric))
    if table.note:
        out.append(ArabicParagraph(table.note, NOTE))
    return out


class _GlyphCache:
    """Parses each distinct SVG path once per chart.

    matplotlib writes every glyph once in <defs> and places it with <use>; svglib parses
    the referenced path again at each use, which made three quarters of a report's time.
    A deep copy of the parsed shape is as good as parsing it again, and much quicker.
    """

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        self.convert = convert
        self.parsed: dict[str, Any] = {}

    def __call__(self, node: Any) -> Any:
        d = node.get("d")
        found = self.parsed.get(d) if d else None
        if found is None:
            found = self.convert(node)
            if d and found is not None:
                self.parsed[d] = found
        return None if found is None else found.copy()


def chart_drawing(svg: bytes, width: float, height: float = 16 * cm) -> Drawing:
    """The chart's SVG as a ReportLab drawing scaled to `width` points, or less when it
    would be taller than `height`."""
    root = load_svg_file(io.BytesIO(svg))
    if root is None:
        raise ValueError("chart SVG could not be read")
    renderer = SvgRenderer("chart.svg")
    converter = renderer.shape_converter
    converter.convertPath = _GlyphCache(converter.convertPath)  # type: ignore[method-assign]
    drawing = renderer.render(root)
    scale = min(width / drawing.width, height / drawing.height)
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.hAlign = "CENTER"
    return drawing


def report_story(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 1.2 * cm),
        ArabicParagraph(data.title, TITLE),
        ArabicParagraph(data.place, SUBTITLE),
        ArabicParagraph(data.edition_title, SUBTITLE),
    ]
    if data.period:
        story.append(ArabicParagraph(data.period, CENTRED))
    story += [Spacer(1, 0.6 * cm), ArabicParagraph(f"حرر في {data.printed_on}", CENTRED)]
    if data.reference:
        story.append(ArabicParagraph(f"مرجع التقرير: {data.reference}", CENTRED))
    story += [Spacer(1, 0.6 * cm), ArabicParagraph("المؤشرات الرئيسية", HEADING)]
    rows: list[list[Cell]] = [["المؤشر", "القيمة"]]
    rows += [[k, v] for k, v in data.figures]
    story.append(arabic_table(rows, _fill([None, 5.5]), size=10.5, centred={1}))
    story.append(PageBreak())
    width = content_width()
    for chart in data.charts:
        block: list[Flowable] = [ArabicParagraph(chart.title, HEADING),
                                 chart_drawing(chart.svg, width * 0.92)]
        story.append(CondPageBreak(6 * cm))
        story.append(KeepTogether(block))
        if chart.table is not None:
            story += _table(chart.table)
    for table in data.tables:
        story.append(CondPageBreak(4 * cm))
        story += _table(table)
    story += [CondPageBreak(5 * cm), Spacer(1, 0.8 * cm)]
    boxes: list[Cell] = [[ArabicParagraph(who, ArabicStyle(font_name=fonts.BOLD,
                                                              font_size=11, leading=18,
                                                              alignment="center")),
                          Spacer(1, 2.2 * cm)] for who in data.signatories]
    story.append(arabic_table([boxes], [width / len(boxes)] * len(boxes), header=False,
                              grid=False, valign="TOP"))
    return story


def report_setup(data: ReportData) -> PageSetup:
    return PageSetup(title=f"{data.title} – {data.place} – {data.edition_title}",
                     letterhead=tuple(data.letterhead), reference=data.reference,
                     mark=data.mark, keywords=("تقرير", "أوراش", *data.keywords))


def build_report(data: ReportData) -> bytes:
    """The report as PDF bytes: identical data gives identical bytes."""
    return render(report_story(data), report_setup(data))
