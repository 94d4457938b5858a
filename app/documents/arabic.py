"""Arabic text for ReportLab: clean, shape, break into lines in logical order, then reorder.

ReportLab draws glyphs left to right and neither joins Arabic letters nor reorders
right-to-left text (see TECH-NOTES "Arabic in ReportLab"). So the order of work is fixed:
1. `clean` the logical text of invisible marks that Amiri would draw as glyphs;
2. `shape` it (arabic-reshaper picks the joined form of each letter and lam-alef ligatures);
3. break it into lines in LOGICAL order, measuring the shaped form (`wrap_logical`);
4. reorder each line on its own (`visual_line`, python-bidi). Reordering a whole paragraph
   before breaking it would print its last line first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from functools import lru_cache
from typing import Any

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.text import LRI, PDI

_ZWNJ, _ZWJ = "\u200c", "\u200d"

# Default configuration: lam-alef ligatures on, harakat deleted (ReportLab cannot place
# marks over letters: they would print beside them), ZWJ honoured.
_RESHAPER = ArabicReshaper()


class _SettledConfiguration:
    """The reshaper's settings with each yes/no answer read once: `reshape` asks the
    configparser section for six of them on every call, which is most of what reshaping
    the new words of a convention costs. The settings never change after start-up."""

    def __init__(self, section: Any) -> None:
        self._section = section
        self._answers: dict[str, Any] = {}

    def getboolean(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 (configparser's name)
        if args or kwargs:
            return self._section.getboolean(key, *args, **kwargs)
        if key not in self._answers:
            self._answers[key] = self._section.getboolean(key)
        return self._answers[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._section, name)


_RESHAPER.configuration = _SettledConfiguration(_RESHAPER.configuration)

# A left-to-right run inside an Arabic line: codes ("FCE7-0458-2500"), numbers and
# references ("05.301/AWR/2023/007", "05.301/2023/001/A1"), e-mail, URLs, amounts, and
# digit groups separated by single spaces (a grouped RIB "011 810 0000012345678901 23", a
# phone number "+212 5 35 12 34 56"). Left to the bidi algorithm, a separator between a
# Latin letter and a digit takes the Arabic paragraph's direction, and a digit group after
# an Arabic word becomes an Arabic number: the groups then print in reverse order (a code
# starting with digits, a number pattern with Latin letters). Isolating the whole run
# left to right (LRI ... PDI, which python-bidi 0.6 honours) prints it as it is typed.
_LATIN = "A-Za-z0-9\u00C0-\u024F"
_PIECE = rf"[{_LATIN}]+(?:[-./:@_+,#]{{1,3}}[{_LATIN}]+)*"
_DIGIT_PIECE = r"\d+(?:[.,/]\d+)*"
_LTR_RUN = re.compile(rf"\+?{_PIECE}(?: {_DIGIT_PIECE}(?![{_LATIN}]))*")
# What makes a run more than one word: only such a run can be broken apart by the bidi
# algorithm (a single word or number already keeps its order).
_JOINED = re.compile(r"[^" + _LATIN + r"]")


def isolate_runs(text: str) -> str:
    """`text` with each left-to-right run of several pieces wrapped in LRI ... PDI."""
    return _LTR_RUN.sub(
        lambda m: f"{LRI}{m.group(0)}{PDI}" if _JOINED.search(m.group(0)) else m.group(0),
        text)


# What a reader takes as one unit and a line must never break: a left-to-right run with
# spaces inside (a grouped RIB, a phone number), a figure and the currency after it
# ("10.514,70 درهم"), and "لـ" glued to what follows it ("الموافق لـ 26 ماي 2023": the
# particle would otherwise end a line alone). Their spaces are held as no-break spaces
# while lines are filled, then given back.
_NBSP = "\u00a0"
_UNITS = re.compile(
    r"\d[\d.,]*\d? (?:درهما|درهم|دراهم|سنتيما|سنتيم)"
    + r"|(?<!\S)لـ \S+|"
    + _LTR_RUN.pattern)


def _bind_units(paragraph: str) -> str:
    return _UNITS.sub(lambda m: m.group(0).replace(" ", _NBSP), paragraph)


def _is_invisible(char: str) -> bool:
    """Format characters (bidi marks, embeddings, isolates, BOM, soft hyphen...).

    ZWJ and ZWNJ are kept for the reshaper: they decide whether letters join.
    """
    return unicodedata.category(char) == "Cf" and char not in (_ZWJ, _ZWNJ)


# The blocks where Unicode puts its format characters (category Cf), filtered by
# `_is_invisible` and compiled once: a generator over every character of every string
# took a sixth of a convention's build time.
_CF_BLOCKS = ((0x00AD, 0x00AD), (0x0600, 0x06FF), (0x070F, 0x070F), (0x0890, 0x08E2),
              (0x180E, 0x180E), (0x200B, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
              (0x110BD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
              (0x1D173, 0x1D17A), (0xE0001, 0xE007F))
_INVISIBLE = re.compile("[" + "".join(
    re.escape(chr(code)) for start, end in _CF_BLOCKS for code in range(start, end + 1)
    if _is_invisible(chr(code))) + "]")


def clean(text: str) -> str:
    """The text without invisible marks, with Unix line ends and tabs as spaces.

    Babel's ar_MA dates and amounts carry U+200F, and pasted text carries U+200E, U+061C
    and embeddings (U+202A-U+202E, U+2066-U+2069): Amiri draws these as visible glyphs or
    lacks them, and the line's direction is decided here anyway.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isascii():
        return text
    return _INVISIBLE.sub("", text)


# The shaped form of each word met so far. Letters never join across a space and the
# reshaper's ligatures (lam-alef, "الله") lie within a word, so a text's shaped form is
# its words' shaped forms joined by spaces. A convention's paragraphs differ by a name or
# an amount, but their words recur: in a batch almost every word is already here.
_SHAPED_WORDS: dict[str, str] = {}
_SHAPED_WORDS_KEPT = 50_000


def _reshaped(text: str) -> str:
    return _RESHAPER.reshape(text).replace(_ZWNJ, "").replace(_ZWJ, "")


@lru_cache(maxsize=2048)
def shape(text: str) -> str:
    """Arabic letters in their joined presentation forms, still in logical order.

    Cached by text and by word: documents repeat the same names, labels and words many
    times. The words not met yet are reshaped in one call.
    """
    cleaned = clean(text)
    if cleaned.isascii():
        return cleaned
    words = cleaned.split(" ")
    known = _SHAPED_WORDS
    missing = list(dict.fromkeys(word for word in words if word not in known))
    if missing:
        if len(known) > _SHAPED_WORDS_KEPT:
            known.clear()
        shaped = _reshaped(" ".join(missing)).split(" ")
        if len(shaped) != len(missing):  # cannot happen with these ligatures; be exact
            shaped = [_reshaped(word) for word in missing]
        known.update(zip(missing, shaped, strict=True))
    return " ".join(known[word] for word in words)


def _bidi_levels(text: str) -> list[int] | None:
    """The resolved embedding level of each character, from python-bidi's debug output.

    python-bidi 0.6 (Rust) reorders but does not mirror brackets, and exposes the levels
    only in its debug text (one level per UTF-8 byte). None when that text cannot be read.
    """
    debug = str(get_display(text, base_dir="R", debug=True))
    block = debug.partition("levels: [")[2].partition("paragraphs:")[0]
    per_byte = [int(level) for level in re.findall(r"Level\(\s*(\d+)", block)]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


_MIRRORED_CHARACTERS = frozenset(MIRRORED)


def _mirror(text: str) -> str:
    """Swap brackets that sit in right-to-left runs for their mirror (rule L4 of UAX #9).

    "(03)" inside an Arabic sentence must print as "(03)" read from the right, not ")03(".
    Mirror pairs share their bidi class, so swapping them first does not change the order.
    """
    if _MIRRORED_CHARACTERS.isdisjoint(text):
        return text
    levels = _bidi_levels(text)
    if levels is None:
        return text
    return "".join(
        MIRRORED.get(char, char) if level % 2 else char
        for char, level in zip(text, levels, strict=True)
    )


@lru_cache(maxsize=8192)
def visual_line(logical_line: str) -> str:
    """ONE line, shaped and in the left-to-right order ReportLab draws, in a right-to-left
    paragraph. Latin words, numbers, dates and amounts keep their own order.

    Cached: a batch of conventions repeats the template's lines a hundred times.
    """
    text = isolate_runs(shape(logical_line))
    display = str(get_display(_mirror(text), base_dir="R"))
    return display.replace(LRI, "").replace(PDI, "")


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text`, or as many of its first words as fit with "…" after them: for one-line
    places (a running head) where a long body name must not run over what stands beside."""
    if shaped_width(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and shaped_width(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …"


def shaped_width(text: str, font: str, size: float) -> float:
    """Width of `text` as it will be drawn: joined letters are narrower or wider than
    the isolated ones, so the logical text must never be measured directly."""
    return stringWidth(shape(text), font, size)


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Pieces of a word (a long RIB, a URL) that each fit the width; at least one letter."""
    pieces: list[str] = []
    rest = word
    while rest:
        cut = 1
        while cut < len(rest) and shaped_width(rest[: cut + 1], font, size) <= width:
            cut += 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def _shaped_words(paragraph: str) -> list[tuple[str, str]]:
    """Each word of a paragraph with its shaped form, shaping the paragraph in one call.

    Letters never join across a space, so the shaped paragraph splits into the shaped
    words; one reshape call per paragraph instead of one per word saves about a
    quarter of a cold build (26 -> 20 ms for two pages).
    """
    logical = paragraph.split(" ")
    shaped = shape(paragraph).split(" ")
    if len(shaped) != len(logical):  # a ligature across a space: measure word by word
        shaped = [shape(word) for word in logical]
    return [(word, form) for word, form in zip(logical, shaped, strict=True) if word]


def wrap_lines(text: str, font: str, size: float, width: float) -> list[tuple[str, str]]:
    """The logical lines of `text` with what joined each to the next.

    The joiner is " " (broken at a space), "" (a long word split), "\\n" (end of a
    paragraph) or "" for the last line: joining `line + joiner` gives the cleaned text
    back with runs of spaces collapsed, so a flowable split across frames of different
    widths can break its remainder again, and justification skips paragraph ends.
    """
    return list(_wrapped(text, font, size, width))


@lru_cache(maxsize=4096)
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[tuple[str, str], ...]:
    """`wrap_lines`, cached: flowables wrap the same text several times while a page is
    laid out, and a batch repeats the template's paragraphs in every convention."""
    space = stringWidth(" ", font, size)
    result: list[tuple[str, str]] = []
    for paragraph in clean(text).split("\n"):
        line: list[str] = []
        line_width = 0.0
        words = deque(_shaped_words(_bind_units(paragraph)))
        while words:
            word, shaped = words.popleft()
            word_width = stringWidth(shaped.replace(_NBSP, " "), font, size)
            if _NBSP in word and word_width > width:
                # A unit wider than a whole line cannot stay whole: it breaks at its own
                # spaces (a grouped RIB between its groups), like ordinary words.
                words.extendleft(reversed(list(zip(word.split(_NBSP), shaped.split(_NBSP),
                                                   strict=True))))
                continue
            if line and line_width + space + word_width <= width:
                line.append(word)
                line_width += space + word_width
                continue
            if line:
                result.append((" ".join(line), " "))
            if word_width <= width:
                line, line_width = [word], word_width
                continue
            *full, last = _split_long_word(word, font, size, width)
            result.extend((piece, "") for piece in full)
            line, line_width = [last], shaped_width(last, font, size)
        result.append((" ".join(line), "\n"))
    last_line, _ = result[-1]
    result[-1] = (last_line, "")
    return tuple((line.replace(_NBSP, " "), joiner) for line, joiner in result)


def wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines (logical order, not shaped) no wider than `width` points.

    Words are separated by spaces; a word wider than the line is split; "\\n" starts a
    new line. An empty paragraph gives an empty line.
    """
    return [line for line, _ in wrap_lines(text, font, size, width)]
