"""The follow-up section on the Khenifra demo: the dashboard's figures, a figure's records,
a chart's table, a worksite started, a payment recorded, denominators, the reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from python_calamine import CalamineWorkbook

from PySide6.QtCore import QDate

from app.domain.followup import WorksiteStatus
from app.domain.text import strip_marks
from app.services import conventions, followup, programme
from tests.gui.ops import done, elsewhere, saved
from tests.test_conventions import CEREMONY
from ui.context import AppContext
from ui.dialogs.followup_dialogs import PaymentDialog


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    from ui.pages.followup_page import FollowUpPage

    widget = FollowUpPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    done()
    return widget


def test_the_dashboard_shows_the_demo_figures_and_opens_their_records(page):
    assert page.place.currentText() == "إقليم خنيفرة"
    assert page.board is not None and page.board.scope.edition_year == 2023
    assert strip_marks(page.figure_buttons["worksites"].text()).startswith("61\n")
    assert strip_marks(page.figure_buttons["posts"].text()).startswith("953\n")
    assert strip_marks(page.figure_buttons["people_at_duration"].text()).startswith("1.251\n")
    page.figure_buttons["cooperatives"].click()
    done()
    dialog = page.records_dialog
    partners = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert len(partners) == 5 and all(p.startswith("تعاونية") for p in partners)
    card = page.cards["commune"]
    assert card.stack.currentIndex() == 0
    card.toggle.click()  # the chart's table, one click away
    assert card.stack.currentIndex() == 1
    name, count, _ = card.breakdown.rows[0]
    assert card.table.item(0, 0).text() == name
    card.open_row(0)
    done()
    assert page.records_dialog.table.rowCount() == count
    # The demo's 2023 worksites have their people: the card draws them, no "not yet" note.
    assert page.cards["sex"].breakdown.available
    assert page.cards["sex"].findChild(type(page.dashboard_note), "not_yet") is None


def test_a_worksite_is_started_and_a_payment_recorded(page, demo_ctx):
    page.tabs.setCurrentIndex(1)
    panel = page.worksites
    assert panel.model.rowCount() == 61
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    first = panel.current_record()
    page.change_status()
    dialog = page.status_dialog
    dialog.target.select(WorksiteStatus.STARTED)
    dialog.on.setDate(QDate(2023, 6, 15))
    assert saved(dialog) is True
    done()
    assert followup.worksite_file(demo_ctx.db, first.proposal_id).line.status \
        is WorksiteStatus.STARTED
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.record(r).proposal_id == first.proposal_id)
    assert panel.model.record(row).status is WorksiteStatus.STARTED

    db, actor = demo_ctx.db, demo_ctx.actor
    edition = programme.find_edition(db, 2023)
    waiting = conventions.proposals_without_convention(db, edition.id)
    [cid] = elsewhere(lambda: conventions.draw_up(db, actor, [waiting[0][0]], on=CEREMONY))
    elsewhere(lambda: conventions.convention_pdf(db, actor, cid))
    names = [s.name for s in conventions.get_content(db, cid).signatories]
    elsewhere(lambda: conventions.sign(db, actor, cid, CEREMONY, "خنيفرة", names))
    done()
    page.tabs.setCurrentIndex(2)
    tranches = page.tranches
    assert tranches.model.rowCount() == 2
    tranches.table.setCurrentIndex(tranches.proxy.index(0, 0))
    page.record_payment()
    pay = page.payment_dialog
    pay.paid_on.setDate(QDate(2023, 7, 10))
    assert saved(pay) is True
    done()
    line = followup.list_tranches(db, None, convention_id=cid)
    assert sum(t.paid for t in line) == pay.line.amount
    assert "المؤدى" in page.money.text()


def test_denominators_and_reports_from_the_page(page, demo_ctx, tmp_path):
    page.tabs.setCurrentIndex(3)
    assert page.equity_table.rowCount() == 5
    page.equity_table.setCurrentCell(0, 0)
    page.edit_denominators()
    dialog = page.denominators_dialog
    dialog.population.setValue(370240)
    dialog.source.setText("")
    assert saved(dialog) is False
    dialog.source.setText("RGPH 2024")
    assert saved(dialog) is True
    done()
    assert any(page.equity_table.item(r, 2).text() == "370.240"
               for r in range(page.equity_table.rowCount()))
    scope = page.scope()
    out = tmp_path / "report.xlsx"
    page.write_workbook(scope, out, then=lambda _p: None)
    done()
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("المؤشرات").to_python()
    assert {r[0]: r[1] for r in rows[1:]}["عدد الأوراش"] == 61
    pdf = tmp_path / "report.pdf"
    page.write_report(scope, pdf)
    done()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert date.today()  # the report is dated today


def test_the_first_figure_starts_the_rows_in_reading_order(page, qtbot):
    from app.domain.text import RLM

    qtbot.waitUntil(lambda: "worksites" in page.figure_buttons)
    first = page.figure_buttons["worksites"]
    row, column, _rows, _columns = page.figures_grid.getItemPosition(
        page.figures_grid.indexOf(first))
    assert (row, column) == (0, 0)  # column 0 is the right-hand one in a right-to-left page
    assert page.figure_buttons["people_at_duration"].text().startswith(RLM)


def test_equity_ratios_have_a_decimal_comma(page, qtbot):
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.equity_table.rowCount() == 5)
    women = [page.equity_table.item(r, 7).text() for r in range(5)]
    # 478 women of 1,233 reached: the register's people on 12 worksites, the plans on 49
    assert "38,77" in women and not any("." in text for text in women)
    reached = page.equity_table.item(0, 6)
    assert reached.text() == "1.233 *" and "49" in reached.toolTip()
    assert "* " in page.equity_note.text() and "خنيفرة" in page.equity_note.text()


def _signed_with_payment(demo_ctx):
    db, actor = demo_ctx.db, demo_ctx.actor
    edition = programme.find_edition(db, 2023)
    waiting = conventions.proposals_without_convention(db, edition.id)
    [cid] = elsewhere(lambda: conventions.draw_up(db, actor, [waiting[0][0]], on=CEREMONY))
    elsewhere(lambda: conventions.convention_pdf(db, actor, cid))
    names = [s.name for s in conventions.get_content(db, cid).signatories]
    elsewhere(lambda: conventions.sign(db, actor, cid, CEREMONY, "خنيفرة", names))
    tranche = followup.list_tranches(db, None, convention_id=cid)[0]
    elsewhere(lambda: followup.record_payment(db, actor, tranche.tranche_id,
                                              date(2023, 7, 10), Decimal("1000.00"), "OP-1"))
    done()
    return cid, tranche


def test_a_payment_is_corrected_then_removed_from_the_tranches_tab(page, demo_ctx,
                                                                    recorded_messages):
    cid, tranche = _signed_with_payment(demo_ctx)
    page.tabs.setCurrentIndex(2)
    tranches = page.tranches
    row = next(r for r in range(tranches.proxy.rowCount())
               if tranches.proxy.index(r, 0).data() == tranche.convention_number)
    tranches.table.setCurrentIndex(tranches.proxy.index(row, 0))
    page.payments_button.click()
    done()
    listing = page.payments_dialog
    assert listing.table.rowCount() == 1
    assert listing.table.item(0, 2).text() == "OP-1"
    listing.edit_button.click()
    edit = listing.payment_dialog
    assert edit.amount.value() == 1000.0 and edit.reference.text() == "OP-1"
    edit.amount.setValue(1500.0)
    edit.reference.setText("OP-2")
    assert saved(edit) is True
    done()
    [payment] = followup.list_payments(demo_ctx.db, tranche.tranche_id)
    assert (payment.amount, payment.reference) == (Decimal("1500.00"), "OP-2")
    assert listing.table.item(0, 2).text() == "OP-2"  # the list follows the change
    # A correction over a stale read (the form opened before someone else's save) is refused.
    stale = PaymentDialog(demo_ctx, tranche, listing, replace(payment, row_version=1))
    stale.amount.setValue(10.0)
    assert saved(stale) is False
    assert "مستخدم آخر" in stale.form.general_error.text()
    listing.remove_button.click()
    done()
    assert recorded_messages.shown[-1][0] == "حذف الأداء"
    assert followup.list_payments(demo_ctx.db, tranche.tranche_id) == []
    assert listing.table.rowCount() == 0 and not listing.remove_button.isEnabled()
    assert conventions.get_content(demo_ctx.db, cid).worksite.total_amount == \
        sum(t.amount for t in followup.list_tranches(demo_ctx.db, None, convention_id=cid))


def test_a_field_visit_is_corrected_then_removed_from_the_worksite_file(page, demo_ctx,
                                                                      tmp_path,
                                                                      recorded_messages):
    db, actor = demo_ctx.db, demo_ctx.actor
    photo = tmp_path / "site.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    page.tabs.setCurrentIndex(1)
    panel = page.worksites
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    first = panel.current_record()
    elsewhere(lambda: followup.add_visit(db, actor, first.proposal_id, date(2023, 7, 5),
                                         "قائد", "ملاحظة", [photo]))
    page.open_file(first)
    done()
    file = page.file_dialog
    assert file.visits.rowCount() == 1 and file.edit_visit_button.isEnabled()
    file.edit_visit_button.click()
    edit = file.visit_dialog
    assert edit.visitor.text() == "قائد" and edit.photos.count() == 1
    edit.visitor.setText("قائد قيادة أكلموس")
    edit.photos.setCurrentRow(0)
    edit.remove_photo.click()
    assert edit.photos.count() == 0
    assert saved(edit) is True
    done()
    [visit] = followup.worksite_file(db, first.proposal_id).visits
    assert visit.visitor == "قائد قيادة أكلموس" and visit.photos == ()
    assert file.visits.item(0, 1).text() == "قائد قيادة أكلموس"
    file.remove_visit_button.click()
    done()
    assert followup.worksite_file(db, first.proposal_id).visits == []
    assert file.visits.rowCount() == 0


def test_the_seeds_figures_of_both_editions_and_a_click_lists_their_worksites(page, qtbot):
    """How issue 14 is checked: Khenifra 2022 and 2023 as the seeds give them."""
    def shown(key):
        return strip_marks(page.figure_buttons[key].text()).split("\n")[0].split(" ")[0]

    edition_2022 = programme.find_edition(page.ctx.db, 2022)
    page.edition.select(edition_2022.id)
    done()
    qtbot.waitUntil(lambda: page.board is not None and page.board.scope.edition_year == 2022)
    assert page.place.currentText() == "إقليم خنيفرة"
    assert [shown(k) for k in ("worksites", "communes", "associations", "cooperatives",
                               "posts")] == ["84", "22", "42", "4", "1.100"]
    page.figure_buttons["worksites"].click()
    done()
    assert page.records_dialog.table.rowCount() == 84
    assert page.records_dialog.windowTitle() == "عدد الأوراش"
    # nobody in the register for 2022: the figure says so instead of a zero
    assert shown("people_assigned") == "غير"
    page.edition.select(programme.find_edition(page.ctx.db, 2023).id)
    done()
    qtbot.waitUntil(lambda: page.board.scope.edition_year == 2023)
    assert [shown(k) for k in ("worksites", "posts", "people_at_duration")] == \
        ["61", "953", "1.251"]
    page.figure_buttons["communes"].click()
    done()
    assert page.records_dialog.table.rowCount() == 61
