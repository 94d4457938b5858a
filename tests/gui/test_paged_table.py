"""The paged model never reads the database on the GUI thread while a list is scrolled."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.services.listing import ListQuery, Page
from ui.models.paged_table import MAX_CACHED_PAGES, PAGE_SIZE, PagedColumn, PagedTableModel
from ui.tasks import settle

TOTAL = 30 * PAGE_SIZE


class NumberList:
    """A service list of TOTAL numbers that remembers on which thread it was asked."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.offsets: list[int] = []
        self.known: list[int | None] = []
        self.descending = False

    def __call__(self, query: ListQuery) -> Page[int]:
        self.threads.append(threading.current_thread())
        self.offsets.append(query.offset)
        self.known.append(query.known_total)
        numbers = range(TOTAL - 1, -1, -1) if query.descending else range(TOTAL)
        rows = list(numbers)[query.offset:query.offset + query.limit]
        return Page(rows, TOTAL, query.offset)


def make_model(qapp) -> tuple[PagedTableModel[int], NumberList]:
    source = NumberList()
    model: PagedTableModel[int] = PagedTableModel(
        [PagedColumn("العدد", lambda n: n, "n", numeric=True),
         PagedColumn("الضعف", lambda n: 2 * n, "double", numeric=True)], source)
    model.reload()
    settle()
    return model, source


def test_the_model_passes_qts_checks_while_windows_arrive_and_go(qapp, qtmodeltester):
    model, _source = make_model(qapp)
    qtmodeltester.check(model)
    for page in range(0, 30, 3):
        model.index(page * PAGE_SIZE, 0).data()
    settle()
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    settle()
    qtmodeltester.check(model)


def test_a_window_not_yet_read_is_fetched_off_the_gui_thread_and_then_shown(qapp, qtbot):
    model, source = make_model(qapp)
    assert model.rowCount() == TOTAL
    row = 17 * PAGE_SIZE + 5
    asked = len(source.threads)
    assert model.index(row, 1).data() is None, "shown empty until its window arrives"
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as arrived:
        pass
    first, last = arrived.args[:2]
    assert first.row() == 17 * PAGE_SIZE and last.row() == 18 * PAGE_SIZE - 1
    assert model.index(row, 0).data() is not None
    assert model.record(row) == row
    assert all(t is not threading.main_thread() for t in source.threads[asked:])


def test_a_window_asked_many_times_is_read_once(qapp):
    model, source = make_model(qapp)
    before = len(source.offsets)
    for _ in range(5):
        model.record(9 * PAGE_SIZE)
    settle()
    assert source.offsets[before:] == [9 * PAGE_SIZE]


def test_a_scrolled_window_does_not_ask_for_the_count_again(qapp):
    model, source = make_model(qapp)
    assert source.known == [None], "the first window comes with its count"
    model.record(12 * PAGE_SIZE)
    settle()
    assert source.known == [None, TOTAL]
    model.sort(1)
    settle()
    assert source.known[-1] is None, "a new order is counted again"


def test_old_windows_are_evicted_so_memory_stays_bounded(qapp):
    model, _source = make_model(qapp)
    for page in range(1, 30):
        model.record(page * PAGE_SIZE)
        settle()
    assert len(model.cached_pages) == MAX_CACHED_PAGES
    assert 29 in model.cached_pages and 1 not in model.cached_pages
    assert model.record(29 * PAGE_SIZE + 1) == 29 * PAGE_SIZE + 1


def test_a_window_asked_before_a_new_sort_is_dropped_when_it_arrives(qapp):
    model, _source = make_model(qapp)
    model.record(5 * PAGE_SIZE)  # asked in ascending order...
    model.sort(0, Qt.SortOrder.DescendingOrder)  # ...then the user sorts the other way
    settle()
    assert 5 not in model.cached_pages
    model.record(5 * PAGE_SIZE)
    settle()
    assert model.record(5 * PAGE_SIZE) == TOTAL - 1 - 5 * PAGE_SIZE


def test_a_new_search_is_read_off_the_gui_thread_and_the_last_one_asked_wins(qapp, qtbot):
    model, source = make_model(qapp)
    asked = len(source.threads)
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.sort(0, Qt.SortOrder.AscendingOrder)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        assert model.record(0) == 0, "the old rows stay until the new ones arrive"
    settle()
    assert model.record(0) == TOTAL - 1
    assert model.rowCount() == TOTAL
    assert all(t is not threading.main_thread() for t in source.threads[asked:])
