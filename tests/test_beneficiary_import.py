"""Lists of people shaped like the real ones go through the import: clean files import
fully, every bad row is reported with its reason, nothing partial is saved, and a kill
halfway leaves the database as it was."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from app.domain.beneficiaries import consonant_key, normalise_cin
from app.errors import ValidationError
from app.io.tabular import as_date, read_table
from app.services import audit, beneficiaries
from app.services import beneficiary_import as bi
from app.services.listing import ListQuery
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from app.services.unit_of_work import reading
from app.storage.database import sqlite_file
from app.storage.models import BeneficiaryRow

# The checks use a fixed day so ages do not drift with the calendar.
DAY = date(2024, 6, 1)


def _options(path: Path, **kw: object) -> bi.ImportOptions:
    headers = read_table(path).headers
    return bi.ImportOptions(bi.guess_mapping(headers), check_day=DAY, **kw)  # type: ignore


def _csv(path: Path, rows: list[list[object]], headers: list[str] = HEADERS_AR,
         encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]], headers: list[str] = HEADERS_AR) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _count(db) -> int:
    with reading(db) as session:
        return session.scalar(select(func.count()).select_from(BeneficiaryRow)) or 0


def _people(count: int, seed: int = 7, dates: str = "text") -> list[list[object]]:
    return [as_cells(p, dates) for p in PeopleGenerator(seed).people(count)]


def test_cin_is_normalised_and_checked():
    assert normalise_cin(" ab-123 456 ") == "AB123456"
    assert normalise_cin("m١٢٣٤٥") == "M12345"
    from app.domain.beneficiaries import cin_problem, cin_warning
    assert cin_problem("AB123456") is None
    assert "غير صحيح" in (cin_problem("123456") or "")
    assert "غير صحيح" in (cin_problem("ABC12345") or "")
    assert "غير صحيح" in (cin_problem("AB1234567") or "")
    assert cin_warning("QQ12345") is not None and cin_warning("AB12345") is None


def test_latin_spelling_variants_share_a_consonant_key():
    assert consonant_key("Mohamed Alaoui") == consonant_key("Mohammed Alaoui") \
        == consonant_key("Mhamed Alaoui") == consonant_key("Alaoui Mohamed")


def test_excel_serial_and_text_dates():
    assert as_date(45000) == date(2023, 3, 15)
    assert as_date("15/03/2023") == as_date("2023-03-15") == date(2023, 3, 15)
    with pytest.raises(ValueError):
        as_date("pas une date")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256"])
def test_a_clean_csv_imports_fully_in_each_windows_encoding(opened, tmp_path, encoding):
    rows = _people(40)
    path = _csv(tmp_path / "list.csv", rows, encoding=encoding, delimiter=";")
    report = bi.import_file(opened.db, opened.actor, path, _options(path))
    assert (report.imported, report.problems) == (40, [])
    assert _count(opened.db) == 40
    found = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=str(rows[3][0])))
    assert [p.first_name_ar for p in found.rows] == [rows[3][2]]
    # The Arabic names came through the encoding intact and are searchable folded.
    assert beneficiaries.list_beneficiaries(
        opened.db, ListQuery(search=str(rows[3][1]).replace("أ", "ا"))).total >= 1


def test_a_workbook_with_excel_serial_dates_and_an_audit_entry(opened, tmp_path):
    rows = _people(25, dates="serial")
    path = _xlsx(tmp_path / "anapec.xlsx", rows)
    report = bi.import_file(opened.db, opened.actor, path, _options(path))
    assert report.imported == 25
    stored = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=str(rows[0][0])))
    expected = PeopleGenerator(7).people(1).__next__().birth_date
    assert stored.rows[0].birth_date == expected
    entries = audit.history(opened.db, entity="beneficiaries")
    assert entries[0].changes["file"]["new"] == "anapec.xlsx"
    assert entries[0].changes["imported"]["new"] == 25
    assert entries[0].username == opened.actor.username


def _messy(tmp_path: Path) -> tuple[Path, list[list[object]]]:
    """Bad CINs, a duplicate inside the file, blank rows, an extra column, a bad date,
    a missing first name, an unknown sex, a minor."""
    good = _people(6, seed=11)
    extra_headers = [*HEADERS_AR, "ملاحظات"]
    rows: list[list[object]] = [[*r, "ملاحظة"] for r in good]
    rows.insert(2, [""] * len(extra_headers))  # a blank row
    rows.append(["12345", "الفاسي", "سعيد", "Fassi", "Said", "ذكر", "01/01/1990", "", "", "",
                 ""])
    rows.append([good[0][0], "العلوي", "محمد", "Alaoui", "Mohamed", "ذكر", "02/02/1985", "",
                 "", "", ""])
    rows.append(["MA98765", "بنعلي", "", "Benali", "", "ذكر", "03/03/1988", "", "", "", ""])
    rows.append(["MC56789", "أمزيان", "حنان", "Amziane", "Hanane", "?", "04/04/1991", "", "",
                 "", ""])
    rows.append(["MC56790", "أمزيان", "إيمان", "Amziane", "Imane", "أنثى", "31/02/1991", "",
                 "", "", ""])
    rows.append(["MC56791", "أمزيان", "زينب", "Amziane", "Zineb", "أنثى", "01/01/2012", "",
                 "", "", ""])
    return _csv(tmp_path / "messy.csv", rows, headers=extra_headers), good


def test_a_messy_file_saves_nothing_and_reports_every_bad_row(opened, tmp_path):
    path, _good = _messy(tmp_path)
    with pytest.raises(bi.ImportRefused) as refused:
        bi.import_file(opened.db, opened.actor, path, _options(path))
    assert _count(opened.db) == 0
    report = refused.value.report
    rules = {(p.line, p.column): p.rule for p in report.problems}
    assert "غير صحيح" in rules[(9, "رقم البطاقة الوطنية")]
    assert "مكرر في الملف (السطر 2)" in rules[(10, "رقم البطاقة الوطنية")]
    assert "إجباري" in rules[(11, "الاسم الشخصي")]
    assert "الجنس" in rules[(12, "الجنس")]
    assert "ليس تاريخا" in rules[(13, "تاريخ الازدياد")]
    assert "أقل من الحد الأدنى" in rules[(14, "تاريخ الازدياد")]
    assert report.rejected_lines == 6 and report.valid == 6 and report.blank_lines == 1
    saved = bi.write_report(report, tmp_path / "report.xlsx")
    sheet = CalamineWorkbook.from_path(str(saved)).get_sheet_by_index(0).to_python()
    assert sheet[0] == bi.REPORT_HEADERS
    assert any(row[3].startswith("رقم البطاقة الوطنية «12345»") for row in sheet[1:])


def test_valid_rows_only_imports_the_rest(opened, tmp_path):
    path, good = _messy(tmp_path)
    report = bi.import_file(opened.db, opened.actor, path, _options(path, valid_only=True))
    assert report.imported == 6 and report.rejected_lines == 6
    assert _count(opened.db) == 6


def test_people_already_imported_are_reported_on_the_second_file(opened, tmp_path):
    first = _csv(tmp_path / "first.csv", _people(10, seed=3))
    bi.import_file(opened.db, opened.actor, first, _options(first))
    second = _csv(tmp_path / "second.csv", _people(10, seed=3)[:4] + _people(3, seed=99))
    with pytest.raises(bi.ImportRefused) as refused:
        bi.import_file(opened.db, opened.actor, second, _options(second))
    assert {p.line for p in refused.value.report.problems} == {2, 3, 4, 5}
    assert all("first.csv" in p.rule for p in refused.value.report.problems)
    assert _count(opened.db) == 10


def test_a_file_without_a_required_column_is_refused_at_mapping(opened, tmp_path):
    headers = [h for h in HEADERS_AR if h != "تاريخ الازدياد"]
    rows = [[c for i, c in enumerate(r) if i != 6] for r in _people(3)]
    path = _csv(tmp_path / "short.csv", rows, headers=headers)
    with pytest.raises(ValidationError) as refused:
        bi.import_file(opened.db, opened.actor, path, _options(path))
    assert "«تاريخ الازدياد» غير موجود" in refused.value.message


def test_french_headers_are_recognised():
    headers = ["CIN", "Nom", "Prénom", "Sexe", "Date de naissance", "Téléphone", "Commune"]
    mapping = bi.guess_mapping(headers)
    assert mapping["cin"] == 0 and mapping["sex"] == 3 and mapping["birth_date"] == 4
    assert mapping["commune"] == 6 and "last_name_ar" not in mapping


def test_killing_the_import_halfway_leaves_the_database_unchanged(opened, tmp_path):
    path = _csv(tmp_path / "big.csv", _people(25_000, seed=5))
    database = sqlite_file(opened.db.url)
    opened.db.dispose()
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from app.config import sqlite_url
        from app.services.startup import open_database
        from app.services import beneficiary_import as bi, users
        from app.services.actor import Actor
        from app.domain.enums import UserRole
        opened = open_database(sqlite_url(Path({str(database)!r})))
        path = Path({str(path)!r})
        mapping = bi.guess_mapping(bi.read_table(path).headers)
        checked = []
        def progress(done, total):
            # The checks end at done == total; then the insert counts again from its
            # first chunk: kill inside the insert, past the first chunks.
            if checked and 20000 <= done < total:
                os.kill(os.getpid(), signal.SIGKILL)
            if done == total == 25000:
                checked.append(True)
        bi.import_file(opened.db, Actor({opened.actor.username!r}, "", UserRole.ADMIN),
                       path, bi.ImportOptions(mapping), progress)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          timeout=600)
    assert done.returncode == -9, done.stderr.decode()
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM beneficiaries").fetchone() == (0,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'beneficiaries'")}
    assert {"beneficiaries_search_insert", "ix_beneficiaries_sort_birth_date"} <= names


def test_the_age_settings_are_the_defaults_and_a_changed_one_refuses_a_row(opened, tmp_path):
    from app.settings import MAX_AGE, MIN_AGE

    path = _csv(tmp_path / "ages.csv", [["AB123456", "الفاسي", "سعيد", "", "", "ذكر",
                                         "01/06/1964"]])  # 60 on the check day
    assert _options(path).limits.maximum == 65
    assert bi.check_file(opened.db, path, _options(path)).valid == 1
    MAX_AGE.set(55)
    MIN_AGE.set(20)
    refused = bi.check_file(opened.db, path, _options(path))
    assert refused.valid == 0
    assert [p.rule for p in refused.problems] == [
        "السن 60 سنة عند بداية الورش: أكثر من الحد الأقصى (55 سنة)."]
    assert beneficiaries.configured_age_limits().minimum == 20
