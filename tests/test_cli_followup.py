"""`awrach report`, `awrach worksite status` and `awrach worksite pay` on the demo."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from tests.test_cli import as_demo_admin, run
from tests.test_documents_text import poppler, position, tokens


@pytest.fixture(autouse=True)
def _no_user(monkeypatch):
    for name in ("AWRACH_USER", "AWRACH_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def test_report_pdf_and_xlsx_and_a_status_change(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    as_demo_admin(monkeypatch)
    pdf = tmp_path / "khenifra.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--province", "05.301",
                         "--edition", "2022", "--out", str(pdf))
    assert code == 0, err
    assert position(tokens(poppler("pdftotext", str(pdf), "-")), tokens("إقليم خنيفرة")) >= 0
    xlsx = tmp_path / "khenifra.xlsx"
    code, _, err = run(capsys, "report", "--db", db, "--province", "05.301", "--edition",
                       "2023", "--from", "2023-06-01", "--to", "2023-06-30", "--out", str(xlsx))
    assert code == 0, err
    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_name("المؤشرات").to_python()
    june = {row[0]: row[1] for row in rows[1:]}["عدد الأوراش"]
    assert 0 < june < 61
    code, _, err = run(capsys, "report", "--db", db, "--province", "05.301", "--edition",
                       "2023", "--out", str(tmp_path / "x.docx"))
    assert code == 1 and "x.docx" in err and err.count("\n") == 1
    code, _, err = run(capsys, "report", "--db", db, "--province", "99.999", "--edition",
                       "2023", "--out", str(xlsx))
    assert code == 1 and "99.999" in err
    code, out, err = run(capsys, "worksite", "status", "--db", db, "05.301-2023-001",
                         "--to", "started", "--on", "2023-06-20")
    assert code == 0, err
    code, _, err = run(capsys, "worksite", "status", "--db", db, "05.301-2023-001",
                       "--to", "cancelled", "--on", "2023-06-21")
    assert code == 1 and "سبب" in err


def test_report_help_names_db_and_out(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "--db PATH" in out and "--out" in out and "--edition" in out
