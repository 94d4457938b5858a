"""Every database file kept from a released schema revision still opens in this version.

The files in tests/data/databases/ were made by the code of their time
(scripts/make_old_database.py); an upgrade path broken for real data fails here before it
fails in an office.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.config import sqlite_url
from app.services import meetings, partners, programme, proposals, territory
from app.services.startup import open_database
from app.storage.upgrade import MIGRATIONS_DIR, current_revision, head_revision

KEPT = Path(__file__).resolve().parent / "data" / "databases"
FILES = sorted(KEPT.glob("awrach-rev*.sqlite"))

# Tables whose rows an upgrade or the opening itself may add: 0002 seeds the minimum wages
# and worksite domains; the local user is named after the account that opens the file
# (with its audit entry) when it differs from the one that made it.
MAY_GROW = {"minimum_wages", "worksite_domains", "users", "audit_log"}
# 0017 adds to the beneficiaries register the grant hires it does not hold yet.
MAY_GROW |= {"beneficiaries", "beneficiaries_search", "beneficiaries_search_data",
             "beneficiaries_search_idx", "beneficiaries_search_docsize",
             "beneficiaries_search_config"}


def _revision_of_name(path: Path) -> str:
    match = re.fullmatch(r"awrach-rev(\d{4})\.sqlite", path.name)
    assert match, f"unexpected file name {path.name}"
    return match.group(1)


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _stored_revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_every_schema_revision_has_a_kept_database():
    versions = MIGRATIONS_DIR / "versions"
    revisions = {p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")}
    kept = {_revision_of_name(p) for p in FILES}
    missing = sorted(revisions - kept)
    assert not missing, (
        f"no kept database for revision(s) {missing}: run "
        f".venv/bin/python scripts/make_old_database.py REVISION and commit the file "
        f"(tests/data/databases/README.md)")
    assert head_revision() in kept


@pytest.mark.parametrize("kept", FILES, ids=lambda p: p.stem)
def test_a_kept_database_is_backed_up_upgraded_and_read(kept: Path, tmp_path: Path):
    path = tmp_path / kept.name
    shutil.copyfile(kept, path)
    revision = _revision_of_name(kept)
    assert _stored_revision(path) == revision
    before = _counts(path)
    assert before["editions"] >= 2 and before["quotas"] >= 4 and before["communes"] == 1503

    opened = open_database(sqlite_url(path))
    try:
        db = opened.db
        assert opened.upgrade.from_revision == revision
        assert current_revision(db.engine) == head_revision()

        backup = opened.upgrade.backup
        if revision == head_revision():
            assert backup is None
        else:
            assert backup is not None and backup.parent == tmp_path / "backups" and backup.exists()
            assert _stored_revision(backup) == revision
            assert _counts(backup) == before

        after = _counts(path)
        for table, count in before.items():
            if table in MAY_GROW:
                assert after[table] >= count, table
            else:
                assert after[table] == count, table

        assert len(programme.list_editions(db)) == before["editions"]
        assert len(programme.list_quotas(db)) == before["quotas"]
        assert len(territory.list_communes(db)) == before["communes"]
        assert programme.list_minimum_wages(db)
        assert partners.list_partners(db).total == before["partners"]
        assert proposals.list_proposals(db).total == before["proposals"]
        assert len(meetings.list_meetings(db)) == before["meetings"]
    finally:
        opened.db.dispose()


@pytest.mark.parametrize("kept", [p for p in FILES if "0012" <= _revision_of_name(p) < "0015"],
                         ids=lambda p: p.stem)
def test_grant_target_groups_kept_under_their_first_codes_read_as_categories(kept: Path,
                                                                             tmp_path: Path):
    from app.domain.beneficiaries import EligibilityCategory
    from app.services import grants

    copy = tmp_path / kept.name
    shutil.copyfile(kept, copy)
    with sqlite3.connect(copy) as connection:
        before = [g for (text,) in connection.execute(
            "SELECT target_groups FROM grant_applications") for g in json.loads(text)]
    assert before and "job_seekers" in before  # the demo's applications, first codes
    opened = open_database(sqlite_url(copy))
    applications = grants.list_applications(opened.db).rows
    groups = [g for a in applications
              for g in grants.get_application(opened.db, a.id).target_groups]
    assert len(groups) == len(before)
    assert EligibilityCategory.ANAPEC in groups
    opened.db.dispose()
