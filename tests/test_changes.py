"""A committed write says what it changed: the kinds of records and their ids."""

from __future__ import annotations

import pytest

from app.domain.enums import PartnerKind
from app.domain.partners import Partner
from app.errors import ValidationError
from app.services import meetings, partners
from app.services.changes import TABLE_KINDS, Changes, Kind, recording
from app.storage.models import Base
from tests.meeting_scenario import attend, supplementary_meeting


@pytest.fixture
def scenario(demo_opened):
    return supplementary_meeting(demo_opened.db, demo_opened.actor)


def body(**changes) -> Partner:
    values = dict(kind=PartnerKind.ASSOCIATION, name_ar="جمعية الأمل للتنمية",
                  name_fr="Association Al Amal", legal_representative="فاطمة أمزيان")
    values.update(changes)
    return Partner(**values)


def test_a_saved_partner_is_announced_with_its_id(db, actor):
    with recording() as recorder:
        saved = partners.save_partner(db, actor, body())
    assert recorder.changes.kinds == {Kind.PARTNER}
    assert recorder.changes.ids[Kind.PARTNER] == {str(saved.id)}


def test_a_refused_write_announces_nothing(db, actor):
    with recording() as recorder, pytest.raises(ValidationError):
        partners.save_partner(db, actor, body(name_ar=""))
    assert not recorder.changes


def test_reads_and_writes_outside_a_recording_are_not_collected(db, actor):
    partners.save_partner(db, actor, body())
    with recording() as recorder:
        partners.list_partners(db)
    assert not recorder.changes


def test_a_vote_is_a_change_to_its_meeting_named_by_the_meeting(scenario):
    attend(scenario, present=5)
    voter = scenario.voting()[0]
    with recording() as recorder:
        meetings.record_votes(scenario.db, scenario.actor, scenario.meeting_id,
                              scenario.proposal_ids[0], {voter.id: "for"})
    assert recorder.changes.ids == {Kind.MEETING: frozenset({str(scenario.meeting_id)})}


def test_removing_every_recommendation_is_announced_though_no_row_is_flushed(scenario):
    meetings.set_recommendations(scenario.db, scenario.actor, scenario.meeting_id, ["أولى"])
    with recording() as recorder:
        meetings.set_recommendations(scenario.db, scenario.actor, scenario.meeting_id, [])
    assert recorder.changes.touches(Kind.MEETING)


def test_a_recording_inside_another_passes_what_it_saw_outwards(db, actor):
    with recording() as outer:
        with recording() as inner:
            partners.save_partner(db, actor, body())
        assert inner.changes.touches(Kind.PARTNER)
    assert outer.changes.touches(Kind.PARTNER)


def test_every_table_but_the_audit_log_belongs_to_a_kind_of_record():
    tables = {table.name for table in Base.metadata.sorted_tables}
    assert tables - set(TABLE_KINDS) == {"audit_log"}
    for table, (_kind, column) in TABLE_KINDS.items():
        assert column in Base.metadata.tables[table].columns, table


def test_changes_merge_by_kind():
    merged = Changes.of(Kind.PARTNER, ids=["a"]) | Changes.of(Kind.PARTNER, Kind.CALL, ids=["b"])
    assert merged.ids == {Kind.PARTNER: frozenset({"a", "b"}), Kind.CALL: frozenset({"b"})}
    assert merged.touches(Kind.CALL) and not merged.touches(Kind.MEETING)
    assert Changes.everything().kinds == set(Kind)
