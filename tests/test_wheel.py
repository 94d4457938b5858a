"""A built wheel, installed away from the checkout, starts with everything it ships.

Source runs find fonts, templates, translations and the reference data beside the sources;
a wheel has to carry them (setup.py), and this is where that is checked: the wheel is built
from a copy of the sources, installed into an empty folder, and run from elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("app", "ui", "resources", "i18n", "pyproject.toml", "setup.py", "MANIFEST.in",
           "README.md")

# Run by the installed program: the same CLI entry as the `awrach` script.
RUN = r"""
import json
import os
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

import app
from app.documents import fonts
from app.paths import reference_data_dir, resources_dir, translations_dir
from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD
from app.storage.upgrade import MIGRATIONS_DIR
from ui.launch import main

db = "office.sqlite"
steps = (["demo", "--db", db],
         ["conventions", "draw-up", "--db", db, "--edition", "2023",
          "--proposal", "05.301-2023-001", "--date", "2023-06-20"],
         ["print", "conventions", "--db", db, "--edition", "2023", "--one-file",
          "--out", "ceremony.pdf"])
for argv in steps:
    if main(argv) != 0:
        sys.exit(f"failed: {argv}")
    os.environ.update(AWRACH_USER=DEMO_ADMIN, AWRACH_PASSWORD=DEMO_PASSWORD)  # made by demo
print(json.dumps({
    "app": app.__file__,
    "migrations": str(MIGRATIONS_DIR),
    "font": pdfmetrics.getFont(fonts.REGULAR).face.filename,
    "templates": [str(p) for p in (resources_dir() / "templates").glob("*.toml")],
    "translations": [str(p) for p in translations_dir().glob("*.qm")],
    "reference": str(reference_data_dir()),
}))
"""


@pytest.mark.slow
def test_the_installed_wheel_prints_a_convention_with_its_own_files(tmp_path: Path):
    source = tmp_path / "source"
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "dist"), str(source)], check=True)
    (wheel,) = (tmp_path / "dist").glob("awrach_desk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/resources/fonts/Amiri-Regular.ttf" in names
    assert "app/i18n/awrach_fr.qm" in names
    assert "app/storage/migrations/versions/0001_initial_schema.py" in names

    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--no-compile", "--target", str(site),
                    str(wheel)], check=True)
    run = tmp_path / "run"
    home = tmp_path / "home"
    run.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("AWRACH_DB_URL", "PYTHONHOME")}
    env.update(PYTHONPATH=str(site), HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    done = subprocess.run([sys.executable, "-c", RUN], cwd=run, env=env, text=True,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])

    def inside_site(path: str) -> bool:
        return Path(path).resolve().is_relative_to(site.resolve())

    assert inside_site(loaded["app"]), f"the checkout's app was imported: {loaded['app']}"
    assert inside_site(loaded["migrations"]) and inside_site(loaded["reference"])
    assert inside_site(loaded["font"]) and loaded["font"].endswith("Amiri-Regular.ttf")
    assert loaded["templates"] and all(inside_site(p) for p in loaded["templates"])
    assert loaded["translations"] and all(inside_site(p) for p in loaded["translations"])
    pdf = run / "ceremony.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
