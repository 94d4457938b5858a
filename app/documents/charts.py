"""One chart builder for the window and for paper.

matplotlib (3.11 or later) shapes Arabic and orders it right to left by itself, so labels
are given as logical text, never reshaped. The same `Figure` is drawn by the Qt canvas in
the window and written as SVG (glyphs as paths) for ReportLab through svglib, so the chart
on screen and the chart in the PDF are one drawing. Charts read right to left: the first
category stands on the right and the value axis is on the right.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from decimal import Decimal

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from app.domain import formats
from app.paths import fonts_dir

FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
# Noto Sans Arabic has no Latin letters: DejaVu Sans (shipped with matplotlib) takes them.
FAMILY = ["Noto Sans Arabic", "DejaVu Sans"]
BAR = "#2f6f8f"
TARGET = "#c8d6df"
TEXT = "#222222"
_lock = threading.Lock()
_ready = False


def _setup() -> None:
    global _ready
    if _ready:
        return
    with _lock:
        if not _ready:
            for name in FONT_FILES:
                path = fonts_dir() / name
                if path.exists():
                    font_manager.fontManager.addfont(str(path))
            matplotlib.rcParams["svg.fonttype"] = "path"
            matplotlib.rcParams["svg.hashsalt"] = "awrach"  # the same SVG for the same data
            _ready = True


def _number(value: float) -> str:
    """Thousands with a dot and decimals with a comma, as Moroccan documents write them."""
    return formats.number(value, 0 if abs(value) >= 100 or float(value).is_integer() else 1)


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int | float | Decimal],
              *, value_label: str = "", width: float = 6.0, height: float | None = None,
              horizontal: bool | None = None, empty_text: str = "") -> Figure:
    """Bars for a breakdown, laid out right to left, each bar labelled with its value.

    Many categories or long names (communes, domains) give horizontal bars, growing
    leftwards from the right edge, the first category on top, so Arabic names stay whole.
    """
    _setup()
    numbers = [float(v) for v in values]
    if horizontal is None:
        horizontal = len(labels) > 5 or any(len(text) > 14 for text in labels)
    if height is None:
        height = max(2.6, 0.32 * len(labels) + 1.2) if horizontal else 3.2
    figure = Figure(figsize=(width, height), dpi=100)
    axes = figure.add_subplot()
    if title:
        axes.set_title(title, fontfamily=FAMILY, fontsize=11, color=TEXT, loc="right")
    if not labels:
        axes.set_axis_off()
        axes.text(0.5, 0.5, empty_text or "—", ha="center", va="center",
                  fontfamily=FAMILY, fontsize=11, color="#777777", transform=axes.transAxes)
        figure.subplots_adjust(left=0.04, right=0.96)
        return figure
    positions = list(range(len(labels)))
    top = max(numbers) if numbers and max(numbers) > 0 else 1.0
    if horizontal:
        axes.barh(positions, numbers, color=BAR, height=0.65)
        axes.set_yticks(positions, labels, fontfamily=FAMILY, fontsize=8.5)
        axes.invert_yaxis()  # the first category on top
        axes.invert_xaxis()  # bars grow from the right
        axes.yaxis.tick_right()
        axes.set_xlim(top * 1.18, 0)
        for position, value in zip(positions, numbers, strict=True):
            axes.text(value + top * 0.01, position, _number(value), va="center", ha="right",
                      fontfamily=FAMILY, fontsize=8, color=TEXT)
        if value_label:
            axes.set_xlabel(value_label, fontfamily=FAMILY, fontsize=8.5)
    else:
        axes.bar(positions, numbers, color=BAR, width=0.6)
        axes.set_xticks(positions, labels, fontfamily=FAMILY, fontsize=8.5)
        axes.invert_xaxis()  # the first category on the right
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")
        axes.set_ylim(0, top * 1.18)
        for position, value in zip(positions, numbers, strict=True):
            axes.text(position, value + top * 0.02, _number(value), ha="center", va="bottom",
                      fontfamily=FAMILY, fontsize=8, color=TEXT)
        if value_label:
            axes.set_ylabel(value_label, fontfamily=FAMILY, fontsize=8.5)
    value_axis = axes.xaxis if horizontal else axes.yaxis
    value_axis.set_major_formatter(FuncFormatter(lambda v, _pos: _number(v)))
    value_axis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    for side in ("top", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8)
    # Fixed margins rather than tight_layout(), which lays every text out twice (the
    # dearest part of a chart): room on the right for Arabic labels or the value axis.
    longest = max(len(text) for text in labels)
    inches = 0.4 + 0.075 * longest if horizontal else 0.55
    figure.subplots_adjust(left=0.04, right=max(0.35, 1 - min(inches, width * 0.55) / width),
                           top=1 - (0.45 if title else 0.15) / height,
                           bottom=(0.55 if horizontal else 0.75) / height)
    return figure


def svg_bytes(figure: Figure) -> bytes:
    """The figure as SVG with every glyph drawn as a path (no font needed to read it)."""
    _setup()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def png_bytes(figure: Figure, dpi: int = 100) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
