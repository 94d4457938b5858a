"""Paged, sorted, filtered lists computed in SQL, for tables with national-scale row counts.

A table model asks for one window of rows at a time and for the total count, so a list of
hundreds of thousands of rows opens as fast as a list of ten. A search looks the typed words
up in the table's folded `search_text` column (`app.services.search` writes it), through a
full-text index on SQLite and a trigram index on PostgreSQL (migration 0007).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Join,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import Grouping

from app.domain.text import fold

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


# The trigram index can only look up words of at least this many characters.
TRIGRAM = 3


class TextSearch(ColumnElement[bool]):
    """Every folded word is inside `column`; how it is looked up depends on the database."""

    type = Boolean()
    inherit_cache = False  # its binds are made while compiling, per database: never cached

    def __init__(self, column: Any, words: Sequence[str]) -> None:
        self.column = getattr(column, "expression", column)
        self.words = tuple(words)

    def self_group(self, against: Any = None) -> ColumnElement[Any]:
        """Compiled, it is already a condition: parenthesised, never compared with 1."""
        return Grouping(self)


def _contains(element: TextSearch, word: str, ilike: bool) -> ColumnElement[bool]:
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    column_ = element.column
    return column_.ilike(pattern, escape="\\") if ilike else column_.like(pattern, escape="\\")


@compiles(TextSearch)
def _portable(element: TextSearch, compiler: SQLCompiler, **kw: Any) -> str:
    """PostgreSQL: ILIKE, which the pg_trgm GIN index of migration 0007 serves (or a scan
    where the extension could not be created)."""
    return compiler.process(and_(*(_contains(element, w, True) for w in element.words)), **kw)


@compiles(TextSearch, "sqlite")
def _sqlite(element: TextSearch, compiler: SQLCompiler, **kw: Any) -> str:
    """Words of three letters or more go to the FTS5 trigram table in one MATCH (each word
    quoted, so nothing typed is read as FTS syntax); shorter ones, which a trigram index
    cannot hold, are LIKE on the folded column of the rows the match left."""
    long_words = [w for w in element.words if len(w) >= TRIGRAM]
    parts = [_contains(element, w, False) for w in element.words if len(w) < TRIGRAM]
    if long_words:
        name = element.column.table.name
        index = table(f"{name}_search", column("rowid"))
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        parts.insert(0, literal_column(f"{name}.rowid").in_(
            select(index.c.rowid).where(literal_column(index.name).op("MATCH")(
                bindparam(None, match, unique=True)))))
    return compiler.process(and_(*parts), **kw)


def search_condition(text: str, column: Any) -> ColumnElement[bool] | None:
    """The one place typed text becomes a condition: every word, folded as stored text is
    (`app.domain.text.fold`), must be in the table's `search_text` column, so "جمعية الامل"
    finds «جمعية الأمل» and both words may come from different fields."""
    words = fold(text).split()
    return TextSearch(column, words) if words else None


def _from_tables(statement: Select) -> set[Any]:
    found: set[Any] = set()

    def walk(clause: Any) -> None:
        if isinstance(clause, Join):
            walk(clause.left)
            walk(clause.right)
        else:
            found.add(clause)

    for clause in statement.get_final_froms():
        walk(clause)
    return found


def _has_columns(statement: Select, columns: Sequence[Any]) -> bool:
    """Whether every one of `columns` is a plain column of a table `statement` reads."""
    tables = _from_tables(statement)
    for wanted in columns:
        owner = getattr(getattr(wanted, "expression", wanted), "table", None)
        if owner is None or owner not in tables:
            return False
    return True


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
    # The window walks the count's query when it has every column the order needs: at
    # offset 100,000 the joins of the full query cost a lookup per skipped row.
    walked = (counted if count_base is not None
              and _has_columns(counted, [*([column] if column is not None else []), *ties])
              else base)
    window = (walked.with_only_columns(key).order_by(*order)
              .offset(query.offset).limit(query.limit))
    rows = session.execute(base.where(key.in_(window.scalar_subquery())).order_by(*order))
    return Page([convert(row) for row in rows], int(total or 0), query.offset)
