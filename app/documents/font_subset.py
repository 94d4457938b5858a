"""The TrueType subset embedded in a PDF, made from glyph data read once per process.

Every convention embeds its own subset of Amiri Regular (the partner's name, the place and
the amounts bring their own letters), so the subset cannot be kept whole from one document
to the next. ReportLab's `makeSubset` reads each glyph, and the components of each composite
glyph, through the font file again for every document (about 1 ms); here what a glyph
contributes (its bytes, where its component numbers sit, its metrics) is read once, and the
subset is put together from it.

The result must be, byte for byte, the file ReportLab makes: signed papers are reprinted
and checked by their SHA-256. So the tables are the same, in the same order, assembled by
ReportLab's own `TTFontMaker`; tests/test_print_bytes.py compares the two on every subset a
set of documents needs.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFontMaker,
)

_COPIED = ("name", "OS/2", "cvt ", "fpgm", "prep")  # taken over as they are
_USHORT = struct.Struct(">H")


class _Glyph:
    """One glyph of the font as a subset needs it."""

    __slots__ = ("component_numbers", "components", "data", "padded", "padding")

    def __init__(self, data: bytes, components: tuple[tuple[int, int], ...]) -> None:
        self.data = data
        # (offset in `data` of a component's glyph number, that number), in file order
        self.components = components
        self.component_numbers = tuple(number for _, number in components)
        self.padding = b"\0" * (-len(data) % 4)
        self.padded = data + self.padding  # as it lies in a subset without components


class SubsetMaker:
    """Makes subsets of one font face; keeps what each glyph contributes once read."""

    def __init__(self, face: Any) -> None:
        self.face = face
        self.glyf: bytes = face.get_table("glyf")
        self.positions: list[int] = face.glyphPos
        self.metrics: list[tuple[int, int]] = [(int(aw), int(lsb)) for aw, lsb in face.hmetrics]
        self.copied = [(tag, face.get_table(tag)) for tag in _COPIED if tag in face.table]
        self.post = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self.hhea: bytes = face.get_table("hhea")
        self.maxp: bytes = face.get_table("maxp")
        self.head: bytes = face.get_table("head")
        self.glyphs: dict[int, _Glyph] = {}

    def glyph(self, number: int) -> _Glyph:
        found = self.glyphs.get(number)
        if found is None:
            found = self.glyphs[number] = self._read(number)
        return found

    def _read(self, number: int) -> _Glyph:
        start = self.positions[number]
        data = self.glyf[start:self.positions[number + 1]]
        if 0 < len(data) <= 2:
            raise _Unusual  # ReportLab reads such a glyph in two different ways
        components: list[tuple[int, int]] = []
        if data and struct.unpack_from(">h", data)[0] < 0:
            at, flags = 10, GF_MORE_COMPONENTS
            while flags & GF_MORE_COMPONENTS:
                flags, component = struct.unpack_from(">HH", data, at)
                components.append((at + 2, component))
                at += 4 + (4 if flags & GF_ARG_1_AND_2_ARE_WORDS else 2)
                if flags & GF_WE_HAVE_A_SCALE:
                    at += 2
                elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                    at += 4
                elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                    at += 8
        return _Glyph(data, tuple(components))

    def make(self, subset: Sequence[int]) -> bytes | None:
        """The subset's font file, or None for a font whose glyphs this does not handle."""
        try:
            return self._make(subset)
        except _Unusual:
            return None

    def _make(self, subset: Sequence[int]) -> bytes:
        char_to_glyph = self.face.charToGlyph
        old_of = [0]  # new glyph number -> number in the font ("missing" stays 0)
        new_of = {0: 0}
        codes = []
        for code in subset:
            old = char_to_glyph.get(code, 0)
            new = new_of.get(old)
            if new is None:
                new = new_of[old] = len(old_of)
                old_of.append(old)
            codes.append(new)
        glyphs = []
        known, read = self.glyphs, self.glyph
        index = 0
        while index < len(old_of):  # composite glyphs bring their components along
            old = old_of[index]
            glyph = known.get(old) or read(old)
            glyphs.append(glyph)
            for component in glyph.component_numbers:
                if component not in new_of:
                    new_of[component] = len(old_of)
                    old_of.append(component)
            index += 1

        output = TTFontMaker()
        for tag, table in self.copied:
            output.add(tag, table)
        output.add("post", self.post)

        count = len(old_of)
        metrics = self.metrics
        widths = [metrics[old][0] for old in old_of]
        full = count  # full (width, side bearing) pairs: the last run of equal widths shares one
        while full > 1 and widths[full - 1] == widths[full - 2]:
            full -= 1
        hmtx: list[int] = []
        for old in old_of[:full]:
            hmtx += metrics[old]
        hmtx += [metrics[old][1] for old in old_of[full:]]
        output.add("hmtx", struct.pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", _with_ushort(self.hhea, 34, full))
        output.add("maxp", _with_ushort(self.maxp, 4, count))

        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset), *codes]
        output.add("cmap", struct.pack(f">{len(cmap)}H", *cmap))

        pieces = [glyph.padded for glyph in glyphs]
        for index, glyph in enumerate(glyphs):
            if glyph.components:  # component numbers become the subset's
                patched = bytearray(glyph.padded)
                for at, component in glyph.components:
                    _USHORT.pack_into(patched, at, new_of[component])
                pieces[index] = bytes(patched)
        offsets = list(accumulate(map(len, pieces), initial=0))
        position = offsets[-1]
        output.add("glyf", b"".join(pieces))

        if (position + 1) >> 1 > 0xFFFF:
            loca_format = 1
            loca = struct.pack(f">{len(offsets)}L", *offsets)
        else:
            loca_format = 0
            loca = struct.pack(f">{len(offsets)}H", *[offset >> 1 for offset in offsets])
        output.add("loca", loca)
        output.add("head", _with_ushort(self.head, 50, loca_format))
        return bytes(output.makeStream())


class _Unusual(Exception):
    """A glyph this maker leaves to ReportLab."""


def _with_ushort(table: bytes, offset: int, value: int) -> bytes:
    return table[:offset] + _USHORT.pack(value) + table[offset + 2:]
