"""A payment or a field visit typed wrong is corrected or removed: by the acting user,
audited with the old and new values, refused when based on an old read, and never moving
anything of the signed convention."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import Conflict, NotFound, ValidationError
from app.services import attachments, conventions, followup, programme
from app.services.unit_of_work import reading
from app.storage.models import AuditRow, ConventionRow, TrancheRow
from tests.test_conventions import signed_convention

TODAY = date(2023, 8, 1)


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def _convention_state(db, convention_id):
    with reading(db) as session:
        row = session.get(ConventionRow, convention_id)
        tranches = session.execute(select(TrancheRow.position, TrancheRow.amount,
                                          TrancheRow.due_on, TrancheRow.updated_at)
                                   .where(TrancheRow.convention_id == convention_id)
                                   .order_by(TrancheRow.position)).all()
        return (row.status, row.total_amount, row.signed_on, row.row_version, row.locked_at,
                row.content, tuple(tranches))


def _audit(db, entity):
    with reading(db) as session:
        return session.execute(select(AuditRow.action, AuditRow.username, AuditRow.changes)
                               .where(AuditRow.entity == entity)
                               .order_by(AuditRow.seq)).all()


def test_a_payment_is_corrected_then_removed_and_the_signed_convention_stays(demo):
    db, actor = demo
    convention_id = signed_convention(db, actor)
    before = _convention_state(db, convention_id)
    content = conventions.get_content(db, convention_id)
    first = followup.list_tranches(db, None, convention_id=convention_id, today=TODAY)[0]
    payment_id = followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 15),
                                         Decimal("1000.00"), "OP-118", today=TODAY)
    [payment] = followup.list_payments(db, first.tranche_id)
    with pytest.raises(ValidationError) as refused:
        followup.update_payment(db, actor, payment_id, date(2023, 7, 16), first.amount + 1,
                                read_at=payment.row_version, today=TODAY)
    assert refused.value.for_field("amount")
    followup.update_payment(db, actor, payment_id, date(2023, 7, 16), first.amount,
                            "OP-119", "مبلغ مصحح", read_at=payment.row_version, today=TODAY)
    [corrected] = followup.list_payments(db, first.tranche_id)
    assert (corrected.paid_on, corrected.amount, corrected.reference, corrected.note) == \
        (date(2023, 7, 16), first.amount, "OP-119", "مبلغ مصحح")
    assert corrected.row_version == payment.row_version + 1
    line = followup.list_tranches(db, None, convention_id=convention_id, today=TODAY)[0]
    assert line.paid == first.amount and not line.late
    # A second form opened before the correction is refused, naming who changed it.
    with pytest.raises(Conflict) as stale:
        followup.update_payment(db, actor, payment_id, date(2023, 7, 17), Decimal("5.00"),
                                read_at=payment.row_version, today=TODAY)
    assert actor.username in stale.value.message
    with pytest.raises(Conflict):
        followup.remove_payment(db, actor, payment_id, read_at=payment.row_version)
    followup.remove_payment(db, actor, payment_id, read_at=corrected.row_version)
    assert followup.list_payments(db, first.tranche_id) == []
    assert followup.list_tranches(db, None, convention_id=convention_id,
                                  today=TODAY)[0].late
    with pytest.raises(NotFound):
        followup.remove_payment(db, actor, payment_id)
    entries = _audit(db, "tranche_payments")
    assert [e.action for e in entries] == ["insert", "update", "delete"]
    assert all(e.username == actor.username for e in entries)
    changed = entries[1].changes
    assert "OP-118" in str(changed) and "OP-119" in str(changed)
    # Nothing of the signed convention moved: status, amounts, tranches, text, versions.
    assert _convention_state(db, convention_id) == before
    assert conventions.get_content(db, convention_id) == content


def test_a_payment_cannot_be_moved_past_its_tranche_with_the_other_payments(demo):
    db, actor = demo
    convention_id = signed_convention(db, actor)
    first = followup.list_tranches(db, None, convention_id=convention_id, today=TODAY)[0]
    half = (first.amount / 2).quantize(Decimal("0.01"))
    one = followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 1), half,
                                  today=TODAY)
    followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 2), half, today=TODAY)
    with pytest.raises(ValidationError, match="يتجاوز"):
        followup.update_payment(db, actor, one, date(2023, 7, 1), half + 1, today=TODAY)
    with pytest.raises(ValidationError) as future:
        followup.update_payment(db, actor, one, date(2023, 9, 1), half, today=TODAY)
    assert future.value.for_field("paid_on")


def test_a_field_visit_is_corrected_with_its_photos_then_removed(demo, tmp_path):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    proposal = followup.list_worksites(db, edition.id)[0].proposal_id
    one, two = tmp_path / "one.jpg", tmp_path / "two.jpg"
    one.write_bytes(b"\xff\xd8one")
    two.write_bytes(b"\xff\xd8two")
    visit_id = followup.add_visit(db, actor, proposal, date(2023, 7, 5), "قائد", "ملاحظة",
                                  [one], today=TODAY)
    [visit] = followup.worksite_file(db, proposal, today=TODAY).visits
    with pytest.raises(ValidationError) as refused:
        followup.update_visit(db, actor, visit_id, date(2023, 7, 6), " ", today=TODAY)
    assert refused.value.for_field("visitor")
    followup.update_visit(db, actor, visit_id, date(2023, 7, 6), "قائد قيادة أكلموس",
                          "العمال حاضرون", add_photos=[two],
                          remove_photos=[visit.photos[0].id], read_at=visit.row_version,
                          today=TODAY)
    [after] = followup.worksite_file(db, proposal, today=TODAY).visits
    assert (after.visited_on, after.visitor, after.observations) == \
        (date(2023, 7, 6), "قائد قيادة أكلموس", "العمال حاضرون")
    assert [p.original_name for p in after.photos] == ["two.jpg"]
    assert after.photos[0].path.read_bytes() == two.read_bytes()
    with pytest.raises(Conflict):
        followup.update_visit(db, actor, visit_id, date(2023, 7, 7), "آخر",
                              read_at=visit.row_version, today=TODAY)
    with pytest.raises(Conflict):
        followup.remove_visit(db, actor, visit_id, read_at=visit.row_version)
    followup.remove_visit(db, actor, visit_id, read_at=after.row_version)
    assert followup.worksite_file(db, proposal, today=TODAY).visits == []
    assert attachments.list_attachments(db, followup.VISIT_TABLE, visit_id) == []
    entries = _audit(db, "field_visits")
    assert [e.action for e in entries] == ["insert", "update", "delete"]
    assert "قائد قيادة أكلموس" in str(entries[1].changes)


def test_a_payment_or_visit_is_found_by_the_start_of_its_id(demo):
    db, actor = demo
    convention_id = signed_convention(db, actor)
    first = followup.list_tranches(db, None, convention_id=convention_id, today=TODAY)[0]
    payment_id = followup.record_payment(db, actor, first.tranche_id, date(2023, 7, 15),
                                         Decimal("10.00"), today=TODAY)
    assert followup.find_payment(db, payment_id.hex[:8]).id == payment_id
    assert followup.find_payment(db, str(payment_id)).amount == Decimal("10.00")
    with pytest.raises(NotFound):
        followup.find_payment(db, "xyz")
    with pytest.raises(NotFound):
        followup.find_visit(db, payment_id.hex[:8])
