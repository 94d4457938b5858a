"""Paged, sorted, filtered lists computed in SQL, for tables with national-scale row counts.

A table model asks for one window of rows at a time and for the total count, so a list of
hundreds of thousands of rows opens as fast as a list of ten.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int
    offset: int


def search_condition(text: str, columns: Sequence[Any]) -> ColumnElement[bool] | None:
    """Every word must appear in one of the columns (so "جمعية خنيفرة" finds both parts)."""
    words = [w for w in text.split() if w]
    if not words:
        return None
    return and_(*(or_(*(column.ilike(f"%{word}%") for column in columns)) for word in words))


def run_page(session: Session, base: Select[Any], query: ListQuery,
             sort_columns: Mapping[str, Any], default_sort: Sequence[Any],
             convert: Callable[[Any], T]) -> Page[T]:
    """Count, then fetch one sorted window; the id breaks ties so pages never overlap."""
    total = session.scalar(select(func.count()).select_from(base.order_by(None).subquery()))
    column = sort_columns.get(query.sort)
    order = list(default_sort)
    if column is not None:
        order.insert(0, column.desc() if query.descending else column.asc())
    rows = session.execute(base.order_by(*order).offset(query.offset).limit(query.limit))
    return Page([convert(row) for row in rows], int(total or 0), query.offset)
