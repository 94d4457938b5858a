"""The Beneficiaries section: the paged list and its filters, the person's card, the import
wizard and the assignment dialog, as a secretary uses them."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date

import pytest

from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import Sex
from app.domain.text import fold
from app.services import beneficiaries
from app.services import beneficiary_import as bi
from app.services.listing import ListQuery
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from app.storage.database import sqlite_file
from tests.gui.ops import done, saved
from ui.pages.beneficiaries_page import BeneficiariesPage


@pytest.fixture
def demo_ctx(ui_app, demo_opened):
    from ui.context import AppContext

    return AppContext(demo_opened.db, demo_opened.actor)


@pytest.fixture
def page(qtbot, demo_ctx):
    widget = BeneficiariesPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return done(widget)


def test_the_list_shows_the_demo_people_and_searches_folded_arabic(page, demo_ctx):
    total = beneficiaries.list_beneficiaries(demo_ctx.db).total
    assert page.model.rowCount() == total > 100
    first = page.model.record(0)
    page.panel.search.setText(first.cin)
    page.panel.apply_search()
    done()
    assert page.model.rowCount() == 1 and page.model.record(0).cin == first.cin
    page.panel.search.setText("فاطمه")  # ta marbuta typed as ha
    page.panel.apply_search()
    done()
    assert page.model.rowCount() > 0
    assert all("فاطمه" in fold(page.model.record(r).first_name_ar)
               for r in range(page.model.rowCount()))
    assert any("فاطمة" in page.model.record(r).first_name_ar
               for r in range(page.model.rowCount()))


def test_the_sex_filter_and_the_sort(page):
    page.sex_filter.select("female")
    done()
    rows = [page.model.record(r) for r in range(page.model.rowCount())]
    assert rows and all(p.sex is Sex.FEMALE for p in rows)
    page.model.sort(5)
    done()
    births = [page.model.record(r).birth_date for r in range(min(page.model.rowCount(), 50))]
    assert births == sorted(births)


def test_the_card_adds_a_person_and_shows_a_refused_cin_under_its_field(page, demo_ctx):
    card = page.card()
    card.cin.setText("12")
    card.last_name_ar.setText("الفاسي")
    card.first_name_ar.setText("سعيد")
    assert saved(card) is False
    assert "غير صحيح" in card.form.error_text("cin")
    card.cin.setText("zt-998877")
    card.category.select(EligibilityCategory.DISABILITY)
    assert saved(card) is True
    found = beneficiaries.find_by_cin(demo_ctx.db, "ZT998877")
    assert found is not None and found.category is EligibilityCategory.DISABILITY


def test_the_card_shows_the_history(page, demo_ctx):
    person = beneficiaries.list_beneficiaries(demo_ctx.db).rows[0]
    assert person.id is not None
    card = page.card(beneficiaries.get_beneficiary(demo_ctx.db, person.id))
    assert card.commune.count() <= 2 and card.commune.value() == person.commune_id
    done()
    assert card.commune.count() > 100 and card.commune.value() == person.commune_id
    assert card.history.rowCount() == 1
    assert card.history.item(0, 0).text() == person.worksite
    assert card.leave_button.isEnabled()


def test_the_wizard_maps_checks_reports_and_imports(page, demo_ctx, tmp_path):
    path = tmp_path / "liste.csv"
    people = list(PeopleGenerator(31).people(12))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerows(as_cells(p) for p in people)
        writer.writerow(["X", "الفاسي", "سعيد", "", "", "ذكر", "01/01/1990"])
    wizard = page.import_dialog()
    wizard.open_file(path)
    done()
    assert wizard.boxes["cin"].value() == 0 and wizard.boxes["birth_date"].value() == 6
    wizard.check()
    done()
    assert wizard.report is not None and wizard.report.rejected_lines == 1
    assert wizard.problems.item(0, 0).text() == "14"
    report = wizard.save_report_to(tmp_path / "report.xlsx")
    assert report is not None and report.exists()
    before = beneficiaries.list_beneficiaries(demo_ctx.db).total
    wizard.run_import()
    done()
    assert beneficiaries.list_beneficiaries(demo_ctx.db).total == before  # all or nothing
    assert "لم يستورد أي سطر" in wizard.summary.text()
    wizard.valid_only.setChecked(True)
    wizard.run_import()
    done()
    assert wizard.imported is not None and wizard.imported.imported == 12
    assert page.model.rowCount() == before + 12


def test_the_wizard_builds_the_sorts_a_large_import_left_pending(page, demo_ctx, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(bi, "REBUILD_FROM", 10)
    path = tmp_path / "liste.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerows(as_cells(p) for p in PeopleGenerator(32).people(15))
    wizard = page.import_dialog()
    wizard.open_file(path)
    done()
    wizard.run_import()
    done()
    assert wizard.imported is not None and wizard.imported.imported == 15
    with sqlite3.connect(sqlite_file(demo_ctx.db.url)) as connection:
        pending = [name for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'beneficiaries'")
            if sql and sql.endswith(" WHERE 0")]
    assert pending == []


def test_the_assignment_dialog_refuses_past_capacity(page, demo_ctx):
    full = next(w for w in beneficiaries.list_worksites(demo_ctx.db)
                if w.assigned and w.free == 0)
    person = beneficiaries.list_beneficiaries(demo_ctx.db, ListQuery(
        filters={"status": "unassigned"})).rows
    if not person:
        from app.domain.beneficiaries import Beneficiary

        beneficiaries.save_beneficiary(demo_ctx.db, demo_ctx.actor, Beneficiary(
            "ZT556677", "سعيد", "الفاسي", Sex.MALE, date(1990, 1, 1)))
        page.panel.reload()
        done()
    page.status_filter.select("unassigned")
    done()
    page.panel.table.setCurrentIndex(page.model.index(0, 0))
    dialog = page.assignment_dialog()
    assert dialog is not None
    assert dialog.worksite.count() == 0  # read off the GUI thread, shown when it arrives
    done()
    assert dialog.worksite.count() == len(beneficiaries.list_worksites(demo_ctx.db))
    dialog.worksite.select(full.id)
    assert "الأماكن الشاغرة: 0" in dialog.counts.text()
    assert saved(dialog) is False
    assert "يمكن إضافة 0 فقط" in dialog.form.general_error.text() + " ".join(
        dialog.form.error_text(k) for k in ("proposal_id", "beneficiary_id"))


def test_the_wizard_ages_start_from_the_settings_and_a_changed_one_refuses_a_row(
        page, tmp_path):
    from app.settings import MAX_AGE, MIN_AGE

    MAX_AGE.set(70)
    path = tmp_path / "ages.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerow(["AB123456", "الفاسي", "سعيد", "", "", "ذكر", "01/01/1960"])
    wizard = page.import_dialog()
    assert (wizard.min_age.value(), wizard.max_age.value()) == (18, 70)
    wizard.open_file(path)
    done()
    wizard.check()
    done()
    assert wizard.report is not None and wizard.report.valid == 1
    wizard.max_age.setValue(50)
    wizard.check()
    done()
    assert wizard.report.valid == 0 and "الحد الأقصى (50 سنة)" in wizard.problems.item(0, 3).text()
    assert MAX_AGE.get() == 50 and MIN_AGE.get() == 18


def test_the_commune_filter_shows_only_the_people_of_that_commune(page, demo_ctx):
    lived = [p for p in beneficiaries.list_beneficiaries(demo_ctx.db).rows if p.commune_id]
    assert lived
    commune = lived[0].commune_id
    expected = beneficiaries.list_beneficiaries(demo_ctx.db, ListQuery(
        filters={"commune_id": commune})).total
    assert 0 < expected < page.model.rowCount()
    assert page.commune_filter.count() > 2
    page.commune_filter.select(commune)
    done()
    assert page.model.rowCount() == expected
    assert {page.model.record(r).commune_id for r in range(expected)} == {commune}
    page.commune_filter.select(None)
    done()
    assert page.model.rowCount() > expected
