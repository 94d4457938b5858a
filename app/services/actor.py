"""Who is acting: every write names a person so that the audit log can say who did it."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import UserRole


@dataclass(frozen=True)
class Actor:
    username: str
    full_name: str = ""
    role: UserRole = UserRole.SECRETARY


SYSTEM = Actor("system", "النظام", UserRole.ADMIN)
