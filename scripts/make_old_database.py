"""Make the kept database file of one schema revision with the code of its time.

Usage: .venv/bin/python scripts/make_old_database.py REVISION [--commit COMMIT] [--out FILE]

The commit defaults to the one that added the revision's migration. Its code is checked out
in a temporary git worktree and run there (so that its own `app` is imported, not this
checkout's): its demo loader fills the database when it has one and the revision is its
head; otherwise a few rows go in through its services, the schema stopped at REVISION.
The file is then vacuumed into a single small file under tests/data/databases/.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = "app/storage/migrations/versions"
KEPT = ROOT / "tests" / "data" / "databases"

# Run inside the old worktree. Only services that exist since the first commit are used.
FILL = r"""
import sys
from pathlib import Path

import app

revision, out = sys.argv[1], Path(sys.argv[2])
assert Path(app.__file__).resolve().is_relative_to(Path.cwd().resolve()), app.__file__

from app.config import sqlite_url
from app.domain.programme import Edition, Quota
from app.services import programme, territory, users
from app.services.actor import SYSTEM
from app.storage.database import Database
from app.storage.upgrade import current_revision, head_revision, migrate

url = sqlite_url(out)
if revision == head_revision() and Path("app/services/demo.py").exists():
    from app.services.demo import build_demo
    from app.services.startup import open_database

    opened = open_database(url)
    # Before accounts, opening named the local user; since, the start-up actor may write.
    print(build_demo(opened.db, getattr(opened, "actor", SYSTEM)).describe())
    db = opened.db
else:
    db = Database(url)
    migrate(db.engine, revision)
    territory.load_reference_data(db, SYSTEM)
    actor = users.ensure_local_user(db) if hasattr(users, "ensure_local_user") else SYSTEM
    for year, number, posts in ((2022, 1, 953), (2023, 2, 1210)):
        edition = programme.save_edition(db, actor, Edition(
            year=year, number=number, notes=f"kept database {revision}"))
        for code in ("05.301", "05.081"):
            province = territory.find_province(db, code)
            programme.save_quota(db, actor, Quota(edition.id, province.id, posts, posts * 4))
            posts -= 100
assert current_revision(db.engine) == revision, current_revision(db.engine)
db.dispose()
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, text=True,
                          capture_output=True).stdout.strip()


def adding_commit(revision: str) -> str:
    found = _git("log", "--diff-filter=A", "--format=%H", "--", f"{VERSIONS}/{revision}_*.py")
    if not found:
        sys.exit(f"no migration {revision}_*.py in {VERSIONS}")
    return found.splitlines()[-1]


def make(revision: str, commit: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="awrach-old-") as tmp:
        tree, home, built = Path(tmp) / "tree", Path(tmp) / "home", Path(tmp) / "built.sqlite"
        _git("worktree", "add", "--detach", str(tree), commit)
        try:
            env = {k: v for k, v in os.environ.items()
                   if k not in ("PYTHONPATH", "AWRACH_DB_URL")}
            env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"))
            subprocess.run([sys.executable, "-c", FILL, revision, str(built)], cwd=tree,
                           env=env, check=True)
        finally:
            _git("worktree", "remove", "--force", str(tree))
        with sqlite3.connect(built) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        conn = sqlite3.connect(built)
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(built.read_bytes())
    print(f"{out}: revision {revision} made by {commit[:10]}, {out.stat().st_size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="e.g. 0006")
    parser.add_argument("--commit", help="default: the commit that added the revision")
    parser.add_argument("--out", type=Path, help="default: tests/data/databases/awrach-revN")
    args = parser.parse_args()
    commit = _git("rev-parse", args.commit or adding_commit(args.revision))
    make(args.revision, commit, args.out or KEPT / f"awrach-rev{args.revision}.sqlite")


if __name__ == "__main__":
    main()
