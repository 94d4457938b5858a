"""Lists to Excel: every matching row, Arabic headers, right to left, real dates and numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.cli import main
from app.domain.enums import PartnerKind
from app.io.xlsx import write_table
from app.services import exports, programme, proposals
from app.services.listing import ListQuery
from app.storage.database import sqlite_file


def read(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    return ws, [list(row) for row in ws.iter_rows(values_only=True)]


def test_all_demo_partners_are_exported_with_arabic_headers_right_to_left(demo_opened,
                                                                          tmp_path):
    out = tmp_path / "partners.xlsx"
    count = exports.export_partners(demo_opened.db, ListQuery(), out)
    ws, rows = read(out)
    assert count == 101 and len(rows) == 1 + 101
    assert rows[0] == exports.PARTNER_HEADERS
    assert rows[0][:3] == ["النوع", "الاسم بالعربية", "الاسم بالفرنسية"]
    assert rows[0][-1] == "رقم الحساب البنكي"
    assert ws.sheet_view.rightToLeft
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M102"
    assert ws["A1"].font.b
    kinds = {row[0] for row in rows[1:]}
    assert kinds <= {k.label for k in PartnerKind} and "تعاونية" in kinds
    # RIBs and phones stay text: their leading zeros and 24 digits are kept.
    assert all(isinstance(row[12], str) and len(row[12]) == 24 for row in rows[1:] if row[12])
    assert all(str(row[6]).startswith("0") for row in rows[1:] if row[6])
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == [], \
        "no temporary file is left behind"


def test_the_export_takes_every_page_not_only_the_first(demo_opened, tmp_path, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_PAGE", 7)
    seen = []
    count = exports.export_partners(demo_opened.db, ListQuery(limit=5), tmp_path / "p.xlsx",
                                    progress=lambda done, total: seen.append((done, total)))
    _, rows = read(tmp_path / "p.xlsx")
    assert count == 101 and len({tuple(r) for r in rows[1:]}) == 101
    assert seen[-1] == (101, 101) and len(seen) == 15


def test_search_and_filters_reduce_the_exported_rows(demo_opened, tmp_path):
    cooperatives = exports.export_partners(
        demo_opened.db, ListQuery(filters={"kind": PartnerKind.COOPERATIVE}),
        tmp_path / "coop.xlsx")
    assert cooperatives == 9
    _, rows = read(tmp_path / "coop.xlsx")
    assert {row[0] for row in rows[1:]} == {"تعاونية"}

    count = exports.export_partners(demo_opened.db, ListQuery(search="تعاونية"),
                                    tmp_path / "search.xlsx")
    _, rows = read(tmp_path / "search.xlsx")
    assert 0 < count < 101 and len(rows) == count + 1
    assert all("تعاونية" in (row[1] or "") for row in rows[1:])


def test_proposals_of_an_edition_are_exported_with_dates_numbers_and_labels(demo_opened,
                                                                           tmp_path):
    edition = programme.find_edition(demo_opened.db, 2022)
    out = tmp_path / "proposals.xlsx"
    count = exports.export_proposals(demo_opened.db,
                                     ListQuery(filters={"edition_id": edition.id}), out)
    ws, rows = read(out)
    assert count == 84 and len(rows) == 85
    assert rows[0] == ["المرجع", "عنوان الورش", "الهيئة حاملة المشروع", "الجماعات", "المجال",
                       "المستفيدون", "النساء", "الأشخاص في وضعية إعاقة", "المدة (أشهر)",
                       "تاريخ الإيداع", "الحالة"]
    assert ws.sheet_view.rightToLeft
    first = rows[1]
    assert "2022" in first[0]  # the reference
    assert isinstance(first[5], int) and isinstance(first[8], int)
    assert isinstance(first[9], datetime) and first[9].year == 2022  # a real Excel date
    assert ws.cell(row=2, column=10).number_format == "dd/mm/yyyy"
    assert first[10] in {"مستلم", "مكتمل", "مؤهل", "غير مؤهل", "منتقى", "مرفوض"}
    assert all(row[3] for row in rows[1:]), "every worksite names its communes"


def test_the_writer_keeps_text_as_text_and_numbers_as_numbers(tmp_path):
    out = write_table(tmp_path / "sub" / "t.xlsx", "تجربة: [1]", ["أ", "ب", "ج", "د"], [
        ["=HYPERLINK(\"http://x\")", Decimal("1234.50"), date(2023, 5, 26), None],
        ["نص\x01مع محرف تحكم", 3, datetime(2023, 5, 26, 9, 30), True],
    ])
    ws, rows = read(out)
    assert rows[1][0] == "=HYPERLINK(\"http://x\")" and ws["A2"].data_type == "s"
    assert rows[1][1] == pytest.approx(1234.5) and ws["B2"].data_type == "n"
    assert rows[1][2] == datetime(2023, 5, 26) and rows[2][3] is True
    assert rows[2][0] == "نصمع محرف تحكم"
    assert ws.title == "تجربة 1"  # Excel refuses ":" and brackets in sheet names


def test_a_failed_write_leaves_the_previous_file_untouched(tmp_path):
    out = tmp_path / "keep.xlsx"
    write_table(out, "t", ["أ"], [[1]])
    before = out.read_bytes()

    def rows():
        yield [2]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_table(out, "t", ["أ"], rows())
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_the_export_command_writes_the_file(capsys, demo_opened, tmp_path):
    db = str(sqlite_file(demo_opened.db.url))
    out = tmp_path / "cli-partners.xlsx"
    assert main(["export", "partners", "--db", db, "--out", str(out)]) == 0
    assert f"عدد الأسطر المحفوظة: 101، في الملف {out}\n" == capsys.readouterr().out
    assert read(out)[1][0][0] == "النوع"

    out = tmp_path / "cli-proposals.xlsx"
    assert main(["export", "proposals", "--db", db, "--out", str(out),
                 "--edition", "2022"]) == 0
    assert "عدد الأسطر المحفوظة: 84،" in capsys.readouterr().out
    assert len(read(out)[1]) == 85

    assert main(["export", "partners", "--db", db, "--out", str(out),
                 "--search", "تعاونية"]) == 0
    written = int(capsys.readouterr().out.removeprefix("عدد الأسطر المحفوظة: ").split("،")[0])
    assert 0 < written < 101


def test_an_unknown_edition_fails_in_arabic_and_writes_nothing(capsys, demo_opened, tmp_path):
    db = str(sqlite_file(demo_opened.db.url))
    out = tmp_path / "none.xlsx"
    assert main(["export", "proposals", "--db", db, "--out", str(out),
                 "--edition", "1999"]) == 1
    err = capsys.readouterr().err
    assert "لا توجد نسخة من البرنامج لسنة 1999" in err
    assert not out.exists()


def test_the_export_command_takes_db_and_help(capsys):
    for what in ("partners", "proposals"):
        with pytest.raises(SystemExit) as caught:
            main(["export", what, "--help"])
        assert caught.value.code == 0
        assert "--db PATH" in capsys.readouterr().out


def test_proposals_are_exported_in_the_lists_order_from_one_query(demo_opened, tmp_path,
                                                                  monkeypatch):
    """The export reads one streamed query, counted once, in the order the list shows."""
    query = ListQuery(search="جمعية", sort="beneficiaries", descending=True)
    listed = proposals.list_proposals(demo_opened.db, replace(query, limit=100_000))
    monkeypatch.setattr(proposals, "STREAM_BATCH", 7)
    monkeypatch.setattr(proposals, "list_proposals", None)  # never paged
    seen = []
    count = exports.export_proposals(demo_opened.db, query, tmp_path / "p.xlsx",
                                     progress=lambda done, total: seen.append((done, total)))
    _, rows = read(tmp_path / "p.xlsx")
    assert count == listed.total == len(rows) - 1 > 7
    assert [row[0] for row in rows[1:]] == [p.reference for p in listed.rows]
    assert [row[3] for row in rows[1:]] == [p.commune_names_ar for p in listed.rows]
    assert seen[-1] == (count, count) and len(seen) == -(-count // 7)
