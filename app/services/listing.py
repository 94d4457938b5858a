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


def run_page(session: Session, base: Select, query: ListQuery,
             sort_columns: Mapping[str, Any], default_sort: Sequence[Any],
             convert: Callable[[Any], T], key: Any,
             count_base: Select | None = None) -> Page[T]:
    """Count, then fetch one sorted window of rows.

    `default_sort` ends with the key, so ties never make pages overlap; the tie-breakers
    follow the chosen direction, so one index per sortable column serves both directions.
    The window's keys are found first and only those rows are then read whole: skipping
    100,000 rows is cheap when only their keys are walked. `count_base` may leave out joins
    that cannot change the count (SQLite otherwise joins every row just to count them).
    """
    counted = count_base if count_base is not None else base
    total = session.scalar(select(func.count()).select_from(counted.order_by(None).subquery()))
    column = sort_columns.get(query.sort)
    ties = list(default_sort)
    order = [c.desc() if query.descending else c.asc()
             for c in ([column] if column is not None else []) + ties]
    window = (base.with_only_columns(key).order_by(*order)
              .offset(query.offset).limit(query.limit))
    rows = session.execute(base.where(key.in_(window.scalar_subquery())).order_by(*order))
    return Page([convert(row) for row in rows], int(total or 0), query.offset)
