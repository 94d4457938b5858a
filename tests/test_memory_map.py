"""Dashboards and reports read a national database through a memory map, and let it go when
their read is over: the mapped pages count in the program's memory as the system shows
it, and a proposals page must not carry a 600 MB map opened by the dashboard."""

from __future__ import annotations

from sqlalchemy import text

from app.services import dashboard
from app.services.unit_of_work import reading
from app.storage.database import MMAP_BYTES


def _mapped(session) -> int:
    return int(session.execute(text("PRAGMA mmap_size")).scalar())


def test_only_a_mapped_read_maps_the_file_and_only_while_it_lasts(demo_opened):
    db = demo_opened.db
    with reading(db) as session:
        assert _mapped(session) == 0
    with reading(db, mapped=True) as session:
        assert _mapped(session) == MMAP_BYTES
    with reading(db) as session:  # the pooled connection, handed back unmapped
        assert _mapped(session) == 0
    board = dashboard.build(db, dashboard.scope_for(db, 2023, "05.301"))
    assert board.figures
    with reading(db) as session:
        assert _mapped(session) == 0
