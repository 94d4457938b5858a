"""The audit log's hash chain: one canonical form of an entry, and its SHA-256.

Each entry carries the hash of the one before it, so removing, changing or slipping in
an entry breaks every hash after it. The writer (the flush hook) and the verifier both
call these functions, so they can never disagree on what an entry's bytes are. Migration
0006 keeps a frozen copy for its backfill (a migration must not change with the code);
a test checks the two give the same hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    """What an audit entry's hash covers: everything it says, and where it sits."""

    seq: int
    machine: str
    machine_seq: int
    prev_hash: str
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: Mapping[str, Any]


def utc_iso(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds; a naive time is UTC already (SQLite drops the
    zone of the UTC times the app stores)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_json(value: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one byte form that is hashed."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def canonical_entry(entry: ChainEntry) -> bytes:
    return canonical_json({
        "seq": entry.seq, "machine": entry.machine, "machine_seq": entry.machine_seq,
        "prev_hash": entry.prev_hash, "at": utc_iso(entry.at), "username": entry.username,
        "action": entry.action, "entity": entry.entity, "entity_id": entry.entity_id,
        "changes": entry.changes,
    })


def entry_hash(entry: ChainEntry) -> str:
    return hashlib.sha256(canonical_entry(entry)).hexdigest()


def plain(value: Any) -> Any:
    """A stored value as JSON data that reads back the same from SQLite and PostgreSQL:
    times in UTC, decimals without trailing zeros (Numeric(6, 2) gives 7.00 for 7)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def content_sha256(content: object) -> str:
    """The seal of a locked record: the SHA-256 of its canonical content."""
    return hashlib.sha256(canonical_json(plain(content))).hexdigest()


def short_hash(hex_digest: str, ends: int = 4) -> str:
    """"3f9a…09c2": enough to compare by eye with the full hash on screen."""
    return f"{hex_digest[:ends]}…{hex_digest[-ends:]}" if hex_digest else ""


def gaps(seqs: list[int]) -> list[tuple[int, int]]:
    """The missing runs in an ascending list of numbers starting at 1, as (last present,
    next present) pairs; (0, n) when the start is missing."""
    found = []
    previous = 0
    for seq in seqs:
        if seq > previous + 1:
            found.append((previous, seq))
        previous = seq
    return found
