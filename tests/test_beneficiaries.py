"""The person's record, assignment within a worksite's planned number, replacement with
history, likely duplicates, and the `awrach beneficiaries` commands."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta

import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from app.domain.beneficiaries import Beneficiary, EligibilityCategory
from app.domain.enums import AssignmentStatus, Sex
from app.errors import ValidationError
from app.services import beneficiaries, beneficiary_duplicates
from app.services.listing import ListQuery
from app.services.synthetic_people import HEADERS_AR, PeopleGenerator, as_cells
from tests.conftest import ADMIN, ADMIN_PASSWORD

DAY = date(2024, 6, 1)


def _person(opened, cin: str, first: str = "سعيد", last: str = "الفاسي", sex=Sex.MALE,
            first_fr: str = "Said", last_fr: str = "Fassi", birth=date(1990, 1, 1)):
    return beneficiaries.save_beneficiary(
        opened.db, opened.actor,
        Beneficiary(cin, first, last, sex, birth, first_name_fr=first_fr,
                    last_name_fr=last_fr, category=EligibilityCategory.ANAPEC), today=DAY)


def _free_worksite(opened, planned_at_most: int = 30):
    """A 2023 demo worksite without the demo's people."""
    for worksite in beneficiaries.list_worksites(opened.db):
        if worksite.assigned == 0 and worksite.planned <= planned_at_most \
                and worksite.starts_on and worksite.starts_on.year == 2023:
            return worksite
    raise AssertionError("no free worksite in the demo")


def test_the_form_normalises_the_cin_and_refuses_a_bad_one(opened):
    saved = _person(opened, "ab 12-34 5")
    assert saved.cin == "AB12345"
    with pytest.raises(ValidationError) as refused:
        _person(opened, "AB12345")
    assert refused.value.errors[0].field == "cin" and "مسجل من قبل" in \
        refused.value.errors[0].message
    with pytest.raises(ValidationError) as refused:
        _person(opened, "12345678", first="")
    assert {e.field for e in refused.value.errors} == {"cin", "first_name_ar"}


def test_the_demo_has_people_on_2023_worksites_and_the_list_filters_them(demo_opened):
    page = beneficiaries.list_beneficiaries(demo_opened.db)
    assert 100 < page.total < 1000
    women = beneficiaries.list_beneficiaries(demo_opened.db, ListQuery(filters={"sex": "female"}))
    assert 0 < women.total < page.total and all(p.sex is Sex.FEMALE for p in women.rows)
    person = page.rows[0]
    assert person.worksite.startswith("05.301-2023-")
    by_site = beneficiaries.list_beneficiaries(demo_opened.db, ListQuery(
        filters={"proposal_id": person.history[0].proposal_id if person.history else
                 beneficiaries.get_beneficiary(demo_opened.db, person.id).history[0]
                 .proposal_id}))
    assert person.cin in {p.cin for p in by_site.rows}
    ordered = beneficiaries.list_beneficiaries(demo_opened.db, ListQuery(sort="birth_date"))
    births = [p.birth_date for p in ordered.rows]
    assert births == sorted(births)


def test_assignment_refuses_to_go_past_the_worksite_capacity(demo_opened):
    site = _free_worksite(demo_opened)
    people = [_person(demo_opened, f"ZT{900000 + i}") for i in range(site.planned + 1)]
    with pytest.raises(ValidationError) as refused:
        beneficiaries.assign(demo_opened.db, demo_opened.actor, [p.id for p in people],
                             site.id)
    assert "يمكن إضافة" in refused.value.message
    assert beneficiaries.get_worksite(demo_opened.db, site.id).assigned == 0
    made = beneficiaries.assign(demo_opened.db, demo_opened.actor,
                                [p.id for p in people[:-1]], site.id)
    assert len(made) == site.planned and made[0].starts_on == site.starts_on
    assert made[0].ends_on == site.ends_on
    with pytest.raises(ValidationError):
        beneficiaries.assign(demo_opened.db, demo_opened.actor, [people[-1].id], site.id)


def test_one_person_one_worksite_at_a_time(demo_opened):
    site = _free_worksite(demo_opened)
    other = next(w for w in beneficiaries.list_worksites(demo_opened.db)
                 if w.id != site.id and w.assigned == 0 and w.starts_on and site.starts_on
                 and w.starts_on <= (site.ends_on or site.starts_on)
                 and (w.ends_on or w.starts_on) >= site.starts_on)
    person = _person(demo_opened, "ZT777777")
    beneficiaries.assign(demo_opened.db, demo_opened.actor, [person.id], site.id)
    with pytest.raises(ValidationError) as refused:
        beneficiaries.assign(demo_opened.db, demo_opened.actor, [person.id], other.id)
    assert "شخص واحد في ورش واحد" in refused.value.message


def test_a_replacement_keeps_the_history(demo_opened):
    site = _free_worksite(demo_opened)
    leaving = _person(demo_opened, "ZT111111")
    coming = _person(demo_opened, "ZT222222", first="فاطمة", sex=Sex.FEMALE)
    [place] = beneficiaries.assign(demo_opened.db, demo_opened.actor, [leaving.id], site.id)
    assert site.starts_on is not None
    left_on = site.starts_on + timedelta(days=20)
    with pytest.raises(ValidationError):
        beneficiaries.replace(demo_opened.db, demo_opened.actor, place.id, left_on, "   ",
                              coming.id)
    new = beneficiaries.replace(demo_opened.db, demo_opened.actor, place.id, left_on,
                                "وجد عملا قارا", coming.id)
    assert new is not None and new.starts_on == left_on + timedelta(days=1)
    assert new.replaces_id == place.id
    history = beneficiaries.get_beneficiary(demo_opened.db, leaving.id).history
    assert [(a.status, a.left_on, a.leave_reason) for a in history] == [
        (AssignmentStatus.LEFT, left_on, "وجد عملا قارا")]
    counts = beneficiaries.get_worksite(demo_opened.db, site.id)
    assert (counts.assigned, counts.women) == (1, 1)


def test_likely_duplicates_find_spelling_variants_and_can_be_dismissed(opened):
    a = _person(opened, "M100001", first="محمد", last="العلوي", first_fr="Mohamed",
                last_fr="Alaoui")
    b = _person(opened, "M100002", first="العلوي", last="محمّد", first_fr="Alaoui",
                last_fr="Mhamed")
    _person(opened, "M100003", first="خالد", last="العلوي", first_fr="Khalid",
            last_fr="Alaoui")
    _person(opened, "M100004", first="محمد", last="العلوي", first_fr="Mohamed",
            last_fr="Alaoui", birth=date(1991, 1, 1))
    pairs = beneficiary_duplicates.find_duplicates(opened.db)
    assert [{p.first.cin, p.second.cin} for p in pairs] == [{a.cin, b.cin}]
    assert a.id is not None and b.id is not None
    beneficiary_duplicates.dismiss_pair(opened.db, opened.actor, a.id, b.id)
    assert beneficiary_duplicates.find_duplicates(opened.db) == []


def _login(monkeypatch):
    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)


def test_cli_import_then_export(opened, tmp_path, capsys, monkeypatch):
    _login(monkeypatch)
    db = str(opened.db.url).removeprefix("sqlite:///")
    opened.db.dispose()
    path = tmp_path / "list.csv"
    people = list(PeopleGenerator(4).people(30))
    with path.open("w", encoding="cp1256", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerows(as_cells(p) for p in people)
        writer.writerow(["BAD", "س", "س", "", "", "ذكر", "01/01/1990"])
    report = tmp_path / "report.xlsx"
    assert main(["beneficiaries", "import", "--db", db, str(path), "--report",
                 str(report)]) == 1
    out, err = capsys.readouterr()
    assert "لم يستورد أي سطر" in err and "Traceback" not in err
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == 32 and "BAD" in str(rows[1][2])
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM beneficiaries").fetchone() == (0,)
    # Imported as a large list is (its sort indexes rebuilt), and none left pending.
    monkeypatch.setattr("app.services.beneficiary_import.REBUILD_FROM", 10)
    assert main(["beneficiaries", "import", "--db", db, str(path), "--valid-only"]) == 0
    assert "عدد الأشخاص المستوردين 30،" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        assert not [sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index'") if sql and "WHERE 0" in sql]
    out_file = tmp_path / "people.xlsx"
    assert main(["beneficiaries", "export", "--db", db, "--out", str(out_file)]) == 0
    sheet = CalamineWorkbook.from_path(str(out_file)).get_sheet_by_index(0).to_python()
    assert len(sheet) == 31 and sheet[0][0] == "رقم البطاقة الوطنية"
    assert {r[0] for r in sheet[1:]} == {p.cin for p in people}
    assert main(["beneficiaries", "duplicates", "--db", db]) == 0


@pytest.mark.parametrize("action", ["import", "export", "duplicates"])
def test_cli_beneficiaries_actions_take_db_and_help(capsys, action):
    with pytest.raises(SystemExit) as caught:
        main(["beneficiaries", action, "--help"])
    assert caught.value.code == 0
    assert "--db PATH" in capsys.readouterr().out


def test_cli_a_missing_file_is_one_arabic_line(opened, tmp_path, capsys, monkeypatch):
    _login(monkeypatch)
    db = str(opened.db.url).removeprefix("sqlite:///")
    opened.db.dispose()
    assert main(["beneficiaries", "import", "--db", db, str(tmp_path / "none.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "الملف غير موجود" in err


def test_the_search_text_is_the_fold_of_the_fields():
    from app.domain.text import fold

    for person in PeopleGenerator(5).people(300, retyped_share=0.2):
        fields = {**person.__dict__, "first_name_fr": person.first_name_fr + " Éric",
                  "cnss_number": "123456789"}
        joined = " ".join(str(fields[n]) for n in (
            "cin", "last_name_ar", "first_name_ar", "last_name_fr", "first_name_fr", "phone",
            "cnss_number"))
        assert beneficiaries.person_text(fields) == fold(joined)


def test_likely_duplicates_with_a_wrong_birth_date_are_found_within_one_province(opened):
    from dataclasses import replace

    from app.services import territory

    provinces = [p for p in territory.list_provinces(opened.db)
                 if len(territory.list_communes(opened.db, p.id)) >= 2][:2]
    assert len(provinces) == 2
    here, there = (territory.list_communes(opened.db, p.id) for p in provinces)

    def person(cin: str, first_fr: str, birth: date, commune) -> Beneficiary:
        made = _person(opened, cin, first="محمد", last="العلوي", first_fr=first_fr,
                       last_fr="Alaoui", birth=birth)
        return beneficiaries.save_beneficiary(
            opened.db, opened.actor, replace(made, commune_id=commune.id), today=DAY)

    a = person("M200001", "Mohamed", date(1990, 3, 1), here[0])
    b = person("M200002", "Mohammed", date(1991, 7, 9), here[1])  # same province
    person("M200003", "Mohamed", date(1985, 5, 5), there[0])  # another province
    person("M200004", "Mohammed", date(1987, 2, 2), there[1] if len(there) > 1 else there[0])
    person("M200005", "Mohamed", date(1990, 3, 1), here[0])  # in both of a's blocks
    pairs = beneficiary_duplicates.find_duplicates(opened.db)
    found = [{p.first.cin, p.second.cin} for p in pairs]
    assert {a.cin, b.cin} in found
    assert {"M200001", "M200003"} not in found and {"M200002", "M200003"} not in found
    assert {"M200001", "M200004"} not in found
    assert {"M200001", "M200005"} in found
    assert len(found) == len({frozenset(f) for f in found})  # each pair once


def test_the_worksites_and_their_counts_come_in_two_queries(demo_opened):
    from sqlalchemy import event

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    engine = demo_opened.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        sites = beneficiaries.list_worksites(demo_opened.db)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(sites) > 3 and any(w.assigned for w in sites)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2
    for site in sites:
        one = beneficiaries.get_worksite(demo_opened.db, site.id)
        assert (one.assigned, one.women, one.disabled) == (site.assigned, site.women,
                                                           site.disabled)


def test_cli_import_takes_the_age_settings_unless_given_flags(opened, tmp_path, capsys,
                                                              monkeypatch):
    from app.settings import MAX_AGE

    _login(monkeypatch)
    db = str(opened.db.url).removeprefix("sqlite:///")
    opened.db.dispose()
    path = tmp_path / "old.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_AR)
        writer.writerow(["AB123456", "الفاسي", "سعيد", "", "", "ذكر", "01/06/1974"])
    MAX_AGE.set(45)
    assert main(["beneficiaries", "import", "--db", db, str(path), "--on", "2024-06-01"]) == 1
    assert "لم يستورد أي سطر" in capsys.readouterr().err
    assert main(["beneficiaries", "import", "--db", db, str(path), "--on", "2024-06-01",
                 "--max-age", "60"]) == 0
    assert "عدد الأشخاص المستوردين 1،" in capsys.readouterr().out
