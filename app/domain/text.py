"""The invisible bidi marks that keep Arabic text in order, named once for core and UI.

Qt and PDF viewers take a paragraph's direction from its first strong letter, so Arabic
text that starts with a number or a Latin word needs a mark in front, and a path or a code
inside an Arabic sentence needs isolating. The other way round, Babel's ar_MA output carries
marks that Amiri would draw as visible glyphs, so printed text is stripped of them.
"""

from __future__ import annotations

RLM = "\u200f"  # right-to-left mark
LRM = "\u200e"  # left-to-right mark
ALM = "\u061c"  # Arabic letter mark
LRI = "\u2066"  # left-to-right isolate (a code or a reference kept whole)
FSI = "\u2068"  # first-strong isolate (a path whose direction is its own)
PDI = "\u2069"  # pops the isolate opened by LRI or FSI

_MARKS = dict.fromkeys(map(ord, RLM + LRM + ALM))


def strip_marks(text: str) -> str:
    """The text without RLM, LRM and ALM (isolates and other controls are kept)."""
    return text.translate(_MARKS)
