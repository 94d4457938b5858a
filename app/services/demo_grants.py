"""The demo's second component: Béni Mellal-Khénifra's regional committee and the
employment grant of Awrach 2 (2023), with a dozen employers across the region's provinces.

Built inside the demo's transaction (`app.services.demo`), after the Khénifra data, with
its own random generator so the Khénifra part stays the same. The figures are plausible,
not real: an allocation of 600 hires, 1,500 DH a month for 9 months per hire.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.beneficiaries import Beneficiary, EligibilityCategory
from app.domain.enums import (
    AttendanceStatus,
    CommitteeLevel,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    MemberFunction,
    PartnerKind,
    Sex,
    VoteChoice,
    WageKind,
)
from app.domain.grant_amendments import GrantTerms
from app.domain.grants import (
    ApplicationStatus,
    ContractType,
    Sector,
    add_months,
    grant_params,
)
from app.domain.text import fold
from app.services.audit_chain import seal_record
from app.services.beneficiaries import register_person
from app.services.grant_agreements import fill_content
from app.services.grant_amendments import add_amendment, sign_row
from app.services.programme import edition_from_row
from app.storage.models import (
    AttendanceRow,
    BeneficiaryRow,
    CommitteeRow,
    EditionRow,
    EmployerRow,
    GrantAgendaRow,
    GrantAgreementRow,
    GrantAllocationRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantDecisionRow,
    GrantHireRow,
    GrantPaymentRow,
    GrantPostRow,
    GrantVoteRow,
    MeetingRow,
    MemberRow,
    MinimumWageRow,
    ProvinceRow,
    RecommendationRow,
    RegionRow,
)

REGION_CODE = "05"
SEED = 18
ALLOCATION = 600
# SMAG: 84.37 DH a day from September 2022, 88.59 from September 2023, × 26 days.
SMAG = ((date(2022, 9, 1), Decimal("2193.62")), (date(2023, 9, 1), Decimal("2303.34")))

# name, kind, sector, province code, posts (title, count, wage, contract months, type)
EMPLOYERS: tuple[tuple[str, PartnerKind, Sector, str,
                       tuple[tuple[str, int, str, int, ContractType], ...]], ...] = (
    ("شركة تادلة للصناعات الغذائية", PartnerKind.ENTERPRISE, Sector.INDUSTRY, "05.091",
     (("عامل إنتاج", 20, "3200.00", 24, ContractType.PERMANENT),
      ("مراقب جودة", 4, "4200.00", 24, ContractType.PERMANENT))),
    ("تعاونية أم الربيع للحليب", PartnerKind.COOPERATIVE, Sector.AGRICULTURE, "05.255",
     (("عامل تجميع الحليب", 10, "2400.00", 12, ContractType.FIXED_TERM),)),
    ("شركة الأطلس للبناء", PartnerKind.ENTERPRISE, Sector.CONSTRUCTION, "05.311",
     (("بناء", 15, "3300.00", 12, ContractType.FIXED_TERM),
      ("سائق آليات", 3, "4000.00", 24, ContractType.PERMANENT))),
    ("جمعية أزيلال للسياحة الجبلية", PartnerKind.ASSOCIATION, Sector.TOURISM, "05.081",
     (("مرشد سياحي", 6, "3500.00", 12, ContractType.FIXED_TERM),)),
    ("تعاونية تاغبالوت لزيت الزيتون", PartnerKind.COOPERATIVE, Sector.AGRICULTURE, "05.081",
     (("عامل معصرة", 8, "2350.00", 12, ContractType.FIXED_TERM),)),
    ("شركة خنيفرة للخدمات اللوجستيكية", PartnerKind.ENTERPRISE, Sector.SERVICES, "05.301",
     (("عون مخزن", 12, "3150.00", 24, ContractType.PERMANENT),)),
    ("تعاونية زيان للنسيج التقليدي", PartnerKind.COOPERATIVE, Sector.CRAFTS, "05.301",
     (("نساجة", 10, "3120.00", 12, ContractType.FIXED_TERM),)),
    ("شركة الفوسفاط للصيانة الصناعية", PartnerKind.ENTERPRISE, Sector.INDUSTRY, "05.311",
     (("تقني صيانة", 8, "4500.00", 24, ContractType.PERMANENT),)),
    ("جمعية الأمل للاقتصاد التضامني", PartnerKind.ASSOCIATION, Sector.SOCIAL_ECONOMY, "05.091",
     (("منشط اجتماعي", 5, "3200.00", 12, ContractType.FIXED_TERM),)),
    ("شركة سوق بني ملال التجاري", PartnerKind.ENTERPRISE, Sector.COMMERCE, "05.091",
     (("بائع", 14, "3150.00", 12, ContractType.FIXED_TERM),)),
    ("تعاونية الفقيه بن صالح للشمندر", PartnerKind.COOPERATIVE, Sector.AGRICULTURE, "05.255",
     (("عامل فلاحي", 6, "2000.00", 12, ContractType.FIXED_TERM),)),  # below the SMAG
    ("شركة وادي زم للنقل", PartnerKind.ENTERPRISE, Sector.SERVICES, "05.311",
     (("سائق", 4, "3300.00", 6, ContractType.FIXED_TERM),)),  # a 6-month contract
)
# The last two are left "received": they break a rule (wage, contract) and stay there to
# show it; the tenth is rejected by the committee; the others are approved.
REJECTED = 9
PENDING_FROM = 10
FIRST_NAMES = ("محمد", "فاطمة", "يوسف", "خديجة", "عبد الله", "نادية", "سعيد", "حنان", "مصطفى",
               "سناء", "رشيد", "لطيفة", "حسن", "مريم", "إبراهيم", "زينب")
LAST_NAMES = ("العلوي", "الإدريسي", "بنعلي", "الزياني", "أوحمو", "التادلي", "الخنيفري",
              "أيت علي", "بوزيد", "الصغيري")


def build_grants_demo(session: Session) -> None:
    rng = random.Random(SEED)
    region = session.scalars(select(RegionRow).where(RegionRow.code == REGION_CODE)).first()
    edition = session.scalars(select(EditionRow).where(EditionRow.year == 2023)).first()
    if region is None or edition is None:
        return
    params = grant_params(edition_from_row(edition))
    assert params is not None  # the demo's 2023 edition carries them
    for since, amount in SMAG:
        if session.scalar(select(MinimumWageRow.id).where(
                MinimumWageRow.kind == WageKind.SMAG,
                MinimumWageRow.effective_from == since)) is None:
            session.add(MinimumWageRow(kind=WageKind.SMAG, effective_from=since,
                                       monthly_amount=amount,
                                       reference="الحد الأدنى للأجر في القطاع الفلاحي "
                                                 "(قيمة تجريبية: الأجر اليومي × 26)"))
    provinces = {p.code: p for p in session.scalars(
        select(ProvinceRow).where(ProvinceRow.region_id == region.id))}
    session.add(GrantAllocationRow(edition_id=edition.id, region_id=region.id,
                                   hires=ALLOCATION, notes="قيمة تجريبية."))
    committee = CommitteeRow(level=CommitteeLevel.REGIONAL, edition_id=edition.id,
                             region_id=region.id,
                             name_ar=f"اللجنة الجهوية لبرنامج أوراش بجهة {region.name_ar}")
    session.add(committee)
    session.flush()
    members = []
    for position, (name, function, organisation) in enumerate((
            ("والي جهة بني ملال-خنيفرة", MemberFunction.CHAIR, "ولاية الجهة"),
            ("رئيس مجلس الجهة", MemberFunction.COUNCIL_PRESIDENT, "مجلس جهة بني ملال-خنيفرة"),
            ("المدير الجهوي للوكالة الوطنية لإنعاش التشغيل والكفاءات", MemberFunction.ANAPEC,
             "ANAPEC"),
            ("المدير الجهوي للصندوق الوطني للضمان الاجتماعي", MemberFunction.CNSS, "CNSS"),
            ("المدير الجهوي للتشغيل", MemberFunction.EXTERNAL_SERVICE, "وزارة التشغيل"),
    ), start=1):
        member = MemberRow(committee_id=committee.id, full_name=name, function=function,
                           organisation=organisation, position=position)
        session.add(member)
        members.append(member)
    call = GrantCallRow(edition_id=edition.id, region_id=region.id, reference="BMK-MST-2023",
                        title_ar="طلب عروض المشاريع لمنحة دعم التشغيل - النسخة الثانية 2023",
                        opens_on=date(2023, 3, 1), closes_on=date(2023, 3, 31))
    session.add(call)
    session.flush()
    applications = []
    for index, (name, kind, sector, province, posts) in enumerate(EMPLOYERS):
        cnss = f"{rng.randint(1_000_000, 9_999_999)}"
        employer = EmployerRow(kind=kind, name_ar=name, cnss_affiliate=cnss,
                               sector=sector.value, province_id=provinces[province].id,
                               legal_representative=f"{rng.choice(FIRST_NAMES)} "
                                                    f"{rng.choice(LAST_NAMES)}",
                               phone=f"0523{rng.randint(100000, 999999)}",
                               address=f"حي {rng.choice(('النصر', 'الأمل', 'السلام'))}، "
                                       f"{provinces[province].name_ar}",
                               search_text="")
        employer.search_text = fold(" ".join((name, cnss, employer.legal_representative)))
        session.add(employer)
        session.flush()
        reference = f"{call.reference}/{index + 1:03d}"
        status = (ApplicationStatus.RECEIVED if index >= PENDING_FROM
                  else ApplicationStatus.REJECTED if index == REJECTED
                  else ApplicationStatus.RECEIVED)
        application = GrantApplicationRow(
            call_id=call.id, employer_id=employer.id, reference=reference,
            received_on=date(2023, 3, 6) + timedelta(days=2 * index), status=status.value,
            hires=sum(p[1] for p in posts),
            target_groups=[EligibilityCategory.ANAPEC.value,
                           EligibilityCategory.COVID_JOB_LOSS.value],
            search_text=fold(" ".join((reference, name, cnss, *(p[0] for p in posts)))))
        session.add(application)
        session.flush()
        for position, (title, count, wage, months, contract) in enumerate(posts, start=1):
            session.add(GrantPostRow(application_id=application.id, position=position,
                                     title_ar=title, count=count, monthly_wage=Decimal(wage),
                                     contract_months=months, contract_type=contract.value))
        applications.append(application)
    _regional_meeting(session, committee, members, applications[:PENDING_FROM])
    _agreements(session, rng, applications[:REJECTED], params.monthly, params.months)


def _regional_meeting(session: Session, committee: CommitteeRow, members: list[MemberRow],
                      decided: list[GrantApplicationRow]) -> None:
    """The committee's meeting as held on the live meeting screen: the wali in the chair,
    the attendance, a vote on each application, the decisions, then the closing that
    freezes the minutes and seals the meeting."""
    from app.services.meeting_documents import minutes_snapshot

    session.flush()
    meeting = MeetingRow(committee_id=committee.id, kind=MeetingKind.SELECTION,
                         held_on=date(2023, 4, 20), starts_at=time(10, 0),
                         place="مقر ولاية جهة بني ملال-خنيفرة", chair_member_id=members[0].id,
                         status=MeetingStatus.PLANNED)
    session.add(meeting)
    session.flush()
    for member in members:
        represented = member is members[-1]
        session.add(AttendanceRow(
            meeting_id=meeting.id, member_id=member.id,
            status=AttendanceStatus.REPRESENTED if represented else AttendanceStatus.PRESENT,
            represented_by="رئيس مصلحة التشغيل بالمديرية الجهوية" if represented else ""))
    for index, application in enumerate(decided):
        approved = index != REJECTED
        session.add(GrantAgendaRow(meeting_id=meeting.id, application_id=application.id,
                                   position=index + 1))
        for number, member in enumerate(members):
            choice = VoteChoice.FOR if approved else VoteChoice.AGAINST
            if number == 3 and index in (2, 6):
                choice = VoteChoice.ABSTAIN
            if not approved and number == 1:
                choice = VoteChoice.FOR
            session.add(GrantVoteRow(meeting_id=meeting.id, application_id=application.id,
                                     member_id=member.id, choice=choice))
        application.status = (ApplicationStatus.APPROVED if approved
                              else ApplicationStatus.REJECTED).value
        session.add(GrantDecisionRow(
            meeting_id=meeting.id, application_id=application.id, approved=approved,
            outcome=(DecisionOutcome.APPROVED if approved else DecisionOutcome.REJECTED).value,
            reason="" if approved else "المناصب المقترحة لا تستجيب لحاجيات التشغيل بالجهة.",
            conditions="توقيع الاتفاقية قبل 31 ماي 2023" if index == 0 else ""))
    for position, text in enumerate((
            "تسريع توقيع اتفاقيات المنحة مع المشغلين المقبولين وتتبع التشغيل شهريا.",
            "إعلان طلب عروض ثان لما تبقى من حصة الجهة قبل متم السنة."), start=1):
        session.add(RecommendationRow(meeting_id=meeting.id, position=position, text=text))
    session.flush()
    meeting.minutes_snapshot = minutes_snapshot(session, meeting.id)
    meeting.status = MeetingStatus.CLOSED
    meeting.closed_at, meeting.closed_by = datetime(2023, 4, 20, 17, tzinfo=UTC), "demo"
    seal_record(session, meeting)


def _agreements(session: Session, rng: random.Random, approved: list[GrantApplicationRow],
                monthly: Decimal, months: int) -> None:
    """Agreements signed in May 2023 (the last one left unsigned), hires from June, the
    months paid; one hire leaves after four months and is replaced."""
    for index, application in enumerate(approved, start=1):
        data_total = monthly * months * application.hires
        agreement = GrantAgreementRow(
            number=f"BMK-MST-2023/AG{index:03d}", application_id=application.id,
            employer_id=application.employer_id, hires=application.hires,
            monthly_amount=monthly, grant_months=months, total_amount=data_total,
            content={}, content_sha256="")
        session.add(agreement)
        session.flush()
        fill_content(session, agreement)
        if index == len(approved):
            continue
        agreement.signed_on, agreement.signed_place = date(2023, 5, 15), "بني ملال"
        fill_content(session, agreement)
        agreement.locked_at = datetime(2023, 5, 15, 12, tzinfo=UTC)
        seal_record(session, agreement)
        hired = application.hires if index > 2 else application.hires - 2  # two late
        for number in range(hired):
            starts = date(2023, 6, 1) + timedelta(days=rng.choice((0, 0, 14)))
            person = _person(session, rng, f"{rng.choice(FIRST_NAMES)}",
                             rng.choice(LAST_NAMES))
            hire = GrantHireRow(
                agreement_id=agreement.id, cin=person.cin,
                full_name=f"{person.first_name_ar} {person.last_name_ar}",
                post_title="", starts_on=starts, contract_months=24 if index % 2 else 12,
                grant_months=months, beneficiary_id=person.id)
            session.add(hire)
            session.flush()
            paid = months if index % 3 else months - 2  # some months left unpaid
            if index == 1 and number == 0:
                hire.starts_on = date(2023, 6, 1)
                hire.ended_on, hire.end_reason = date(2023, 9, 30), "استقالة الأجير"
                paid = 3
                person = _person(session, rng, "سعاد", "الزياني", "I765432")
                replacement = GrantHireRow(
                    agreement_id=agreement.id, cin="I765432", full_name="سعاد الزياني",
                    post_title="", starts_on=date(2023, 10, 16), contract_months=24,
                    grant_months=months - 4, replaces_hire_id=hire.id,
                    beneficiary_id=person.id)
                session.add(replacement)
                session.flush()
                _pay(session, replacement, monthly, months - 4)
            _pay(session, hire, monthly, paid)
        if index == AMENDED:
            # The employer takes on two more people: a signed amendment (ملحق رقم 1).
            amendment = add_amendment(session, agreement, "توسيع نشاط المشغل وحاجته إلى "
                                      "أجيرين إضافيين", GrantTerms(
                                          application.hires + 2, monthly, months),
                                      date(2023, 9, 1))
            sign_row(session, amendment, date(2023, 9, 15), "بني ملال")


FEMALE_NAMES = frozenset({"فاطمة", "خديجة", "نادية", "حنان", "سناء", "لطيفة", "مريم", "زينب",
                          "سعاد"})
AMENDED = 4  # the agreement BMK-MST-2023/AG004


def _person(session: Session, rng: random.Random, first: str, last: str, cin: str = ""
            ) -> BeneficiaryRow:
    """A hire's entry in the beneficiaries register (found by CIN, or added)."""
    def held(number: str) -> BeneficiaryRow | None:
        return session.scalars(select(BeneficiaryRow).where(BeneficiaryRow.cin == number)).first()

    found = held(cin) if cin else None
    if found is not None:
        return found
    while not cin or held(cin) is not None:
        cin = f"I{rng.randint(100000, 999999)}"
    born = date(1975, 1, 1) + timedelta(days=rng.randint(0, 9000))
    return register_person(session, Beneficiary(
        cin, first, last, Sex.FEMALE if first in FEMALE_NAMES else Sex.MALE, born),
        date(2023, 6, 1))


def _pay(session: Session, hire: GrantHireRow, monthly: Decimal, count: int) -> None:
    for month in range(1, count + 1):
        session.add(GrantPaymentRow(hire_id=hire.id, month_index=month, amount=monthly,
                                    paid_on=add_months(hire.starts_on, month) + timedelta(
                                        days=10)))
