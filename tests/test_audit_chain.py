"""The audit log proves itself: chained entries, locks in the database, and a verifier that
names what someone changed by hand after dropping those locks."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.cli import main
from app.documents.verification import read_audit_head_from_pdf, read_mark_from_pdf
from app.domain.audit_chain import GENESIS, ChainEntry, content_sha256, entry_hash, gaps
from app.domain.enums import AuditAction
from app.errors import Locked
from app.services import audit_chain, conventions, meeting_documents, meetings, printed
from app.services.audit import chain_entry
from app.services.unit_of_work import writing
from app.settings import MACHINE_ID
from app.storage.database import Database, sqlite_file
from app.storage.models import (
    AuditRow,
    ConventionRow,
    NumberSequenceRow,
    PrintedDocumentRow,
    TrancheRow,
)
from app.storage.upgrade import MIGRATIONS_DIR
from tests.meeting_scenario import closed_meeting
from tests.test_conventions import signed_convention


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


@contextmanager
def raw_sql(db: Database) -> Iterator[sqlite3.Connection]:
    """The file opened with the sqlite3 module, as DB Browser would: no app, no hook."""
    path = sqlite_file(db.url)
    assert path is not None
    connection = sqlite3.connect(path)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def drop_triggers(db: Database, *tables: str) -> None:
    with raw_sql(db) as connection:
        names = [name for name, table in connection.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
            if table in tables]
        assert names
        for name in names:
            connection.execute(f"DROP TRIGGER {name}")


def chain(db: Database) -> list[AuditRow]:
    with db.session() as session:
        return list(session.scalars(select(AuditRow).order_by(AuditRow.seq)))


def add_sequences(db: Database, actor, prefix: str, count: int) -> None:
    for index in range(count):
        with writing(db, actor) as session:
            session.add(NumberSequenceRow(key=f"{prefix}-{index}", last=index))


def kinds(report: audit_chain.ChainReport) -> list[str]:
    return [problem.kind for problem in report.problems]


# -- the chain ------------------------------------------------------------------------------


def test_the_migration_backfills_with_the_same_hash_as_the_domain():
    spec = importlib.util.spec_from_file_location(
        "revision_0006", next(MIGRATIONS_DIR.glob("versions/0006_*.py")))
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    at = datetime(2026, 12, 2, 10, 31, 5, 123456)
    changes = {"name": {"old": "خنيفرة", "new": "مريرت"}, "posts": {"new": 953}}
    entry = ChainEntry(7, "", 7, "ab" * 32, at, "admin", "update", "provinces", "42", changes)
    assert migration.entry_hash(7, "", 7, "ab" * 32, at, "admin", "update", "provinces", "42",
                                changes) == entry_hash(entry)
    assert migration.GENESIS == GENESIS
    aware = ChainEntry(7, "", 7, "ab" * 32, at.replace(tzinfo=UTC), "admin", "update",
                       "provinces", "42", changes)
    assert entry_hash(aware) == entry_hash(entry), "SQLite gives back UTC times without zone"


def test_the_domain_finds_missing_runs_and_hashes_content_the_same_from_both_databases():
    assert gaps([1, 2, 3]) == []
    assert gaps([2, 3, 7]) == [(0, 2), (3, 7)]
    from decimal import Decimal
    assert content_sha256({"v": Decimal("7.00")}) == content_sha256({"v": Decimal("7")})


def test_every_write_is_numbered_and_chained_to_the_one_before(db, actor):
    MACHINE_ID.set("laptop-a")
    add_sequences(db, actor, "a", 3)
    rows = chain(db)
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == GENESIS
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.entry_hash
    assert all(row.entry_hash == entry_hash(chain_entry(row)) for row in rows)
    mine = [row for row in rows if row.machine == "laptop-a"]
    assert [row.machine_seq for row in mine] == [1, 2, 3]
    report = audit_chain.verify(db)
    assert report.ok and report.problems == []
    assert (report.head_seq, report.head_hash) == audit_chain.head(db) == (
        rows[-1].seq, rows[-1].entry_hash)


def test_the_machine_id_is_made_once_and_kept_in_the_settings(db, actor):
    assert MACHINE_ID.get() == ""
    add_sequences(db, actor, "m", 2)
    made = MACHINE_ID.get()
    assert len(made) == 32
    MACHINE_ID.set("laptop-b")
    add_sequences(db, actor, "n", 1)
    tail = chain(db)[-3:]
    assert [(row.machine, row.machine_seq) for row in tail] == [
        (made, 1), (made, 2), ("laptop-b", 1)]


def write_from_two_places(db: Database, actor, count: int = 25) -> list[BaseException]:
    """Two writers at once, each with its own engine and connections (a second window, a
    second laptop on the server); what either raised."""
    second = Database(db.url)
    errors: list[BaseException] = []

    def write(database: Database, prefix: str) -> None:
        try:
            add_sequences(database, actor, prefix, count)
        except BaseException as exc:  # reported to the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(database, prefix))
               for database, prefix in ((db, "one"), (second, "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.dispose()
    return errors


def test_two_writers_at_once_never_fork_the_chain(db, actor):
    assert write_from_two_places(db, actor) == []
    seqs = [row.seq for row in chain(db)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert audit_chain.verify(db).ok


# -- the locks in the database ------------------------------------------------------------


def test_sql_can_neither_change_nor_delete_an_audit_entry(db, actor):
    with raw_sql(db) as connection:
        for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="awrach-locked"):
                connection.execute(statement)
    with pytest.raises(Locked) as caught, writing(db, actor) as session:
        session.execute(update(AuditRow).values(username="x"))
    assert "سجل التدقيق لا يعدل ولا يحذف" in caught.value.message


# -- what the verifier names after the locks are dropped ----------------------------------


def test_an_edited_audit_entry_is_named_with_its_number_and_time(db, actor):
    add_sequences(db, actor, "e", 2)
    target = chain(db)[-2]
    drop_triggers(db, "audit_log")
    with raw_sql(db) as connection:
        connection.execute("UPDATE audit_log SET username = 'someone' WHERE seq = ?",
                           (target.seq,))
    report = audit_chain.verify(db)
    assert not report.ok and kinds(report) == ["altered"]
    problem = report.problems[0]
    assert problem.seq == target.seq
    assert problem.message.startswith(f"القيد {target.seq} (")
    assert "معدل: البصمة لا تطابق" in problem.message


def test_an_entry_rehashed_after_an_edit_breaks_the_link_to_the_next(db, actor):
    add_sequences(db, actor, "r", 2)
    target = chain(db)[-2]
    drop_triggers(db, "audit_log")
    forged = ChainEntry(target.seq or 0, target.machine, target.machine_seq or 0,
                        target.prev_hash, target.at, "someone", target.action.value,
                        target.entity, target.entity_id, target.changes)
    with raw_sql(db) as connection:
        connection.execute("UPDATE audit_log SET username = 'someone', entry_hash = ? "
                           "WHERE seq = ?", (entry_hash(forged), target.seq))
    report = audit_chain.verify(db)
    assert kinds(report) == ["link"] and report.problems[0].seq == (target.seq or 0) + 1


def test_deleted_audit_entries_leave_a_gap_that_is_counted(db, actor):
    add_sequences(db, actor, "d", 6)
    head_seq = chain(db)[-1].seq or 0
    drop_triggers(db, "audit_log")
    with raw_sql(db) as connection:
        connection.execute("DELETE FROM audit_log WHERE seq BETWEEN ? AND ?",
                           (head_seq - 4, head_seq - 1))
    report = audit_chain.verify(db)
    assert kinds(report) == ["gap"]
    assert report.problems[0].message == (
        f"انقطاع في التسلسل بين {head_seq - 5} و{head_seq} (حذفت 4 قيود).")


def test_an_audit_entry_inserted_by_hand_is_named(db, actor):
    with raw_sql(db) as connection:  # INSERT needs no dropped trigger: only its chain shows
        connection.execute(
            "INSERT INTO audit_log (id, at, username, action, entity, entity_id, changes, "
            "machine, prev_hash, entry_hash) VALUES (?, '2026-12-02 10:31:00', 'x', 'insert', "
            "'partners', '1', '{}', '', '', '')", (uuid.uuid4().hex,))
        connection.execute(
            "INSERT INTO audit_log (id, at, username, action, entity, entity_id, changes, "
            "seq, machine, prev_hash, entry_hash) VALUES (?, '2026-12-02 10:32:00', 'x', "
            "'insert', 'partners', '2', '{}', 999999, '', '', '')", (uuid.uuid4().hex,))
    report = audit_chain.verify(db)
    assert sorted(kinds(report)) == ["altered", "gap", "unchained"]
    assert any("قيد بلا رقم" in p.message and "partners 1" in p.message
               for p in report.problems)


def test_a_print_added_to_the_register_by_hand_is_named_and_never_verifies(demo, tmp_path):
    db, actor = demo
    meeting_id = next(m.meeting.id for m in meetings.list_meetings(db) if m.is_closed)
    pdf = meeting_documents.minutes_pdf(db, actor, meeting_id)
    mark = read_mark_from_pdf(pdf)
    assert mark is not None
    changed = pdf.replace(b"/Producer", b"/Producex", 1)  # stands for an edited text
    assert not printed.verify_pdf(db, changed).matches
    from app.documents.verification import pdf_sha256, short_code_of
    with raw_sql(db) as connection:
        connection.execute(
            "INSERT INTO printed_documents (id, kind, owner_id, reference, version, "
            "content_sha256, pdf_sha256, short_code, printed_by, audit_hash, created_at, "
            "updated_at) VALUES (?, 'minutes', ?, ?, 1, ?, ?, ?, 'admin', '', "
            "'2020-01-01 00:00:00', '2020-01-01 00:00:00')",
            (uuid.uuid4().hex, meeting_id.hex, mark.reference, mark.sha256,
             pdf_sha256(changed), short_code_of(mark.sha256)))
    forged = printed.verify_pdf(db, changed)
    assert not forged.matches and forged.message.startswith("غير مطابق")
    assert "دون قيد مطابق في سجل التدقيق" in forged.message
    assert printed.verify_pdf(db, pdf).matches, "the true print still verifies"
    assert printed.verify_code(db, mark.short_code).matches
    report = audit_chain.verify(db)
    assert kinds(report) == ["print_forged"]
    assert mark.reference in report.problems[0].message


def test_a_signed_convention_edited_after_dropping_its_lock_is_named(demo):
    db, actor = demo
    first = signed_convention(db, actor)
    with writing(db, actor) as session:  # a tranche paid, a termination: not changes
        session.execute(update(TrancheRow).where(TrancheRow.convention_id == first)
                        .values(paid_on=date(2023, 7, 1)))
        session.execute(update(ConventionRow).where(ConventionRow.id == first)
                        .values(status="terminated"))
    assert audit_chain.verify(db).ok
    number = conventions.get_summary(db, first).number
    drop_triggers(db, "conventions")
    with raw_sql(db) as connection:
        connection.execute("UPDATE conventions SET total_amount = 1 WHERE id = ?", (first.hex,))
    report = audit_chain.verify(db)
    assert kinds(report) == ["seal_broken"]
    assert report.problems[0].record == f"الاتفاقية {number}"
    assert report.problems[0].message.startswith(f"الاتفاقية {number} عدلت بعد توقيعها")


def test_a_signed_amendment_edited_by_hand_is_named(demo):
    db, actor = demo
    first = signed_convention(db, actor)
    from app.domain.conventions import ArticleChange
    amendment = conventions.create_amendment(
        db, actor, first, "تمديد المدة", [ArticleChange("المادة 3", "سنة")], date(2023, 9, 1))
    conventions.amendment_pdf(db, actor, amendment)
    conventions.sign_amendment(db, actor, amendment, date(2023, 9, 5), "خنيفرة")
    assert audit_chain.verify(db).ok
    drop_triggers(db, "convention_amendments")
    with raw_sql(db) as connection:
        connection.execute("UPDATE convention_amendments SET reason = 'x' WHERE id = ?",
                           (amendment.hex,))
    report = audit_chain.verify(db)
    assert kinds(report) == ["seal_broken"] and "الملحق 1 للاتفاقية" in report.problems[0].record


def test_a_closed_meeting_edited_after_dropping_its_locks_is_named(demo):
    db, actor = demo
    scenario = closed_meeting(db, actor)
    with db.session() as session:
        seals = session.scalars(select(AuditRow).where(
            AuditRow.action == AuditAction.SEAL,
            AuditRow.entity_id == str(scenario.meeting_id))).all()
    assert len(seals) == 1 and seals[0].seq is not None
    assert audit_chain.verify(db).ok
    drop_triggers(db, "meeting_votes")
    with raw_sql(db) as connection:
        connection.execute("UPDATE meeting_votes SET choice = 'against' WHERE meeting_id = ?",
                           (scenario.meeting_id.hex,))
    report = audit_chain.verify(db)
    assert kinds(report) == ["seal_broken"]
    assert "عدل بعد اختتامه" in report.problems[0].message


# -- the head printed beside the verification mark ----------------------------------------


def test_the_minutes_carry_the_head_and_a_reprint_is_the_same_file(demo):
    db, actor = demo
    scenario = closed_meeting(db, actor)
    before = audit_chain.head(db)
    pdf = meeting_documents.minutes_pdf(db, actor, scenario.meeting_id)
    assert read_audit_head_from_pdf(pdf) == before, "the head before this print's own entry"
    assert audit_chain.head(db)[0] == before[0] + 1
    add_sequences(db, actor, "later", 2)
    assert meeting_documents.minutes_pdf(db, actor, scenario.meeting_id) == pdf
    assert printed.verify_pdf(db, pdf).matches
    assert audit_chain.verify(db).ok


def test_a_convention_carries_the_head_of_its_first_print(demo):
    db, actor = demo
    first = signed_convention(db, actor)
    pdf = conventions.convention_pdf(db, actor, first)
    with db.session() as session:
        heads = {(row.audit_seq, row.audit_hash) for row in session.scalars(
            select(PrintedDocumentRow).where(PrintedDocumentRow.owner_id == first))}
    assert len(heads) == 1 and read_audit_head_from_pdf(pdf) in heads
    assert printed.verify_pdf(db, pdf).matches


# -- the command ----------------------------------------------------------------------------


def test_audit_verify_exits_0_when_intact_and_1_naming_each_problem(db, actor, capsys):
    add_sequences(db, actor, "c", 3)
    path = str(sqlite_file(db.url))
    assert main(["audit", "verify", "--db", path]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("سجل التدقيق سليم") and err == ""
    drop_triggers(db, "audit_log")
    with raw_sql(db) as connection:
        head_seq = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        connection.execute("DELETE FROM audit_log WHERE seq = ?", (head_seq - 1,))
        connection.execute("UPDATE audit_log SET changes = ? WHERE seq = ?",
                           (json.dumps({"last": {"new": 99}}), head_seq - 2))
    assert main(["--db", path, "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("سجل التدقيق غير سليم: 2 مشكلة")
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("خطأ: ") for line in lines)
    assert f"القيد {head_seq - 2}" in err and "(حذفت 1 قيود)" in err
    assert "Traceback" not in err


def test_a_database_from_before_the_chain_is_chained_by_the_upgrade(tmp_path):
    import shutil

    from app.config import sqlite_url
    from app.services.startup import open_database

    kept = Path(__file__).resolve().parent / "data" / "databases" / "awrach-rev0005.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(kept, copy)
    opened = open_database(sqlite_url(copy))
    try:
        report = audit_chain.verify(opened.db)
        assert report.ok and report.entries > 0 and report.head_seq == report.entries
        with raw_sql(opened.db) as connection, pytest.raises(sqlite3.IntegrityError,
                                                              match="awrach-locked"):
            connection.execute("DELETE FROM audit_log")
    finally:
        opened.db.dispose()
