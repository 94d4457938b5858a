"""Reading the audit log: filters, paging, export, labels, and a record's own history."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest

from app.domain.audit_labels import ENTITY_LABELS, entity_label, field_label
from app.domain.enums import AuditAction, CostLineKind, UserRole
from app.domain.proposals import CostLine
from app.services import audit_log, meetings, proposals, territory
from app.services.listing import ListQuery
from app.storage.models import Base
from tests.conftest import add_account
from tests.test_proposals import new_body, proposal_for


@pytest.fixture
def edited(demo_opened):
    """A proposal registered by the demo's user, then changed by another user."""
    db, actor = demo_opened.db, demo_opened.actor
    other = add_account(demo_opened, "other", UserRole.SECRETARY, "مستخدم آخر")
    khenifra = territory.find_province(db, "05.301")
    body = new_body(db, actor, khenifra)
    first = proposals.save_proposal(db, actor, proposal_for(db, body, khenifra))
    second = proposals.save_proposal(db, other, replace(
        first, title_ar="ورش تشجير المساحات الخضراء",
        cost_lines=[CostLine(CostLineKind.FRAMING_GRANT, Decimal("20000"))]))
    return db, actor, second


def test_every_table_has_a_label_in_both_languages():
    for table in Base.metadata.tables:
        arabic, french = ENTITY_LABELS[table]
        assert arabic and french and arabic != table, table
    assert entity_label("meeting_votes") == "صوت في اجتماع"
    assert entity_label("conventions", french=True) == "Convention"
    assert entity_label("no_such_table") == "no_such_table"
    assert field_label("title_ar") == "العنوان"
    assert field_label("no_such_column") == "no_such_column"


def test_a_proposal_edited_by_two_users_shows_both_in_its_history(edited):
    db, actor, proposal = edited
    history = audit_log.record_history(db, "proposals", proposal.id)

    assert {e.username for e in history} == {actor.username, "other"}
    assert history == sorted(history, key=lambda e: e.at, reverse=True)
    [renamed] = [e for e in history if e.entity == "proposals"
                 and e.action is AuditAction.UPDATE]
    assert renamed.username == "other"
    title = {c.field: c for c in renamed.fields()}["title_ar"]
    assert (title.old, title.new) == ("ورش تنظيف المساحات الخضراء",
                                      "ورش تشجير المساحات الخضراء")
    assert title.label == "العنوان"
    # The cost line the other user put in place is the proposal's, found from the live rows.
    lines = [(e.action, e.username) for e in history if e.entity == "proposal_cost_lines"]
    assert (AuditAction.INSERT, "other") in lines
    assert {e.entity for e in history} == {"proposals", "proposal_cost_lines"}
    assert all(e.entity_id == str(proposal.id) for e in history if e.entity == "proposals")


def test_a_replaced_cost_line_stays_in_the_proposals_history(edited):
    db, actor, proposal = edited
    history = audit_log.record_history(db, "proposals", proposal.id)
    lines = [(e.action, e.username) for e in history if e.entity == "proposal_cost_lines"]
    assert sorted(lines) == sorted([(AuditAction.INSERT, actor.username),
                                    (AuditAction.DELETE, "other"),
                                    (AuditAction.INSERT, "other")])


def test_history_of_a_meeting_takes_in_its_votes_and_decisions(demo_opened):
    db = demo_opened.db
    # The Khénifra selection meeting (the demo also closes a regional grant meeting).
    [meeting] = [e for e in audit_log.list_entries(db, ListQuery(
        filters={"entity": "meetings", "action": AuditAction.UPDATE})).rows
        if any(m.meeting.id == uuid.UUID(e.entity_id) and m.agenda_items
               and "الجهوية" not in m.committee_name for m in meetings.list_meetings(db))]
    history = audit_log.record_history(db, "meetings", meeting.entity_id)
    kinds = {e.entity for e in history}
    assert {"meetings", "meeting_votes", "meeting_decisions", "meeting_attendance",
            "meeting_agenda", "meeting_scores", "meeting_recommendations"} <= kinds
    closing = next(e for e in history if e.entity == "meetings"
                   and e.action is AuditAction.UPDATE)
    status = {c.field: c for c in closing.fields()}["status"]
    assert (status.old.label, status.new.label) == ("مبرمج", "مختتم")


def test_filters_narrow_the_list_and_pages_do_not_overlap(edited):
    db, actor, proposal = edited
    everything = audit_log.list_entries(db, ListQuery(limit=50))
    assert everything.total > 100
    assert [e.at for e in everything.rows] == sorted((e.at for e in everything.rows),
                                                     reverse=True), "newest first"

    by_other = audit_log.list_entries(db, ListQuery(filters={"username": "other"}))
    assert by_other.total == len(by_other.rows) == 3  # the proposal, a line out, a line in
    assert {e.username for e in by_other.rows} == {"other"}
    assert audit_log.list_entries(db, ListQuery(search="othe")).total == by_other.total

    one = audit_log.list_entries(db, ListQuery(
        filters={"entity": "proposals", "entity_id": proposal.id}))
    assert [e.action for e in one.rows] == [AuditAction.UPDATE, AuditAction.INSERT]
    assert audit_log.list_entries(db, ListQuery(search=str(proposal.id)[:8])).total >= 2

    today = date.today()
    assert audit_log.list_entries(db, ListQuery(
        filters={"date_from": today, "date_to": today}, limit=1)).total == everything.total
    assert audit_log.list_entries(db, ListQuery(
        filters={"date_to": today - timedelta(days=1)}, limit=1)).total == 0
    assert audit_log.list_entries(db, ListQuery(
        filters={"date_from": today + timedelta(days=1)}, limit=1)).total == 0

    first = audit_log.list_entries(db, ListQuery(limit=40))
    second = audit_log.list_entries(db, ListQuery(offset=40, limit=40))
    assert not {e.id for e in first.rows} & {e.id for e in second.rows}
    by_user = audit_log.list_entries(db, ListQuery(sort="username", limit=everything.total))
    assert [e.username for e in by_user.rows] == sorted(e.username for e in by_user.rows)


def test_the_filter_lists_name_each_user_and_record_type_once(edited):
    db, actor, _proposal = edited
    assert {actor.username, "other"} <= set(audit_log.usernames(db))
    kinds = audit_log.entity_kinds(db)
    assert len(kinds) == len(set(kinds)) and {"proposals", "meeting_votes"} <= set(kinds)


def test_the_export_writes_every_matching_entry_with_readable_values(edited, tmp_path):
    db, _actor, proposal = edited
    seen: list[tuple[int, int]] = []
    query = ListQuery(filters={"username": "other"}, limit=1)
    count = audit_log.export_entries(db, query, tmp_path / "log.xlsx",
                                     lambda done, total: seen.append((done, total)))
    rows = [list(r) for r in openpyxl.load_workbook(tmp_path / "log.xlsx")
            .worksheets[0].iter_rows(values_only=True)]
    assert rows[0] == audit_log.EXPORT_HEADERS
    assert count == len(rows) - 1 == audit_log.list_entries(db, query).total
    assert seen[-1] == (count, count)
    assert {r[1] for r in rows[1:]} == {"other"}
    [update] = [r for r in rows[1:] if r[3] == "مشروع مقترح"]
    assert update[2] == "تعديل"
    assert update[4] == str(proposal.id)
    assert "العنوان: ورش تنظيف المساحات الخضراء ← ورش تشجير المساحات الخضراء" in update[5]

    everything = audit_log.export_entries(db, ListQuery(), tmp_path / "all.xlsx")
    assert everything == audit_log.list_entries(db, ListQuery(limit=1)).total
