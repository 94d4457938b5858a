"""Typed errors raised by the core and turned into Arabic messages by the UI and the CLI.

Every error carries a message already in Arabic, because the rule that raises it is the one
place that knows what went wrong; the front ends only decide where to show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.language import tr


class DomainError(Exception):
    """Base of every error a user can cause and read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One failed rule: the field it concerns (None for the whole record) and why."""

    field: str | None
    message: str
    rule: str = ""


class ValidationError(DomainError):
    """One or more rules failed; nothing was saved.

    All failures are reported together so that a form can mark every wrong field at once.
    """

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors: list[FieldError] = errors if isinstance(errors, list) else [errors]
        super().__init__(tr("؛ ").join(e.message for e in self.errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


class NotFound(DomainError):
    """The record asked for does not exist (or was deleted by someone else)."""


class Conflict(DomainError):
    """The change clashes with data already stored (a duplicate, a stale edit)."""


class Locked(DomainError):
    """The record is closed or signed; only an explicit amendment may change it."""


class Forbidden(DomainError):
    """The acting user may not do this."""
