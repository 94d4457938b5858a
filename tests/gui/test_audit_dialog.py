"""The audit log on screen: the list, its filters, the details, the export, a record's history."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from PySide6.QtWidgets import QFileDialog

from app.domain.enums import AuditAction, UserRole
from app.domain.text import RLM
from app.services import audit_log, proposals, territory
from app.services.listing import ListQuery
from tests.conftest import add_account
from tests.gui.ops import done, elsewhere
from tests.test_proposals import new_body, proposal_for
from ui.dialogs.audit_dialog import AuditDialog
from ui.dialogs.proposal_dialog import ProposalDialog
from ui.main_window import MainWindow
from ui.models.paged_table import PAGE_SIZE
from ui.models.record_table import RECORD_ROLE
from ui.pages.meeting_screen import MeetingScreen


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    from ui.context import AppContext

    ctx = AppContext(demo_opened.db, demo_opened.actor)
    ctx.other = add_account(demo_opened, "other", UserRole.SECRETARY, "مستخدم آخر")
    return ctx


@pytest.fixture
def dialog(qtbot, demo_ctx):
    widget = AuditDialog(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return done(widget)


def a_proposal(ctx):
    khenifra = territory.find_province(ctx.db, "05.301")
    body = new_body(ctx.db, ctx.actor, khenifra)
    return proposals.save_proposal(ctx.db, ctx.actor, proposal_for(ctx.db, body, khenifra))


def selection_meeting_id(ctx) -> str:
    """The Khénifra selection meeting (the demo also closes a regional grant meeting)."""
    from app.services import meetings

    [found] = [m.meeting.id for m in meetings.list_meetings(ctx.db)
               if m.is_closed and m.committee_name.startswith("اللجنة الإقليمية")]
    return str(found)


def shown(dialog, column: int) -> list[str]:
    """The cells of the first window (later ones arrive from the reader thread)."""
    model = dialog.model
    return [model.index(row, column).data().lstrip(RLM)
            for row in range(min(model.rowCount(), PAGE_SIZE))]


def test_the_dialog_lists_every_entry_newest_first(dialog, demo_ctx, qtmodeltester):
    total = audit_log.list_entries(demo_ctx.db, ListQuery(limit=1)).total
    assert dialog.model.rowCount() == total > 1000
    qtmodeltester.check(dialog.model)
    first = dialog.model.index(0, 0).data(RECORD_ROLE)
    assert first.at == max(e.at for e in audit_log.list_entries(
        demo_ctx.db, ListQuery(limit=50)).rows)
    assert dialog.model.index(0, 0).data().strip(RLM + "\u2066\u2069") == \
        f"{first.at.astimezone():%d/%m/%Y %H:%M}"
    assert dialog.title.isHidden()


def test_a_write_elsewhere_shows_at_once_and_the_user_filter_narrows_to_it(dialog, demo_ctx):
    proposal = a_proposal(demo_ctx)
    before = dialog.model.rowCount()
    elsewhere(lambda: proposals.save_proposal(demo_ctx.db, demo_ctx.other,
                                             replace(proposal, title_ar="ورش جديد")))
    assert dialog.model.rowCount() > before, "the list follows every write"
    dialog.user_filter.select("other")
    done()
    assert dialog.model.rowCount() >= 1
    assert set(shown(dialog, 1)) == {"other"}
    assert "مشروع مقترح" in shown(dialog, 3)


def test_record_type_dates_and_search_narrow_the_list(dialog, demo_ctx):
    total = dialog.model.rowCount()
    dialog.kind_filter.select("meeting_votes")
    done()
    votes = dialog.model.rowCount()
    assert 0 < votes < total and set(shown(dialog, 3)) == {"صوت في اجتماع"}
    dialog.kind_filter.setCurrentIndex(0)
    done()
    assert dialog.model.rowCount() == total

    today = date.today()
    dialog.set_dates(today, today)
    done()
    assert dialog.model.rowCount() == total
    dialog.set_dates(today + timedelta(days=1), None)
    done()
    assert dialog.model.rowCount() == 0
    dialog.set_dates(None, None)
    done()
    assert dialog.model.rowCount() == total

    dialog.panel.search.setText("system")
    dialog.panel.apply_search()
    done()
    assert 0 < dialog.model.rowCount() < total
    assert set(shown(dialog, 1)) == {"system"}


def test_the_selected_entry_shows_its_fields_with_arabic_labels(dialog, demo_ctx):
    dialog.kind_filter.select("meetings")
    done()
    closing = next(row for row in range(dialog.model.rowCount())
                   if dialog.model.record(row).action is AuditAction.UPDATE
                   and dialog.model.record(row).entity_id == selection_meeting_id(demo_ctx))
    dialog.panel.table.setCurrentIndex(dialog.model.index(closing, 0))
    def text(row: int, column: int) -> str:
        return dialog.details.item(row, column).text().strip(RLM + "\u2068\u2069")

    rows = {text(r, 0): (text(r, 1), text(r, 2)) for r in range(dialog.details.rowCount())}
    assert rows["الحالة"] == ("مبرمج", "مختتم")
    assert rows["وقت الاختتام"][1].startswith("26/05/2023 ")
    assert "تعديل اجتماع" in dialog.entry_title.text()


def test_export_writes_every_matching_entry(qtbot, dialog, tmp_path, monkeypatch,
                                           recorded_messages):
    dialog.kind_filter.select("meeting_decisions")
    done()
    expected = dialog.model.rowCount()
    target = tmp_path / "journal"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    dialog.panel.export_button.click()
    done()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    assert str(expected) in recorded_messages.shown[0][1]
    rows = list(openpyxl.load_workbook(Path(f"{target}.xlsx")).worksheets[0]
                .iter_rows(values_only=True))
    assert len(rows) == expected + 1
    assert {row[3] for row in rows[1:]} == {"قرار اجتماع"}


def test_the_history_button_of_a_proposal_opens_its_history(qtbot, demo_ctx):
    proposal = a_proposal(demo_ctx)
    elsewhere(lambda: proposals.save_proposal(demo_ctx.db, demo_ctx.other,
                                             replace(proposal, title_ar="ورش جديد")))
    form = ProposalDialog(demo_ctx, proposals.get_proposal(demo_ctx.db, proposal.id))
    qtbot.addWidget(form)
    assert form.history_button.isEnabled()
    form.history_button.click()
    done()
    [history] = form.findChildren(AuditDialog)
    assert history.isVisible() and not history.title.isHidden()
    assert history.scope.entity_id == str(proposal.id)
    expected = audit_log.record_history(demo_ctx.db, "proposals", proposal.id)
    assert history.model.rowCount() == len(expected) >= 3
    assert set(shown(history, 1)) == {demo_ctx.actor.username, "other"}
    assert set(shown(history, 3)) <= {"مشروع مقترح", "بند تكلفة مشروع"}
    history.close()


def test_the_meeting_screen_opens_the_meetings_history_with_its_votes(qtbot, demo_ctx):
    [closing] = [e for e in audit_log.list_entries(demo_ctx.db, ListQuery(
        filters={"entity": "meetings", "action": "update"})).rows
        if e.entity_id == selection_meeting_id(demo_ctx)][:1]
    screen = MeetingScreen(demo_ctx, uuid.UUID(closing.entity_id))
    qtbot.addWidget(screen)
    screen.header.history.click()
    done()
    [history] = screen.findChildren(AuditDialog)
    history.kind_filter.select("meeting_votes")
    done()
    assert history.model.rowCount() > 0
    assert set(shown(history, 3)) == {"صوت في اجتماع"}
    history.close()


def test_a_new_proposal_has_no_history_yet(qtbot, demo_ctx):
    form = ProposalDialog(demo_ctx)
    qtbot.addWidget(form)
    assert not form.history_button.isEnabled()


def test_the_data_menu_opens_the_log(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.audit_action.trigger()
    done()
    [log] = window.findChildren(AuditDialog)
    assert log.isVisible() and log.model.rowCount() > 0
    log.close()
