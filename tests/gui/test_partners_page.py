"""The partners section: the paged list, its filters and sort, the form, the Excel export."""

from __future__ import annotations

import openpyxl
import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.enums import PartnerKind
from app.domain.partners import rib_key
from app.services import attachments, partners, territory
from app.services.listing import ListQuery
from tests.gui.ops import done, saved
from ui.dialogs.partner_dialog import PartnerDialog
from ui.pages.partners_page import PartnersPage


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    from ui.context import AppContext

    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    widget = PartnersPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return done(widget)


def names(model, column: int, count: int) -> list[str]:
    return [model.index(row, column).data().lstrip("\u200f") for row in range(count)]


def valid_rib() -> str:
    first = "3503310000123456789012"
    return first + rib_key(first)


def test_the_page_lists_every_demo_partner(page, qtmodeltester):
    assert page.panel.model.rowCount() == 101
    assert "101" in page.panel.count.text()
    qtmodeltester.check(page.panel.model)


def test_the_kind_and_province_filters_narrow_the_list(page, demo_ctx):
    page.kind_filter.select(PartnerKind.COOPERATIVE)
    done()
    assert page.panel.model.rowCount() == 9
    assert set(names(page.panel.model, 0, 9)) == {"تعاونية"}
    page.kind_filter.setCurrentIndex(0)
    done()
    assert page.panel.model.rowCount() == 101

    khenifra = territory.find_province(demo_ctx.db, "05.301")
    page.province_filter.select(khenifra.id)
    done()
    in_khenifra = page.panel.model.rowCount()
    assert 0 < in_khenifra <= 101
    other = next(p for p in territory.list_provinces(demo_ctx.db) if p.id != khenifra.id)
    page.province_filter.select(other.id)
    done()
    assert page.panel.model.rowCount() == 0


def test_typing_a_search_narrows_the_rows(qtbot, page):
    page.panel.search.setText("تعاونية")  # never keyClicks with Arabic (see TECH-NOTES)
    qtbot.waitUntil(lambda: page.panel.model.rowCount() < 101)
    assert page.panel.model.rowCount() == 9
    page.panel.search.clear()
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 101)


def test_clicking_a_header_sorts_in_sql(qtbot, page, demo_ctx):
    header = page.panel.table.horizontalHeader()
    column = 2  # the French name
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))

    assert page.panel.model.query.sort == "name_fr"
    done()
    everything = [p.name_fr for p in partners.list_partners(demo_ctx.db,
                                                            ListQuery(limit=500)).rows]
    assert names(page.panel.model, column, 5) == sorted(everything)[:5]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))

    assert page.panel.model.query.descending
    done()
    assert names(page.panel.model, column, 5) == sorted(everything, reverse=True)[:5]


def test_a_new_partner_is_saved_and_listed(qtbot, page, demo_ctx):
    dialog = page.partner_dialog()
    qtbot.addWidget(dialog)
    assert dialog.attachments.note.isVisibleTo(dialog)  # files come after the first save
    dialog.kind.select(PartnerKind.COOPERATIVE)
    dialog.name_ar.setText("تعاونية النحل الذهبي")
    dialog.name_fr.setText("Coopérative l'Abeille d'or")
    dialog.legal_representative.setText("حسن أوعلي")
    dialog.phone.setText("06 61 23 45 67")
    rib = valid_rib()
    dialog.rib.setText(f"{rib[:3]} {rib[3:6]} {rib[6:22]} {rib[22:]}")
    commune = territory.list_communes(demo_ctx.db,
                                      territory.find_province(demo_ctx.db, "05.301").id)[0]
    dialog.commune.select(commune.id)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    done()

    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general_error.text()
    saved = dialog.saved
    assert (saved.rib, saved.phone, saved.commune_id) == (rib, "0661234567", commune.id)
    assert page.panel.model.rowCount() == 102  # the page heard "partners" and reloaded


def test_a_wrong_rib_is_shown_under_its_field_and_nothing_is_saved(qtbot, page, demo_ctx):
    dialog = page.partner_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_ar.setText("جمعية الأمل")
    dialog.legal_representative.setText("فاطمة أمزيان")
    rib = valid_rib()
    dialog.rib.setText(rib[:-2] + f"{(int(rib[-2:]) + 1) % 97:02d}")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    done()

    assert dialog.isVisible(), "the form stays open for correction"
    assert "مفتاح المراقبة" in dialog.form.error_text("rib")
    assert dialog.form.error_text("name_ar") == ""
    assert partners.list_partners(demo_ctx.db, ListQuery(limit=1)).total == 101

    dialog.rib.setText("1234")
    saved(dialog)
    assert "24 رقما" in dialog.form.error_text("rib")


def test_a_commune_typed_but_not_chosen_is_refused(qtbot, ctx):
    dialog = PartnerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_ar.setText("جمعية الأمل")
    dialog.legal_representative.setText("فاطمة أمزيان")
    dialog.commune.setEditText("لا توجد جماعة بهذا الاسم")
    assert not saved(dialog)
    assert dialog.form.error_text("commune_id").startswith("الجماعة")
    assert partners.list_partners(ctx.db).total == 0


def test_editing_a_partner_shows_and_adds_its_attachments(qtbot, page, demo_ctx, tmp_path):
    record = page.panel.model.record(0)
    stored = partners.get_partner(demo_ctx.db, record.id)
    dialog = page.partner_dialog(stored)
    qtbot.addWidget(dialog)
    assert dialog.name_ar.text() == stored.name_ar
    assert dialog.commune.value() == stored.commune_id
    assert not dialog.attachments.note.isVisibleTo(dialog)
    assert dialog.attachments.attach_button.isVisibleTo(dialog)

    statutes = tmp_path / "statuts.pdf"
    statutes.write_bytes(b"%PDF-1.4 demo statutes")
    dialog.attachments.kind.select("statutes")
    dialog.attachments.attach_file(statutes)
    qtbot.waitUntil(lambda: dialog.attachments.files.count() == 1)
    assert "statuts.pdf" in dialog.attachments.files.item(0).text()
    assert "القانون الأساسي" in dialog.attachments.files.item(0).text()
    [found] = attachments.list_attachments(demo_ctx.db, "partners", stored.id)
    assert found.kind == "statutes" and found.path.read_bytes() == statutes.read_bytes()
    assert dialog.attachments.selected() == found


def test_export_writes_what_the_list_shows_off_the_ui_thread(qtbot, page, tmp_path,
                                                             recorded_messages):
    page.kind_filter.select(PartnerKind.COOPERATIVE)
    done()
    page.panel.export_to(tmp_path / "cooperatives")
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    title, text = recorded_messages.shown[0]
    assert "9" in text
    workbook = openpyxl.load_workbook(tmp_path / "cooperatives.xlsx")
    sheet = workbook.worksheets[0]
    assert sheet.max_row == 10 and sheet.sheet_view.rightToLeft
    assert page.panel.export_button.isEnabled()


def test_partners_filter_by_province_then_commune(page, demo_ctx):
    khenifra = territory.find_province(demo_ctx.db, "05.301")
    page.province_filter.select(khenifra.id)
    done()
    assert page.panel.model.rowCount() == 101
    commune = territory.list_communes(demo_ctx.db, khenifra.id)[0]
    page.commune_filter.select(commune.id)
    done()
    shown = [page.panel.model.record(r) for r in range(page.panel.model.rowCount())]
    assert 0 < len(shown) < 101
    assert {p.commune_name_ar for p in shown} == {commune.name_ar}
