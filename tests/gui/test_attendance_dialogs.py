"""The attendance grid, the CNSS declaration and the certificates batch, as a secretary
uses them on a demo worksite with four people."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.attendance import Month
from app.domain.enums import UserRole
from app.services import attendance, printed
from tests.conftest import add_account
from tests.gui.ops import done
from tests.people_fixture import place_people
from ui.context import AppContext

MAY = Month(2023, 5)


@pytest.fixture
def site(demo_opened):
    return place_people(demo_opened.db, demo_opened.actor)


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    return AppContext(demo_opened.db, demo_opened.actor)


def grid(qtbot, ctx, site):
    from ui.dialogs.attendance_dialog import AttendanceDialog

    dialog = AttendanceDialog(ctx, site.proposal_id, today=date(2023, 6, 5))
    qtbot.addWidget(dialog)
    return done(dialog)


def test_the_grid_opens_on_the_last_month_begun_and_saves_typed_days(qtbot, demo_ctx, site):
    dialog = grid(qtbot, demo_ctx, site)
    assert dialog.selected_month() == Month(2023, 6)
    dialog.month.select(MAY)
    done()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "فاطمة الزهراوي" in names and len(names) == 4
    youssef = names.index("يوسف الإدريسي")
    assert dialog.table.item(youssef, 2).text() == "15"
    assert dialog.spin(youssef).maximum() == 15  # the box cannot go past the working days
    dialog.fill_possible()
    dialog.spin(names.index("محمد أمزيان")).setValue(13)
    dialog.spin(names.index("خديجة أوعلي")).setValue(-1)  # not recorded yet
    dialog.save()
    done()
    assert dialog.outcome is True
    stored = {p.cin: (p.days, p.source) for p in attendance.people(demo_ctx.db,
                                                                   site.proposal_id, MAY)}
    assert stored == {"M123456": (27, "register"), "MC98765": (13, "register"),
                      "M555111": (None, ""), "MA20001": (15, "register")}
    assert "مجموع الأيام: 55" in dialog.summary.text()


def test_days_ticked_one_by_one_are_counted_and_saved(qtbot, demo_ctx, site):
    from PySide6.QtCore import Qt

    dialog = grid(qtbot, demo_ctx, site)
    dialog.month.select(MAY)
    done()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    dialog.spin(names.index("فاطمة الزهراوي")).setValue(3)
    dialog.open_days_grid()
    days = dialog.days_grid
    assert days is not None
    assert [days.table.item(r, 0).text() for r in range(days.table.rowCount())] == names
    # One column per working day of May on the worksite; Youssef joined mid-month.
    assert len(days.days) == 27 and days.days[0].day == 1
    youssef, mohamed = names.index("يوسف الإدريسي"), names.index("محمد أمزيان")
    assert days.box(youssef, days.days[0]) is None  # before his assignment: no box
    assert days.ticked(names.index("فاطمة الزهراوي")) == 3  # her typed 3, as the first days
    days.tick_all()
    for day in days.days[:2]:
        days.box(mohamed, day).setCheckState(Qt.CheckState.Unchecked)
    assert days.table.item(mohamed, days.total_column).text() == "25"
    days.accept()
    done()
    stored = {p.cin: (p.days, p.source) for p in attendance.people(demo_ctx.db,
                                                                   site.proposal_id, MAY)}
    assert stored == {"M123456": (27, "register"), "MC98765": (25, "register"),
                      "M555111": (27, "register"), "MA20001": (15, "register")}
    assert dialog.spin(mohamed).value() == 25


def test_a_viewer_sees_the_days_but_cannot_save_them(qtbot, ui_app, demo_opened, site):
    viewer = add_account(demo_opened, "viewer2", UserRole.VIEWER)
    dialog = grid(qtbot, AppContext(demo_opened.db, viewer), site)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.spin(0).isEnabled()


def test_the_register_is_printed_from_the_grid(qtbot, demo_ctx, site, tmp_path,
                                               recorded_messages):
    dialog = grid(qtbot, demo_ctx, site)
    out = tmp_path / "register.pdf"
    dialog.write_register(MAY, out)
    done()
    assert printed.verify_pdf(demo_ctx.db, out).matches
    assert recorded_messages.shown[-1][0] == "طباعة سجل الحضور"


def test_the_cnss_dialog_lists_the_problems_then_writes_the_file(qtbot, demo_ctx, site,
                                                                 tmp_path):
    from ui.dialogs.cnss_dialog import CnssDialog

    attendance.record_days(demo_ctx.db, demo_ctx.actor, site.proposal_id, MAY,
                           {assignment: 10 for assignment in site.assignments.values()})
    dialog = CnssDialog(demo_ctx, site.partner_id, MAY, today=date(2023, 6, 5))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.declare()
    done()
    assert dialog.result is not None
    assert not dialog.problems.isHidden() and dialog.problems.rowCount() == 1
    assert "رقم التسجيل في CNSS" in dialog.problems.item(0, 1).text()
    assert "لم يكتب ملف ضمان كم" in dialog.status.text()
    assert not list((tmp_path / "out").glob("DS_*"))


def test_the_certificates_batch_prints_one_each_with_progress(qtbot, demo_ctx, site, tmp_path,
                                                              recorded_messages):
    from ui.dialogs.certificates_dialog import CertificatesDialog

    dialog = CertificatesDialog(demo_ctx, site.proposal_id, today=date(2023, 6, 1))
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert "لم ينته التعيين بعد" in dialog.table.item(0, 2).text()
    dialog.date.setDate(dialog.date.date().addDays(40))
    assert dialog.print_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "certificates"))
    dialog.print_all()
    done()
    assert dialog.result is not None and dialog.result.printed == 4
    assert all(printed.verify_pdf(demo_ctx.db, path).matches for path in dialog.result.files)
    assert "عدد الشواهد المطبوعة: 4" in recorded_messages.shown[-1][1]


def test_the_partners_page_opens_the_declaration_of_the_selected_body(qtbot, demo_ctx, site):
    from ui.pages.partners_page import PartnersPage

    page = PartnersPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.panel.model.rowCount() > 0)
    table = page.panel.table
    table.setCurrentIndex(table.model().index(0, 0))
    first = page.panel.current_record()
    dialog = page.cnss_dialog()
    qtbot.addWidget(dialog)
    assert dialog.body.value() == first.id
    assert page.cnss_button.isEnabled()
