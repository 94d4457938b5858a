"""The shell: right-to-left, sections, status bar; the quota form end to end."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.programme import Edition
from app.services import programme, territory
from tests.gui.ops import done, saved
from ui.dialogs.quota_dialog import QuotaDialog
from ui.main_window import MainWindow, navigation_titles


def make_edition(ctx) -> Edition:
    return programme.save_edition(ctx.db, ctx.actor, Edition(year=2023, number=2))


def test_the_main_window_is_right_to_left_with_every_section(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert navigation_titles(window) == [
        "البرنامج والحصص", "الشركاء", "المشاريع المقترحة", "اللجنة والاجتماعات",
        "الاتفاقيات", "المستفيدون", "التتبع", "الإعدادات"]
    assert ctx.db.display_name in window.database_label.text()
    # The navigation sits on the right of the window, as in any Arabic program.
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.width() / 2


def test_ctrl_and_a_number_switches_section(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_8,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings_page


def test_a_quota_added_through_the_form_is_stored_and_listed(qtbot, ctx):
    edition = make_edition(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    khenifra = territory.find_province(ctx.db, "05.301")

    dialog = QuotaDialog(ctx, edition_id=edition.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.province.select(khenifra.id)
    dialog.posts.clear()
    qtbot.keyClicks(dialog.posts, "953")
    dialog.person_months.clear()
    qtbot.keyClicks(dialog.person_months, "3753")
    assert "1.251 مستفيدا لمدة 3 أشهر" in dialog.reach.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    done()

    assert dialog.result() == dialog.DialogCode.Accepted
    [stored] = programme.list_quotas(ctx.db)
    assert (stored.posts, stored.person_months) == (953, 3753)
    table = window.programme_page.quotas.model
    assert [r.province_name_ar for r in table.records()] == ["خنيفرة"]


def test_bad_quota_values_are_shown_next_to_the_field_and_nothing_is_saved(qtbot, ctx):
    edition = make_edition(ctx)
    khenifra = territory.find_province(ctx.db, "05.301")
    dialog = QuotaDialog(ctx, edition_id=edition.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.province.select(khenifra.id)
    dialog.posts.setValue(0)
    dialog.person_months.setValue(50)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    done()

    assert dialog.isVisible(), "the form stays open for correction"
    assert dialog.form.error_text("posts") == "عدد المناصب: يجب أن يكون عددا صحيحا أكبر من صفر."
    assert dialog.form.error_text("province_id") == ""
    assert programme.list_quotas(ctx.db) == []

    dialog.posts.setValue(10)
    dialog.person_months.setValue(500)
    assert saved(dialog) is False
    assert "بين 30 و120" in dialog.form.error_text("person_months")
    assert programme.list_quotas(ctx.db) == []


def test_a_quota_without_province_names_the_province_field(qtbot, ctx):
    edition = make_edition(ctx)
    dialog = QuotaDialog(ctx, edition_id=edition.id)
    qtbot.addWidget(dialog)
    dialog.posts.setValue(10)
    dialog.person_months.setValue(60)
    assert saved(dialog) is False
    assert dialog.form.error_text("province_id").startswith("الإقليم")


def test_the_record_table_model_is_a_well_behaved_qt_model(qtmodeltester, ctx):
    from ui.pages.programme_page import ProgrammePage

    page = ProgrammePage(ctx)
    assert page.communes.model.rowCount() == 0, "the communes are read when first shown"
    page.tabs.setCurrentWidget(page.communes)
    assert page.communes.model.rowCount() == 1503
    qtmodeltester.check(page.communes.model)
    qtmodeltester.check(page.communes.proxy)
    page.communes.search.setText("خنيفرة")
    assert 0 < page.communes.proxy.rowCount() < page.communes.model.rowCount()


def test_the_database_chosen_in_settings_is_used_at_the_next_start(qtbot, ctx, tmp_path):
    from app.config import resolve_database_url, sqlite_url
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.save_database_setting(tmp_path / "office.sqlite")
    assert resolve_database_url() == sqlite_url(tmp_path / "office.sqlite")
    assert "office.sqlite" in page.database_note.text()
    page.save_database_setting(None)
    assert resolve_database_url().endswith("AwrachDesk/awrach.sqlite")


def test_a_province_opens_its_communes(qtbot, ctx):
    from ui.pages.programme_page import ProgrammePage

    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    assert page.provinces.model.rowCount() == 75
    shown = [page.provinces.proxy.index(row, 0).data() for row in range(75)]
    assert shown == sorted(shown), "lists open in ascending code order"
    khenifra = territory.find_province(ctx.db, "05.301")
    page.show_province_communes(khenifra)
    assert page.tabs.currentWidget() is page.communes
    assert page.communes.model.rowCount() == 22


def test_a_domain_added_in_settings_is_offered_to_new_calls(qtbot, ctx):
    from app.services import proposals
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    dialog = page.domain_dialog()
    dialog.code.setText("sports")
    dialog.name_ar.setText("التنشيط الرياضي")
    assert saved(dialog)
    assert "sports" in [d.code for d in proposals.list_domains(ctx.db)]
    assert page.domains.model.rowCount() == 8

    bad = page.domain_dialog()
    bad.code.setText("Sports Day")
    assert saved(bad) is False
    assert bad.form.error_text("code").startswith("الرمز")
    assert bad.form.error_text("name_ar") == "الاسم بالعربية: إلزامي."

    retire = page.domain_dialog(proposals.list_domains(ctx.db)[-1])
    retire.active.setChecked(False)
    assert saved(retire)
    assert "sports" not in [d.code for d in proposals.list_domains(ctx.db)]


def test_the_quotas_list_exports_the_rows_it_shows(qtbot, ctx, tmp_path, recorded_messages):
    from openpyxl import load_workbook

    from app.domain.programme import Quota
    from ui.pages.programme_page import ProgrammePage

    edition = make_edition(ctx)
    khenifra = territory.find_province(ctx.db, "05.301")
    programme.save_quota(ctx.db, ctx.actor, Quota(edition.id, khenifra.id, 953, 3753))
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.quotas.export_to(tmp_path / "quotas.xlsx")
    qtbot.waitUntil(lambda: bool(recorded_messages.shown))
    rows = list(load_workbook(tmp_path / "quotas.xlsx").active.values)
    assert rows[0][:3] == ("النسخة", "الرمز", "الإقليم أو العمالة")
    assert rows[1][2] == "خنيفرة" and "953" in str(rows[1][4])


def test_the_window_geometry_is_kept_in_the_settings_file_and_restored(qtbot, ctx):
    import json

    from app.settings import STORE, WINDOW_GEOMETRY

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(40, 50, 640, 480)
    moved = window.geometry()  # as far as the pages' minimum sizes allowed
    assert moved.size() != QSize(1200, 700)
    window.close()
    saved = json.loads(STORE.path.read_text(encoding="utf-8"))["window_geometry"]
    assert saved == WINDOW_GEOMETRY.get() != ""

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    # The offscreen screen is narrower than the window's minimum width, so Qt fits the
    # width to the screen on restoring; the rest comes back as it was left.
    assert (again.y(), again.height()) == (moved.y(), moved.height())


def test_an_unreadable_geometry_leaves_the_default_size(qtbot, ctx):
    from app.settings import WINDOW_GEOMETRY

    WINDOW_GEOMETRY.set("not a geometry é")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1200, 700)
    assert not window.geometry_restored, "shown maximised, as at a first start"


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, ctx):
    from app.settings import LANGUAGE
    from ui.main import language
    from ui.pages.settings_page import SettingsPage

    assert language(None) == "ar"
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert LANGUAGE.get() == "fr"
    assert language(None) == "fr"
    assert language("ar") == "ar", "--lang on the command line wins"
    again = SettingsPage(ctx)
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr"
