"""`awrach --self-test` from the sources: what CI runs inside the built bundle
(scripts/build-bundle.sh) must also pass unfrozen, and fail in one Arabic line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from app import self_test

ROOT = Path(__file__).resolve().parent.parent


def test_the_self_test_checks_the_program_end_to_end(tmp_path: Path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("AWRACH_DB_URL", "DISPLAY", "WAYLAND_DISPLAY",
                        "AWRACH_BATCH_PROCESSES", "AWRACH_BATCH_START")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "ui.launch", "--self-test"], cwd=tmp_path,
                          env=env, text=True, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("الفحص الذاتي لمكتب أوراش (المصادر: ")
    ok = [line for line in lines if line.startswith("سليم: ")]
    assert len(ok) == 6, done.stdout
    database = next(line for line in ok if line.startswith("سليم: قاعدة بيانات جديدة: "))
    assert "رقيت من الصفر إلى المراجعة" in database
    assert "وعدد الجماعات المحملة 1503" in database
    printed = next(line for line in ok if "اتفاقية واحدة مطبوعة ومتحقق منها" in line)
    assert "هو الاتفاقية 05.301/2023/001 في صيغتها 1 المسجلة" in printed
    batch = next(line for line in ok if "دفعة اتفاقيات في عمليات متوازية" in line)
    assert "عدد الملفات المتحقق منها 8، أعدتها 2 عمليات متوازية بطريقة spawn" in batch
    assert f"python {sys.executable}" in batch  # the workers ran this Python, not frozen
    qt = next(line for line in ok if "أدوات النافذة والخطوط والترجمة" in line)
    assert "الخط Noto Sans Arabic" in qt and "الفرنسية من awrach_fr.qm" in qt
    assert lines[-1].startswith("نجح الفحص الذاتي: عدد الفحوص 6 في ")
    assert done.stderr == ""
    # It used a temporary folder of its own: no database, no settings in the user's home.
    assert not home.exists() or not any(home.rglob("*.sqlite"))
    assert not (home / "config").exists()
    assert not list(tmp_path.glob("*.sqlite"))


def test_a_failed_check_says_which_in_arabic_and_exits_1(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(self_test, "fonts_dir", lambda: tmp_path / "no-fonts")
    out, err = io.StringIO(), io.StringIO()
    assert self_test.run(out=out, err=err) == 1
    [line] = err.getvalue().splitlines()
    assert line.startswith("فشل الفحص الذاتي للبرنامج عند «ملفات البرنامج»: ملفات ناقصة")
    assert "Amiri-Regular.ttf" in line
    assert "نجح الفحص الذاتي" not in out.getvalue()


def test_a_failing_extra_check_is_named_and_stops_the_test(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(self_test._State, "checks", lambda state: [])

    def broken() -> str:
        raise RuntimeError("تعذر تحميل ملف الترجمة x.qm.")

    out, err = io.StringIO(), io.StringIO()
    assert self_test.run([("window toolkit", broken)], out=out, err=err) == 1
    assert err.getvalue().strip() == ("فشل الفحص الذاتي للبرنامج عند «window toolkit»: "
                                      "RuntimeError: تعذر تحميل ملف الترجمة x.qm.")


def test_the_self_test_speaks_french_when_asked(monkeypatch):
    from app import language
    from app.language import QT_TR_NOOP

    monkeypatch.setattr(self_test._State, "checks", lambda state: [])
    checks = [(QT_TR_NOOP("ملفات البرنامج"), lambda: "x"),
              (QT_TR_NOOP("قاعدة بيانات جديدة"), self_test._shipped_files)]
    monkeypatch.setattr(self_test, "fonts_dir", lambda: Path("/no-fonts"))
    language.set_language("fr")
    try:
        out, err = io.StringIO(), io.StringIO()
        assert self_test.run(checks, out=out, err=err) == 1
    finally:
        language.set_language("ar")
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Autotest d'Awrach Desk (sources : ")
    assert lines[1] == "OK : Fichiers du programme : x"
    assert err.getvalue().startswith(
        "L'autotest du programme a échoué à « Nouvelle base de données » : "
        "Fichiers manquants du programme : /no-fonts/Amiri-Regular.ttf")
