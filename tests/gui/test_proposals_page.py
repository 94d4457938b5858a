"""The proposals section on the Khenifra demo: list, simulator, adding and refusing."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from app.domain.enums import PartnerKind, ProposalStatus
from app.domain.partners import Partner
from app.services import partners, programme, proposals, territory
from app.services.listing import ListQuery
from tests.gui.ops import done, saved
from ui.context import AppContext


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    from ui.pages.proposals_page import ProposalsPage

    widget = ProposalsPage(demo_ctx)
    qtbot.addWidget(widget)
    return done(widget)


def fill(dialog, partner_id, duration=3, people=20):
    dialog.partner.select(partner_id)
    dialog.title.setText("ورش تنظيف ضفاف واد أم الربيع")
    dialog.check_commune(territory.list_communes(
        dialog.ctx.db, dialog.province.value())[0].id)
    dialog.beneficiaries.setValue(people)
    dialog.women.setValue(5)
    dialog.duration.setValue(duration)
    dialog.received_on.setDate(dialog.received_on.date().fromString("2023-04-20", "yyyy-MM-dd"))
    dialog.costs[next(iter(dialog.costs))].setValue(18000)


def new_body(ctx):
    return partners.save_partner(ctx.db, ctx.actor, Partner(
        PartnerKind.ASSOCIATION, "جمعية الواحة للتنمية", legal_representative="سعيد أوحمو"))


def test_the_page_opens_on_the_latest_edition_of_the_office_province(page, qtmodeltester):
    assert page.edition.currentText() == "النسخة الثانية 2023"
    assert page.province.currentText().startswith("خنيفرة")
    assert page.panel.model.rowCount() == 61
    qtmodeltester.check(page.panel.model)
    assert "1.251 مستفيدا لمدة 3 أشهر" not in page.simulator.reach.text()
    page.simulator.duration.setValue(3)
    assert "تكفي الحصة لـ 1.251 مستفيدا لمدة 3 أشهر" in page.simulator.reach.text()
    assert "0 شهر عمل" in page.simulator.left.text()


def test_the_list_sorts_and_filters_in_sql(page):
    page.panel.model.sort(5)  # beneficiaries, ascending
    done()
    sizes = [page.panel.model.record(r).beneficiaries for r in range(61)]
    assert sizes == sorted(sizes)
    page.status.select(ProposalStatus.RECEIVED)
    done()
    assert page.panel.model.rowCount() == 0
    page.status.select(None)
    done()
    page.panel.search.setText("السجل الاجتماعي")
    page.panel.apply_search()
    done()
    assert page.panel.model.rowCount() == 1


def test_a_proposal_added_through_the_form_is_listed(page, demo_ctx):
    body = new_body(demo_ctx)
    dialog = page.proposal_dialog()
    fill(dialog, body.id)
    assert "900,00" in dialog.totals.text()  # 5 % of 18.000,00
    assert saved(dialog) is True
    assert page.panel.model.rowCount() == 62
    assert dialog.saved.reference == "05.301-2023-062"


def test_a_13_month_proposal_is_refused_at_its_field_and_nothing_saved(page, demo_ctx):
    body = new_body(demo_ctx)
    dialog = page.proposal_dialog()
    fill(dialog, body.id, duration=13)
    assert saved(dialog) is False
    assert dialog.form.error_text("duration_months").startswith(
        "مدة الاستفادة: يجب أن تكون بين 3 و12")
    assert proposals.list_proposals(demo_ctx.db, ListQuery(limit=1)).total == 145


def test_a_body_that_benefited_in_2022_is_refused_with_the_rule(page, demo_ctx):
    edition_2022 = programme.find_edition(demo_ctx.db, 2022)
    old = proposals.list_proposals(demo_ctx.db, ListQuery(
        filters={"edition_id": edition_2022.id}, limit=1)).rows[0]
    dialog = page.proposal_dialog()
    fill(dialog, old.partner_id)
    assert dialog.check_rules() is False
    assert "لا يمكن للهيئة أن تستفيد مرة ثانية" in dialog.form.error_text("partner_id")
    assert saved(dialog) is False
    assert proposals.list_proposals(demo_ctx.db, ListQuery(limit=1)).total == 145


def test_selecting_past_the_quota_is_refused_from_the_page(page, demo_ctx, recorded_messages):
    from app.domain.proposals import CHECKLIST

    body = new_body(demo_ctx)
    dialog = page.proposal_dialog()
    fill(dialog, body.id)
    for box in dialog.checks.values():
        box.setChecked(True)
    assert len(dialog.checks) == len(CHECKLIST)
    assert saved(dialog)
    page.panel.model.sort(0, Qt.SortOrder.DescendingOrder)
    done()
    page.panel.table.setCurrentIndex(page.panel.model.index(0, 0))
    assert page.panel.current_record().reference == "05.301-2023-062"
    done(page.change_status(ProposalStatus.COMPLETE))
    assert page.panel.current_record().status is ProposalStatus.COMPLETE
    done(page.change_status(ProposalStatus.ELIGIBLE))
    done(page.change_status(ProposalStatus.SELECTED))
    assert page.panel.current_record().status is ProposalStatus.ELIGIBLE
    [(_title, text)] = recorded_messages.shown
    assert "يتجاوز حصة الإقليم" in text


def test_the_proposals_list_exports_what_it_shows(qtbot, page, tmp_path, recorded_messages):
    from openpyxl import load_workbook

    page.panel.export_to(tmp_path / "khenifra-2023")
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    sheet = load_workbook(tmp_path / "khenifra-2023.xlsx").active
    assert sheet.max_row == 62 and sheet.cell(1, 1).value == "المرجع"
