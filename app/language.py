"""The language of the messages the core writes (validation errors, CLI lines).

There is one catalog: `i18n/awrach_fr.ts`, the file Qt Linguist edits for the interface.
`scripts/update-translations.sh` extracts the `tr("...")` templates of `app/` into it beside
the interface's, and this module reads the compiled `.qm` the window loads with the
standard library, so the core never needs Qt and a message reads the same in the window
and on the command line. The language is one for the process: the CLI sets it from
`--lang` or the setting, the window when the user switches.
"""

from __future__ import annotations

import struct
import threading
from functools import cache
from typing import Any

from app.paths import translations_dir

LANGUAGES = ("ar", "fr")
_state = {"language": "ar"}
_lock = threading.Lock()


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    with _lock:
        _state["language"] = language


def language() -> str:
    return _state["language"]


def is_french() -> bool:
    return _state["language"] == "fr"


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _END, _TRANSLATION, _OBSOLETE1, _SOURCE = 0x69, 1, 3, 5, 6


@cache
def catalog() -> dict[str, str]:
    """Arabic source → French, read from the compiled `i18n/awrach_fr.qm` that the window
    loads (the file shipped in the wheel and the bundle)."""
    try:
        return read_qm((translations_dir() / "awrach_fr.qm").read_bytes())
    except (OSError, ValueError, struct.error):
        return {}


def read_qm(data: bytes) -> dict[str, str]:
    """The source → translation pairs of a Qt .qm file: after the magic, blocks of
    (tag, length); the messages block holds tagged fields, each message ended by 1."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt translation file")
    found: dict[str, str] = {}
    at = len(QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == _MESSAGES:
            _read_messages(data[at:at + length], found)
        at += length
    return found


def _read_messages(block: bytes, found: dict[str, str]) -> None:
    at, source, translation = 0, "", ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if source and translation:
                found.setdefault(source, translation)
            source, translation = "", ""
        elif tag == _OBSOLETE1:
            at += 4
        else:
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if length == 0xFFFFFFFF:
                continue
            value = block[at:at + length]
            at += length
            if tag == _TRANSLATION:
                translation = value.decode("utf-16-be")
            elif tag == _SOURCE:
                source = value.decode("utf-8")


@cache
def sources_of() -> dict[str, str]:
    """French → Arabic source: what a text shown in French was translated from."""
    return {french: source for source, french in catalog().items()}


def tr(text: str) -> str:
    """`text` (an Arabic template, marked for extraction) in the current language; a
    template keeps its `{placeholders}`, filled by the caller after translation."""
    if _state["language"] == "ar":
        return text
    return catalog().get(text, text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the marker Qt's lupdate looks for)
    """Marks a text for extraction where it is defined; it is translated where shown."""
    return text


def label(value: Any) -> str:
    """A closed-list value's label (`app.domain.enums.LabelledEnum`) in the current
    language: the enums carry both forms, so they need no catalog entry."""
    return str(value.label_fr if is_french() else value.label)
