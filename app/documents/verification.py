"""The verification mark of a printed document: what the QR code says and how it is read back.

A paper or a file is checked against the register of printed documents (the service does
the lookup; this module only encodes and decodes):
- a PDF file matches when its own SHA-256 (`pdf_sha256`) equals the one recorded when it
  was printed: invariant mode makes a reprint of the same content byte-identical;
- a paper is checked by typing its short code, or by scanning the QR code, whose payload
  names the kind, the reference, the version and the full SHA-256 of the content.

The payload is "AWRACH|convention|2023/KH-015|v1|<64 hex digits>", ASCII only: the
reference is percent-encoded outside a small safe set, so an Arabic reference or a "|"
can neither break the fields apart nor turn the PDF's keywords into UTF-16.

Reading the mark back from a PDF needs no PDF library. `page.render` puts the payload in
the document information dictionary (PageSetup.keywords). ReportLab compresses page
content streams but writes every other object, the Info dictionary included, as plain
text, and has no object streams; invariant mode changes only the dates and the file ID.
So the keywords are found by scanning the raw bytes. A PDF re-saved by another program
(with object streams, or encrypted) may hide them: then the file cannot match the
recorded SHA-256 anyway, and the short code on the paper is the way to check it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from app.documents.page import VerificationMark
from app.errors import FieldError, ValidationError

PREFIX = "AWRACH"
SHORT_CODE_LENGTH = 12  # hex digits: 48 bits, no collision in a province's lifetime
_SAFE_REFERENCE = "/-._~"  # besides letters and digits, left readable in the payload
_PAYLOAD = re.compile(
    rf"{PREFIX}\|([a-z][a-z0-9_-]*)\|([A-Za-z0-9%/._~-]+)\|v(\d+)\|([0-9a-fA-F]{{64}})"
)
_KIND = re.compile(r"[a-z][a-z0-9_-]*")
_HEX64 = re.compile(r"[0-9a-f]{64}")

# What people type instead of the code's characters: Arabic-Indic and Persian digits,
# and the letters O, I, L that the code never contains but a reader may see in 0 and 1.
_TYPED = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹OIL", "01234567890123456789011")
_SEPARATORS = re.compile(r"[\s\-_.\u2010-\u2015\u2212\u0640]")


@dataclass(frozen=True)
class ParsedMark:
    """A payload read from a QR code or a PDF."""

    kind: str
    reference: str
    version: int
    sha256: str  # of the content, lower-case hex

    @property
    def short_code(self) -> str:
        return short_code_of(self.sha256)

    @property
    def payload(self) -> str:
        return payload_of(self.kind, self.reference, self.version, self.sha256)


def short_code_of(sha256_hex: str) -> str:
    """"A1B2-C3D4-E5F6": the first 12 hex digits, grouped to be read aloud and typed."""
    head = sha256_hex[:SHORT_CODE_LENGTH].upper()
    return "-".join(head[start : start + 4] for start in range(0, SHORT_CODE_LENGTH, 4))


def payload_of(kind: str, reference: str, version: int, sha256_hex: str) -> str:
    sha = sha256_hex.lower()
    if not _KIND.fullmatch(kind):
        raise ValueError(f"document kind must be lower-case ASCII: {kind!r}")
    if not _HEX64.fullmatch(sha):
        raise ValueError("a SHA-256 is 64 hexadecimal digits")
    if version < 1 or not reference:
        raise ValueError("a mark needs a reference and a version from 1")
    return f"{PREFIX}|{kind}|{quote(reference, safe=_SAFE_REFERENCE)}|v{version}|{sha}"


def make_mark(kind: str, reference: str, version: int, sha256_hex: str,
              audit_head: tuple[int, str] | None = None) -> VerificationMark:
    """The QR payload and short code of a document whose content hashes to `sha256_hex`,
    with the head of the audit chain to print beside them."""
    audit_seq, audit_hash = audit_head or (0, "")
    return VerificationMark(payload=payload_of(kind, reference, version, sha256_hex),
                            short_code=short_code_of(sha256_hex), audit_seq=audit_seq,
                            audit_hash=audit_hash)


def parse_payload(text: str) -> ParsedMark | None:
    """The fields of a payload (as a QR reader types it), or None if it is not ours."""
    match = _PAYLOAD.fullmatch(text.strip())
    if match is None:
        return None
    kind, reference, version, sha = match.groups()
    if int(version) < 1:
        return None
    return ParsedMark(kind=kind, reference=unquote(reference), version=int(version),
                      sha256=sha.lower())


def normalise_short_code(user_text: str) -> str:
    """The short code as printed ("A1B2-C3D4-E5F6") from what a person typed.

    Accepts lower case, spaces and dashes anywhere or none, Arabic-Indic digits, invisible
    marks pasted with the text, and a whole QR payload. Raises ValidationError (field
    "short_code") with an Arabic message when it cannot be a code.
    """
    parsed = parse_payload(user_text)
    if parsed is not None:
        return parsed.short_code
    text = unicodedata.normalize("NFKC", user_text).upper().translate(_TYPED)
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    text = _SEPARATORS.sub("", text)
    if not re.fullmatch(rf"[0-9A-F]{{{SHORT_CODE_LENGTH}}}", text):
        raise ValidationError(FieldError(
            "short_code",
            f"رمز التحقق يتكون من {SHORT_CODE_LENGTH} حرفا: أرقام وحروف لاتينية من A إلى F، "
            "مثل A1B2-C3D4-E5F6.",
            "verification.short_code",
        ))
    return short_code_of(text)


def pdf_sha256(data: bytes | Path) -> str:
    """The SHA-256 of a PDF file's exact bytes: what a file is matched on."""
    if isinstance(data, Path):
        data = data.read_bytes()
    return hashlib.sha256(data).hexdigest()


def read_mark_from_pdf(source: bytes | str | Path) -> ParsedMark | None:
    """The mark a PDF printed by this program carries in its keywords, or None.

    The last /Keywords entry wins (an incremental update appends a new Info dictionary);
    if no keywords string holds a payload, the raw bytes are searched as a last resort.
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    for match in reversed(list(re.finditer(rb"/Keywords\s*([(<])", data))):
        keywords = _pdf_string(data, match.start(1))
        found = _PAYLOAD.search(keywords)
        if found:
            return parse_payload(found.group(0))
    found_raw = list(_PAYLOAD.finditer(data.decode("latin-1")))
    return parse_payload(found_raw[-1].group(0)) if found_raw else None


_AUDIT_HEAD = re.compile(r"AWRACH-AUDIT\|(\d+)\|([0-9a-f]{64})")


def read_audit_head_from_pdf(source: bytes | str | Path) -> tuple[int, str] | None:
    """The head of the audit chain a PDF printed by this program carries (number, hash),
    read from its keywords as the mark is; None when it has none."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    for match in reversed(list(re.finditer(rb"/Keywords\s*([(<])", data))):
        found = _AUDIT_HEAD.search(_pdf_string(data, match.start(1)))
        if found:
            return int(found.group(1)), found.group(2)
    return None


# -- PDF strings --------------------------------------------------------------------------

_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def _pdf_string(data: bytes, start: int) -> str:
    """The text of the PDF string starting at `start` ("(" literal or "<" hex)."""
    raw = _hex_string(data, start) if data[start : start + 1] == b"<" else _literal(data, start)
    if raw.startswith(codecs.BOM_UTF16_BE):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


def _hex_string(data: bytes, start: int) -> bytes:
    end = data.find(b">", start)
    digits = re.sub(rb"\s", b"", data[start + 1 : end if end > 0 else len(data)])
    if len(digits) % 2:
        digits += b"0"
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        return b""


def _literal(data: bytes, start: int) -> bytes:
    """A literal string: balanced parentheses, backslash escapes, octal codes."""
    out = bytearray()
    depth, index = 0, start
    while index < len(data):
        byte = data[index]
        if byte == ord("\\") and index + 1 < len(data):
            following = data[index + 1]
            if following in _ESCAPES:
                out += _ESCAPES[following]
                index += 2
                continue
            octal = re.match(rb"[0-7]{1,3}", data[index + 1 : index + 4])
            if octal:
                out.append(int(octal.group(0), 8) & 0xFF)
                index += 1 + len(octal.group(0))
                continue
            index += 2 if following in b"\r\n" else 1  # a line continuation, or a lone "\"
            continue
        if byte == ord("("):
            depth += 1
            if depth == 1:
                index += 1
                continue
        elif byte == ord(")"):
            depth -= 1
            if depth == 0:
                break
        out.append(byte)
        index += 1
    return bytes(out)
