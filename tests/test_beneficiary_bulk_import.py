"""The import's bulk path (whole columns, one executemany, indexes rebuilt) stores exactly
what the one-person form stores, reports problems line by line in the checks' order, and
leaves the audit chain, the indexes and the search whole."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.config import sqlite_url
from app.io.tabular import read_table
from app.services import audit_chain, beneficiaries, startup, territory
from app.services import beneficiary_import as bi
from app.services.listing import ListQuery
from app.services.startup import open_database
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from app.storage import pending_indexes
from app.storage.database import sqlite_file

DAY = date(2024, 6, 1)
HEADERS = [*HEADERS_AR, "الجماعة", "إعاقة", "رقم الضمان الاجتماعي", "رقم الحساب البنكي"]
# What both paths must store alike (ids and timestamps are each path's own).
COLUMNS = ("cin", "first_name_ar", "last_name_ar", "first_name_fr", "last_name_fr", "sex",
           "birth_date", "has_disability", "phone", "commune_id", "anapec_number",
           "cnss_number", "rib", "category", "education_level", "row_version", "name_key",
           "search_text")


def _options(path: Path, **kw: object) -> bi.ImportOptions:
    return bi.ImportOptions(bi.guess_mapping(read_table(path).headers), check_day=DAY,
                            **kw)  # type: ignore[arg-type]


def _messy_rows(opened) -> list[list[object]]:
    """Clean people typed the way lists come (CINs with dashes and small letters, names
    with extra spaces, communes, disability, CNSS and RIB numbers), and bad rows."""
    communes = territory.list_communes(opened.db)[:3]
    rows: list[list[object]] = []
    for i, person in enumerate(PeopleGenerator(21).people(30)):
        cells = as_cells(person)
        if i % 3 == 0:
            cells[0] = f"{person.cin[:2].lower()}-{person.cin[2:]}"
            cells[2] = f"  {cells[2]}  "
        commune = communes[i % 3]
        rows.append([*cells, commune.name_ar if i % 2 else commune.name_fr or commune.name_ar,
                     "نعم" if i % 5 == 0 else "", f"{100000000 + i}" if i % 4 == 0 else "",
                     "1" * 24 if i % 6 == 0 else ""])
    rows.insert(4, ["1X", "الفاسي", "سعيد", "", "", "?", "01/01/1990", "", "", "", "", "", "",
                    ""])  # a bad CIN and a bad sex on one line
    rows.insert(9, [rows[0][0], "العلوي", "محمد", "", "", "ذكر", "31/02/1985", "", "", "", "",
                    "", "", ""])  # a CIN met above, a date that is none
    rows.insert(12, ["MC56791", "أمزيان", "زينب", "", "", "أنثى", "01/01/2012", "", "طالب",
                     "", "جماعة لا توجد", "", "12", ""])  # a minor, unknown words
    return rows


def _csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def _stored(path: Path) -> dict[str, tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return {row[0]: row for row in connection.execute(
            f"SELECT {', '.join(COLUMNS)} FROM beneficiaries ORDER BY cin")}


def test_the_bulk_import_stores_what_the_one_person_form_stores(opened, tmp_path,
                                                                   template_db):
    path = _csv(tmp_path / "messy.csv", _messy_rows(opened))
    report = bi.import_file(opened.db, opened.actor, path, _options(path, valid_only=True))
    assert (report.imported, report.rejected_lines) == (30, 3)
    shutil.copyfile(template_db, tmp_path / "form.sqlite")
    form = open_database(sqlite_url(tmp_path / "form.sqlite")).db
    for person in beneficiaries.list_beneficiaries(opened.db, ListQuery(limit=100)).rows:
        again = beneficiaries.get_beneficiary(opened.db, person.id)
        again.id, again.row_version = None, 0
        beneficiaries.save_beneficiary(form, opened.actor, again, today=DAY)
    form.dispose()
    bulk, one_by_one = _stored(sqlite_file(opened.db.url)), _stored(tmp_path / "form.sqlite")
    assert len(bulk) == 30 and bulk == one_by_one
    assert any(r[7] == 1 for r in bulk.values()) and any(r[12] for r in bulk.values())
    assert all(r[9] is not None for r in bulk.values())  # every commune recognised


def test_problems_come_line_by_line_in_the_order_of_the_checks(opened, tmp_path):
    path = _csv(tmp_path / "messy.csv", _messy_rows(opened))
    report = bi.check_file(opened.db, path, _options(path))
    assert [(p.line, p.column) for p in report.problems] == [
        (6, "رقم البطاقة الوطنية"), (6, "الجنس"),
        (11, "رقم البطاقة الوطنية"), (11, "تاريخ الازدياد"),
        (14, "تاريخ الازدياد"), (14, "الجماعة"), (14, "الفئة"),
        (14, "رقم الضمان الاجتماعي")]
    assert "مكرر في الملف (السطر 2)" in report.problems[2].rule
    assert report.problems[3].value == "31/02/1985"
    assert report.problems[6].value == "طالب"


def test_a_large_import_rebuilds_its_indexes_and_keeps_the_audit_chain(opened, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr(bi, "REBUILD_FROM", 10)  # the path 250,000 rows take
    rows = [as_cells(p) for p in PeopleGenerator(4).people(60)]
    path = _csv(tmp_path / "list.csv", [[*r, "", "", "", ""] for r in rows])
    report = bi.import_file(opened.db, opened.actor, path, _options(path))
    assert report.imported == 60
    assert {"read", "checks", "insert", "indexes", "commit"} <= set(report.phases)
    chain = audit_chain.verify(opened.db)
    assert chain.ok, chain.problems
    with sqlite3.connect(sqlite_file(opened.db.url)) as connection:
        names = {n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'beneficiaries'")}
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Raises when the FTS index does not match the rows it indexes.
        connection.execute("INSERT INTO beneficiaries_search(beneficiaries_search, rank) "
                           "VALUES ('integrity-check', 1)")
    assert {"beneficiaries_search_insert", "ix_beneficiaries_sort_birth_date",
            "ix_beneficiaries_sort_last_name_ar"} <= names
    found = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=str(rows[7][2])))
    assert str(rows[7][0]) in [p.cin for p in found.rows]
    oldest = beneficiaries.list_beneficiaries(opened.db, ListQuery(sort="birth_date"))
    assert oldest.rows[0].birth_date == min(p.birth_date for p in oldest.rows)
    # A later person typed in the form is indexed by the trigger put back.
    person = beneficiaries.get_beneficiary(opened.db, oldest.rows[0].id)
    person.id, person.cin, person.first_name_ar = None, "ZT999999", "مستجد"
    beneficiaries.save_beneficiary(opened.db, opened.actor, person, today=DAY)
    assert beneficiaries.list_beneficiaries(opened.db, ListQuery(search="مستجد")).total == 1


def test_a_workbook_with_numbers_true_false_and_short_rows(opened, tmp_path):
    """Workbook cells are numbers, booleans or missing at the end of a row: each is read
    as itself (True and 1 are one key of a dict: a sex typed 1 is a man, TRUE is no sex)."""
    people = [as_cells(p, dates="serial") for p in PeopleGenerator(9).people(4)]
    people[0][5], people[1][5] = True, 1
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADERS_AR, "إعاقة"])
    sheet.append([*people[0], 1])
    sheet.append([*people[1], True])
    sheet.append([*people[2], False])
    sheet.append(people[3][:7])  # no phone, category or education: a short row
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = bi.import_file(opened.db, opened.actor, path, _options(path, valid_only=True))
    assert [(p.line, p.column, p.value) for p in report.problems] == [(2, "الجنس", "True")]
    stored = {p.cin: beneficiaries.get_beneficiary(opened.db, p.id)
              for p in beneficiaries.list_beneficiaries(opened.db).rows}
    assert set(stored) == {str(p[0]) for p in people[1:]}
    assert stored[str(people[1][0])].sex.value == "male"
    assert stored[str(people[1][0])].has_disability
    assert stored[str(people[2][0])].has_disability == (people[2][8] == "إعاقة")
    assert stored[str(people[3][0])].phone == ""


def test_a_search_reads_what_is_typed_literally_and_follows_a_rename(opened, tmp_path):
    """FTS and GLOB wildcards typed in a search are plain characters, several words may
    come from different fields, and a renamed person is found under the new name only."""
    rows = [as_cells(p) for p in PeopleGenerator(11).people(3)]
    rows[0][4], rows[0][7] = "Ab*cd", "0612?34[5"  # Latin first name, phone
    rows[1][4], rows[1][7] = "Abxxcd", "0612934[5"
    path = _csv(tmp_path / "list.csv", [[*r, "", "", "", ""] for r in rows])
    assert bi.import_file(opened.db, opened.actor, path, _options(path)).imported == 3

    def cins(search: str) -> set[str]:
        page = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=search))
        assert page.total == len(page.rows)
        return {p.cin for p in page.rows}

    first, second = str(rows[0][0]), str(rows[1][0])
    assert cins("ab*cd") == {first}
    assert cins("abxxcd") == {second}
    assert cins("612?34[") == {first}
    assert cins("ab*cd 612?34") == {first}
    assert cins('abxxcd "612?34') == set()

    person = next(p for p in beneficiaries.list_beneficiaries(opened.db, ListQuery()).rows
                  if p.cin == second)
    person = beneficiaries.get_beneficiary(opened.db, person.id)
    person.first_name_fr = "Zakariaa"
    beneficiaries.save_beneficiary(opened.db, opened.actor, person, today=DAY)
    assert cins("zakariaa") == {second}
    assert cins("abxxcd") == set()


def _plan(opened, sort: str) -> str:
    with sqlite3.connect(sqlite_file(opened.db.url)) as connection:
        return " ".join(row[-1] for row in connection.execute(
            f"EXPLAIN QUERY PLAN SELECT rowid FROM beneficiaries ORDER BY {sort}, "
            "last_name_ar, rowid LIMIT 200 OFFSET 30"))


def _pending(opened) -> set[str]:
    with sqlite3.connect(sqlite_file(opened.db.url)) as connection:
        return {name for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'beneficiaries'") if sql and sql.endswith(" WHERE 0")}


SECONDARY = {f"ix_beneficiaries_sort_{c}" for c in (
    "first_name_ar", "last_name_fr", "birth_date", "category", "sex")}


def test_a_large_import_leaves_the_other_sorts_to_be_built_after_its_commit(
        opened, tmp_path, monkeypatch):
    """The five sort indexes besides the list's own order are empty stand-ins when a large
    import commits (no query uses them, sorts still come out right), and are built whole
    by `complete_indexes`; a second large import before that keeps them pending."""
    monkeypatch.setattr(bi, "REBUILD_FROM", 10)
    for seed, name in ((5, "a.csv"), (6, "b.csv")):
        rows = [as_cells(p) for p in PeopleGenerator(seed).people(40)]
        path = _csv(tmp_path / name, [[*r, "", "", "", ""] for r in rows])
        assert bi.import_file(opened.db, opened.actor, path, _options(path)).imported == 40
        assert _pending(opened) == SECONDARY
    assert "ix_beneficiaries_sort_birth_date" not in _plan(opened, "birth_date")
    assert "ix_beneficiaries_sort_last_name_ar" in _plan(opened, "last_name_ar")
    by_birth = beneficiaries.list_beneficiaries(opened.db, ListQuery(sort="birth_date"))
    births = [p.birth_date for p in by_birth.rows]
    assert births == sorted(births) and by_birth.total >= 80

    assert set(bi.complete_indexes(opened.db)) == SECONDARY
    assert _pending(opened) == set() and bi.complete_indexes(opened.db) == []
    assert "COVERING INDEX ix_beneficiaries_sort_birth_date" in _plan(opened, "birth_date")
    again = beneficiaries.list_beneficiaries(opened.db, ListQuery(sort="birth_date"))
    assert [p.cin for p in again.rows] == [p.cin for p in by_birth.rows]
    with sqlite3.connect(sqlite_file(opened.db.url)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_indexes_left_pending_by_a_stopped_program_are_built_when_it_opens(
        opened, tmp_path, monkeypatch):
    """The program stopped between an import's commit and the building of its indexes:
    opening the file again builds them (what the window runs once it shows)."""
    monkeypatch.setattr(bi, "REBUILD_FROM", 10)
    rows = [as_cells(p) for p in PeopleGenerator(8).people(30)]
    path = _csv(tmp_path / "list.csv", [[*r, "", "", "", ""] for r in rows])
    bi.import_file(opened.db, opened.actor, path, _options(path))
    assert _pending(opened) == SECONDARY
    opened.db.dispose()
    again = open_database(opened.db.url)
    try:
        assert set(startup.complete_pending_indexes(again.db)) == SECONDARY
        assert startup.complete_pending_indexes(again.db) == []
    finally:
        again.db.dispose()
    assert _pending(opened) == set()


def test_building_the_pending_sorts_is_all_or_nothing(opened, tmp_path, monkeypatch):
    """The indexes are built in one transaction: a failure (or a kill) after the first
    is dropped leaves every one pending, none missing, and the people as they were."""
    monkeypatch.setattr(bi, "REBUILD_FROM", 10)
    rows = [as_cells(p) for p in PeopleGenerator(9).people(30)]
    path = _csv(tmp_path / "list.csv", [[*r, "", "", "", ""] for r in rows])
    bi.import_file(opened.db, opened.actor, path, _options(path))

    class Stop(Exception):
        pass

    def failing(connection, table):
        for name, _sql in pending_indexes.pending(connection, table)[:1]:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        raise Stop

    monkeypatch.setattr(pending_indexes, "complete", failing)
    with pytest.raises(Stop):
        bi.complete_indexes(opened.db)
    assert _pending(opened) == SECONDARY
    monkeypatch.undo()
    assert set(bi.complete_indexes(opened.db)) == SECONDARY
    assert beneficiaries.list_beneficiaries(opened.db).total == 30


def test_the_log_is_copied_into_the_file_after_the_import_not_within_it(
        opened, tmp_path, monkeypatch):
    """The import's commit leaves its pages in the write-ahead log, durable there; the
    copy into the database file waits for the next commit, and the connection gets its
    automatic copy back for it. (Every commit copies here: a checkpoint each page.)"""
    from sqlalchemy import event

    monkeypatch.setattr(bi, "WAL_AUTOCHECKPOINT", 1)
    event.listen(opened.db.engine, "connect",
                 lambda raw, _record: raw.execute("PRAGMA wal_autocheckpoint=1"))
    opened.db.engine.dispose()
    path_of = sqlite_file(opened.db.url)

    def in_file() -> int:
        """The people in the database file itself, the log left aside."""
        with sqlite3.connect(f"file:{path_of}?immutable=1", uri=True) as connection:
            return connection.execute("SELECT count(*) FROM beneficiaries").fetchone()[0]

    rows = [as_cells(p) for p in PeopleGenerator(12).people(20)]
    path = _csv(tmp_path / "list.csv", [[*r, "", "", "", ""] for r in rows])
    before = in_file()
    bi.import_file(opened.db, opened.actor, path, _options(path))
    assert in_file() == before
    assert beneficiaries.list_beneficiaries(opened.db).total == before + 20
    person = beneficiaries.list_beneficiaries(opened.db).rows[0]
    person = beneficiaries.get_beneficiary(opened.db, person.id)
    person.phone = "0600000000"
    beneficiaries.save_beneficiary(opened.db, opened.actor, person, today=DAY)
    assert in_file() == before + 20
