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
    assert hire.form.error_text("last_name_ar")  # a new person, under the register's rules
    hire.cin.setText("BK123456")
    hire.first_name.setText("يوسف")
    hire.last_name.setText("أوحمو")
    assert saved(hire) is True
    assert hire.saved.beneficiary_id is not None and hire.saved.full_name == "يوسف أوحمو"
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


def _select_agreement(page, number: str):
    page.tabs.setCurrentIndex(2)
    done()
    [row] = [r for r in range(page.agreements.model.rowCount())
             if page.agreements.model.record(r).number == number]
    page.agreements.table.setCurrentIndex(page.agreements.proxy.mapFromSource(
        page.agreements.model.index(row, 0)))
    return page.agreements.current_record()


def test_an_amendment_is_drawn_up_printed_and_signed_from_the_page(page, demo_ctx, qtbot,
                                                                    tmp_path):
    from app.services import grant_amendments

    agreement = _select_agreement(page, "BMK-MST-2023/AG005")
    dialog = page.amendments_dialog(agreement)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.sign_button.isEnabled()
    new = dialog.new_amendment_dialog()
    qtbot.addWidget(new)
    assert new.hires.value() == agreement.hires and new.monthly.text() == "1500.00"
    new.monthly.setText("2000")
    new.months.setValue(10)
    assert saved(new) is False
    for field in ("reason", "monthly_amount", "grant_months"):
        assert new.form.error_text(field), field
    assert "1.500,00" in new.form.error_text("monthly_amount")
    new.show()
    qtbot.wait(100)
    shot(new, "amendment-refused")
    new.reason.setPlainText("تخفيض المنحة الشهرية بطلب من المشغل")
    new.monthly.setText("1200")
    new.months.setValue(9)
    new.hires.setValue(agreement.hires + 1)
    assert "1.200,00" in new.after.text()
    assert saved(new) is True
    dialog.refresh(select=new.saved.id)
    assert dialog.model.rowCount() == 1 and dialog.sign_button.isEnabled()
    out = tmp_path / "m1.pdf"
    dialog.print_to(dialog.current(), out)
    done()
    assert out.read_bytes().startswith(b"%PDF")
    sign = dialog.sign_dialog(dialog.current())
    qtbot.addWidget(sign)
    assert sign.place.text() == "بني ملال"
    assert saved(sign) is True
    dialog.refresh()
    assert not dialog.sign_button.isEnabled() and "1.200,00" in dialog.terms.text()
    dialog.resize(1100, 480)
    dialog.show()
    qtbot.wait(100)
    shot(dialog, "amendments")
    [amendment] = grant_amendments.list_amendments(demo_ctx.db, agreement.id)
    assert amendment.locked
    page.load_agreements()
    done()
    current = _select_agreement(page, "BMK-MST-2023/AG005")
    assert current.hires == agreement.hires + 1 and current.monthly_amount == 1200


def test_a_hire_is_looked_up_in_the_register_and_shown_on_the_card(page, demo_ctx, qtbot):
    from app.services import beneficiaries
    from app.services.listing import ListQuery
    from ui.dialogs.beneficiary_dialog import BeneficiaryDialog

    agreement = _select_agreement(page, "BMK-MST-2023/AG001")  # two hires still to come
    person = beneficiaries.list_beneficiaries(demo_ctx.db, ListQuery(limit=1)).rows[0]
    hire = grant_dialogs().HireDialog(demo_ctx, agreement.id, parent=page)
    qtbot.addWidget(hire)
    hire.search.setText(person.last_name_ar + " " + person.first_name_ar)
    hire.look_up()
    done()
    assert hire.person.value() == person.id and "وجد في السجل" in hire.found.text()
    assert hire.cin.text() == person.cin and not hire.cin.isEnabled()
    hire.post.setText("عامل")
    hire.resize(900, 700)
    shot(hire, "hire-found")
    assert saved(hire) is True and hire.saved.beneficiary_id == person.id
    # The same person again elsewhere while at work: refused at the CIN, with the reason.
    again = grant_dialogs().HireDialog(demo_ctx, _select_agreement(
        page, "BMK-MST-2023/AG002").id, parent=page)
    qtbot.addWidget(again)
    again.search.setText(person.cin)
    again.look_up()
    done()
    assert saved(again) is False
    assert "BMK-MST-2023/AG001" in again.form.error_text("cin")
    # Nobody under a CIN: the typed CIN goes to the new person's fields.
    nobody = grant_dialogs().HireDialog(demo_ctx, agreement.id, parent=page)
    qtbot.addWidget(nobody)
    nobody.search.setText("ZZ998877")
    nobody.look_up()
    done()
    assert nobody.person.value() == nobody.NEW and nobody.cin.text() == "ZZ998877"
    assert nobody.cin.isEnabled() and "لا أحد في السجل" in nobody.found.text()
    card = BeneficiaryDialog(demo_ctx, beneficiaries.get_beneficiary(demo_ctx.db, person.id))
    qtbot.addWidget(card)
    done()
    assert card.grant_hires.isVisibleTo(card)
    assert "BMK-MST-2023/AG001" in card.grant_hires.text()
    assert "منحة دعم التشغيل" in card.grant_hires.text()
    card.resize(1300, 700)
    card.show()
    qtbot.wait(100)
    shot(card, "card-with-grant-hire")
