"""The audit chain on a PostgreSQL server: writers from two connections serialise on the
advisory lock, and the triggers refuse to change or delete an entry."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from app.errors import Locked
from app.services import audit_chain
from app.services.startup import open_database
from app.services.unit_of_work import writing
from app.storage.database import Database
from app.storage.models import AuditRow, NumberSequenceRow
from tests.conftest import sign_in_admin

pytestmark = pytest.mark.postgres


def test_two_writers_on_postgres_never_fork_the_chain_and_entries_stay_as_written(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    second = Database(pg_url)
    errors: list[BaseException] = []

    def write(database: Database, prefix: str) -> None:
        try:
            for index in range(25):
                with writing(database, actor) as session:
                    session.add(NumberSequenceRow(key=f"{prefix}-{index}", last=index))
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(database, prefix))
               for database, prefix in ((db, "one"), (second, "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.dispose()
    assert errors == []
    with db.session() as session:
        seqs = list(session.scalars(select(AuditRow.seq).order_by(AuditRow.seq)))
    assert seqs == list(range(1, len(seqs) + 1))
    report = audit_chain.verify(db)
    assert report.ok and report.head_seq == len(seqs)
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log",
                      "TRUNCATE audit_log"):
        with pytest.raises(Locked) as caught, writing(db, actor) as session:
            session.execute(text(statement))
        assert "سجل التدقيق" in caught.value.message
    assert audit_chain.verify(db).ok
    db.dispose()
