"""The audit chain on a PostgreSQL server: writers from two connections serialise on the
advisory lock, and the triggers refuse to change or delete an entry."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.errors import Locked
from app.services import audit_chain
from app.services.startup import open_database
from app.services.unit_of_work import writing
from app.storage.models import AuditRow
from tests.conftest import sign_in_admin
from tests.test_audit_chain import write_from_two_places

pytestmark = pytest.mark.postgres


def test_two_writers_on_postgres_never_fork_the_chain_and_entries_stay_as_written(pg_url):
    opened = sign_in_admin(open_database(pg_url))
    db, actor = opened.db, opened.actor
    assert write_from_two_places(db, actor) == []
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
