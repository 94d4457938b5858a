"""The CNSS declaration: widths, control sums, agreement with the days recorded, and every
missing number listed instead of written blank."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from app import settings
from app.domain.attendance import Month
from app.io import damancom
from app.services import attendance, bank_accounts, cnss
from app.services.unit_of_work import writing
from app.storage.models import BeneficiaryRow
from tests.people_fixture import place_people

MAY = Month(2023, 5)
SMIG_2022 = 297005  # centimes, in force from September 2022


def _record_may(db, actor, site, missing_cnss_person_days=26):
    days = {site.assignments["M123456"]: 26, site.assignments["MC98765"]: 13,
            site.assignments["M555111"]: missing_cnss_person_days,
            site.assignments["MA20001"]: 15}
    attendance.record_days(db, actor, site.proposal_id, MAY, days)


def test_missing_numbers_are_listed_and_no_file_is_written(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor, affiliate="")
    attendance.record_days(db, actor, site.proposal_id, MAY,
                           {site.assignments["M123456"]: 26})
    result = cnss.export(db, site.partner_id, MAY, tmp_path, issued_on=date(2023, 6, 2))
    messages = [(p.who, p.what) for p in result.problems]
    assert ("الهيئة", "رقم الانخراط") in messages
    assert ("خديجة أوعلي (M555111)", "رقم التسجيل في CNSS") in messages
    assert ("محمد أمزيان (MC98765)", "أيام العمل") in messages
    assert result.declaration_file is None
    assert not list(tmp_path.glob("DS_*"))
    # the lists are written, saying what is missing on each person's line
    rows = CalamineWorkbook.from_path(str(result.files[0])).get_sheet_by_index(0).to_python()
    by_cin = {row[0]: row for row in rows[1:]}
    assert "رقم التسجيل في CNSS" in by_cin["M555111"][-1]
    assert by_cin["M123456"][-1] == ""


def test_the_damancom_file_has_the_documented_widths_sums_and_days(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    _record_may(db, actor, site)
    # the person without a CNSS number is listed; once known, the file is written
    first = cnss.export(db, site.partner_id, MAY, tmp_path / "a", issued_on=date(2023, 6, 2))
    assert [p.what for p in first.problems] == ["رقم التسجيل في CNSS"]
    with writing(db, actor) as session:
        person = session.scalars(select(BeneficiaryRow)
                                 .where(BeneficiaryRow.cin == "M555111")).one()
        person.cnss_number = "445566778"
    result = cnss.export(db, site.partner_id, MAY, tmp_path, issued_on=date(2023, 6, 2))
    assert result.problems == []
    assert result.declaration_file == tmp_path / "DS_1234567_202305.txt"
    raw = result.declaration_file.read_bytes()
    lines = raw.decode("ascii").split("\r\n")[:-1]
    assert all(len(line) == 260 for line in lines)
    assert [line[:3] for line in lines] == ["B00", "B01", "B02", "B02", "B02", "B03", "B04",
                                            "B05", "B06"]
    fields = [damancom.parse(line) for line in lines]
    assert fields[1]["affiliate"] == "1234567" and fields[1]["period"] == "202305"
    assert fields[1]["issued_on"] == "20230602" and fields[1]["due_on"] == "20230610"
    listed = {f["insured"]: f for f in fields if f["type"] == "B02"}
    fatima = listed["112233445"]
    assert fatima["name"].rstrip() == "FATIMA ZAHRAOUI"
    assert int(fatima["days"]) == 26 and int(fatima["real_salary"]) == SMIG_2022
    assert int(fatima["capped_salary"]) == SMIG_2022
    mohamed = listed["223344556"]
    assert int(mohamed["days"]) == 13 and int(mohamed["real_salary"]) == 148503  # half up
    for f in listed.values():
        assert int(f["control"]) == (int(f["insured"]) + int(f["real_salary"])
                                     + int(f["capped_salary"]) + int(f["days"]))
    [hired] = [f for f in fields if f["type"] == "B04"]
    assert hired["cin"] == "MA20001 " and int(hired["days"]) == 15
    b03, b05, b06 = fields[5], fields[7], fields[8]
    assert int(b03["count"]) == 3 and int(b03["days"]) == 26 + 13 + 26
    assert int(b03["control"]) == sum(int(f["control"]) for f in listed.values())
    assert int(b05["count"]) == 1 and int(b05["control"]) == int(hired["control"])
    assert int(b06["count"]) == 4 and int(b06["days"]) == 26 + 13 + 26 + 15
    assert int(b06["real_salary"]) == sum(int(f["real_salary"]) for f in fields
                                          if f["type"] in ("B02", "B04"))
    assert int(b06["control"]) == int(b03["control"]) + int(b05["control"])
    # the csv says the same as the file
    with (tmp_path / "CNSS_1234567_202305.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "رقم البطاقة الوطنية"
    assert sum(int(row[7]) for row in rows[1:]) == int(b06["days"])


def test_the_ceiling_and_the_file_name_order_are_settings(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    _record_may(db, actor, site)
    settings.CNSS_SALARY_CEILING.set(200000)
    settings.DAMANCOM_NAME_ORDER.set("period_affiliate")
    declaration, result = cnss.prepare(db, site.partner_id, MAY)
    assert max(line.capped_salary for line in result.lines) == 200000
    assert damancom.file_name("1234567", MAY, settings.DAMANCOM_NAME_ORDER.get()) == \
        "DS_202305_1234567.txt"


def test_a_line_refuses_a_value_that_does_not_fit():
    with pytest.raises(ValueError):
        damancom.record("B02", insured="1234567890")
    assert damancom.latin_text("Aït Benhaddou-é محمد") == "AIT BENHADDOU-E"


def test_the_bank_list_names_everyone_without_an_account(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    place_people(db, actor)
    out = tmp_path / "barid.xlsx"
    written = bank_accounts.export(db, out)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][1] == "رقم البطاقة الوطنية"
    listed = {row[1] for row in rows[1:]}
    # The demo's own people have no account yet either: they are listed beside these four.
    assert len(listed) == written == len(rows) - 1
    assert {"M123456", "MC98765", "M555111", "MA20001"} <= listed
