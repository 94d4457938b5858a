"""The wording of a grant paper, read from its TOML template under resources/templates/.

The grant agreement and its amendments are worded by files an official may edit: a file
that no longer parses, or that names a value the program does not have, is refused when
read, with the place of the fault, rather than discovered half-way through a ceremony's
printing."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from string import Template
from typing import Any

from app.errors import FieldError, ValidationError


def load_checked(source: Path, known: Iterable[str], what: str) -> dict[str, Any]:
    """The template at `source`, every `$placeholder` in it one of `known`; `what` names
    the template in the refusal ("نموذج الاتفاقية")."""
    try:
        wording = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(FieldError("template", f"{what} {source.name}: {exc}")) from exc
    names = set(known)
    unknown: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, str):
            unknown.extend(f"{where}: ${name}" for name in Template(node).get_identifiers()
                           if name not in names)
        elif isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, f"{where}.{key}" if where else str(key))
        elif isinstance(node, list):
            for index, value in enumerate(node, start=1):
                walk(value, f"{where}[{index}]")

    walk(wording, "")
    if unknown:
        raise ValidationError(FieldError("template", f"{what}: متغيرات غير معروفة: "
                                                     + "، ".join(unknown)))
    return wording


def fill(text: str, values: Mapping[str, str]) -> str:
    return Template(text).substitute(values)
