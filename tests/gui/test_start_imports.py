"""What a cold start and the printing command load: only what they use (issue 12 point 2,
issue 11 point 9). No timings here (bench/ prints those): the module lists are what keeps
a start fast, and they can be checked exactly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services import conventions, programme
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "bench" / "start_probe.py"


def run(*arguments: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *arguments], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_the_window_paints_its_first_page_without_the_pdf_excel_or_migration_stack(
        template_demo_db, tmp_path):
    database = tmp_path / "demo.sqlite"
    database.write_bytes(template_demo_db.read_bytes())
    out = run(str(PROBE), str(database), ADMIN, ADMIN_PASSWORD).stdout
    start = json.loads(out.strip().splitlines()[-1])
    assert list(start["marks"]) == [
        "entry point imported", "window modules imported", "application ready",
        "database opened", "sign-in dialog shown", "signed in", "painted"]
    assert start["loaded"] == [], "imported before the first paint though no screen uses it"


def test_the_probe_knows_the_heavy_modules_by_their_import_names():
    """The guard above is only as good as its list: each name must be importable."""
    names = ("reportlab", "segno", "openpyxl", "alembic", "matplotlib", "numpy",
             "app.documents", "app.services.demo", "app.services.exchange")
    code = ("import importlib.util, sys; sys.path.insert(0, '.');"
            f"print([n for n in {names!r} if importlib.util.find_spec(n) is None])")
    assert run("-c", code).stdout.strip() == "[]"


LISTED = ("sqlalchemy", "reportlab", "PySide6", "openpyxl", "matplotlib", "numpy",
          "alembic", "rapidfuzz", "python_calamine", "app.services.demo",
          "app.services.exchange", "app.io.xlsx")


def loaded_by_cli(*arguments: str, **env: str) -> list[str]:
    code = ("import sys; sys.path.insert(0, '.'); from ui import launch;"
            f"code = launch.main({list(arguments)!r});"
            f"print([m for m in {LISTED!r} if m in sys.modules]); sys.exit(code)")
    lines = run("-c", code, **env).stdout.strip().splitlines()
    return list(eval(lines[-1]))  # the list printed above


def test_awrach_help_loads_no_database_pdf_or_window_code():
    for arguments in (["--help"], ["print", "conventions", "--help"]):
        code = ("import sys; sys.path.insert(0, '.'); from ui import launch\n"
                f"try:\n    launch.main({arguments!r})\nexcept SystemExit:\n    pass\n"
                f"print([m for m in {LISTED!r} if m in sys.modules])")
        assert run("-c", code).stdout.strip().splitlines()[-1] == "[]", arguments


def test_awrach_print_conventions_loads_the_pdf_stack_only(demo_opened, tmp_path):
    edition = programme.find_edition(demo_opened.db, 2023)
    assert edition.id is not None
    waiting = conventions.proposals_without_convention(demo_opened.db, edition.id)
    conventions.draw_up(demo_opened.db, demo_opened.actor, [waiting[0][0]])
    database = demo_opened.db.display_name
    assert Path(database).exists()
    out = tmp_path / "out"
    loaded = loaded_by_cli("--db", database, "--user", ADMIN, "print", "conventions",
                           "--edition", "2023", "--out", str(out),
                           AWRACH_PASSWORD=ADMIN_PASSWORD)
    assert len(list(out.glob("*.pdf"))) == 1
    assert loaded == ["sqlalchemy", "reportlab"]
