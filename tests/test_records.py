"""Stored snapshots: the generic dumper and loader keep every convention already in a
database readable, and write new ones exactly as before, so hashes and QR codes still
verify."""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar

import pytest

from app.domain.conventions import (
    AmendmentContent,
    ArticleChange,
    ConventionContent,
    stored_form,
)
from app.domain.records import dump, load
from app.errors import ValidationError
from tests.test_convention_document import amendment, sample

GOLDEN = json.loads((Path(__file__).parent / "data" / "convention_snapshots_v1.json")
                    .read_text(encoding="utf-8"))


def samples() -> dict[str, Any]:
    """The records behind the golden samples, built as when the file was written."""
    content = sample()
    bare = dataclasses.replace(
        content, selection_meeting=None, tranches=(), preamble=("بناء على الدستور؛",),
        worksite=dataclasses.replace(content.worksite, cost_lines=(), start_note="",
                                     total_amount=Decimal("1234.5")))
    return {"convention": content, "convention_bare": bare, "amendment": amendment(),
            "amendment_undated": dataclasses.replace(amendment(), convention_date=None,
                                                     template_sha256="ab" * 32)}


def same_text(left: Any, right: Any) -> bool:
    """Equal as JSON text, key order included (what an SQLite JSON column keeps)."""
    return json.dumps(left, ensure_ascii=False) == json.dumps(right, ensure_ascii=False)


@pytest.mark.parametrize("name", ["convention", "convention_bare", "amendment",
                                  "amendment_undated"])
def test_the_dump_is_the_format_stored_before(name: str) -> None:
    record = samples()[name]
    golden = GOLDEN["samples"][name]
    assert same_text(stored_form(record), golden["stored"])
    assert record.canonical_json() == golden["canonical"]
    assert record.content_sha256() == golden["sha256"]
    assert load(type(record), golden["stored"]) == record


def test_a_demo_convention_stored_before_reads_and_dumps_back_byte_for_byte() -> None:
    stored = GOLDEN["demo"]["convention"]
    content = load(ConventionContent, stored["content"])
    assert same_text(stored_form(content), stored["content"])
    assert content.content_sha256() == stored["content_sha256"]
    assert content.worksite.total_amount == Decimal("10514.70")


def test_a_demo_amendment_stored_before_reads_and_dumps_back_byte_for_byte() -> None:
    stored = GOLDEN["demo"]["amendment"]
    content = load(AmendmentContent, stored["content"])
    assert same_text(stored_form(content), stored["content"])
    assert content.content_sha256() == stored["content_sha256"]
    assert same_text([stored_form(c) for c in content.changes], stored["changes"]["articles"])


def test_optional_keys_missing_from_an_old_snapshot_take_their_defaults() -> None:
    data = stored_form(sample())
    for key in ("version", "tranches", "preamble", "selection_meeting", "hijri_date_text",
                "signatories", "template_sha256"):
        del data[key]
    content = load(ConventionContent, data)
    assert content.version == 1 and content.tranches == () and content.selection_meeting is None


def test_a_missing_key_is_named_in_arabic() -> None:
    data = stored_form(sample())
    del data["worksite"]["title"], data["place"]
    with pytest.raises(ValidationError) as caught:
        load(ConventionContent, data)
    assert caught.value.errors[0].field == "place"
    assert caught.value.errors[0].message == "المعطى «place» مفقود في الاتفاقية."
    data["place"] = "خنيفرة"
    with pytest.raises(ValidationError) as caught:
        load(ConventionContent, data)
    assert caught.value.errors[0].message == "المعطى «title» مفقود في معطيات الورش."


def test_a_bad_amount_or_date_is_refused_by_key() -> None:
    data = stored_form(sample())
    data["worksite"]["total_amount"] = "ألف"
    with pytest.raises(ValidationError) as caught:
        load(ConventionContent, data)
    assert caught.value.errors[0].field == "total_amount"
    assert "مبلغ غير صالح" in caught.value.message
    data = stored_form(amendment())
    data["date"] = "2023-13-01"
    with pytest.raises(ValidationError) as caught:
        load(AmendmentContent, data)
    assert "تاريخ غير صالح في «date»" in caught.value.message


def test_an_empty_optional_date_reads_as_none() -> None:
    data = stored_form(amendment())
    data["convention_date"] = ""
    assert load(AmendmentContent, data).convention_date is None


class Colour(Enum):
    RED = "red"


@dataclass(frozen=True)
class Inner:
    RECORD_LABEL: ClassVar[str] = "الداخل"

    when: date
    amount: Decimal


@dataclass
class Outer:
    id: uuid.UUID
    colour: Colour
    inner: Inner
    inners: list[Inner] = field(default_factory=list)
    pair: tuple[int, str] = (0, "")
    maybe: Inner | None = None
    flags: dict[str, bool] = field(default_factory=dict)


def test_the_loader_reads_every_kind_of_field_from_its_type_hints() -> None:
    record = Outer(uuid.uuid4(), Colour.RED, Inner(date(2024, 11, 4), Decimal("2970.05")),
                   [Inner(date(2023, 5, 26), Decimal("1.5"))], (3, "أ"),
                   Inner(date(2022, 1, 1), Decimal(0)), {"signed": True})
    data = dump(record)
    assert data["id"] == str(record.id) and data["colour"] == "red"
    assert data["inner"] == {"when": "2024-11-04", "amount": "2970.05"}
    assert data["pair"] == [3, "أ"]
    assert json.loads(json.dumps(data)) == data
    assert load(Outer, data) == record
    assert load(Outer, {**data, "maybe": None}).maybe is None


def test_an_article_change_round_trips() -> None:
    change = ArticleChange("المادة الثالثة", "أربعة أشهر.")
    assert stored_form(change) == {"article_title": "المادة الثالثة", "new_text": "أربعة أشهر."}
    assert load(ArticleChange, stored_form(change)) == change
