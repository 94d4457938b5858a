"""Calls for project proposals: the list with its status of the day, the form and its rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import QDate, Qt

from app.domain.calls import Call
from app.services import attachments, calls, programme, proposals, territory
from tests.gui.ops import elsewhere, saved
from ui.dialogs.call_dialog import CallDialog
from ui.models.record_table import RECORD_ROLE
from ui.pages.calls_panel import CallsPanel, status_text

COLUMNS = ["المرجع", "العنوان", "النسخة", "الإقليم", "الشق", "من", "إلى", "الحالة"]


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    from ui.context import AppContext

    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def panel(qtbot, demo_ctx) -> CallsPanel:
    widget = CallsPanel(demo_ctx)
    qtbot.addWidget(widget)
    return widget


def shown_rows(panel: CallsPanel) -> list[list[str]]:
    proxy = panel.proxy
    return [[proxy.index(row, column).data().lstrip("\u200f")
             for column in range(proxy.columnCount())] for row in range(proxy.rowCount())]


def column(panel: CallsPanel, title: str) -> list[str]:
    return [row[COLUMNS.index(title)] for row in shown_rows(panel)]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def fill_new_call(dialog: CallDialog, ctx, opens_on: date, closes_on: date) -> None:
    dialog.province.select(territory.find_province(ctx.db, "05.301").id)
    dialog.reference.setText("KHN-AO-2031")
    dialog.title_ar.setText("طلب عروض المشاريع - تجربة")
    dialog.opens_on.setDate(qdate(opens_on))
    dialog.closes_on.setDate(qdate(closes_on))


def test_the_demo_calls_are_listed_newest_first_and_closed(panel):
    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(panel.proxy.columnCount())]
    assert headers == COLUMNS
    assert column(panel, "المرجع") == ["KHN-AO-2023", "KHN-AO-2022"]
    assert column(panel, "الإقليم") == ["خنيفرة", "خنيفرة"]
    assert column(panel, "الحالة") == ["مغلق", "مغلق"]
    assert column(panel, "من") == ["17/04/2023", "07/02/2022"]
    assert column(panel, "إلى") == ["12/05/2023", "28/02/2022"]
    assert all(column(panel, "الشق")) and all(column(panel, "النسخة"))


def test_the_calls_table_is_a_well_behaved_qt_model(qtmodeltester, panel):
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_the_status_is_computed_for_the_day():
    call = Call(edition_id=None, title_ar="ط", opens_on=date(2024, 3, 1),
                closes_on=date(2024, 3, 31))
    assert status_text(call, date(2024, 2, 29)) == "لم يفتح بعد"
    assert status_text(call, date(2024, 3, 1)) == "مفتوح"
    assert status_text(call, date(2024, 3, 31)) == "مفتوح"
    assert status_text(call, date(2024, 4, 1)) == "مغلق"


def test_the_edition_filter_keeps_the_calls_of_one_edition(panel, demo_ctx):
    latest = programme.list_editions(demo_ctx.db)[0]
    assert panel.edition_filter.count() == 1 + len(programme.list_editions(demo_ctx.db))
    panel.edition_filter.select(latest.id)
    assert column(panel, "المرجع") == ["KHN-AO-2023"]
    assert column(panel, "النسخة") == [latest.title]
    panel.edition_filter.setCurrentIndex(0)
    assert len(shown_rows(panel)) == 2


def test_a_new_call_saved_through_the_form_is_listed_as_open(panel, demo_ctx):
    today = date.today()
    dialog = panel.call_dialog()
    assert dialog.call is None
    domains = proposals.list_domains(demo_ctx.db)
    assert dialog.checked_domain_codes() == [d.code for d in domains], "all ticked by default"
    fill_new_call(dialog, demo_ctx, today - timedelta(days=1), today + timedelta(days=20))

    assert saved(dialog) is True
    assert dialog.saved.id is not None
    assert dialog.saved.accepted_domain_codes == [d.code for d in domains]
    assert dialog.saved.region_id is None
    assert len(calls.list_calls(demo_ctx.db)) == 3
    row = next(r for r in shown_rows(panel) if r[0] == "KHN-AO-2031")
    assert row[COLUMNS.index("العنوان")] == "طلب عروض المشاريع - تجربة"
    assert row[COLUMNS.index("الحالة")] == "مفتوح"
    assert row[COLUMNS.index("من")] == (today - timedelta(days=1)).strftime("%d/%m/%Y")


def test_a_call_closing_before_it_opens_is_refused_under_the_closing_date(panel, demo_ctx):
    dialog = panel.call_dialog()
    fill_new_call(dialog, demo_ctx, date(2031, 5, 10), date(2031, 5, 1))

    assert saved(dialog) is False
    assert dialog.form.error_text("closes_on") == "تاريخ الإغلاق: لا يمكن أن يسبق تاريخ الفتح."
    assert dialog.form.error_text("opens_on") == ""
    assert len(calls.list_calls(demo_ctx.db)) == 2
    assert len(shown_rows(panel)) == 2


def test_a_call_accepting_no_domain_is_refused_under_the_domains(panel, demo_ctx):
    dialog = panel.call_dialog()
    fill_new_call(dialog, demo_ctx, date(2031, 5, 1), date(2031, 5, 20))
    for item in dialog.domain_items():
        item.setCheckState(Qt.CheckState.Unchecked)

    assert saved(dialog) is False
    assert dialog.form.error_text("accepted_domain_codes") == \
        "المجالات المقبولة: اختر مجالا واحدا على الأقل."
    assert len(calls.list_calls(demo_ctx.db)) == 2


def test_a_call_without_province_names_the_province_field(panel, demo_ctx):
    dialog = panel.call_dialog()
    dialog.title_ar.setText("طلب عروض")
    assert dialog.province.value() is None
    assert saved(dialog) is False
    assert dialog.form.error_text("province_id").startswith("الإقليم")


def test_an_edited_call_keeps_its_domains_and_is_updated(panel, demo_ctx):
    panel.panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    call = panel.panel.current_record()
    dialog = panel.call_dialog(call)
    assert dialog.edition.value() == call.edition_id
    assert dialog.province.value() == call.province_id
    assert dialog.checked_domain_codes() == call.accepted_domain_codes
    dialog.title_ar.setText("عنوان معدل")
    dialog.domain_items()[0].setCheckState(Qt.CheckState.Unchecked)

    assert saved(dialog) is True
    stored = calls.get_call(demo_ctx.db, call.id)
    assert stored.title_ar == "عنوان معدل"
    assert stored.accepted_domain_codes == call.accepted_domain_codes[1:]
    assert "عنوان معدل" in column(panel, "العنوان")
    assert len(calls.list_calls(demo_ctx.db)) == 2


def test_a_specification_is_attached_listed_and_opened(qtbot, panel, demo_ctx, tmp_path,
                                                       monkeypatch, recorded_messages):
    call = calls.list_calls(demo_ctx.db)[0]
    new_dialog = panel.call_dialog()
    assert not new_dialog.specifications.attach_button.isVisibleTo(new_dialog), \
        "a call not yet saved has nothing to attach to"

    dialog = panel.call_dialog(call)
    box = dialog.specifications
    assert box.listed() == [] and not box.open_button.isEnabled()
    spec = tmp_path / "cahier-des-charges.pdf"
    spec.write_bytes(b"%PDF-1.4 test")
    box.attach_file(spec)
    qtbot.waitUntil(lambda: len(box.listed()) == 1)

    [listed] = box.listed()
    assert listed.original_name == "cahier-des-charges.pdf" and listed.kind == "specification"
    assert [a.id for a in attachments.list_attachments(demo_ctx.db, "calls", call.id)] == \
        [listed.id]
    opened = []
    monkeypatch.setattr("ui.widgets.attachments_box.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    assert box.open_button.isEnabled()
    box.open_selected()
    assert opened == [str(listed.path)]

    box.attach_file(tmp_path / "missing.pdf")
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    assert "غير موجود" in recorded_messages.shown[0][1]


def test_the_list_follows_changes_made_elsewhere(panel, demo_ctx):
    edition = programme.list_editions(demo_ctx.db)[0]
    province = territory.find_province(demo_ctx.db, "05.301")
    call = Call(
        edition_id=edition.id, title_ar="طلب عروض إضافي", opens_on=date(2031, 1, 1),
        closes_on=date(2031, 1, 31), province_id=province.id, reference="KHN-AO-X",
        accepted_domain_codes=[proposals.list_domains(demo_ctx.db)[0].code])
    assert len(shown_rows(panel)) == 2
    elsewhere(lambda: calls.save_call(demo_ctx.db, demo_ctx.actor, call))
    assert len(shown_rows(panel)) == 3
    assert "KHN-AO-X" in column(panel, "المرجع")
    assert column(panel, "الحالة")[0] == "لم يفتح بعد"


def test_a_double_click_record_is_the_call(panel):
    index = panel.proxy.index(0, 0)
    assert isinstance(index.data(RECORD_ROLE), Call)


def test_the_search_box_folds_spellings_as_the_paged_lists_do(panel):
    every = len(shown_rows(panel))
    panel.panel.search.setText("اوراش")  # stored as «أوراش»
    assert len(shown_rows(panel)) == every > 0
    panel.panel.search.setText("اوراش لا-يوجد")
    assert shown_rows(panel) == []
    panel.panel.search.setText("")
    assert len(shown_rows(panel)) == every
