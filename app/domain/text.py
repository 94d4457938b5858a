"""The invisible bidi marks that keep Arabic text in order, named once for core and UI.

Qt and PDF viewers take a paragraph's direction from its first strong letter, so Arabic
text that starts with a number or a Latin word needs a mark in front, and a path or a code
inside an Arabic sentence needs isolating. The other way round, Babel's ar_MA output carries
marks that Amiri would draw as visible glyphs, so printed text is stripped of them.
Search folds text (`fold`) so that spellings a reader takes for one word compare equal.
"""

from __future__ import annotations

import unicodedata

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


# Letters a reader takes for the same one: typed with or without hamza, ta marbuta written
# as ha, alef maqsura as ya (as Lucene's ArabicNormalizer folds them), digits typed on an
# Arabic or a Persian keyboard, and the Persian ya and kaf some keyboards produce.
_FOLDED_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}
_DROPPED = (
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]  # tashkeel, tatweel
    + [chr(c) for c in range(0x200B, 0x2010)] + [ALM]  # zero-width and bidi marks
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
_FOLD = str.maketrans({**_FOLDED_LETTERS, **dict.fromkeys(_DROPPED, None)})


def fold(text: str) -> str:
    """The text as search compares it, so a word is found however it was typed.

    Arabic is written with optional marks and interchangeable letters ('احمد' and 'أحمد'
    are one name to a reader); Latin names arrive with or without accents and capitals.
    Stored search columns and typed queries both go through this one function.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_FOLD).casefold().split())


def plural_category(count: int) -> str:
    """The form Arabic gives a noun counted by `count` (CLDR's categories): "one" (شهر
    واحد), "two" (شهران), "few" for 3 to 10 in the last two digits (أشهر), "many" for 11
    to 99 (شهرا), "other" for 0 and round hundreds (مائة شهر)."""
    if count == 1:
        return "one"
    if count == 2:
        return "two"
    rest = abs(count) % 100
    if 3 <= rest <= 10:
        return "few"
    if 11 <= rest <= 99:
        return "many"
    return "other"


def reads_left_to_right(text: str) -> bool:
    """True when the first letter with a direction is Latin (a French name), as the
    Unicode bidi algorithm decides a paragraph's direction (rules P2-P3)."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False
