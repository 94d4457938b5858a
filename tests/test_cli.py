"""The `awrach` command over the same services: help, errors on stderr, exit codes."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.config import sqlite_url
from app.domain.programme import Edition
from app.services import programme
from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD
from app.services.startup import open_database
from tests.conftest import ADMIN, ADMIN_PASSWORD, sign_in_admin


@pytest.fixture(autouse=True)
def _no_terminal_nor_user(monkeypatch):
    """Each test says who runs the commands; nothing leaks in from the shell running pytest."""
    for name in ("AWRACH_USER", "AWRACH_PASSWORD", "AWRACH_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def as_admin(monkeypatch, user=ADMIN, password=ADMIN_PASSWORD):
    monkeypatch.setenv("AWRACH_USER", user)
    monkeypatch.setenv("AWRACH_PASSWORD", password)


def as_demo_admin(monkeypatch):
    """The demo's own administrator, created by `awrach demo` on a database without one."""
    as_admin(monkeypatch, DEMO_ADMIN, DEMO_PASSWORD)


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


def test_quotas_set_then_list(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    as_admin(monkeypatch)
    sign_in_admin(open_database(sqlite_url(tmp_path / "cli.sqlite"))).db.dispose()
    code, _, err = run(capsys, "quotas", "set", "--db", db, "--edition", "2023",
                       "--province", "05.301", "--posts", "953")
    assert code == 1 and "2023" in err  # no edition yet: plain words, non-zero exit
    opened = sign_in_admin(open_database(sqlite_url(tmp_path / "cli.sqlite")))
    programme.save_edition(opened.db, opened.actor, Edition(year=2023, number=2))
    opened.db.dispose()
    code, out, _ = run(capsys, "quotas", "set", "--db", db, "--edition", "2023",
                       "--province", "Khénifra", "--posts", "953", "--person-months", "3753")
    assert code == 0 and "3753" in out
    code, out, _ = run(capsys, "--db", db, "quotas", "list")
    assert code == 0 and "خنيفرة" in out and "عدد المناصب: 953" in out


def test_a_refused_value_goes_to_stderr_in_arabic_and_changes_nothing(capsys, tmp_path,
                                                                      monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    as_admin(monkeypatch)
    opened = sign_in_admin(open_database(sqlite_url(tmp_path / "cli.sqlite")))
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


def test_print_minutes_then_verify_the_file_and_a_changed_copy(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    as_demo_admin(monkeypatch)
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
    assert capsys.readouterr().err == (
        "خطأ: --meeting: لا يطابق «1999-01-01» اجتماعا واحدا (عدد الاجتماعات المطابقة: 0)؛ "
        "اذكر تاريخ الاجتماع على شكل YYYY-MM-DD أو معرفه.\n")


def test_draw_up_and_print_a_ceremony_then_verify_a_file(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    as_demo_admin(monkeypatch)
    assert main(["conventions", "draw-up", "--db", db, "--edition", "2023",
                 "--proposal", "05.301-2023-001", "--proposal", "05.301-2023-002",
                 "--date", "2023-06-20"]) == 0
    assert "عدد الاتفاقيات المعدة: 2" in capsys.readouterr().out
    folder = tmp_path / "ceremony"
    assert main(["print", "conventions", "--db", db, "--edition", "2023",
                 "--out", str(folder)]) == 0
    files = sorted(folder.glob("*.pdf"))
    assert [f.name for f in files] == ["05.301-2023-001.pdf", "05.301-2023-002.pdf"]
    assert main(["print", "conventions", "--db", db, "--edition", "2023", "--commune",
                 "لا توجد", "--out", str(tmp_path / "none")]) == 1
    assert "خطأ: لا توجد أي اتفاقية تطابق الاختيار" in capsys.readouterr().err
    assert main(["verify", "--db", db, str(files[0])]) == 0
    assert "اتفاقية شراكة رقم 05.301/2023/001" in capsys.readouterr().out
    assert main(["conventions", "draw-up", "--db", db, "--edition", "2023",
                 "--proposal", "05.301-2023-001"]) == 1
    assert ("خطأ: --proposal: هذه المراجع ليست لمشاريع منتقاة دون اتفاقية: 05.301-2023-001"
            in capsys.readouterr().err)
    with pytest.raises(SystemExit):  # neither a file nor a code
        main(["verify", "--db", db])


# -- who runs a command --------------------------------------------------------------------

@pytest.fixture
def office(tmp_path, monkeypatch):
    """A database with an edition, its administrator, and a secretary and a viewer added
    through `awrach users add`."""
    path = tmp_path / "office.sqlite"
    opened = sign_in_admin(open_database(sqlite_url(path)))
    programme.save_edition(opened.db, opened.actor, Edition(year=2023, number=2))
    opened.db.dispose()
    as_admin(monkeypatch)
    for username, role in (("amina", "secretary"), ("omar", "viewer")):
        monkeypatch.setenv("AWRACH_NEW_PASSWORD", f"{username}-password-1")
        assert main(["users", "add", username, "--full-name", username, "--role", role,
                     "--db", str(path)]) == 0
    monkeypatch.delenv("AWRACH_USER")
    monkeypatch.delenv("AWRACH_PASSWORD")
    return str(path)


def quota_set(db: str, *extra: str) -> list[str]:
    return ["quotas", "set", "--db", db, "--edition", "2023", "--province", "05.301",
            "--posts", "953", *extra]


def test_a_viewer_is_refused_a_write_in_one_arabic_line(capsys, office, monkeypatch):
    capsys.readouterr()
    monkeypatch.setenv("AWRACH_PASSWORD", "omar-password-1")
    code, out, err = run(capsys, *quota_set(office, "--user", "omar"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "الحصص" in err and "Traceback" not in err
    with sqlite3.connect(office) as conn:
        assert conn.execute("SELECT COUNT(*) FROM quotas").fetchone() == (0,)


def test_the_user_may_come_from_the_environment_or_before_the_sub_command(capsys, office,
                                                                          monkeypatch):
    monkeypatch.setenv("AWRACH_PASSWORD", "amina-password-1")
    monkeypatch.setenv("AWRACH_USER", "amina")
    assert main(["reference", "reload", "--db", office]) == 1  # the territory: admin only
    assert "التقسيم الترابي" in capsys.readouterr().err
    monkeypatch.delenv("AWRACH_USER")
    assert main(["--user", "amina", *quota_set(office)]) == 1  # quotas: admin only too
    capsys.readouterr()
    assert main(["--user", ADMIN, "--db", office, "users", "list"]) == 1  # wrong password
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run(capsys, "--user", ADMIN, "--db", office, "users", "list")
    assert code == 0 and "amina\tsecretary\tمفعل" in out and "omar\tviewer" in out


def test_a_secretary_may_print_the_minutes(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "demo.sqlite")
    assert main(["demo", "--db", db]) == 0
    as_demo_admin(monkeypatch)
    monkeypatch.setenv("AWRACH_NEW_PASSWORD", "amina-password-1")
    assert main(["users", "add", "amina", "--full-name", "أمينة", "--role", "secretary",
                 "--db", db]) == 0
    as_admin(monkeypatch, "amina", "amina-password-1")
    out = tmp_path / "minutes.pdf"
    assert main(["print", "minutes", "--db", db, "--meeting", "2023-05-26",
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_wrong_password_is_one_line_and_exit_1(capsys, office, monkeypatch):
    capsys.readouterr()
    monkeypatch.setenv("AWRACH_PASSWORD", "not-the-password-1")
    code, out, err = run(capsys, *quota_set(office, "--user", "amina"))
    assert (code, out) == (1, "")
    assert err == "خطأ: اسم المستخدم أو كلمة المرور غير صحيحين.\n"


def test_a_write_without_a_user_names_the_option_and_reads_need_none(capsys, office):
    capsys.readouterr()
    code, _, err = run(capsys, *quota_set(office))
    assert code == 1 and "--user" in err and "AWRACH_USER" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "quotas", "list", "--db", office)
    assert code == 0
    code, out, _ = run(capsys, "db", "info", "--db", office)
    assert code == 0 and "نسخة 2023" in out


def test_without_a_terminal_the_password_must_be_in_the_environment(capsys, office):
    capsys.readouterr()
    code, _, err = run(capsys, *quota_set(office, "--user", "amina"))
    assert code == 1 and "AWRACH_PASSWORD" in err


def test_the_password_is_asked_without_echo_at_a_terminal(capsys, office, monkeypatch):
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or ADMIN_PASSWORD)
    code, out, _ = run(capsys, *quota_set(office, "--user", ADMIN))
    assert code == 0 and asked == [f"كلمة مرور {ADMIN}: "]


def test_the_first_administrator_is_added_from_the_command_line(capsys, tmp_path,
                                                                monkeypatch):
    db = str(tmp_path / "new.sqlite")
    monkeypatch.setenv("AWRACH_NEW_PASSWORD", "first-admin-7")
    assert main(["users", "add", "karim", "--full-name", "كريم", "--role", "secretary",
                 "--db", db]) == 1
    assert "--role admin" in capsys.readouterr().err
    assert main(["users", "add", "karim", "--full-name", "كريم", "--role", "admin",
                 "--db", db]) == 0
    assert main(["users", "add", "other", "--full-name", "آخر", "--role", "admin",
                 "--db", db]) == 1  # now an administrator must log in first
    as_admin(monkeypatch, "karim", "first-admin-7")
    monkeypatch.setenv("AWRACH_NEW_PASSWORD", "reset-word-55")
    assert main(["users", "reset-password", "karim", "--db", db]) == 0
    as_admin(monkeypatch, "karim", "reset-word-55")
    code, out, _ = run(capsys, "users", "list", "--db", db)
    assert code == 0 and out.endswith("karim\tadmin\tمفعل\tكريم\tمحاولات فاشلة: 0\n")
