"""Worksite follow-up on the demo: status changes and lateness, field visits with photos,
tranches and payments on a signed convention (allowed, audited, the convention untouched)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.followup import (
    Lateness,
    WorksiteStatus,
    add_months,
    lateness,
    tranche_due_on,
)
from app.errors import ValidationError
from app.services import attachments, conventions, followup, programme
from app.storage.models import AuditRow, TrancheRow
from tests.test_conventions import CEREMONY, signed_convention


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def test_lateness_rules():
    start, end = date(2023, 6, 12), date(2023, 9, 12)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert lateness(WorksiteStatus.PLANNED, start, end, date(2023, 6, 12)) is Lateness.NONE
    assert lateness(WorksiteStatus.PLANNED, start, end, date(2023, 6, 13)) \
        is Lateness.NOT_STARTED
    assert lateness(WorksiteStatus.STARTED, start, end, date(2023, 9, 12)) is Lateness.NONE
    assert lateness(WorksiteStatus.SUSPENDED, start, end, date(2023, 9, 13)) \
        is Lateness.OVERDUE
    assert lateness(WorksiteStatus.COMPLETED, start, end, date(2024, 1, 1)) is Lateness.NONE
    assert lateness(WorksiteStatus.CANCELLED, start, end, date(2024, 1, 1)) is Lateness.NONE
    # first tranche: 30 days after signing; the second of two: mid-way + 30 days
    assert tranche_due_on(1, 2, None, date(2023, 6, 20), start, 3) == date(2023, 7, 20)
    assert tranche_due_on(2, 2, None, date(2023, 6, 20), start, 3) == \
        start + timedelta(days=46 + 30)
    assert tranche_due_on(2, 2, date(2023, 8, 1), None, None, 3) == date(2023, 8, 1)


def test_a_worksite_goes_through_its_life_and_keeps_its_history(demo):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    lines = followup.list_worksites(db, edition.id, today=date(2023, 6, 1))
    assert len(lines) == 61
    assert {line.status for line in lines} == {WorksiteStatus.PLANNED}
    assert all(line.late is Lateness.NONE for line in lines)
    late = followup.list_worksites(db, edition.id, today=date(2023, 8, 1), late_only=True)
    assert len(late) == 61 and late[0].late is Lateness.NOT_STARTED
    first = lines[0]
    with pytest.raises(ValidationError) as refused:
        followup.change_status(db, actor, first.proposal_id, WorksiteStatus.COMPLETED,
                               date(2023, 7, 1), today=date(2023, 8, 1))
    assert "لا يمكن الانتقال" in refused.value.message
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.STARTED,
                           date(2023, 7, 1), "انطلقت الأشغال", today=date(2023, 8, 1))
    with pytest.raises(ValidationError) as refused:
        followup.change_status(db, actor, first.proposal_id, WorksiteStatus.SUSPENDED,
                               date(2023, 7, 10), "", today=date(2023, 8, 1))
    assert refused.value.for_field("note")
    with pytest.raises(ValidationError) as refused:
        followup.change_status(db, actor, first.proposal_id, WorksiteStatus.SUSPENDED,
                               date(2023, 6, 30), "أمطار", today=date(2023, 8, 1))
    assert refused.value.for_field("on")
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.SUSPENDED,
                           date(2023, 7, 10), "أمطار غزيرة", today=date(2023, 8, 1))
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.STARTED,
                           date(2023, 7, 20), "استئناف", today=date(2023, 8, 1))
    file = followup.worksite_file(db, first.proposal_id, today=date(2023, 8, 1))
    assert file.line.status is WorksiteStatus.STARTED and file.line.late is Lateness.NONE
    assert [e.status for e in file.history] == [
        WorksiteStatus.STARTED, WorksiteStatus.SUSPENDED, WorksiteStatus.STARTED]
    assert file.history[1].note == "أمطار غزيرة"
    overdue = followup.worksite_file(db, first.proposal_id, today=date(2023, 12, 1))
    assert overdue.line.late is Lateness.OVERDUE
    followup.change_status(db, actor, first.proposal_id, WorksiteStatus.COMPLETED,
                           date(2023, 9, 12), today=date(2023, 12, 1))
    done = followup.worksite_file(db, first.proposal_id, today=date(2023, 12, 1))
    assert done.line.late is Lateness.NONE and done.line.status is WorksiteStatus.COMPLETED


def test_a_field_visit_keeps_its_photos_beside_the_database(demo, tmp_path):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    proposal = followup.list_worksites(db, edition.id)[0].proposal_id
    photo = tmp_path / "site.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    with pytest.raises(ValidationError):
        followup.add_visit(db, actor, proposal, None, "")
    followup.add_visit(db, actor, proposal, date(2023, 7, 5), "قائد قيادة أكلموس",
                       "العمال حاضرون بمعدات الوقاية", [photo])
    visits = followup.worksite_file(db, proposal).visits
    assert len(visits) == 1 and visits[0].visitor == "قائد قيادة أكلموس"
    stored = visits[0].photos[0].path
    assert stored.parent == attachments.files_dir(db) and stored.read_bytes() == photo.read_bytes()


def test_payments_on_a_signed_convention_are_allowed_audited_and_late_ones_flagged(demo):
    db, actor = demo
    convention_id = signed_convention(db, actor)
    content_before = conventions.get_content(db, convention_id)
    tranches = followup.list_tranches(db, None, convention_id=convention_id,
                                      today=CEREMONY)
    assert [t.position for t in tranches] == [1, 2]
    assert sum(t.amount for t in tranches) == content_before.worksite.total_amount
    first = tranches[0]
    assert first.condition.startswith("بعد التوقيع")
    assert first.due_on == CEREMONY + timedelta(days=30) and not first.late
    late = followup.list_tranches(db, None, convention_id=convention_id,
                                  today=date(2023, 8, 1), late_only=True)
    assert first.tranche_id in {t.tranche_id for t in late}
    with pytest.raises(ValidationError) as refused:
        followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 15),
                                first.amount + 1, today=date(2023, 8, 1))
    assert refused.value.for_field("amount")
    followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 15), first.amount,
                            "OP-2023-118", today=date(2023, 8, 1))
    after = followup.list_tranches(db, None, convention_id=convention_id,
                                   today=date(2023, 8, 1))
    assert after[0].paid == first.amount and not after[0].late
    assert after[0].last_paid_on == date(2023, 7, 15)
    assert conventions.get_content(db, convention_id) == content_before
    with db.session() as session:
        assert session.scalars(select(TrancheRow.amount).where(
            TrancheRow.convention_id == convention_id).order_by(TrancheRow.position)).all() \
            == [t.amount for t in tranches]
        entry = session.scalars(select(AuditRow).where(AuditRow.entity == "tranche_payments")
                                ).one()
        assert entry.username == actor.username
    totals = followup.payment_totals(db, None, by="partner")
    assert len(totals) == 1 and totals[0].paid == first.amount
    assert totals[0].due == content_before.worksite.total_amount


def test_no_payment_before_signing(demo):
    db, actor = demo
    from tests.test_conventions import draw_two

    first, _ = draw_two(db, actor)
    tranche = followup.list_tranches(db, None, convention_id=first)[0]
    with pytest.raises(ValidationError, match="موقعة"):
        followup.record_payment(db, actor, tranche.tranche_id, date(2023, 7, 1),
                                Decimal("10.00"))
