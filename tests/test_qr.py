"""The verification QR code is the one segno makes, module for module: a faster encoder
must never print a code a phone reads differently (or a PDF whose bytes change)."""

from __future__ import annotations

import random
import string
from types import SimpleNamespace

import pytest
import segno

from app.documents.qr import qr_matrix
from app.documents.verification import make_mark


def segnos(payload: str) -> tuple[bytes, ...]:
    return tuple(bytes(row) for row in segno.make(payload, error="m", micro=False,
                                                  mask=0).matrix)


def payloads() -> list[str]:
    pick = random.Random(11)
    alphabet = string.ascii_letters + string.digits + "|/%.-_~"
    # every length up to 260 crosses versions 1 to 11 and the error levels segno raises to
    made = ["".join(pick.choice(alphabet) for _ in range(length)) for length in range(1, 261)]
    mark = make_mark("convention", "05.301/2023/015", 2, "ab" * 32, (7, "cd" * 32))
    return [*made, mark.payload, "1234567890", "AWRACH 2023", "x"]


@pytest.mark.parametrize("payload", payloads())
def test_every_module_is_segnos(payload: str) -> None:
    assert tuple(bytes(row) for row in qr_matrix(payload)) == segnos(payload)


def test_an_upgrade_that_renames_segnos_internals_still_prints_segnos_code(monkeypatch):
    from app.documents import qr

    # The module as the fast path sees it after such an upgrade; segno's own is untouched.
    monkeypatch.setattr(qr, "encoder", SimpleNamespace())
    payload = payloads()[-4]
    assert tuple(bytes(row) for row in qr.qr_matrix(payload)) == segnos(payload)
