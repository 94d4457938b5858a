"""What a write changed, typed: the kinds of records and their ids (Anki's OpChanges).

Every committed unit of work publishes the rows its flushes touched, so a service cannot
forget to say what it changed and a page never has to guess: the UI collects them around
each operation and refreshes whatever shows one of those kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

_PENDING = "changes_pending"


class Kind(StrEnum):
    TERRITORY = "territory"
    EDITION = "edition"
    QUOTA = "quota"
    MINIMUM_WAGE = "minimum_wage"
    SETTING = "setting"
    DOMAIN = "domain"
    PARTNER = "partner"
    ATTACHMENT = "attachment"
    CALL = "call"
    PROPOSAL = "proposal"
    COMMITTEE = "committee"
    MEMBER = "member"
    MEETING = "meeting"
    CONVENTION = "convention"
    PRINTED = "printed"
    BENEFICIARY = "beneficiary"
    USER = "user"
    ATTENDANCE = "attendance"
    EXCHANGE = "exchange"
    GRANT = "grant"
    EMPLOYER = "employer"
    FOLLOW_UP = "follow_up"


# Each table belongs to the record a user thinks of: a vote is a change to its meeting,
# named by the meeting's id (the column given here), not by the vote row's own.
TABLE_KINDS: Mapping[str, tuple[Kind, str]] = MappingProxyType({
    "regions": (Kind.TERRITORY, "id"), "provinces": (Kind.TERRITORY, "id"),
    "communes": (Kind.TERRITORY, "id"),
    "editions": (Kind.EDITION, "id"), "edition_components": (Kind.EDITION, "edition_id"),
    "quotas": (Kind.QUOTA, "id"), "minimum_wages": (Kind.MINIMUM_WAGE, "id"),
    "settings": (Kind.SETTING, "key"), "worksite_domains": (Kind.DOMAIN, "id"),
    "partners": (Kind.PARTNER, "id"), "attachments": (Kind.ATTACHMENT, "owner_id"),
    "calls": (Kind.CALL, "id"), "proposals": (Kind.PROPOSAL, "id"),
    "proposal_cost_lines": (Kind.PROPOSAL, "proposal_id"),
    "proposal_communes": (Kind.PROPOSAL, "proposal_id"),
    "committees": (Kind.COMMITTEE, "id"), "scoring_criteria": (Kind.COMMITTEE, "edition_id"),
    "committee_members": (Kind.MEMBER, "id"),
    "meetings": (Kind.MEETING, "id"), "meeting_agenda": (Kind.MEETING, "meeting_id"),
    "meeting_attendance": (Kind.MEETING, "meeting_id"),
    "meeting_scores": (Kind.MEETING, "meeting_id"),
    "meeting_votes": (Kind.MEETING, "meeting_id"),
    "meeting_decisions": (Kind.MEETING, "meeting_id"),
    "meeting_recommendations": (Kind.MEETING, "meeting_id"),
    "conventions": (Kind.CONVENTION, "id"),
    "convention_signatories": (Kind.CONVENTION, "convention_id"),
    "convention_tranches": (Kind.CONVENTION, "convention_id"),
    "convention_amendments": (Kind.CONVENTION, "convention_id"),
    "number_sequences": (Kind.CONVENTION, "key"), "printed_documents": (Kind.PRINTED, "owner_id"),
    "beneficiaries": (Kind.BENEFICIARY, "id"), "assignments": (Kind.BENEFICIARY, "id"),
    "users": (Kind.USER, "id"),
    "worked_days": (Kind.ATTENDANCE, "assignment_id"),
    "exchange_changes": (Kind.EXCHANGE, "seq"), "exchange_peers": (Kind.EXCHANGE, "machine"),
    "exchange_bases": (Kind.EXCHANGE, "record_key"),
    "exchange_conflicts": (Kind.EXCHANGE, "id"),
    "grant_allocations": (Kind.GRANT, "id"), "grant_calls": (Kind.GRANT, "id"),
    "employers": (Kind.EMPLOYER, "id"), "grant_applications": (Kind.GRANT, "id"),
    "grant_posts": (Kind.GRANT, "application_id"), "grant_decisions": (Kind.GRANT, "meeting_id"),
    "grant_agreements": (Kind.GRANT, "id"), "grant_hires": (Kind.GRANT, "id"),
    "grant_payments": (Kind.GRANT, "hire_id"),
    "beneficiary_pair_decisions": (Kind.BENEFICIARY, "first_id"),
    "worksites": (Kind.FOLLOW_UP, "proposal_id"),
    "worksite_events": (Kind.FOLLOW_UP, "proposal_id"),
    "field_visits": (Kind.FOLLOW_UP, "proposal_id"),
    "tranche_payments": (Kind.FOLLOW_UP, "convention_id"),
    "equity_denominators": (Kind.FOLLOW_UP, "province_id"),
    "grant_agenda": (Kind.MEETING, "meeting_id"),
    "grant_scores": (Kind.MEETING, "meeting_id"),
    "grant_votes": (Kind.MEETING, "meeting_id"),
    "grant_amendments": (Kind.GRANT, "agreement_id"),
})


@dataclass(frozen=True)
class Changes:
    """Ids per kind; a kind with no known ids (a bulk write) maps to an empty set."""

    ids: Mapping[Kind, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.ids)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.ids for kind in kinds)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[object] = ()) -> Changes:
        keys = frozenset(str(i) for i in ids)
        return cls({kind: keys for kind in kinds})

    @classmethod
    def everything(cls) -> Changes:
        """Another database was opened: every page shows other records now."""
        return cls.of(*Kind)


class Recorder:
    """Collects what the units of work committed while it was current."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


_current: ContextVar[Recorder | None] = ContextVar("awrach_changes", default=None)


@contextmanager
def recording() -> Iterator[Recorder]:
    """Everything committed inside, by this thread, is added to the recorder.

    A recording inside another adds what it saw to the outer one too.
    """
    outer = _current.get()
    recorder = Recorder()
    token = _current.set(recorder)
    try:
        yield recorder
    finally:
        _current.reset(token)
        if outer is not None:
            outer.add(recorder.changes)


def _after_flush(session: Session, _context: Any) -> None:
    pending: Changes = session.info.get(_PENDING, Changes())
    found: dict[Kind, set[str]] = {}
    for obj in [*session.new, *session.dirty, *session.deleted]:
        kind, column = TABLE_KINDS.get(getattr(obj, "__tablename__", ""), (None, ""))
        if kind is None:
            continue
        key = getattr(obj, column, None)
        found.setdefault(kind, set()).update([str(key)] if key is not None else [])
    if found:
        session.info[_PENDING] = pending | Changes(
            {kind: frozenset(ids) for kind, ids in found.items()})


def track(session: Session) -> None:
    """Listen to this session's flushes; `publish` hands what they touched on at commit."""
    if not session.info.get("changes_tracked"):
        event.listen(session, "after_flush", _after_flush)
        session.info["changes_tracked"] = True


def note(session: Session, kind: Kind, ids: Iterable[object] = ()) -> None:
    """For a bulk SQL write that no flush sees: say what it touched."""
    session.info[_PENDING] = session.info.get(_PENDING, Changes()) | Changes.of(kind, ids=ids)


def publish(session: Session) -> Changes:
    """Called once the transaction committed: a rolled-back write changed nothing."""
    changes: Changes = session.info.pop(_PENDING, Changes())
    recorder = _current.get()
    if recorder is not None and changes:
        recorder.add(changes)
    return changes


def discard(session: Session) -> None:
    session.info.pop(_PENDING, None)

