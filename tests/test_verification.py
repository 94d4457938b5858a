"""The verification mark: payload and short code, what people type, reading a PDF back."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from app.documents.flowables import ArabicParagraph
from app.documents.page import PageSetup, render
from app.documents.verification import (
    ParsedMark,
    make_mark,
    normalise_short_code,
    parse_payload,
    pdf_sha256,
    read_mark_from_pdf,
)
from app.errors import ValidationError

SHA = hashlib.sha256(b"convention 05.301/2023/015").hexdigest()


def test_mark_payload_and_short_code_have_the_agreed_form() -> None:
    mark = make_mark("convention", "05.301/2023/015", 1, SHA)
    assert mark.payload == f"AWRACH|convention|05.301/2023/015|v1|{SHA}"
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", mark.short_code)
    assert mark.short_code.replace("-", "") == SHA[:12].upper()
    assert mark.payload.isascii()


@pytest.mark.parametrize("reference", ["05.301/2023/015", "خنيفرة/2023/7", "A|B 100%"])
def test_payload_parses_back_to_what_was_marked(reference: str) -> None:
    mark = make_mark("amendment", reference, 3, SHA.upper())
    assert mark.payload.isascii() and mark.payload.count("|") == 4
    parsed = parse_payload(f"  {mark.payload}\n")
    assert parsed == ParsedMark("amendment", reference, 3, SHA)
    assert parsed.short_code == mark.short_code and parsed.payload == mark.payload


@pytest.mark.parametrize("text", [
    "", "hello", f"AWRACH|convention|x|v1|{SHA[:-1]}", f"AWRACH|convention|x|v0|{SHA}",
    f"OTHER|convention|x|v1|{SHA}", f"AWRACH|Convention|x|v1|{SHA}",
    f"AWRACH|convention|x|v1|{SHA}|extra",
])
def test_foreign_or_damaged_payloads_are_not_ours(text: str) -> None:
    assert parse_payload(text) is None


def test_marks_refuse_what_they_could_not_encode() -> None:
    cases = (("Convention", "x", 1, SHA), ("convention", "", 1, SHA),
             ("convention", "x", 0, SHA), ("convention", "x", 1, "12"))
    for kind, reference, version, sha in cases:
        with pytest.raises(ValueError):
            make_mark(kind, reference, version, sha)


@pytest.mark.parametrize("typed", [
    "a1b2-c3d4-e5f6", "A1B2C3D4E5F6", " a1b2 c3d4 e5f6 ", "A1B2–C3D4—E5F6",
    "\u200fA1B2-C3D4-E5F6\u200e", "A1B2-C3D4-E5F6".replace("1", "١").replace("4", "٤"),
    "A1B2-C3D4-E5F6".replace("2", "۲"), "a1b2-c3d4-e5f6".upper().replace("1", "l"),
])
def test_short_code_is_normalised_from_what_people_type(typed: str) -> None:
    assert normalise_short_code(typed) == "A1B2-C3D4-E5F6"


def test_a_scanned_payload_typed_in_the_code_box_gives_its_short_code() -> None:
    mark = make_mark("convention", "05.301/2023/015", 1, SHA)
    assert normalise_short_code(mark.payload) == mark.short_code


@pytest.mark.parametrize("typed", ["", "A1B2-C3D4", "A1B2-C3D4-E5F6-0", "G1B2-C3D4-E5F6"])
def test_what_cannot_be_a_code_is_refused_in_arabic(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_short_code(typed)
    assert caught.value.for_field("short_code")
    assert "رمز التحقق" in caught.value.message


def test_pdf_sha256_is_of_the_exact_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4 x")
    expected = hashlib.sha256(b"%PDF-1.4 x").hexdigest()
    assert pdf_sha256(path) == pdf_sha256(b"%PDF-1.4 x") == expected


def _pdf(keywords: tuple[str, ...]) -> bytes:
    setup = PageSetup(title="محضر", letterhead=("المملكة المغربية",), keywords=keywords)
    return render([ArabicParagraph("نص قصير")], setup)


def test_the_mark_is_read_back_even_beside_arabic_keywords() -> None:
    mark = make_mark("minutes", "KH/2023/3", 2, SHA)
    plain = _pdf((mark.payload,))
    assert mark.payload.encode() in plain  # the Info dictionary is not compressed
    arabic = _pdf(("محضر", "أوراش", mark.payload))  # the keywords become UTF-16
    assert mark.payload.encode() not in arabic
    for data in (plain, arabic):
        parsed = read_mark_from_pdf(data)
        assert parsed is not None and parsed.payload == mark.payload


def test_a_pdf_without_a_mark_has_none() -> None:
    assert read_mark_from_pdf(_pdf(("محضر",))) is None
    assert read_mark_from_pdf(b"not a pdf") is None


def test_escaped_and_hex_keyword_strings_are_decoded() -> None:
    payload = f"AWRACH|convention|A%28B%29|v1|{SHA}"
    literal = b"<< /Keywords (draft \\(old\\)\\, " + payload.encode() + b") >>"
    assert read_mark_from_pdf(literal) == parse_payload(payload)
    hexed = b"<< /Keywords <FEFF" + payload.encode("utf-16-be").hex().upper().encode() + b"> >>"
    parsed = read_mark_from_pdf(hexed)
    assert parsed is not None and parsed.reference == "A(B)"
