"""Paged, sorted, filtered lists computed in SQL, for tables with national-scale row counts.

A table model asks for one window of rows at a time and for the total count, so a list of
hundreds of thousands of rows opens as fast as a list of ten. A search looks the typed words
up in the table's folded `search_text` column (`app.services.search` writes it), through a
full-text index on SQLite and a trigram index on PostgreSQL (migration 0007).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    Join,
    Select,
    Table,
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
from sqlalchemy.sql.elements import ColumnClause, Grouping

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
    # The count the asker already has for this very query (a table model fetching the
    # next window as the list is scrolled): it is not counted again.
    known_total: int | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int
    offset: int


# The trigram index can only look up words of at least this many characters.
TRIGRAM = 3
# Beyond this many keys a window's rows are read through its query, not a list of keys.
LISTED_KEYS = 2000
# Set while a window's keys are found by walking the order's index (see `_walks_order`).
_WALKING: ContextVar[bool] = ContextVar("walking", default=False)


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

    @property
    def indexed(self) -> bool:
        """Whether every word goes to the trigram index (none is too short for it)."""
        return bool(self.words) and all(len(w) >= TRIGRAM for w in self.words)

    def index_matches(self) -> Select:
        """SQLite: the rowids the FTS5 trigram table finds for the long words."""
        name = self.column.table.name
        index = table(f"{name}_search", column("rowid"))
        match = " AND ".join('"' + w.replace('"', '""') + '"'
                             for w in self.words if len(w) >= TRIGRAM)
        return select(index.c.rowid).where(literal_column(index.name).op("MATCH")(
            bindparam(None, match, unique=True)))


def _contains(element: TextSearch, word: str) -> ColumnElement[bool]:
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return element.column.ilike(pattern, escape="\\")


@compiles(TextSearch)
def _portable(element: TextSearch, compiler: SQLCompiler, **kw: Any) -> str:
    """PostgreSQL: ILIKE, which the pg_trgm GIN index of migration 0007 serves (or a scan
    where the extension could not be created)."""
    return compiler.process(and_(*(_contains(element, w) for w in element.words)), **kw)


@compiles(TextSearch, "sqlite")
def _sqlite(element: TextSearch, compiler: SQLCompiler, **kw: Any) -> str:
    """Words of three letters or more go to the FTS5 trigram table in one MATCH (each word
    quoted, so nothing typed is read as FTS syntax); shorter ones, which a trigram index
    cannot hold, are looked for in the folded column of the rows the match left, with
    `instr` (both sides are folded, so LIKE's case rules add nothing; it took a quarter
    longer over 200,000 proposals, and nothing typed is then a wildcard)."""
    parts: list[ColumnElement[bool]] = [func.instr(element.column, w) > 0
                                        for w in element.words if len(w) < TRIGRAM]
    if any(len(w) >= TRIGRAM for w in element.words):
        # While the order's index is walked, "+" keeps SQLite from reading the matches
        # first and sorting them all (see `_walks_order`).
        rowid = ("+" if _WALKING.get() else "") + f"{element.column.table.name}.rowid"
        parts.insert(0, literal_column(rowid).in_(element.index_matches()))
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


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def row_key(session: Session, owner: Any) -> Any:
    """A list's last tie-breaker and key: the rowid on SQLite, where every index ends with
    it (an index need not end with the 32-digit id too: migration 0021), the id elsewhere."""
    table_ = cast(Table, owner.__table__)
    if _is_sqlite(session):
        return ColumnClause("rowid", Integer(), _selectable=table_)
    return table_.c.id


def _count(session: Session, counted: Select) -> int:
    """The number of rows `counted` selects. On SQLite, when its one condition is a search
    of long words over the searched table alone, the trigram index counts its matches by
    itself (1.6 ms for 11,842 matches of 200,000 proposals, where joining each match back
    to its row took 17 ms): the triggers of migration 0007 keep it row for row in step."""
    condition: Any = counted.whereclause
    if isinstance(condition, Grouping):
        condition = condition.element
    if (isinstance(condition, TextSearch) and condition.indexed and _is_sqlite(session)
            and _from_tables(counted) == {condition.column.table}):
        return int(session.scalar(select(func.count()).select_from(
            condition.index_matches().subquery())) or 0)
    return int(session.scalar(select(func.count()).select_from(
        counted.order_by(None).subquery())) or 0)


def _walks_order(session: Session, query: ListQuery, total: int, first: Any, key: Any) -> bool:
    """Whether a searched window is found faster by walking the index of its order and
    keeping the rows that match, than by reading every match and sorting them all.

    Walking reads about (offset + limit) x rows / matches index entries; reading the
    matches costs about three times as much per match. At 200,000 proposals a search
    matching 11,842 gives its first page in 3 ms walking, 17 ms sorting; one matching a
    few dozen rows would walk the whole index, so it is sorted as before. SQLite only:
    elsewhere the planner weighs this itself.
    """
    if not query.search or not total or not _is_sqlite(session):
        return False
    ordered = getattr(first, "expression", first)
    owner: Any = getattr(ordered, "table", None)
    if owner is None or owner is not getattr(getattr(key, "expression", key), "table", None):
        return False
    if not any(index.columns and list(index.columns)[0].name == ordered.name
               for index in getattr(owner, "indexes", ())):
        return False
    rows = int(session.scalar(select(func.max(literal_column("rowid"))).select_from(
        cast(Table, owner)))
               or 0)
    return 3 * total * total > (query.offset + query.limit) * rows


@contextmanager
def _walking(walk: bool) -> Iterator[None]:
    token = _WALKING.set(walk)
    try:
        yield
    finally:
        _WALKING.reset(token)


def _expression(column: Any) -> Any:
    """The column itself, whether given as a mapped attribute or as a column."""
    return getattr(column, "expression", column)


def list_order(query: ListQuery, sort_columns: Mapping[str, Any],
               default_sort: Sequence[Any]) -> list[Any]:
    """The ORDER BY of a list: the chosen column, then the tie-breakers, one direction.

    A tie-breaker that is the chosen column is not repeated: SQLite would not walk the
    (column, id) index for "column, column, id" and sorted every row instead."""
    column = sort_columns.get(query.sort)
    chosen = [column] if column is not None else []
    ties = [c for c in default_sort
            if not any(_expression(c).compare(_expression(o)) for o in chosen)]
    return [c.desc() if query.descending else c.asc() for c in chosen + ties]


def count_rows(session: Session, counted: Select) -> int:
    """How many rows a list's query selects (its search counted by the index if it can)."""
    return _count(session, counted)


def run_page(session: Session, base: Select, query: ListQuery,
             sort_columns: Mapping[str, Any], default_sort: Sequence[Any],
             convert: Callable[[Any], T], key: Any,
             count_base: Select | None = None, rows_base: Select | None = None) -> Page[T]:
    """Count, then fetch one sorted window of rows.

    `default_sort` ends with the key, so ties never make pages overlap; the tie-breakers
    follow the chosen direction, so one index per sortable column serves both directions.
    The window's keys are found first and only those rows are then read whole: skipping
    100,000 rows is cheap when only their keys are walked. `count_base` may leave out joins
    that cannot change the count (SQLite otherwise joins every row just to count them).
    `rows_base` is `base` without its conditions: the window's rows are read from it by
    their keys, so a search is not looked up a third time to read 200 rows.
    """
    counted = count_base if count_base is not None else base
    total = query.known_total if query.known_total is not None else _count(session, counted)
    column = sort_columns.get(query.sort)
    ties = list(default_sort)
    order = list_order(query, sort_columns, default_sort)
    # The window walks the count's query when it has every column the order needs: at
    # offset 100,000 the joins of the full query cost a lookup per skipped row.
    walked = (counted if count_base is not None
              and _has_columns(counted, [*([column] if column is not None else []), *ties])
              else base)
    window = (walked.with_only_columns(key).order_by(*order)
              .offset(query.offset).limit(query.limit))
    if query.limit > LISTED_KEYS:
        rows = session.execute(base.where(key.in_(window.scalar_subquery())).order_by(*order))
        return Page([convert(row) for row in rows], total, query.offset)
    first = column if column is not None else ties[0]
    with _walking(_walks_order(session, query, total, first, key)):
        keys = list(session.scalars(window))
    if not keys:
        return Page([], total, query.offset)
    fetched = rows_base if rows_base is not None else base
    rows = session.execute(fetched.where(key.in_(keys)).order_by(*order))
    return Page([convert(row) for row in rows], total, query.offset)
