"""The employment-grant section: shown only with a regional committee, the paged lists, an
application refused at its fields, the committee's decisions, signing, hires, totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.beneficiaries import EligibilityCategory
from app.domain.grants import ContractType, GrantPost
from app.services import grant_agreements, grants
from tests.gui.ops import done, saved
from ui.main_window import MainWindow, navigation_titles
from ui.pages.grants_page import GrantsPage

SHOTS = Path("/tmp/grants-shots")


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    from ui.context import AppContext

    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    widget = GrantsPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 700)
    widget.show()
    return done(widget)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_province_only_installation_does_not_see_the_section(qtbot, ui_app, opened):
    from ui.context import AppContext

    plain = MainWindow(AppContext(opened.db, opened.actor))
    qtbot.addWidget(plain)
    assert "منحة دعم التشغيل" not in navigation_titles(plain)
    done()


def test_the_section_shows_with_a_regional_committee(qtbot, demo_ctx):
    regional = MainWindow(demo_ctx)
    qtbot.addWidget(regional)
    titles = navigation_titles(regional)
    assert "منحة دعم التشغيل" in titles
    regional.resize(1366, 728)
    regional.show()
    regional.nav.setCurrentRow(titles.index("منحة دعم التشغيل"))
    done()
    shot(regional, "main-window")


def test_the_lists_and_totals_of_the_demo(page, qtmodeltester):
    assert page.applications.model.rowCount() == 12
    assert page.employers.model.rowCount() == 12
    assert page.agreements.model.rowCount() == 9
    assert page.totals["province"].model.rowCount() == 5
    assert "600" in page.allocation.text()
    qtmodeltester.check(page.applications.model)
    page.applications.search.setText("الاطلس")
    page.applications.apply_search()
    done()
    assert page.applications.model.rowCount() == 1
    shot(page, "applications")
    page.tabs.setCurrentIndex(2)
    page.agreements.table.setCurrentIndex(page.agreements.proxy.index(0, 0))
    done()
    assert page.hires.model.rowCount() == 23  # 22 hired (two late) and one replacement
    shot(page, "agreements")
    page.tabs.setCurrentIndex(3)
    shot(page, "totals")


def test_an_application_is_refused_at_its_fields_then_saved(page, demo_ctx, qtbot):
    dialog = page.application_dialog()
    qtbot.addWidget(dialog)
    dialog.employer.setCurrentIndex(0)
    dialog.posts.item(0, 0).setText("سائق")
    dialog.posts.item(0, 1).setText("500")
    dialog.posts.item(0, 2).setText("2000")
    dialog.posts.item(0, 3).setText("6")
    assert saved(dialog) is False
    for field in ("contract_months", "monthly_wage", "hires", "target_groups"):
        assert dialog.form.error_text(field), field
    assert "12 شهرا" in dialog.form.error_text("contract_months")
    dialog.resize(1000, 700)
    shot(dialog, "application-refused")
    dialog.posts.item(0, 0).setText("سائق حافلة")
    dialog.posts.item(0, 1).setText("3")
    dialog.posts.item(0, 2).setText("3400")
    dialog.posts.item(0, 3).setText("12")
    dialog.groups.item(0).setCheckState(dialog.groups.item(0).checkState().__class__.Checked)
    assert saved(dialog) is True
    assert dialog.saved.hires == 3 and dialog.saved.posts == [
        GrantPost("سائق حافلة", 3, dialog.saved.posts[0].monthly_wage, 12,
                  ContractType.FIXED_TERM)]
    assert dialog.saved.target_groups == [EligibilityCategory.ANAPEC]


def test_decisions_signing_and_a_hire(page, demo_ctx, qtbot, tmp_path):
    dialog = page.decisions_dialog()
    qtbot.addWidget(dialog)
    assert len(dialog.pending) == 2
    dialog.place.setText("مقر الولاية")
    dialog.decide(0, False, "الأجر أقل من الحد الأدنى")
    dialog.resize(1000, 600)
    shot(dialog, "decisions")
    assert saved(dialog) is True
    done()
    rejected = grants.get_application(demo_ctx.db, dialog.pending[0].id)
    assert rejected.status.value == "rejected"
    [latest, _demo] = grants.grant_meetings(demo_ctx.db)
    minutes = tmp_path / "minutes.pdf"
    page.minutes_to(latest[0], minutes)
    done()
    assert minutes.read_bytes().startswith(b"%PDF")

    page.tabs.setCurrentIndex(2)
    done()
    unsigned = [row for row in range(page.agreements.model.rowCount())
                if not page.agreements.model.record(row).locked]
    assert len(unsigned) == 1
    page.agreements.table.setCurrentIndex(page.agreements.proxy.mapFromSource(
        page.agreements.model.index(unsigned[0], 0)))
    agreement = page.agreements.current_record()
    sign = grant_dialogs().SignAgreementDialog(demo_ctx, agreement, page)
    qtbot.addWidget(sign)
    sign.place.setText("بني ملال")
    assert saved(sign) is True
    assert grant_agreements.get_agreement(demo_ctx.db, agreement.id).locked
    done()
    hire = grant_dialogs().HireDialog(demo_ctx, agreement.id, parent=page)
    qtbot.addWidget(hire)
    hire.cin.setText("X1")
    assert saved(hire) is False and hire.form.error_text("cin")
    hire.cin.setText("BK123456")
    hire.full_name.setText("يوسف أوحمو")
    assert saved(hire) is True
    shot(hire, "hire")
    out = tmp_path / "agreement.pdf"
    page.print_to(out)
    done()
    assert out.read_bytes().startswith(b"%PDF")


def grant_dialogs():
    from ui.dialogs import grant_dialogs as module

    return module


def test_the_allocation_and_a_call_are_set_from_the_page(page, demo_ctx, qtbot):
    dialog = page.allocation_dialog()
    qtbot.addWidget(dialog)
    dialog.edition.setCurrentIndex(dialog.edition.findText("النسخة الثانية 2023"))
    dialog.hires.setValue(50)  # below the 101 hires already approved
    assert saved(dialog) is False and "101" in dialog.form.error_text("hires")
    dialog.hires.setValue(700)
    assert saved(dialog) is True
    done()
    assert "700" in page.allocation.text()
    call = page.call_dialog()
    qtbot.addWidget(call)
    call.reference.setText("BMK-MST-2023-B")
    call.title.setText("طلب عروض ثان")
    assert saved(call) is True
    assert len(grants.list_calls(demo_ctx.db)) == 2
