"""`awrach report`, `awrach worksite status` and `awrach worksite pay` on the demo."""

from __future__ import annotations

from datetime import date

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


def test_a_payment_and_a_visit_are_listed_corrected_and_removed(tmp_path, capsys, monkeypatch):
    from app.config import sqlite_url
    from app.services import followup, users
    from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD
    from app.services.startup import open_database
    from tests.test_conventions import signed_convention

    db_path = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db_path]) == 0
    as_demo_admin(monkeypatch)
    opened = open_database(sqlite_url(tmp_path / "cli.sqlite"))
    actor = users.authenticate(opened.db, DEMO_ADMIN, DEMO_PASSWORD)
    convention_id = signed_convention(opened.db, actor)
    number = followup.list_tranches(opened.db, None, convention_id=convention_id)[0] \
        .convention_number
    opened.db.dispose()
    code, _, err = run(capsys, "worksite", "pay", "--db", db_path, "--convention", number,
                       "--tranche", "1", "--amount", "1000", "--on", "2023-07-10",
                       "--reference", "OP-1")
    assert code == 0, err
    code, out, err = run(capsys, "worksite", "payments", "--db", db_path,
                         "--convention", number)
    assert code == 0, err
    [line] = out.splitlines()
    key, position, day, amount, reference = line.split("\t")[:5]
    assert (position, day, amount, reference) == ("1", "2023-07-10", "1000.00", "OP-1")
    code, _, err = run(capsys, "worksite", "payment-edit", "--db", db_path, key,
                       "--amount", "1250.50", "--reference", "OP-2")
    assert code == 0, err
    code, out, _ = run(capsys, "worksite", "payments", "--db", db_path, "--convention", number)
    assert out.split("\t")[2:5] == ["2023-07-10", "1250.50", "OP-2"]
    code, _, err = run(capsys, "worksite", "payment-edit", "--db", db_path, key,
                       "--amount", "99999999")
    assert code == 1 and "يتجاوز" in err and err.count("\n") == 1
    code, _, err = run(capsys, "worksite", "payment-remove", "--db", db_path, key)
    assert code == 0, err
    code, out, _ = run(capsys, "worksite", "payments", "--db", db_path, "--convention", number)
    assert out == ""
    code, _, err = run(capsys, "worksite", "payment-remove", "--db", db_path, key)
    assert code == 1 and key in err

    photo = tmp_path / "site.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    opened = open_database(sqlite_url(tmp_path / "cli.sqlite"))
    reference = "05.301-2023-001"
    proposal = next(w.proposal_id for w in followup.list_worksites(opened.db, None)
                    if w.reference == reference)
    followup.add_visit(opened.db, actor, proposal, date(2023, 7, 5), "قائد", "", [photo])
    opened.db.dispose()
    code, out, err = run(capsys, "worksite", "visits", "--db", db_path, reference)
    assert code == 0, err
    key = out.split("\t")[0]
    assert out.rstrip("\n").split("\t")[1:] == ["2023-07-05", "قائد", "", "site.jpg"]
    code, _, err = run(capsys, "worksite", "visit-edit", "--db", db_path, key, "--visitor",
                       "قائد قيادة أكلموس", "--remove-photo", "site.jpg")
    assert code == 0, err
    code, out, _ = run(capsys, "worksite", "visits", "--db", db_path, reference)
    assert out.rstrip("\n").split("\t")[1:] == ["2023-07-05", "قائد قيادة أكلموس", "", ""]
    code, _, err = run(capsys, "worksite", "visit-edit", "--db", db_path, key,
                       "--remove-photo", "other.jpg")
    assert code == 1 and "other.jpg" in err
    code, _, err = run(capsys, "worksite", "visit-remove", "--db", db_path, key)
    assert code == 0, err
    code, out, _ = run(capsys, "worksite", "visits", "--db", db_path, reference)
    assert out == ""
