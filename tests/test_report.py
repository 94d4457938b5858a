"""The follow-up report of the demo, read back: the PDF's Arabic words and figures in
order, its charts as vector drawings, its verification; the workbook's numbers as numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from python_calamine import CalamineWorkbook

from app.services import dashboard, printed, reports
from tests.test_conventions import signed_convention
from tests.test_documents_text import poppler, position, tokens

TODAY = date(2023, 12, 31)


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def test_the_pdf_report_reads_in_arabic_with_its_figures_charts_and_mark(demo, tmp_path):
    db, actor = demo
    scope = dashboard.scope_for(db, 2023, "05.301")
    pdf = reports.report_pdf(db, actor, scope, today=TODAY)
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = poppler("pdftotext", "-layout", str(path), "-")
    words = tokens(text)
    assert position(words, tokens("تقرير تتبع تنفيذ برنامج أوراش")) >= 0
    assert position(words, tokens("إقليم خنيفرة")) >= 0
    assert position(words, tokens("حرر في 31 دجنبر 2023")) >= 0
    for label, value in (("عدد الأوراش", "61"), ("المناصب المخصصة", "953"),
                         ("عدد المستفيدين الممكن بمدة 3 أشهر", "1.251")):
        # the value's column is printed left of its label, on the same line
        assert any(position(tokens(row), tokens(label)) >= 0 and value in tokens(row)
                   for row in text.splitlines()), label
    assert position(words, tokens("الأوراش المتأخرة")) >= 0
    assert position(words, tokens("رئيس اللجنة")) >= 0
    assert position(words, tokens("المستفيدون حسب الجنس")) >= 0  # the demo's people
    # the charts are vector drawings: their labels are paths, not text, so the commune
    # names appear once per page only in the tables
    pages = int(poppler("pdfinfo", str(path)).split("Pages:")[1].split()[0])
    assert pages >= 4
    found = printed.verify_pdf(db, pdf)
    assert found.matches and found.kind == "report"
    assert reports.report_pdf(db, actor, scope, today=TODAY) == pdf  # same data, same bytes


def test_the_workbook_has_the_same_numbers_as_numbers(demo, tmp_path):
    db, actor = demo
    signed_convention(db, actor)
    scope = dashboard.scope_for(db, 2023, "05.301")
    out = tmp_path / "report.xlsx"
    reports.write_report_xlsx(db, scope, out, today=TODAY)
    book = CalamineWorkbook.from_path(str(out))
    assert "المؤشرات" in book.sheet_names
    figures = {row[0]: row[1] for row in book.get_sheet_by_name("المؤشرات").to_python()[1:]}
    assert figures["عدد الأوراش"] == 61 and isinstance(figures["عدد الأوراش"], int | float)
    assert figures["المناصب المخصصة"] == 953
    assert figures["عدد المستفيدين الممكن بمدة 3 أشهر"] == 1251
    assert figures["الاتفاقيات الموقعة"] == 1
    assert Decimal(str(figures["المبالغ الملتزم بها (اتفاقيات موقعة)"])) > 0
    communes = book.get_sheet_by_name("الأوراش حسب الجماعة").to_python()
    assert sum(row[1] for row in communes[1:]) >= 61
    bodies = book.get_sheet_by_name("الأداءات حسب الهيئة").to_python()
    assert len(bodies) == 2 and isinstance(bodies[1][1], float)


def test_the_printed_late_lists_are_the_first_of_the_full_lists(demo):
    """The paper reads only the rows it prints; they are the first of what the workbook
    and the screen list, and the count of the rest comes from the dashboard."""
    db, actor = demo
    signed_convention(db, actor)
    scope = dashboard.scope_for(db, 2023, "05.301")
    day = date(2024, 6, 1)  # everything due by then
    data = reports.report_data(db, scope, day)
    tables = {t.title: t for t in data.tables}
    tranches = dashboard.tranches_behind(db, scope, dashboard.Drill("tranches", "late", "any"),
                                         today=day)
    assert len(tranches) == 2
    assert [row[0] for row in tables["الأشطر المتأخرة الأداء"].rows] == \
        [t.convention_number for t in tranches]
    assert [row[2] for row in tables["الأشطر المتأخرة الأداء"].rows] == ["1", "2"]
    late = dashboard.worksites_behind(db, scope, dashboard.Drill("worksites", "late", "any"),
                                      today=day)
    assert len(late) == 61
    printed_rows = tables["الأوراش المتأخرة"]
    assert [row[0] for row in printed_rows.rows] == [w.reference for w in late[:reports.MOST_ROWS]]
    assert "و21 سطرا أخرى" in printed_rows.note


def test_workbook_cells_keep_their_kind_and_sheets_read_right_to_left(tmp_path):
    """Text that looks like a formula, a link or a number stays text; counts, amounts and
    dates are numbers and dates; every sheet is right to left; nothing is left half-written."""
    import zipfile

    from app.io.report_xlsx import Sheet, write_workbook

    out = tmp_path / "w.xlsx"
    rows = [["=SUM(A1:A2)", 12, Decimal("1500.50"), date(2023, 7, 15)],
            ["http://x.ma", 0, Decimal("0"), None],
            ["0612", 3, Decimal("2.25"), date(2024, 1, 2)]]
    written = write_workbook(out, [Sheet("الأشطر المتأخرة", ["الاسم", "العدد", "المبلغ",
                                                          "التاريخ"], rows, "ملاحظة"),
                                   Sheet("الأشطر المتأخرة", ["أ"], [])])
    assert written == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.xlsx"]
    book = CalamineWorkbook.from_path(str(out))
    assert len(book.sheet_names) == 2 and book.sheet_names[0] != book.sheet_names[1]
    values = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert values[0] == ["الاسم", "العدد", "المبلغ", "التاريخ"]
    assert values[1][:3] == ["=SUM(A1:A2)", 12, 1500.5] and values[1][3] == date(2023, 7, 15)
    assert values[2][0] == "http://x.ma" and values[3][0] == "0612"
    assert values[-1][0] == "ملاحظة"
    with zipfile.ZipFile(out) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet_xml
        assert 'rightToLeft="1"' in sheet_xml
        assert 'rightToLeft="1"' in archive.read("xl/worksheets/sheet2.xml").decode()
