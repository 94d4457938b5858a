"""The conventions section on the Khenifra demo, as a secretary preparing a signing
ceremony uses it: draw up, check, print one, print the batch, sign, amend, verify."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from app.domain.text import RLM
from app.services import attachments, conventions, printed, programme
from tests.gui.ops import elsewhere, saved
from ui.context import AppContext
from ui.models.record_table import RECORD_ROLE

CEREMONY = date(2023, 6, 20)
NUMBER, STATUS, SIGNED_ON = 0, 6, 7


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    from ui.pages.conventions_page import ConventionsPage

    widget = ConventionsPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1040, 740)
    return widget


def waiting_2023(ctx):
    edition = programme.find_edition(ctx.db, 2023)
    return conventions.proposals_without_convention(ctx.db, edition.id)


def draw(page, count: int) -> list:
    """Conventions for the first `count` approved worksites, through the service."""
    chosen = [pid for pid, _, _ in waiting_2023(page.ctx)[:count]]
    return elsewhere(lambda: conventions.draw_up(page.ctx.db, page.ctx.actor, chosen,
                                                 on=CEREMONY))


def shown(page, column: int) -> list[str]:
    """What a column shows, row by row, as the user reads it."""
    proxy = page.panel.proxy
    return [str(proxy.index(row, column).data()).removeprefix(RLM)
            for row in range(proxy.rowCount())]


def row_of(page, convention_id) -> int:
    proxy = page.panel.proxy
    return next(row for row in range(proxy.rowCount())
                if proxy.index(row, 0).data(RECORD_ROLE).id == convention_id)


def cell(page, convention_id, column: int) -> str:
    index = page.panel.proxy.index(row_of(page, convention_id), column)
    return str(index.data()).removeprefix(RLM)


def record(page, convention_id):
    return page.panel.proxy.index(row_of(page, convention_id), 0).data(RECORD_ROLE)


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def print_and_sign(page, convention_id) -> None:
    ctx = page.ctx
    content = conventions.get_content(ctx.db, convention_id)

    def print_then_sign() -> None:
        conventions.convention_pdf(ctx.db, ctx.actor, convention_id)
        conventions.sign(ctx.db, ctx.actor, convention_id, CEREMONY, "خنيفرة",
                         [s.name for s in content.signatories])

    elsewhere(print_then_sign)


def last_message(recorded_messages) -> str:
    return recorded_messages.shown[-1][1]


# -- drawing up ------------------------------------------------------------------------------


def test_conventions_drawn_up_through_the_page_are_listed_as_numbered_drafts(
        qtbot, page, monkeypatch, qtmodeltester):
    from ui.dialogs.draw_up_dialog import DrawUpDialog

    assert page.edition.currentText() == "النسخة الثانية 2023"
    assert page.panel.proxy.rowCount() == 0
    first_two = [pid for pid, _, _ in waiting_2023(page.ctx)[:2]]

    def secretary_ticks_two(dialog):
        assert dialog.proposals.count() == 61
        dialog.check(first_two)
        dialog.on.setDate(QDate(2023, 6, 20))
        assert dialog.count.text() == "المحددة: 2 من 61"
        return 1 if saved(dialog) else 0

    monkeypatch.setattr(DrawUpDialog, "exec", secretary_ticks_two)
    made = page.draw_up()

    assert len(made) == 2
    assert sorted(shown(page, NUMBER)) == ["05.301/2023/001", "05.301/2023/002"]
    assert shown(page, STATUS) == ["مسودة", "مسودة"]
    assert {r.id for r in page.selected_records()} == set(made), \
        "the new conventions are selected, ready to print"
    assert "الاتفاقيات: 2 من 2" in page.totals.text()
    qtmodeltester.check(page.panel.model)
    assert conventions.get_content(page.ctx.db, made[0]).date == CEREMONY


def test_drawing_up_needs_a_ticked_worksite_and_select_all_ticks_the_shown_ones(page):
    dialog = page.draw_up_dialog()
    assert saved(dialog) is False
    assert dialog.form.error_text("proposals") == "اختر ورشا واحدا على الأقل من اللائحة."
    assert conventions.list_conventions(page.ctx.db) == []

    dialog.filter.setText("05.301-2023-00")  # the nine first references
    dialog.select_all.click()
    assert len(dialog.checked_ids()) == 9
    assert dialog.select_all.isChecked()
    dialog.filter.clear()
    assert not dialog.select_all.isChecked(), "not every worksite shown is ticked"
    dialog.select_all.click()
    assert len(dialog.checked_ids()) == 61


def test_the_filters_and_search_narrow_the_list(page):
    ids = draw(page, 3)
    print_and_sign(page, ids[0])
    from app.domain.enums import ConventionStatus

    page.status.select(ConventionStatus.SIGNED)
    assert shown(page, NUMBER) == ["05.301/2023/001"]
    page.status.select(None)
    assert page.panel.proxy.rowCount() == 3
    # The demo's other 2023 meeting is the regional committee's (the employment grant).
    [(meeting_id, meeting_label)] = [(page.meeting._values[i], page.meeting.itemText(i))
                                     for i in range(1, page.meeting.count())
                                     if "ماي" in page.meeting.itemText(i)]
    assert meeting_label.endswith("26 ماي 2023")
    page.meeting.select(meeting_id)
    assert page.panel.proxy.rowCount() == 3  # all three were approved at that meeting
    partner = cell(page, ids[1], 1)
    page.panel.search.setText(partner)
    assert partner in shown(page, 1) and page.panel.proxy.rowCount() < 3
    page.edition.select(programme.find_edition(page.ctx.db, 2022).id)
    assert page.panel.proxy.rowCount() == 0


# -- editing and printing one ------------------------------------------------------------------


def test_a_draft_is_edited_in_its_window_and_rules_show_at_their_field(page, recorded_messages):
    [first] = draw(page, 1)
    dialog = page.convention_dialog(record(page, first))
    assert dialog.number.value() == "05.301/2023/001"
    assert dialog.status.value() == "مسودة"
    assert "درهم (فقط" in dialog.total.value() and dialog.total.value().endswith("لا غير)")
    assert dialog.short_code.value() == conventions.convention_short_code(page.ctx.db, first)

    dialog.place.clear()
    assert saved(dialog) is False
    assert dialog.form.error_text("place") == "مكان التحرير: هذا الحقل إلزامي."
    assert conventions.get_content(page.ctx.db, first).place == "خنيفرة"

    dialog.place.setText("مريرت")
    dialog.date.setDate(QDate(2023, 6, 22))
    assert dialog.hijri.text() == "4 ذي الحجة 1444", "the Hijri date follows the date"
    dialog.hijri.setText("3 ذو الحجة 1444")  # corrected by hand after the local sighting
    dialog.signatories.add_row("عامل إقليم خنيفرة", "")
    assert saved(dialog) is True
    content = conventions.get_content(page.ctx.db, first)
    assert (content.place, content.date, content.hijri_date_text) == (
        "مريرت", date(2023, 6, 22), "3 ذي الحجة 1444"), "after لـ: the genitive"
    assert content.signatories[-1].capacity == "عامل إقليم خنيفرة"
    assert [s.sex for s in content.signatories] == ["m", content.partner.representative_sex,
                                                    ""], "السيد/السيدة kept through an edit"
    assert recorded_messages.shown == []


def test_one_convention_printed_from_the_page_is_a_verifiable_pdf(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    first, _second = draw(page, 2)
    page.select_ids([first])
    target = tmp_path / "out" / "convention"
    save_to(monkeypatch, target)  # typed without ".pdf"

    page.print_current()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))

    written = tmp_path / "out" / "convention.pdf"
    assert written.exists()
    assert "حفظ الملف في" in last_message(recorded_messages)
    result = printed.verify_pdf(page.ctx.db, written)
    assert result.matches and result.reference == "05.301/2023/001"
    assert cell(page, first, STATUS) == "مطبوعة"


# -- the ceremony's batch ---------------------------------------------------------------------


def choose_batch(monkeypatch, one_file: bool, destination: Path,
                 every_shown_row: bool | None = None) -> None:
    from ui.dialogs.batch_print_dialog import BatchPrintDialog

    def secretary_chooses(dialog):
        (dialog.one_file if one_file else dialog.per_file).setChecked(True)
        if every_shown_row is not None:
            (dialog.all_shown if every_shown_row else dialog.only_selected).setChecked(True)
        dialog.destination.setText(str(destination))
        return 1 if saved(dialog) else 0

    monkeypatch.setattr(BatchPrintDialog, "exec", secretary_chooses)


def test_a_batch_prints_the_shown_conventions_into_one_file(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    ids = draw(page, 2)
    page.panel.table.clearSelection()  # nothing selected: every row shown is printed
    choose_batch(monkeypatch, True, tmp_path / "ceremony")

    page.batch_print()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=30_000)

    assert (tmp_path / "ceremony.pdf").exists()
    text = last_message(recorded_messages)
    assert "عدد الاتفاقيات المطبوعة: 2" in text and "ceremony.pdf" in text
    assert printed.verify_pdf(page.ctx.db, tmp_path / "ceremony.pdf").matches
    assert [cell(page, i, STATUS) for i in ids] == ["مطبوعة", "مطبوعة"]
    assert page.batch_action.isEnabled()


def test_a_batch_prints_the_selected_conventions_one_file_each(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    ids = draw(page, 3)
    page.select_ids(ids[:2])
    folder = tmp_path / "by-convention"
    choose_batch(monkeypatch, False, folder)

    page.batch_print()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=30_000)

    files = sorted(p.name for p in folder.glob("*.pdf"))
    assert files == ["05.301-2023-001.pdf", "05.301-2023-002.pdf"]
    assert "عدد الاتفاقيات المطبوعة: 2" in last_message(recorded_messages)
    for name in files:
        assert printed.verify_pdf(page.ctx.db, folder / name).matches
    assert cell(page, ids[2], STATUS) == "مسودة", "not selected, not printed"


def test_a_row_looked_at_does_not_shrink_the_batch_when_all_rows_are_asked_for(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    ids = draw(page, 3)
    page.select_ids(ids[:1])  # the secretary opened one convention to check it
    dialog = page.batch_dialog(1, 3)
    assert dialog.only_selected.isChecked() and "(1)" in dialog.only_selected.text()
    assert "(3)" in dialog.all_shown.text()
    choose_batch(monkeypatch, False, tmp_path / "all", every_shown_row=True)

    page.batch_print()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=30_000)
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 3


def test_a_batch_cancelled_from_its_progress_dialog_keeps_what_was_printed(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    ids = draw(page, 40)
    page.panel.table.clearSelection()
    folder = tmp_path / "many"
    choose_batch(monkeypatch, False, folder)

    page.batch_print()
    [progress] = page.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=60_000)
    assert not page.batch_action.isEnabled(), "one batch at a time"
    [cancel] = progress.findChildren(QPushButton)
    assert cancel.text() == "إلغاء"
    cancel.click()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=60_000)

    text = last_message(recorded_messages)
    assert text.startswith("ألغيت الطباعة بعد")
    files = list(folder.glob("*.pdf"))
    assert 1 <= len(files) < len(ids)
    assert f"ألغيت الطباعة بعد {len(files)} اتفاقية" in text
    assert all(printed.verify_pdf(page.ctx.db, path).matches for path in files)
    assert shown(page, STATUS).count("مطبوعة") == len(files)
    assert page.batch_action.isEnabled()


# -- signing ------------------------------------------------------------------------------------


def test_signing_needs_a_print_of_the_convention_as_it_stands(page):
    [first] = draw(page, 1)
    dialog = page.sign_dialog(record(page, first))
    assert saved(dialog) is False
    assert "اطبع الاتفاقية في صيغتها الحالية" in dialog.form.general_error.text()
    assert cell(page, first, STATUS) == "مسودة"


def test_a_convention_signed_through_its_dialog_is_locked_and_keeps_its_scan(
        qtbot, page, tmp_path, recorded_messages):
    first, _ = draw(page, 2)
    elsewhere(lambda: conventions.convention_pdf(page.ctx.db, page.ctx.actor, first))
    scan = tmp_path / "signed-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned signed paper")

    dialog = page.sign_dialog(record(page, first))
    assert [box.isChecked() for box, _ in dialog.present] == [True, True]
    dialog.present[0][0].setChecked(False)  # the council's president sent no one
    dialog.signed_on.setDate(QDate(2023, 6, 21))
    dialog.scan.setText(str(scan))
    assert saved(dialog) is True
    qtbot.waitUntil(lambda: bool(attachments.list_attachments(
        page.ctx.db, "conventions", first)))

    assert cell(page, first, STATUS) == "موقعة"
    assert cell(page, first, SIGNED_ON) == "21/06/2023"
    [stored] = attachments.list_attachments(page.ctx.db, "conventions", first)
    assert (stored.kind, stored.original_name) == ("signed_copy", "signed-scan.pdf")

    window = page.convention_dialog(record(page, first))
    assert window.status.value() == "موقعة"
    assert not any(editor.isEnabled() for editor in (
        window.place, window.date, window.hijri, window.suggest_button,
        window.signatories.add_button))
    assert window.save_button.isHidden()
    assert "عبر ملحق" in window.locked_note.text()
    assert [a.original_name for a in window.attachments.listed()] == ["signed-scan.pdf"]
    assert recorded_messages.shown == []


def test_editing_a_convention_signed_meanwhile_shows_the_locked_message(
        page, recorded_messages):
    first, _ = draw(page, 2)
    window = page.convention_dialog(record(page, first))  # opened while still a draft
    print_and_sign(page, first)  # signed at the ceremony, on another laptop

    window.place.setText("مريرت")
    window.place.textEdited.emit("مريرت")
    assert saved(window) is False

    [(_title, text)] = recorded_messages.shown
    assert text == "الاتفاقية موقعة ومقفلة: كل تغيير بعد التوقيع يتم عبر ملحق. لم يحفظ أي تغيير."
    assert conventions.get_content(page.ctx.db, first).place == "خنيفرة"
    assert not window.place.isEnabled(), "the window turns read-only"


# -- amendments ---------------------------------------------------------------------------------


def test_an_amendment_is_written_printed_and_signed(
        qtbot, page, tmp_path, recorded_messages):
    first, second = draw(page, 2)
    unsigned = page.amendments_dialog(record(page, second)).new_amendment_dialog()
    unsigned.reason.setPlainText("تمديد المدة")
    unsigned.articles[0].article_title.setText("المادة الرابعة: المدة")
    unsigned.articles[0].new_text.setPlainText("تمدد مدة الورش إلى أربعة أشهر.")
    assert saved(unsigned) is False
    assert "الاتفاقية غير موقعة بعد" in unsigned.form.general_error.text()

    print_and_sign(page, first)
    amendments = page.amendments_dialog(record(page, first))
    assert amendments.model.rowCount() == 0 and not amendments.print_button.isEnabled()
    new = amendments.new_amendment_dialog()
    assert saved(new) is False
    assert new.form.error_text("reason") == "سبب الملحق: هذا الحقل إلزامي."
    new.reason.setPlainText("تأخر تحويل الشطر الأول")
    new.articles[0].article_title.setText("المادة السابعة: كيفية الأداء")
    new.articles[0].new_text.setPlainText("يحول المبلغ على ثلاثة أشطر.")
    new.add_article()  # left empty: dropped
    assert saved(new) is True
    amendments.amendment_saved(new.saved)
    assert amendments.model.rowCount() == 1
    assert amendments.table.currentIndex().data() == "1"

    target = tmp_path / "amendment.pdf"
    amendments.print_to(amendments.current(), target)
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    found = printed.verify_pdf(page.ctx.db, target)
    assert found.matches and found.kind == "amendment"

    signing = amendments.sign_dialog(amendments.current())
    assert signing.place.text() == "خنيفرة"
    assert saved(signing) is True
    amendments.refresh()
    assert amendments.model.index(0, 3).data().removeprefix(RLM) == "موقع"


# -- verifying ----------------------------------------------------------------------------------


def test_the_verify_dialog_says_matching_for_the_printed_file_and_not_for_a_modified_copy(
        qtbot, page, tmp_path, monkeypatch, recorded_messages):
    [first] = draw(page, 1)
    page.select_ids([first])
    original = tmp_path / "printed.pdf"
    save_to(monkeypatch, original)
    page.print_current()
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    modified = tmp_path / "modified.pdf"
    modified.write_bytes(original.read_bytes().replace(b"/Producer", b"/Producex", 1))

    dialog = page.verify_dialog()
    qtbot.addWidget(dialog)
    dialog.verify_file(original)
    assert dialog.message.text().removeprefix(RLM).startswith("مطابق:")
    assert "05.301/2023/001" in dialog.message.text()
    assert dialog.outcome == "match" and "#e8f5e9" in dialog.result.styleSheet()

    dialog.verify_file(modified)
    assert dialog.message.text().removeprefix(RLM).startswith("غير مطابق")
    assert dialog.outcome == "mismatch" and "#fdecea" in dialog.result.styleSheet()


def test_a_short_code_typed_then_enter_is_checked(qtbot, page):
    [first] = draw(page, 1)
    conventions.convention_pdf(page.ctx.db, page.ctx.actor, first)
    code = conventions.convention_short_code(page.ctx.db, first)
    dialog = page.verify_dialog()
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.code.setText(code.lower().replace("-", " "))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.outcome == "match"
    assert dialog.message.text().removeprefix(RLM).startswith("الرمز مسجل:")

    dialog.code.setText("12")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.outcome == "mismatch"
    assert "رمز التحقق يتكون من 12 حرفا" in dialog.message.text()


# -- settings -----------------------------------------------------------------------------------


def test_the_province_settings_are_checked_and_used_for_the_next_conventions(page):
    dialog = page.settings_dialog()
    assert dialog.province.currentText() == "خنيفرة (05.301)"
    assert dialog.number_example.text().removeprefix(RLM) == "05.301/2023/001"
    dialog.number_pattern.setText("{province_code}/{year}")
    dialog.signing_place.clear()
    assert saved(dialog) is False
    assert "{seq}" in dialog.form.error_text("number_pattern")
    assert dialog.form.error_text("signing_place") == "مكان التوقيع: هذا الحقل إلزامي."

    dialog.number_pattern.setText("{province_code}-{year}-{seq:04d}")
    dialog.signing_place.setText("مقر عمالة خنيفرة")
    dialog.council_president.setText("سعاد الأمين")
    dialog.council_president_sex.select("f")
    assert dialog.number_example.text().removeprefix(RLM) == "05.301-2023-0001"
    assert [d.year for d in dialog.deliberations.deliberations()] == [2022, 2023]
    dialog.deliberations.remove_current()  # the demo's 2023 row
    dialog.deliberations.add_row(None)
    dialog.deliberations.table.cellWidget(2 - 1, 0).select(2023)
    dialog.deliberations.table.cellWidget(1, 1).setDate(QDate(2023, 4, 6))
    dialog.deliberations.table.item(1, 2).setText("21/2023")
    assert saved(dialog) is True

    [first] = draw(page, 1)
    content = conventions.get_content(page.ctx.db, first)
    assert content.number == "05.301-2023-0001"
    assert content.place == "مقر عمالة خنيفرة"
    assert content.signatories[0].name == "سعاد الأمين"
    assert content.signatories[0].capacity.startswith("رئيسة ")
    assert content.council_president_sex == "f"
    assert content.deliberation is not None
    assert (content.deliberation.session_date, content.deliberation.decision_number) == (
        date(2023, 4, 6), "21/2023")


def test_every_action_says_its_shortcut(page):
    tips = {action.text(): action.toolTip() for action in page.actions()}
    assert "(Ctrl+P)" in tips["طباعة..."]
    assert "(Ctrl+Shift+P)" in tips["طباعة دفعة للحفل..."]
    assert "(Ctrl+G)" in tips["تسجيل التوقيع..."]
    assert "(Ctrl+M)" in tips["الملاحق..."]
    assert "(Ctrl+Shift+V)" in tips["تحقق من وثيقة..."]
    assert "(Ctrl+Shift+E)" in tips["إعدادات الاتفاقيات..."]
    assert "Ctrl+N" in page.panel.add_button.toolTip()
    assert "Enter" in page.panel.edit_button.toolTip()


def test_the_keyboard_reaches_the_actions(qtbot, page, monkeypatch):
    from ui.dialogs.amendment_dialog import AmendmentsDialog
    from ui.dialogs.sign_dialog import SignDialog

    [first] = draw(page, 1)
    opened = []
    monkeypatch.setattr(SignDialog, "exec", lambda dialog: opened.append("sign") or 0)
    monkeypatch.setattr(AmendmentsDialog, "exec", lambda dialog: opened.append("amend") or 0)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.select_ids([first])
    page.panel.table.setFocus()
    qtbot.keyClick(page.panel.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.panel.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["sign", "amend"]


def test_the_main_window_shows_the_conventions_at_ctrl_5_and_verifies_from_its_menu(
        qtbot, demo_ctx, monkeypatch):
    from ui.dialogs.verify_dialog import VerifyDialog
    from ui.main_window import MainWindow, navigation_titles
    from ui.pages.conventions_page import ConventionsPage

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert navigation_titles(window)[4] == "الاتفاقيات"
    assert isinstance(window.page(4), ConventionsPage)
    opened = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.conventions_page
    [verify] = [a for menu in window.menuBar().actions() for a in menu.menu().actions()
                if a.text() == "التحقق من وثيقة..."]
    assert verify.shortcut().toString() == "Ctrl+Shift+V"
    verify.trigger()
    assert len(opened) == 1


def test_the_batch_message_names_each_convention_left_out_and_why(
        page, tmp_path, recorded_messages):
    from app.services.conventions import BatchResult

    page._batch_done(BatchResult([tmp_path / "ceremony.pdf"], 2, False,
                                 [("05.301/AWR/2023/002", "لم يحدد أي موقع على الاتفاقية.")]),
                     tmp_path / "ceremony.pdf")
    text = last_message(recorded_messages)
    assert "عدد الاتفاقيات المطبوعة: 2" in text and "لم تطبع 1 اتفاقية:" in text
    assert "05.301/AWR/2023/002" in text and "لم يحدد أي موقع على الاتفاقية." in text


def test_the_batch_workers_get_ready_off_the_gui_thread_when_printing_is_near(
        qtbot, page, monkeypatch):
    import threading

    from ui.dialogs.batch_print_dialog import BatchPrintDialog
    from ui.tasks import settle

    asked: list[tuple[int, bool]] = []

    def prepare(count: int) -> bool:
        asked.append((count, threading.current_thread() is threading.main_thread()))
        return True

    monkeypatch.setattr(conventions, "prepare_batch", prepare)
    page.show()
    settle()
    assert asked == [], "nothing to print yet"
    ids = draw(page, 3)
    page.hide()
    page.show()  # the secretary comes back to the conventions
    settle()
    assert asked == [(3, False)]
    page.select_ids(ids[:2])
    monkeypatch.setattr(BatchPrintDialog, "exec", lambda dialog: 0)  # then changes her mind
    page.batch_print()
    settle()
    assert asked == [(3, False), (2, False)]
