"""The `awrach` command over the same services: help, errors on stderr, exit codes."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_sub_commands(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "db", "backup", "reference", "quotas"):
        assert command in out


@pytest.mark.parametrize("argv", [["demo"], ["db", "info"], ["backup"], ["quotas", "set"],
                                  ["reference", "reload"]])
def test_every_sub_command_takes_db_and_help(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert caught.value.code == 0
    assert "--db PATH" in capsys.readouterr().out


def test_without_a_window_the_bare_command_prints_help_and_fails(capsys, tmp_path):
    assert main(["--db", str(tmp_path / "x.sqlite")]) == 2


def test_quotas_set_then_list(capsys, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    code, _, err = run(capsys, "quotas", "set", "--db", db, "--edition", "2023",
                       "--province", "05.301", "--posts", "953")
    assert code == 1 and "2023" in err  # no edition yet: plain words, non-zero exit
    from app.config import sqlite_url
    from app.domain.programme import Edition
    from app.services import programme
    from app.services.startup import open_database

    opened = open_database(sqlite_url(tmp_path / "cli.sqlite"))
    programme.save_edition(opened.db, opened.actor, Edition(year=2023, number=2))
    opened.db.dispose()
    code, out, _ = run(capsys, "quotas", "set", "--db", db, "--edition", "2023",
                       "--province", "Khénifra", "--posts", "953", "--person-months", "3753")
    assert code == 0 and "3753" in out
    code, out, _ = run(capsys, "--db", db, "quotas", "list")
    assert code == 0 and "خنيفرة" in out and "posts=953" in out


def test_a_refused_value_goes_to_stderr_in_arabic_and_changes_nothing(capsys, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    from app.config import sqlite_url
    from app.domain.programme import Edition
    from app.services import programme
    from app.services.startup import open_database

    opened = open_database(sqlite_url(tmp_path / "cli.sqlite"))
    programme.save_edition(opened.db, opened.actor, Edition(year=2023, number=2))
    opened.db.dispose()
    code, out, err = run(capsys, "quotas", "set", "--db", db, "--edition", "2023",
                         "--province", "05.301", "--posts", "0")
    assert code == 1 and out == ""
    assert "عدد المناصب" in err
    with sqlite3.connect(tmp_path / "cli.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM quotas").fetchone() == (0,)


def test_backup_writes_a_copy_that_opens(capsys, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    out_file = tmp_path / "copies" / "backup.sqlite"
    code, out, _ = run(capsys, "backup", "--db", db, "--out", str(out_file))
    assert code == 0 and out_file.exists()
    with sqlite3.connect(out_file) as conn:
        assert conn.execute("SELECT COUNT(*) FROM communes").fetchone() == (1503,)


def test_print_minutes_then_verify_the_file_and_a_changed_copy(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    out = tmp_path / "minutes.pdf"
    assert main(["print", "minutes", "--db", db, "--meeting", "2023-05-26",
                 "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["verify", "--db", db, str(out)]) == 0
    assert capsys.readouterr().out.startswith("مطابق: محضر اجتماع رقم 2023/01")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.read_bytes().replace(b"/Producer", b"/Producex", 1))
    assert main(["verify", "--db", db, str(changed)]) == 1
    assert "غير مطابق" in capsys.readouterr().err
    assert main(["print", "minutes", "--db", db, "--meeting", "1999-01-01",
                 "--out", str(out)]) == 1
    assert "no single meeting matches" in capsys.readouterr().err


def test_draw_up_and_print_a_ceremony_then_verify_a_file(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    assert main(["conventions", "draw-up", "--db", db, "--edition", "2023",
                 "--proposal", "05.301-2023-001", "--proposal", "05.301-2023-002",
                 "--date", "2023-06-20"]) == 0
    assert "2 conventions drawn up" in capsys.readouterr().out
    folder = tmp_path / "ceremony"
    assert main(["print", "conventions", "--db", db, "--edition", "2023",
                 "--out", str(folder)]) == 0
    files = sorted(folder.glob("*.pdf"))
    assert [f.name for f in files] == ["05.301-2023-001.pdf", "05.301-2023-002.pdf"]
    assert main(["print", "conventions", "--db", db, "--edition", "2023", "--commune",
                 "لا توجد", "--out", str(tmp_path / "none")]) == 1
    capsys.readouterr()
    assert main(["verify", "--db", db, str(files[0])]) == 0
    assert "اتفاقية شراكة رقم 05.301/2023/001" in capsys.readouterr().out
    assert main(["conventions", "draw-up", "--db", db, "--edition", "2023",
                 "--proposal", "05.301-2023-001"]) == 1
    assert "not a selected proposal without convention" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # neither a file nor a code
        main(["verify", "--db", db])
