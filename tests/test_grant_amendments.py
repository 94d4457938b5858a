"""Amendments to signed grant agreements, and grant hires as people of the register (issue 18,
parts 3 and 4), over the demo's Béni Mellal-Khénifra grant."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.config import sqlite_url
from app.domain.amounts import amount_in_letters
from app.domain.beneficiaries import Beneficiary
from app.domain.enums import Sex
from app.domain.grant_amendments import AmendmentFacts, GrantTerms, check_amendment
from app.domain.grants import GrantParams, Hire
from app.errors import Locked, ValidationError
from app.services import (
    audit_chain,
    beneficiaries,
    grant_agreements,
    grant_amendments,
    printed,
)
from app.services.listing import ListQuery
from tests.test_documents_text import normalised, poppler

EDITION = GrantParams(Decimal("1500.00"), 9, 12)
NOW = GrantTerms(10, Decimal("1500.00"), 9)


def _facts(**changes: object) -> AmendmentFacts:
    values: dict[str, object] = dict(signed=True, current=NOW, edition=EDITION, hired=8,
                                     paid_months=4, allocation_left=5)
    values.update(changes)
    return AmendmentFacts(**values)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    return " ".join(normalised(poppler("pdftotext", str(path), "-")).split())


def _agreement(db, number: str) -> grant_agreements.Agreement:
    [found] = [a for a in grant_agreements.list_agreements(db) if a.number == number]
    return found


# -- the rules ------------------------------------------------------------------------------

def test_a_sound_amendment_passes():
    assert check_amendment("توسيع النشاط", GrantTerms(12, Decimal("1500.00"), 9), _facts()) == []


def test_an_unsigned_agreement_takes_no_amendment():
    [error] = check_amendment("x", GrantTerms(12, Decimal("1500"), 9), _facts(signed=False))
    assert error.field is None and "غير موقعة" in error.message


def test_every_failure_of_an_amendment_is_at_its_field():
    errors = check_amendment(" ", GrantTerms(6, Decimal("1800.00"), 3), _facts())
    by_field = {e.field: e.message for e in errors}
    assert set(by_field) == {"reason", "monthly_amount", "grant_months", "hires"}
    assert "1.500,00" in by_field["monthly_amount"]
    assert "4 أشهر" in by_field["grant_months"]  # months already paid
    assert "8 مناصب" in by_field["hires"]  # people already hired
    months = check_amendment("x", GrantTerms(10, Decimal("1500"), 12), _facts())
    assert [e.field for e in months] == ["grant_months"] and "9 أشهر" in months[0].message


def test_an_amendment_must_change_something_and_stay_within_the_allocation():
    [same] = check_amendment("x", NOW, _facts())
    assert same.rule == "grant_amendment.nothing"
    [past] = check_amendment("x", GrantTerms(16, Decimal("1500"), 9), _facts())
    assert past.field == "hires" and "6 مناصب" in past.message and "5 مناصب" in past.message
    [pending] = check_amendment("x", GrantTerms(11, Decimal("1500"), 9),
                                _facts(unsigned_amendment=1))
    assert "الملحق رقم 1 لم يوقع" in pending.message


# -- drawn up, printed, signed, locked: over the demo ---------------------------------------

def test_the_demo_has_a_signed_amendment_the_agreement_list_follows(demo_opened):
    db = demo_opened.db
    amended = _agreement(db, "BMK-MST-2023/AG004")
    [amendment] = grant_amendments.list_amendments(db, amended.id)
    assert amendment.locked and amendment.number == 1
    assert amended.hires == amendment.hires and amended.hired == amended.hires - 2
    assert amended.total_amount == Decimal("13500.00") * amended.hires
    assert amended.late_hiring
    assert audit_chain.verify(db).problems == []


def test_an_amendment_is_printed_signed_locked_and_followed(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    agreement = _agreement(db, "BMK-MST-2023/AG002")
    stored = sqlite3.connect(Path(db.engine.url.database or ""))
    before_sha = stored.execute("SELECT content_sha256, content FROM grant_agreements "
                                "WHERE number = 'BMK-MST-2023/AG002'").fetchone()
    committed_before = grant_agreements.totals(db, on=date(2024, 6, 1)).region.committed
    with pytest.raises(ValidationError) as refused:
        grant_amendments.draw_up(db, actor, agreement.id, "",
                                 GrantTerms(agreement.hires, Decimal("2000"), 9),
                                 date(2023, 10, 1))
    assert {e.field for e in refused.value.errors} == {"reason", "monthly_amount"}

    terms = GrantTerms(agreement.hires + 1, Decimal("1200.00"), 9)
    amendment = grant_amendments.draw_up(db, actor, agreement.id,
                                         "مراجعة المنحة الشهرية بطلب من المشغل", terms,
                                         date(2023, 10, 1))
    assert amendment.reference == "BMK-MST-2023/AG002/M1" and not amendment.locked
    # Not signed yet: the agreement's terms are unchanged.
    assert _agreement(db, "BMK-MST-2023/AG002").total_amount == agreement.total_amount

    pdf = grant_amendments.amendment_pdf(db, actor, amendment.id)
    file = tmp_path / "amendment.pdf"
    file.write_bytes(pdf)
    text = _text(file)
    assert "ملحق رقم 1" in text and "BMK-MST-2023/AG002" in text
    # The agreement cited by the date and place printed on its signed paper.
    assert re.search(r"المحررة ببني ملال في 15 ?ماي ?،?2023", text)
    assert "مراجعة المنحة الشهرية بطلب من المشغل" in text
    pairs = re.findall(r"([\d.]+,\d\d) ?درهم [()](فقط [^()]*? لا غير)[()]", text)
    figures = {Decimal(f.replace(".", "").replace(",", ".")) for f, _ in pairs}
    assert {Decimal("1500"), Decimal("1200"), Decimal("10800"), terms.total,
            agreement.total_amount} <= figures
    for number, letters in pairs:
        assert amount_in_letters(Decimal(number.replace(".", "").replace(",", "."))) == letters
    assert printed.verify_pdf(db, pdf).matches

    with pytest.raises(ValidationError, match="لا يسبق توقيع الاتفاقية"):
        grant_amendments.sign(db, actor, amendment.id, date(2023, 5, 1), "بني ملال")
    signed = grant_amendments.sign(db, actor, amendment.id, date(2023, 10, 5), "بني ملال")
    assert signed.locked and signed.signed_on == date(2023, 10, 5)
    with pytest.raises(Locked):
        grant_amendments.sign(db, actor, amendment.id, date(2023, 10, 6), "بني ملال")

    # The agreement itself never changed; its effective terms are the amendment's.
    assert stored.execute("SELECT content_sha256, content FROM grant_agreements WHERE number "
                          "= 'BMK-MST-2023/AG002'").fetchone() == before_sha
    now = _agreement(db, "BMK-MST-2023/AG002")
    assert (now.hires, now.monthly_amount, now.total_amount) == (
        terms.hires, Decimal("1200.00"), terms.total)
    hires_after = grant_agreements.list_hires(db, agreement.id, date(2024, 6, 1))
    assert hires_after[0].params.monthly == Decimal("1200.00")
    # Its hires' months are now worth 1,200 DH each in the totals: 300 DH less a month.
    months = sum(h.settlement.scheduled - h.settlement.cancelled_months for h in hires_after)
    assert grant_agreements.totals(db, on=date(2024, 6, 1)).region.committed == (
        committed_before - Decimal(300) * months)

    signed_pdf = tmp_path / "signed.pdf"
    signed_pdf.write_bytes(grant_amendments.amendment_pdf(db, actor, amendment.id))
    assert re.search(r"حرر ببني ملال في 5 ?أكتوبر", _text(signed_pdf))

    # Raw SQL cannot change or delete the signed amendment.
    with pytest.raises(sqlite3.IntegrityError, match="grant amendment signed"):
        stored.execute("UPDATE grant_amendments SET monthly_amount = 1500 WHERE id = ?",
                       (amendment.id.hex,))
    with pytest.raises(sqlite3.IntegrityError, match="grant amendment signed"):
        stored.execute("DELETE FROM grant_amendments WHERE id = ?", (amendment.id.hex,))
    stored.close()
    assert audit_chain.verify(db).problems == []


# -- the checks of the issue over the demo ---------------------------------------------------

def test_a_demo_agreement_prints_its_amounts_in_letters_as_in_figures(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    agreement = _agreement(db, "BMK-MST-2023/AG001")
    file = tmp_path / "ag001.pdf"
    file.write_bytes(grant_agreements.agreement_pdf(db, actor, agreement.id))
    pairs = re.findall(r"([\d.]+,\d\d) ?درهم [()](فقط [^()]*? لا غير)[()]", _text(file))
    amounts = {Decimal(f.replace(".", "").replace(",", ".")) for f, _ in pairs}
    assert amounts == {Decimal("1500"), Decimal("13500"), agreement.total_amount}
    for number, letters in pairs:
        assert amount_in_letters(Decimal(number.replace(".", "").replace(",", "."))) == letters


def test_the_regional_totals_add_up_per_employer_sector_and_province(demo_opened):
    found = grant_agreements.totals(demo_opened.db, on=date(2024, 6, 1))
    for group in (found.by_employer, found.by_sector, found.by_province):
        for name in ("hires", "active", "committed", "paid", "due", "to_recover",
                     "late_months"):
            assert sum(getattr(t, name) for t in group) == getattr(found.region, name), name
    assert found.region.hires == sum(a.hired for a in grant_agreements.list_agreements(
        demo_opened.db))
    assert found.region.paid > 0 and found.region.due > 0


# -- hires are people of the register --------------------------------------------------------

def test_a_hire_is_found_in_the_register_or_added_to_it(demo_opened):
    db, actor = demo_opened.db, demo_opened.actor
    agreement = _agreement(db, "BMK-MST-2023/AG001")  # two hires still to come
    worker = beneficiaries.list_beneficiaries(db, ListQuery(limit=1)).rows[0]
    # Found by CIN (typed loosely): the register's name is the hire's.
    hire = grant_agreements.save_hire(db, actor, Hire(
        worker.cin.lower(), "", "عامل", date(2024, 1, 2), 24, agreement_id=agreement.id))
    assert hire.beneficiary_id == worker.id and hire.full_name == worker.full_name_ar
    # Not in the register and no details: refused at the CIN, nothing saved.
    with pytest.raises(ValidationError) as refused:
        grant_agreements.save_hire(db, actor, Hire("Q998877", "", "", date(2024, 1, 2), 24,
                                                   agreement_id=agreement.id))
    assert refused.value.errors[0].field == "cin"
    assert "غير مسجل في سجل المستفيدين" in refused.value.errors[0].message
    # With the details, under the register's rules (a birth date is required).
    with pytest.raises(ValidationError) as incomplete:
        grant_agreements.save_hire(db, actor, Hire("Q998877", "", "", date(2024, 1, 2), 24,
                                                   agreement_id=agreement.id),
                                   Beneficiary("Q998877", "هشام", "", Sex.MALE, None))
    assert {e.field for e in incomplete.value.errors} >= {"last_name_ar", "birth_date"}
    assert beneficiaries.find_by_cin(db, "Q998877") is None
    added = grant_agreements.save_hire(db, actor, Hire(
        "Q998877", "", "سائق", date(2024, 1, 2), 24, agreement_id=agreement.id),
        Beneficiary("Q998877", "هشام", "المرابط", Sex.MALE, date(1994, 5, 6)))
    person = beneficiaries.find_by_cin(db, "Q998877")
    assert person is not None and added.beneficiary_id == person.id
    assert added.full_name == "هشام المرابط"
    [card] = grant_agreements.hires_of_person(db, person.id)
    assert card.agreement_number == "BMK-MST-2023/AG001" and card.grant_months == 9
    assert card.ended_on is None


def test_one_person_holds_one_grant_hire_at_a_time(demo_opened):
    db, actor = demo_opened.db, demo_opened.actor
    first = _agreement(db, "BMK-MST-2023/AG001")
    second = _agreement(db, "BMK-MST-2023/AG002")
    person = Beneficiary("Q112233", "نجاة", "البوعزاوي", Sex.FEMALE, date(1991, 2, 3))
    hire = grant_agreements.save_hire(db, actor, Hire(
        "Q112233", "", "", date(2024, 1, 2), 24, agreement_id=first.id), person)
    with pytest.raises(ValidationError) as refused:
        grant_agreements.save_hire(db, actor, Hire(
            "Q112233", "", "", date(2024, 3, 1), 24, agreement_id=second.id,
            replaces_hire_id=None))
    [error] = refused.value.errors
    assert error.field == "cin" and error.rule == "hire.one_job"
    assert "BMK-MST-2023/AG001" in error.message and "02/01/2024" in error.message
    grant_agreements.end_hire(db, actor, hire.id, date(2024, 2, 29), "انتهاء العقد بالتراضي")
    # Once the first job ended, the person may be hired again (a replacement here).
    leaver = [h for h in grant_agreements.list_hires(db, second.id)
              if h.hire.ended_on is None][0]
    grant_agreements.end_hire(db, actor, leaver.hire.id, date(2024, 2, 15), "استقالة")
    again = grant_agreements.save_hire(db, actor, Hire(
        "Q112233", "", "", date(2024, 3, 1), 24, agreement_id=second.id,
        replaces_hire_id=leaver.hire.id))
    assert again.beneficiary_id == hire.beneficiary_id
    assert len(grant_agreements.hires_of_person(db, hire.beneficiary_id)) == 2


def test_hires_kept_from_before_are_linked_to_the_register(tmp_path):
    from app.services.startup import open_database
    from app.storage.models import BeneficiaryRow, GrantHireRow

    kept = Path(__file__).parent / "data" / "databases" / "awrach-rev0015.sqlite"
    copy = tmp_path / kept.name
    shutil.copyfile(kept, copy)
    with sqlite3.connect(copy) as raw:
        hires = raw.execute("SELECT count(*) FROM grant_hires").fetchone()[0]
        registered = raw.execute("SELECT count(*) FROM beneficiaries").fetchone()[0]
    opened = open_database(sqlite_url(copy))
    try:
        with grant_agreements.reading(opened.db) as session:
            rows = session.query(GrantHireRow).all()
            assert len(rows) == hires > 0
            people = {p.id: p for p in session.query(BeneficiaryRow)}
            assert all(r.beneficiary_id in people for r in rows)
            assert all(people[r.beneficiary_id].cin == r.cin for r in rows)
            added = [(p.id, p.cin) for p in people.values() if p.source == "grant_hires (0017)"]
            assert len(people) == registered + len(added) and added
            assert {f"{p.first_name_ar} {p.last_name_ar}" for p in people.values()
                    if p.source == "grant_hires (0017)"} <= {r.full_name for r in rows}
        found = beneficiaries.list_beneficiaries(opened.db, ListQuery(search=added[0][1]))
        assert [p.id for p in found.rows] == [added[0][0]]
    finally:
        opened.db.dispose()


# -- the command line -----------------------------------------------------------------------

def test_the_amendment_commands_over_the_demo(tmp_path, capsys, monkeypatch):
    from app.cli import main
    from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    monkeypatch.setenv("AWRACH_USER", DEMO_ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    assert main(["grants", "amendments", "--db", db, "BMK-MST-2023/AG004"]) == 0
    out = capsys.readouterr().out
    assert "BMK-MST-2023/AG004/M1\tموقع في 15/09/2023" in out and "الشروط السارية" in out
    assert main(["grants", "amend", "--db", db, "BMK-MST-2023/AG003", "--reason", "مراجعة",
                 "--monthly", "2000"]) == 1
    err = capsys.readouterr().err
    assert "المنحة الشهرية" in err and "1.500,00" in err and "Traceback" not in err
    assert main(["grants", "amend", "--db", db, "BMK-MST-2023/AG003", "--reason",
                 "تقليص مدة المنحة", "--months", "8", "--on", "2023-12-01"]) == 0
    assert capsys.readouterr().out.startswith("BMK-MST-2023/AG003/M1\t")
    pdf = tmp_path / "m1.pdf"
    assert main(["grants", "amendment", "--db", db, "BMK-MST-2023/AG003/M1", "--out",
                 str(pdf)]) == 0
    assert "تحدد مدة المنحة في ثمانية أشهر" in _text(pdf)
    assert main(["grants", "sign-amendment", "--db", db, "BMK-MST-2023/AG003/M1", "--on",
                 "2023-12-05", "--place", "بني ملال"]) == 0
    assert main(["grants", "amendments", "--db", db, "BMK-MST-2023/AG003"]) == 0
    assert "عدد الأشهر: 8" in capsys.readouterr().out.splitlines()[-1]
    capsys.readouterr()
    assert main(["verify", "--db", db, str(pdf)]) == 0
    assert "ملحق اتفاقية منحة دعم التشغيل" in capsys.readouterr().out
    assert main(["grants", "sign-amendment", "--db", db, "BMK-MST-2023/AG003/M9", "--on",
                 "2023-12-05", "--place", "x"]) == 1
    assert "غير موجود" in capsys.readouterr().err
    assert main(["grants", "sign-amendment", "--db", db, "BMK-MST-2023/AG003/M1", "--on",
                 "05/12/2023", "--place", "x"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_an_amendment_refused_reads_in_french_when_the_language_is_french():
    from app import language

    language.set_language("fr")
    try:
        errors = check_amendment(" ", GrantTerms(6, Decimal("1800.00"), 3), _facts())
    finally:
        language.set_language("ar")
    by_field = {e.field: e.message for e in errors}
    assert by_field["reason"] == "Motif de l'avenant : obligatoire."
    assert by_field["monthly_amount"].startswith("Prime mensuelle par salarié : entre 0 et ")
