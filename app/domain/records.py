"""Dataclass records to JSON-ready values and back: one mechanism for every stored snapshot.

Frozen snapshots (a convention's content, an amendment) are stored as JSON and hashed, so
the written form must never drift: `dump` walks the dataclass fields in their declared
order, and `load` rebuilds a record from its type hints, checking what it reads, so a
corrupted or hand-edited row is refused with an Arabic message naming the key instead of
printing a wrong paper.

Values: nested dataclasses, lists and tuples (written as JSON arrays), dicts, Enum (its
value), Decimal (a string, through the `decimal` formatter), date and datetime (ISO
strings), UUID (a string) and Optional. A record class may name itself for messages with a
`RECORD_LABEL` class variable.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints
from uuid import UUID

from app.errors import FieldError, ValidationError
from app.language import tr

T = TypeVar("T")

DecimalText = Callable[[Decimal], str]

# Field metadata of a field added to a record after snapshots of it were stored and
# hashed: left out of the written form while it holds its default, so that every snapshot
# written before it keeps its bytes and its hash.
OMIT_DEFAULT = "omit_default"


def dump(obj: Any, *, decimal: DecimalText = str) -> Any:
    """`obj` as JSON-ready values (dicts, lists, strings, numbers, booleans, None)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: dump(getattr(obj, f.name), decimal=decimal)
                for f in dataclasses.fields(obj)
                if not (f.metadata.get(OMIT_DEFAULT) and getattr(obj, f.name) == f.default)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return decimal(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, UUID):
        return str(obj)
    if isinstance(obj, Mapping):
        return {str(key): dump(value, decimal=decimal) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [dump(item, decimal=decimal) for item in obj]
    return obj


def label_of(cls: type) -> str:
    return str(getattr(cls, "RECORD_LABEL", cls.__name__))


def load(cls: type[T], data: Any) -> T:
    """A `cls` record from what `dump` wrote; a missing key falls back to its default."""
    if not isinstance(data, Mapping):
        raise ValidationError(FieldError(None, tr("معطيات {cls} غير صالحة: {data!r}")
                                               .format(cls=label_of(cls), data=data)))
    hints = get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]  # type: ignore[arg-type]
    missing = [f.name for f in fields if f.name not in data
               and f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ValidationError([FieldError(name, tr("المعطى «{name}» مفقود في {cls}.")
                                                .format(name=name, cls=label_of(cls)))
                               for name in missing])
    values = {f.name: _value(hints[f.name], data[f.name], f.name)
              for f in fields if f.name in data}
    return cls(**values)


def _value(hint: Any, value: Any, key: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        kinds = [arg for arg in args if arg is not type(None)]
        empty = value is None or (value == "" and str not in kinds)
        if empty and type(None) in args:
            return None
        return _value(kinds[0], value, key)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return load(hint, value)
    if origin in (tuple, list, Sequence):
        if not isinstance(value, (list, tuple)):
            raise ValidationError(FieldError(key, tr("قائمة غير صالحة في «{key}»: {value!r}")
                                                  .format(key=key, value=value)))
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return tuple(_value(arg, item, key) for arg, item in zip(args, value, strict=True))
        items = [_value(args[0] if args else Any, item, key) for item in value]
        return items if origin is list else tuple(items)
    if origin is dict or hint is dict:
        value_hint = args[1] if len(args) == 2 else Any
        return {str(k): _value(value_hint, v, key) for k, v in dict(value).items()}
    if isinstance(hint, type):
        return _scalar(hint, value, key)
    return value


def _scalar(hint: type, value: Any, key: str) -> Any:
    try:
        if issubclass(hint, Enum):
            return hint(value)
        if hint is Decimal:
            return Decimal(str(value))
        if hint is datetime:
            return datetime.fromisoformat(str(value))
        if hint is date:
            return date.fromisoformat(str(value))
        if hint is UUID:
            return UUID(str(value))
        if hint is bool:
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if hint in (int, str, float):
            return hint(value)
    except (InvalidOperation, ValueError, TypeError) as error:
        raise ValidationError(FieldError(key, _bad_value(hint, key, value))) from error
    return value


def _bad_value(hint: type, key: str, value: Any) -> str:
    if hint is Decimal:
        return f"مبلغ غير صالح في «{key}»: {value!r}"
    if hint in (date, datetime):
        return f"تاريخ غير صالح في «{key}»: {value!r}"
    return f"قيمة غير صالحة في «{key}»: {value!r}"
