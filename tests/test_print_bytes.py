"""The shortcuts that make printing faster write the very bytes ReportLab's own code
writes: a reprint must keep the SHA-256 recorded when the paper was first printed, also
after an upgrade (issue 11, part 9)."""

from __future__ import annotations

import random
from collections.abc import Callable
from string import Template

import pytest
import segno
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from app.documents import convention_blocks, flowables, fonts, page
from app.documents.convention import (
    amendment_mark,
    build_amendment,
    build_convention,
    convention_mark,
)
from app.documents.font_subset import SubsetMaker
from app.documents.minutes import build_minutes
from tests.test_convention_document import amendment, sample, sample_with_people
from tests.test_minutes_document import SAMPLE


def reportlabs_own(canvas: Canvas, text: PDFTextObject,
                   pieces: tuple[tuple[str, str], ...]) -> list[str]:
    """What PDFTextObject.textOut appends for each piece: ReportLab's encoder alone."""
    return [operator for origin, visual in pieces
            for operator in (origin, text._formatText(visual))]  # type: ignore[attr-defined]


def reportlabs_string(canvas: Canvas, x: float, y: float, visual: str, align: str = "left") -> None:
    draw = {"right": canvas.drawRightString, "center": canvas.drawCentredString}
    draw.get(align, canvas.drawString)(x, y, visual)


def segnos(payload: str) -> tuple[bytearray, ...]:
    return tuple(segno.make(payload, error="m", micro=False, mask=0).matrix)


DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "convention": lambda: build_convention(sample(), None,
                                           convention_mark(sample(), (3, "ab" * 32))),
    "draft": lambda: build_convention(sample_with_people()),
    "amendment": lambda: build_amendment(amendment(), None, amendment_mark(amendment())),
    "minutes": lambda: build_minutes(SAMPLE),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_fast_paths_write_reportlabs_and_segnos_bytes(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = DOCUMENTS[name]()
    assert fast == DOCUMENTS[name]()  # a reprint is the same file
    monkeypatch.setattr(flowables, "_operators", reportlabs_own)
    monkeypatch.setattr(page, "qr_matrix", segnos)
    monkeypatch.setattr(flowables.ArabicParagraph, "drawOn", Flowable.drawOn)
    monkeypatch.delattr(page._Frame, "__deepcopy__")
    monkeypatch.setattr(fonts, "_widths", pdfdoc.PDFArray)
    monkeypatch.setattr(page, "draw_string", reportlabs_string)
    monkeypatch.setattr(convention_blocks, "draw_string", reportlabs_string)
    assert DOCUMENTS[name]() == fast


@pytest.mark.parametrize("font", [fonts.REGULAR, fonts.BOLD])
def test_subsets_are_reportlabs_own(font: str) -> None:
    fonts.register_fonts()
    face = pdfmetrics.getFont(font).face
    characters = sorted(face.charToGlyph)
    subsets = [characters[:200], characters[-256:], [32, 0x627, 0x644, 0x645, 0xFEFB, 0x30]]
    subsets += [random.Random(seed).sample(characters, 250) for seed in range(5)]
    maker = SubsetMaker(face)
    for subset in subsets:
        assert maker.make(subset) == TTFontFace.makeSubset(face, subset)


def test_fill_is_templates_substitute() -> None:
    values = {"name": "جمعية الأمل", "amount": "10.514,70", "empty": ""}
    for text in ["", "بلا متغير", "$name", "${name}ـ $amount درهم", "$$name = $$", "$empty$name",
                 "تكلفة $amount ($name)", "$NAME"]:
        try:
            expected: str | type[Exception] = Template(text).substitute(values)
        except KeyError:
            expected = KeyError
        if expected is KeyError:
            with pytest.raises(KeyError):
                convention_blocks.fill(text, values)
        else:
            assert convention_blocks.fill(text, values) == expected
    with pytest.raises(KeyError):
        convention_blocks.fill("$missing", values)
    with pytest.raises(ValueError):
        convention_blocks.fill("$ 5", values)
