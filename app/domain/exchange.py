"""The rules of merging a record that arrives in a data package with the local copy.

Three versions of a record matter (as in ODK's offline entities): ours, theirs, and the
base, the version both databases last agreed on. A version is the SHA-256 of the record's
canonical JSON, so two databases compute the same version for the same content without
sharing a counter. Only one side changed since the base: that side wins, silently and
rightly. Both changed: a conflict a person decides, field by field; nothing is overwritten
meanwhile.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

Record = dict[str, Any]
# When a row was written, not what it says: two databases that loaded the same shipped
# territory hold the same records at different times. Carried, never compared.
TIMESTAMPS = frozenset({"created_at", "updated_at"})


def canonical(record: Record) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def version_of(record: Record | None) -> str:
    """The version of a record's content (its timestamps aside); "" for no record."""
    if record is None:
        return ""
    return hashlib.sha256(canonical({k: v for k, v in record.items()
                                     if k not in TIMESTAMPS})).hexdigest()


class Outcome(StrEnum):
    INSERT = "insert"        # a record we do not have
    SAME = "same"            # already identical
    APPLY = "apply"          # only they changed it since the base: take theirs
    KEEP = "keep"            # only we changed it: ours stays, and travels back later
    CONFLICT = "conflict"    # both changed it: a person decides
    LOCKED = "locked"        # ours is locked (signed, closed): never overwritten


def decide(ours: Record | None, theirs: Record, base_version: str, based_on: str,
           locked: bool = False) -> Outcome:
    """What an import does with one incoming record.

    `base_version`: the version this database last exchanged with the sender ("" if
    never); `based_on`: the version the sender's copy was based on, as the package says.
    """
    if ours is None:
        return Outcome.LOCKED if locked else Outcome.INSERT
    mine, incoming = version_of(ours), version_of(theirs)
    if mine == incoming:
        return Outcome.SAME
    if locked:
        return Outcome.LOCKED
    if mine in (base_version, based_on) and mine:
        return Outcome.APPLY
    if incoming in (base_version, based_on) and incoming:
        return Outcome.KEEP
    return Outcome.CONFLICT


@dataclass(frozen=True)
class FieldChoice:
    """One field of a conflict: the three values and the side proposed to the person."""

    name: str
    base: Any
    ours: Any
    theirs: Any

    @property
    def differs(self) -> bool:
        return self.ours != self.theirs

    @property
    def proposed(self) -> str:
        """Theirs when only they changed this field; ours otherwise (the person decides)."""
        return "theirs" if self.ours == self.base and self.theirs != self.base else "ours"


def field_choices(base: Record | None, ours: Record | None, theirs: Record) -> list[FieldChoice]:
    names = sorted((set(theirs) | set(ours or {})) - TIMESTAMPS)
    return [FieldChoice(n, (base or {}).get(n), (ours or {}).get(n), theirs.get(n))
            for n in names]


def resolved(base: Record | None, ours: Record | None, theirs: Record,
             sides: dict[str, str]) -> Record:
    """The record a person chose: for each field named in `sides`, "ours" or "theirs";
    a field not named takes the proposed side."""
    result: Record = {k: v for k, v in (ours or theirs).items() if k in TIMESTAMPS}
    for choice in field_choices(base, ours, theirs):
        side = sides.get(choice.name) or (choice.proposed if ours is not None else "theirs")
        if side not in ("ours", "theirs"):
            raise ValueError(side)
        result[choice.name] = choice.ours if side == "ours" else choice.theirs
    return result
