"""The employment grant of the second component: every rule of an application, the regional
committee's decisions locked with their closed meeting, the signed agreement locked and
printed with its amounts in figures and letters, hires with their monthly grant, an early
end, a replacement, and the regional totals."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.amounts import amount_in_letters
from app.domain.beneficiaries import Beneficiary, EligibilityCategory
from app.domain.enums import Component, PartnerKind, Sex, WageKind
from app.domain.grants import (
    ApplicationFacts,
    ContractType,
    Employer,
    GrantApplication,
    GrantParams,
    GrantPost,
    Hire,
    Sector,
    check_application,
    check_replacement,
    settle,
)
from app.domain.programme import ComponentParams, Edition, MinimumWage
from app.errors import Locked, ValidationError
from app.services import audit_chain, grant_agreements, grants, printed, programme, territory
from app.services.grants import Decision, GrantCall
from app.services.listing import ListQuery
from app.storage.models import CommitteeRow, MinimumWageRow
from tests.test_documents_text import normalised, poppler

AWRACH_2 = Edition(2023, 2, components=[ComponentParams(
    Component.SUSTAINABLE_INTEGRATION, employer_grant_monthly=Decimal("1500.00"),
    employer_grant_months=9, min_contract_months=12)])
WAGES = [MinimumWage(WageKind.SMIG, date(2022, 9, 1), Decimal("2970.05")),
         MinimumWage(WageKind.SMIG, date(2023, 9, 1), Decimal("3111.39")),
         MinimumWage(WageKind.SMAG, date(2022, 9, 1), Decimal("2193.62"))]
PARAMS = GrantParams(Decimal("1500.00"), 9, 12)


def _application(*posts: GrantPost, on: date = date(2023, 10, 2)) -> GrantApplication:
    import uuid
    return GrantApplication(uuid.uuid4(), uuid.uuid4(), list(posts),
                            [EligibilityCategory.ANAPEC], on)


def _facts(sector: Sector = Sector.INDUSTRY, allocation: int | None = 100, taken: int = 0,
           held: frozenset[str] = frozenset()) -> ApplicationFacts:
    return ApplicationFacts(AWRACH_2, sector, WAGES, allocation, taken, held)


def _post(title: str = "عامل إنتاج", count: int = 5, wage: str = "3200", months: int = 12
          ) -> GrantPost:
    return GrantPost(title, count, Decimal(wage), months, ContractType.FIXED_TERM)


# -- the rules ------------------------------------------------------------------------------

def test_a_sound_application_passes_every_rule():
    assert check_application(_application(_post()), _facts()) == []


def test_a_six_month_contract_is_refused_at_its_field():
    [error] = check_application(_application(_post(months=6)), _facts())
    assert error.field == "contract_months" and error.rule == "grant.contract_length"
    assert "6 أشهر" in error.message and "لا تقل مدته عن 12 شهرا" in error.message
    assert "النسخة الثانية 2023" in error.message


def test_a_wage_below_the_smig_in_force_on_the_date_is_refused():
    [error] = check_application(_application(_post(wage="3000")), _facts())
    assert error.field == "monthly_wage" and error.rule == "grant.wage_floor"
    assert "3.000,00" in error.message and "3.111,39" in error.message and "SMIG" in error.message
    # Before September 2023 the SMIG was 2,970.05: the same wage was then enough.
    assert check_application(_application(_post(wage="3000"), on=date(2023, 3, 1)),
                             _facts()) == []


def test_agriculture_is_held_to_the_smag_not_the_smig():
    assert check_application(_application(_post(wage="2300")), _facts(Sector.AGRICULTURE)) == []
    [error] = check_application(_application(_post(wage="2000")), _facts(Sector.AGRICULTURE))
    assert "SMAG" in error.message and "2.193,62" in error.message


def test_a_request_past_the_regions_allocation_is_refused():
    [error] = check_application(_application(_post(count=30)), _facts(allocation=100, taken=80))
    assert error.field == "hires" and "المتبقي" in error.message and "20 منصبا فقط" in error.message
    assert "30 منصبا" in error.message
    [missing] = check_application(_application(_post()), _facts(allocation=None))
    assert missing.rule == "grant.allocation_missing"


def test_the_same_posts_are_not_granted_twice_to_one_employer():
    [error] = check_application(_application(_post("عامل  إنتاج")),
                                _facts(held=frozenset({"عامل انتاج"})))
    assert error.rule == "grant.same_posts" and "عامل  إنتاج" in error.message


def test_every_failure_is_reported_at_once():
    errors = check_application(_application(_post(count=500, wage="1000", months=6)),
                               _facts(allocation=10))
    assert {e.field for e in errors} == {"contract_months", "monthly_wage", "hires"}


# -- hires and the monthly grant ------------------------------------------------------------

def test_a_hire_who_leaves_after_four_months_shows_what_remains():
    hire = Hire("I123456", "سعيد", "", date(2023, 6, 1), 24, ended_on=date(2023, 9, 30),
                end_reason="استقالة", paid_months=[1, 2, 3])
    settled = settle(hire, PARAMS, date(2024, 6, 1))
    assert (settled.scheduled, settled.earned, settled.paid) == (9, 4, 3)
    assert settled.due == Decimal("1500.00") and settled.late_months == 1
    assert settled.cancelled_months == 5 and settled.cancelled_amount == Decimal("7500.00")
    overpaid = settle(Hire("I1", "x", "", date(2023, 6, 1), 24, date(2023, 9, 30), "r",
                           paid_months=[1, 2, 3, 4, 5, 6]), PARAMS, date(2024, 6, 1))
    assert overpaid.to_recover == Decimal("3000.00") and overpaid.due == 0


def test_a_replacement_must_start_within_the_delay():
    left = Hire("I1", "x", "", date(2023, 6, 1), 24, date(2023, 9, 30), "r")
    assert check_replacement(left, Hire("I2", "y", "", date(2023, 10, 16), 24), PARAMS) == []
    [late] = check_replacement(left, Hire("I2", "y", "", date(2024, 1, 16), 24), PARAMS)
    assert late.field == "starts_on" and "60 يوما" in late.message


# -- through the services -------------------------------------------------------------------

@pytest.fixture
def region(opened):
    db, actor = opened.db, opened.actor
    edition = programme.save_edition(db, actor, Edition(2023, 2, components=list(
        AWRACH_2.components)))
    with grants.writing(db, actor) as session:
        session.add(MinimumWageRow(kind=WageKind.SMAG, effective_from=date(2022, 9, 1),
                                   monthly_amount=Decimal("2193.62")))
    [bmk] = [r for r in territory.list_regions(db) if r.code == "05"]
    with grants.writing(db, actor) as session:
        committee = CommitteeRow(level=grants.CommitteeLevel.REGIONAL, edition_id=edition.id,
                                 region_id=bmk.id, name_ar="اللجنة الجهوية لبني ملال-خنيفرة")
        session.add(committee)
        session.flush()
        committee_id = committee.id
    grants.save_allocation(db, actor, edition.id, bmk.id, 30)
    call = grants.save_call(db, actor, GrantCall(edition.id, bmk.id, "BMK-T-2023",
                                                 "طلب عروض تجريبي", date(2023, 3, 1),
                                                 date(2023, 3, 31)))
    khouribga = territory.find_province(db, "05.311")
    employer = grants.save_employer(db, actor, Employer(
        PartnerKind.ENTERPRISE, "شركة الأطلس للبناء", "1234567", Sector.CONSTRUCTION,
        khouribga.id, legal_representative="رشيد العلوي"))
    return opened, call, employer, committee_id


def test_applications_are_checked_saved_and_decided(region):
    opened, call, employer, committee_id = region
    db, actor = opened.db, opened.actor
    bad = GrantApplication(call.id, employer.id, [_post(count=40, wage="2500", months=6)],
                           [], date(2023, 3, 10))
    with pytest.raises(ValidationError) as refused:
        grants.save_application(db, actor, bad)
    fields = {e.field for e in refused.value.errors}
    assert fields == {"contract_months", "monthly_wage", "hires", "target_groups"}
    good = grants.save_application(db, actor, GrantApplication(
        call.id, employer.id, [_post("بناء", 10, "3300", 12)], [EligibilityCategory.DISABILITY],
        date(2023, 3, 10)))
    assert good.reference == "BMK-T-2023/001" and good.hires == 10
    page = grants.list_applications(db, ListQuery(search="الاطلس"))
    assert [line.reference for line in page.rows] == [good.reference]
    meeting_id = grants.record_decisions(db, actor, committee_id, date(2023, 4, 20), "الولاية",
                                         [Decision(good.id, True)])
    assert grants.get_application(db, good.id).status.value == "approved"
    assert grants.list_allocations(db)[0].left == 20
    # The same posts again, from the same employer: refused.
    with pytest.raises(ValidationError, match="المناصب نفسها"):
        grants.save_application(db, actor, GrantApplication(
            call.id, employer.id, [_post("بناء", 2, "3300", 12)], [EligibilityCategory.DISABILITY],
            date(2023, 3, 12)))
    # The closed meeting's decisions refuse a raw-SQL edit.
    path = Path(db.engine.url.database or "")
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.IntegrityError,
                                                     match="meeting closed"):
        raw.execute("UPDATE grant_decisions SET approved = 0 WHERE meeting_id = ?",
                    (meeting_id.hex,))
    assert grants.meeting_decisions(db, meeting_id)[0].approved
    # Without the triggers, the edit is still caught: the meeting's seal covers its decisions.
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER grant_decisions_lock_update")
        raw.execute("UPDATE grant_decisions SET reason = 'x' WHERE meeting_id = ?",
                    (meeting_id.hex,))
    assert [p.kind for p in audit_chain.verify(db).problems] == ["seal_broken"]
    # Its minutes list the decision and the allocation left, with a verification mark.
    pdf = grants.minutes_pdf(db, actor, meeting_id)
    file = path.parent / "minutes.pdf"
    file.write_bytes(pdf)
    text = " ".join(normalised(poppler("pdftotext", str(file), "-")).split())
    assert "BMK-T-2023/001" in text and "مقبول" in text and "شركة الأطلس للبناء" in text
    assert re.search(r"فيبقى 20 ?منصبا", text)
    assert printed.verify_pdf(db, pdf).matches


def test_the_signed_agreement_is_locked_printed_and_followed(region, tmp_path):
    opened, call, employer, committee_id = region
    db, actor = opened.db, opened.actor
    application = grants.save_application(db, actor, GrantApplication(
        call.id, employer.id, [_post("بناء", 12, "3300", 12)], [EligibilityCategory.ANAPEC],
        date(2023, 3, 10)))
    grants.record_decisions(db, actor, committee_id, date(2023, 4, 20), "الولاية",
                            [Decision(application.id, True)])
    agreement = grant_agreements.draw_up(db, actor, application.id)
    assert agreement.total_amount == Decimal("162000.00")  # 12 × 9 × 1,500
    with pytest.raises(ValidationError, match="بعد توقيع"):
        grant_agreements.save_hire(db, actor, Hire("I123456", "سعيد", "", date(2023, 6, 1), 24,
                                                   agreement_id=agreement.id))
    signed = grant_agreements.sign(db, actor, agreement.id, date(2023, 5, 15), "بني ملال")
    assert signed.locked
    with pytest.raises(Locked):
        grant_agreements.sign(db, actor, agreement.id, date(2023, 5, 16), "بني ملال")
    path = Path(db.engine.url.database or "")
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.IntegrityError,
                                                     match="grant agreement signed"):
        raw.execute("UPDATE grant_agreements SET total_amount = 1 WHERE id = ?",
                    (agreement.id.hex,))
    assert audit_chain.verify(db).problems == []

    pdf = grant_agreements.agreement_pdf(db, actor, agreement.id)
    file = tmp_path / "agreement.pdf"
    file.write_bytes(pdf)
    text = " ".join(normalised(poppler("pdftotext", str(file), "-")).split())
    # pdftotext gives the brackets of right-to-left text mirrored: ")فقط ... لا غير(".
    pairs = re.findall(r"([\d.]+,\d\d) ?درهم [()](فقط [^()]*? لا غير)[()]", text)
    printed_amounts = {Decimal(f.replace(".", "").replace(",", ".")) for f, _ in pairs}
    assert printed_amounts == {Decimal("1500"), Decimal("13500"), Decimal("162000")}
    for figures, letters in pairs:
        assert amount_in_letters(Decimal(figures.replace(".", "").replace(",", "."))) == letters
    assert "مائة واثنان وستون ألف درهم" in text and "عددهم اثنا عشر أجيرا" in text
    assert "مغادرة الأجير قبل الأوان" in text and "1234567" in text
    assert printed.verify_pdf(db, pdf).matches

    hire = grant_agreements.save_hire(db, actor, Hire(
        "i-123456", "", "بناء", date(2023, 6, 1), 24, agreement_id=agreement.id),
        Beneficiary("i-123456", "سعيد", "التادلي", Sex.MALE, date(1990, 1, 1)))
    assert hire.cin == "I123456"
    for month in (1, 2, 3):
        grant_agreements.record_payment(db, actor, hire.id, month, date(2023, 7 + month, 10))
    status = grant_agreements.end_hire(db, actor, hire.id, date(2023, 9, 30), "استقالة")
    assert status.settlement.earned == 4 and status.settlement.due == Decimal("1500.00")
    replacement = grant_agreements.save_hire(db, actor, Hire(
        "I765432", "", "بناء", date(2023, 10, 16), 24, agreement_id=agreement.id,
        replaces_hire_id=hire.id),
        Beneficiary("I765432", "سعاد", "الزياني", Sex.FEMALE, date(1992, 3, 4)))
    assert replacement.grant_months == 5
    found = grant_agreements.totals(db, on=date(2024, 6, 1))
    assert found.region.hires == 1 and found.region.paid == Decimal("4500.00")
    assert found.region.committed == Decimal("13500.00")  # 4 months + 5 taken over
    assert [t.label for t in found.by_province] == ["خريبكة"]
    assert found.by_sector[0].label == "البناء والأشغال العمومية"


def test_a_provincial_committee_cannot_decide_on_grants(region):
    opened, call, employer, _ = region
    db, actor = opened.db, opened.actor
    with grants.writing(db, actor) as session:
        committee = session.scalars(select(CommitteeRow)).first()
        assert committee is not None
        committee.level = grants.CommitteeLevel.PROVINCIAL
        committee_id = committee.id
    with pytest.raises(ValidationError, match="الجهوية"):
        grants.record_decisions(db, actor, committee_id, date(2023, 4, 20), "", [])


def test_the_demo_region_runs_the_grant(demo_opened, tmp_path):
    db = demo_opened.db
    assert len(grants.regional_committees(db)) == 1
    assert grants.list_employers(db).total == 12
    statuses = [line.status.value for line in grants.list_applications(db).rows]
    assert statuses.count("approved") == 9 and statuses.count("rejected") == 1
    pending = [grants.get_application(db, line.id) for line in grants.list_applications(
        db, ListQuery(filters={"status": "received"})).rows]
    rules = {e.rule for application in pending
             for e in grants.check_only(db, application)}
    assert {"grant.wage_floor", "grant.contract_length"} <= rules
    agreements = grant_agreements.list_agreements(db)
    assert len(agreements) == 9 and sum(a.locked for a in agreements) == 8
    found = grant_agreements.totals(db)
    assert len(found.by_province) == 5 and len(found.by_employer) == 8
    assert found.region.to_recover == 0 and found.region.late_months > 0
    assert any(a.late_hiring for a in agreements)
    leaver = [h for a in agreements for h in grant_agreements.list_hires(db, a.id)
              if h.hire.ended_on is not None]
    assert len(leaver) == 1 and leaver[0].settlement.earned == 4
    assert leaver[0].settlement.due == Decimal("1500.00")
    assert audit_chain.verify(db).problems == []
    assert grants.export_applications(db, ListQuery(), tmp_path / "a.xlsx") == 12
    assert grant_agreements.export_totals(db, tmp_path / "t.xlsx") > 5


# -- the command line -----------------------------------------------------------------------

def test_the_grants_commands_over_the_demo(tmp_path, capsys, monkeypatch):
    from app.cli import main
    from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    db = str(tmp_path / "cli.sqlite")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["grants", "applications", "--db", db, "--status", "approved"]) == 0
    assert capsys.readouterr().out.strip().endswith("عدد الطلبات: 9")
    assert main(["grants", "check", "--db", db, "BMK-MST-2023/012"]) == 1
    err = capsys.readouterr().err
    assert "خطأ: مدة عقد الشغل" in err and "6 أشهر" in err
    assert main(["grants", "check", "--db", db, "BMK-MST-2023/011"]) == 1
    assert "SMAG" in capsys.readouterr().err
    assert main(["grants", "hires", "--db", db, "BMK-MST-2023/AG001"]) == 0
    assert "غادر في 30/09/2023" in capsys.readouterr().out
    assert main(["grants", "totals", "--db", db]) == 0
    assert "خريبكة" in capsys.readouterr().out
    out = tmp_path / "agreement.pdf"
    assert main(["grants", "agreement", "--db", db, "BMK-MST-2023/AG001", "--out",
                 str(out)]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("AWRACH_USER", DEMO_ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", DEMO_PASSWORD)
    assert main(["grants", "agreement", "--db", db, "BMK-MST-2023/AG001", "--out",
                 str(out)]) == 0
    capsys.readouterr()
    assert main(["verify", "--db", db, str(out)]) == 0
    assert "اتفاقية منحة دعم التشغيل" in capsys.readouterr().out
    minutes = tmp_path / "minutes.pdf"
    assert main(["grants", "minutes", "--db", db, "2023-04-20", "--out", str(minutes)]) == 0
    capsys.readouterr()
    assert main(["verify", "--db", db, str(minutes)]) == 0
    assert "مطابق: محضر اجتماع" in capsys.readouterr().out  # the live meeting's minutes
    assert main(["grants", "export", "totals", "--db", db, "--out",
                 str(tmp_path / "t.xlsx")]) == 0
    assert main(["grants", "agreement", "--db", db, "NOPE", "--out", str(out)]) == 1
    assert "غير موجودة" in capsys.readouterr().err
