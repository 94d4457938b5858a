"""Small helpers for writing rules that report every failure at once."""

from __future__ import annotations

from app.errors import FieldError, ValidationError


class RuleCheck:
    """Collects failed rules, then raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str | None, message: str, rule: str = "") -> None:
        self.errors.append(FieldError(field, message, rule))

    def require(self, condition: bool, field: str | None, message: str, rule: str = "") -> bool:
        if not condition:
            self.fail(field, message, rule)
        return condition

    def raise_if_failed(self) -> None:
        if self.errors:
            raise ValidationError(list(self.errors))


def is_blank(value: str | None) -> bool:
    return value is None or not value.strip()
