"""The Khénifra demo data set: Awrach editions 2022 and 2023 as the press reported them.

Trainers and testers need a realistic database in one step, with the same names and numbers
on every laptop, so that screens, printed conventions and tests can be compared. The figures
follow seeds 001 and 003 (84 worksites, 22 communes, 1,100 jobs, 1,836,000 DH of framing
grants in 2022; 953 posts stretched to 1,251 people at 3 months in 2023). Bodies, people and
bank accounts are invented and every demo row carries `DEMO_MARKER` in its notes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import (
    AttendanceStatus,
    CommitteeLevel,
    CommuneKind,
    Component,
    CostLineKind,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    MemberFunction,
    PartnerKind,
    ProposalStatus,
    VoteChoice,
)
from app.domain.meetings import default_criteria
from app.domain.partners import rib_key
from app.domain.programme import ComponentParams, Edition, Quota, validate_edition, validate_quota
from app.domain.roles import Permission
from app.errors import NotFound
from app.language import tr
from app.services import audit_chain, users
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.demo_beneficiaries import add_demo_beneficiaries
from app.services.demo_conventions import fill_convention_settings
from app.services.demo_grants import build_grants_demo
from app.services.meeting_documents import minutes_snapshot
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import PartnerRow, SettingRow, WorksiteDomainRow
from app.storage.models.committee import (
    AgendaItemRow,
    AttendanceRow,
    CommitteeRow,
    DecisionRow,
    MeetingRow,
    MemberRow,
    RecommendationRow,
    ScoreRow,
    ScoringCriterionRow,
    VoteRow,
)
from app.storage.models.programme import EditionComponentRow, EditionRow, QuotaRow
from app.storage.models.proposals import CallRow, CostLineRow, ProposalRow, proposal_communes
from app.storage.models.territory import CommuneRow, ProvinceRow

DEMO_MARKER = "awrach-demo"
DEMO_NOTE = f"معطيات تجريبية للعرض والتكوين، لا تخص هيئات أو أشخاصا حقيقيين ({DEMO_MARKER})"
SEED = 2022
KHENIFRA_CODE = "05.301"
DEMO_CITY_CODE = "331"  # an invented locality code: the demo RIBs are valid, not real

ASSOCIATION_NAMES = (
    ("الأمل", "Al Amal"), ("النور", "Annour"), ("الفتح", "Al Fath"), ("الخير", "Al Khair"),
    ("الأطلس", "Al Atlas"), ("الوفاء", "Al Wafae"), ("الرحمة", "Arrahma"),
    ("الإحسان", "Al Ihssane"), ("النهضة", "Annahda"), ("الغد", "Al Ghad"),
    ("التحدي", "Attahadi"), ("الشروق", "Achourouk"), ("الأرز", "Al Arz"),
    ("أزغار", "Azaghar"), ("تيفاوين", "Tifawin"), ("أسيف", "Assif"), ("تودرت", "Toudert"),
    ("الانطلاقة", "Al Intilaka"))
ASSOCIATION_PURPOSES = (
    ("للتنمية والتضامن", "pour le développement et la solidarité"),
    ("للتنمية المستدامة", "pour le développement durable"),
    ("للبيئة والتنمية", "pour l'environnement et le développement"),
    ("للأعمال الاجتماعية والثقافية", "des œuvres sociales et culturelles"),
    ("لحماية البيئة", "pour la protection de l'environnement"),
    ("للتنمية القروية", "pour le développement rural"),
    ("للتربية والتنمية", "pour l'éducation et le développement"),
    ("للمرأة القروية", "de la femme rurale"))
DISABILITY_PURPOSE = ("لدعم الأشخاص في وضعية إعاقة",
                      "d'appui aux personnes en situation de handicap")
COOPERATIVE_NAMES = (
    ("تيفاوين", "Tifawin"), ("أملال", "Amlal"), ("النسيم", "Annassim"), ("الزيانية", "Zayania"),
    ("تافوكت", "Tafoukt"), ("إيمولاس", "Imoulass"), ("الواحة", "Al Waha"), ("أزرو", "Azrou"))
COOPERATIVE_PRODUCTS = (
    ("للزربية الزيانية", "du tapis zayane"), ("لعسل الأطلس", "du miel de l'Atlas"),
    ("للنباتات العطرية والطبية", "des plantes aromatiques et médicinales"),
    ("للكسكس البلدي", "du couscous beldi"), ("للخياطة والطرز", "de couture et broderie"),
    ("للحليب ومشتقاته", "du lait et dérivés"))
LOCAL_PRODUCTS = ("النسوية للمنتجات المجالية", "féminine des produits du terroir")
MALE_FIRST = ("محمد", "أحمد", "الحسين", "سعيد", "عبد الله", "مصطفى", "إبراهيم", "حميد", "يوسف",
              "رشيد", "عبد الرحيم", "لحسن", "موحى", "عزيز", "خالد", "إدريس", "نور الدين", "هشام")
FEMALE_FIRST = ("فاطمة", "خديجة", "عائشة", "مليكة", "نعيمة", "زهرة", "رشيدة", "حفيظة", "سعاد",
                "لطيفة", "إيطو", "حادة", "نادية", "سميرة", "كريمة", "ثورية")
LAST_NAMES = ("أوحمو", "العلوي", "بنعلي", "الإدريسي", "أوعلي", "أمزيان", "بوزيان", "الحسني",
              "أيت باحو", "أقشار", "الكبير", "الرحماني", "أوبلا", "بلحاج", "الصغير", "أيت حدو",
              "الناصري", "بوعزة", "المرابط", "أوزين")
QUARTERS = ("حي الفتح", "حي المسيرة", "حي الأمل", "حي النصر", "حي السلام", "حي الرياض")
DOUARS = ("آيت حمو", "تغزوت", "آيت بوهو", "إغبولا", "تاملاكت", "آيت لحسن", "تيزي نلخير")
BANKS = (("بريد بنك", "350"), ("البنك الشعبي", "145"), ("التجاري وفا بنك", "007"),
         ("القرض الفلاحي للمغرب", "225"), ("بنك إفريقيا", "011"))
BANK_WEIGHTS = (5, 4, 2, 2, 1)

REGULAR_DOMAINS = ("environment", "cleanliness", "urban_upgrading")
REGULAR_WEIGHTS = (4, 4, 3)
TITLES = {
    "environment": ("ورش غرس الأشجار وصيانة المساحات الخضراء بجماعة {c}",
                    "ورش حماية البيئة ومحاربة انجراف التربة بجماعة {c}",
                    "ورش تنظيف ضفاف الأودية والعيون بجماعة {c}",
                    "ورش تشجير محيط المؤسسات التعليمية بجماعة {c}"),
    "cleanliness": ("ورش تنظيف وتهيئة المساحات الخضراء بجماعة {c}",
                    "ورش النظافة وجمع النفايات بأحياء جماعة {c}",
                    "ورش تنظيف المقابر والفضاءات العمومية بجماعة {c}",
                    "ورش تنظيف الأسواق الأسبوعية ومحيطها بجماعة {c}"),
    "urban_upgrading": ("ورش صيانة المسالك وتنقية قنوات تصريف مياه الأمطار بجماعة {c}",
                        "ورش صباغة الأرصفة وتأهيل الفضاءات العمومية بجماعة {c}",
                        "ورش صيانة المؤسسات التعليمية والمرافق العمومية بجماعة {c}",
                        "ورش تهيئة الساحات العمومية والممرات بجماعة {c}"),
    "women_empowerment": (
        "ورش دعم البيع الإلكتروني للمنتجات المجالية لفائدة النساء المتعاونات بجماعة {c}",),
    "disability_jobs": ("ورش دعم تشغيل الأشخاص في وضعية إعاقة بجماعة {c}",),
    "social_register": ("ورش المواكبة والتحسيس بالتقييد في السجل الاجتماعي الموحد "
                        "والسجل الوطني للسكان بجماعة {c}",),
}
DESCRIPTIONS = {
    "environment": "يهدف الورش إلى غرس الأشجار وصيانة المساحات الخضراء ومحاربة انجراف التربة",
    "cleanliness": "يهدف الورش إلى تنظيف الأحياء والفضاءات العمومية وجمع النفايات والتحسيس "
                   "بأهمية النظافة",
    "urban_upgrading": "يهدف الورش إلى تهيئة وصيانة المسالك والأرصفة والمرافق العمومية",
    "women_empowerment": "يهدف الورش إلى مواكبة النساء المتعاونات في تسويق المنتجات المجالية "
                         "عبر البيع الإلكتروني، من تصوير المنتجات إلى تلقي الطلبيات وتوصيلها",
    "disability_jobs": "يهدف الورش إلى تشغيل أشخاص في وضعية إعاقة في أعمال تلائم قدراتهم "
                       "داخل المرافق الاجتماعية",
    "social_register": "يهدف الورش إلى مواكبة الأسر وتحسيسها بالتقييد في السجل الوطني للسكان "
                       "والسجل الاجتماعي الموحد",
}
DURATIONS_AR = {3: "ثلاثة أشهر", 6: "ستة أشهر"}

COMMITTEE_NAME = "اللجنة الإقليمية لبرنامج أوراش بإقليم خنيفرة"
# The member excused from the 2023 meeting (the director of national education).
EXCUSED_MEMBER = 7
MEMBERS = (
    ("عامل إقليم خنيفرة", MemberFunction.CHAIR, "عمالة إقليم خنيفرة", True),
    ("الكاتب العام لعمالة إقليم خنيفرة", MemberFunction.OTHER, "عمالة إقليم خنيفرة", True),
    ("رئيس المجلس الإقليمي لخنيفرة", MemberFunction.COUNCIL_PRESIDENT,
     "المجلس الإقليمي لخنيفرة", True),
    ("المدير الإقليمي للوكالة الوطنية لإنعاش التشغيل والكفاءات", MemberFunction.ANAPEC,
     "الوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)", False),
    ("ممثل الصندوق الوطني للضمان الاجتماعي", MemberFunction.CNSS,
     "الصندوق الوطني للضمان الاجتماعي (CNSS)", False),
    ("المدير الإقليمي للفلاحة", MemberFunction.EXTERNAL_SERVICE,
     "المديرية الإقليمية للفلاحة بخنيفرة", True),
    ("المدير الإقليمي للتجهيز والماء", MemberFunction.EXTERNAL_SERVICE,
     "المديرية الإقليمية للتجهيز والماء بخنيفرة", True),
    ("المدير الإقليمي للتربية الوطنية", MemberFunction.EXTERNAL_SERVICE,
     "المديرية الإقليمية للتربية الوطنية بخنيفرة", True),
    ("مندوب التعاون الوطني", MemberFunction.EXTERNAL_SERVICE,
     "المندوبية الإقليمية للتعاون الوطني بخنيفرة", True),
    ("المدير الإقليمي للمياه والغابات", MemberFunction.EXTERNAL_SERVICE,
     "المديرية الإقليمية للوكالة الوطنية للمياه والغابات بخنيفرة", True),
)
MEETING_PLACE = "مقر عمالة خنيفرة"
MEETING_BODIES = ("عمالة إقليم خنيفرة، المجلس الإقليمي لخنيفرة، رؤساء المصالح الخارجية، "
                  "رجال السلطة، أطر المجلس الإقليمي، فعاليات المجتمع المدني")
RECOMMENDATIONS_2023 = (
    "استفادة إقليم خنيفرة من الحصة المخصصة لجهة بني ملال-خنيفرة في إطار شق أوراش دعم التشغيل "
    "المستدام، التي ارتفعت من 1790 إلى 4000 حصة، بما يضمن العدالة المجالية بين أقاليم الجهة.",
    "رفع توصية من اللجنة الإقليمية لتنفيذ برنامج أوراش إلى السلطات المعنية قصد التفكير في آليات "
    "تضمن العدالة المجالية بين مختلف الأقاليم، علما أن منح الأفضلية لأوراش دعم التشغيل المستدام "
    "يمنح فرصا أقل للأقاليم الهشة، وقد يكون دعم التكوينات حلا لتحقيق التوازن.",
    "إيلاء عناية خاصة للأشخاص في وضعية إعاقة وللأوراش المتعلقة بالمرأة.",
    "الحرص على أن تكون كل الأوراش ذات منفعة عمومية ووقع ميداني ملموس.",
    "مساعدة وسائل الإعلام المحلية على الاضطلاع بمهامها، والتواصل مع المواطنين للتعريف بالأوراش "
    "وأهدافها.",
)


@dataclass(frozen=True)
class _EditionSpec:
    """One edition as Khénifra lived it; the numbers the demo must reproduce exactly."""

    year: int
    number: int
    components: tuple[ComponentParams, ...]
    posts: int
    person_months: int
    associations: int
    cooperatives: int
    worksites: int
    beneficiaries: int
    duration: int
    framing_total: int
    call_window: tuple[date, date]
    first_start: date
    start_spread_days: int
    max_worksites_per_body: int
    special_domains: tuple[str, ...] = ()
    selection_meeting: date | None = None


EDITIONS = (
    _EditionSpec(
        2022, 1, (ComponentParams(Component.TEMPORARY_WORKSITES),
                  ComponentParams(Component.SUSTAINABLE_INTEGRATION, min_contract_months=24)),
        posts=1100, person_months=6600, associations=42, cooperatives=4, worksites=84,
        beneficiaries=1100, duration=6, framing_total=1_836_000,
        call_window=(date(2022, 2, 7), date(2022, 2, 28)), first_start=date(2022, 3, 1),
        start_spread_days=91, max_worksites_per_body=3),
    _EditionSpec(
        2023, 2, (ComponentParams(Component.TEMPORARY_WORKSITES),
                  ComponentParams(Component.SUSTAINABLE_INTEGRATION,
                                  employer_grant_monthly=Decimal("1500.00"),
                                  employer_grant_months=9, min_contract_months=12)),
        # 1,044,000 DH keeps 2022's framing grant per person-month (1,836,000 / 6,600).
        posts=953, person_months=3753, associations=50, cooperatives=5, worksites=61,
        beneficiaries=1251, duration=3, framing_total=1_044_000,
        call_window=(date(2023, 4, 17), date(2023, 5, 12)), first_start=date(2023, 6, 12),
        start_spread_days=35, max_worksites_per_body=2,
        special_domains=("women_empowerment", "disability_jobs", "social_register"),
        selection_meeting=date(2023, 5, 26)),
)
DEMO_YEARS = tuple(spec.year for spec in EDITIONS)
DEMO_NUMBERS = tuple(spec.number for spec in EDITIONS)
@dataclass(frozen=True)
class DemoSummary:
    """What the demo editions hold, read back from the database (not what was planned)."""

    editions: int
    quotas: int
    partners: int
    proposals: int
    communes_covered: int
    beneficiaries_planned: int
    created: bool

    def describe(self) -> str:
        state = tr("أنشئت الآن") if self.created else tr("موجودة من قبل، لم ينشأ أي شيء")
        return tr("معطيات العرض التجريبي ({state}): عدد النسخ {editions}، عدد الحصص {quotas}، "
                  "عدد الهيئات الشريكة {partners}، عدد الأوراش {proposals}، عدد الجماعات "
                  "المعنية {communes}، عدد المستفيدين المبرمجين {beneficiaries}").format(
            state=state, editions=self.editions, quotas=self.quotas, partners=self.partners,
            proposals=self.proposals, communes=self.communes_covered,
            beneficiaries=self.beneficiaries_planned)


DEMO_ADMIN = "admin"
DEMO_PASSWORD = "awrach-demo-1"  # printed in the README: the demo is for trainers and testers


def demo_administrator(db: Database) -> Actor | None:
    """The demo's administrator (`DEMO_ADMIN`, `DEMO_PASSWORD`), created and logged in on a
    database without accounts; None once it has accounts, which then log in as usual."""
    if users.has_accounts(db):
        return None
    users.create_first_admin(db, DEMO_ADMIN, "مدير العرض التجريبي", DEMO_PASSWORD)
    return users.authenticate(db, DEMO_ADMIN, DEMO_PASSWORD)


def demo_present(db: Database) -> bool:
    """True when an edition built by the demo (marked in its notes) is in the database."""
    with reading(db) as session:
        return bool(session.scalar(select(func.count()).select_from(EditionRow).where(
            EditionRow.year.in_(DEMO_YEARS), EditionRow.notes.contains(DEMO_MARKER))))


@requires(Permission.DEMO)
def build_demo(db: Database, actor: Actor) -> DemoSummary:
    """Fill the database with the Khénifra demo in one audited transaction (all or nothing).

    If an edition of 2022 or 2023 (or numbered 1 or 2) exists, whoever made it, nothing is
    created and the summary counts what is there (created=False): opening a real database
    with the demo option must never change it. There is no rebuild in place: the demo's
    2023 meeting is closed, and the database keeps a closed meeting as it is. A fresh demo
    goes into a new database file.
    """
    with writing(db, actor) as session:
        clashes = session.scalar(select(func.count()).select_from(EditionRow).where(or_(
            EditionRow.year.in_(DEMO_YEARS), EditionRow.number.in_(DEMO_NUMBERS))))
        if clashes:
            return _summary(session, created=False)
        _build(session, actor, random.Random(SEED))
        add_demo_beneficiaries(session, random.Random(SEED))
        return _summary(session, created=True)


def _summary(session: Session, created: bool) -> DemoSummary:
    editions = select(EditionRow.id).where(EditionRow.year.in_(DEMO_YEARS))
    in_demo = ProposalRow.edition_id.in_(editions)
    proposals, partners, people = session.execute(select(
        func.count(), func.count(func.distinct(ProposalRow.partner_id)),
        func.coalesce(func.sum(ProposalRow.beneficiaries), 0)).where(in_demo)).one()
    communes = session.scalar(
        select(func.count(func.distinct(proposal_communes.c.commune_id)))
        .select_from(proposal_communes.join(
            ProposalRow, ProposalRow.id == proposal_communes.c.proposal_id)).where(in_demo))
    return DemoSummary(
        editions=session.scalar(select(func.count()).select_from(EditionRow).where(
            EditionRow.year.in_(DEMO_YEARS))) or 0,
        quotas=session.scalar(select(func.count()).select_from(QuotaRow).where(
            QuotaRow.edition_id.in_(editions))) or 0,
        partners=partners, proposals=proposals, communes_covered=communes or 0,
        beneficiaries_planned=int(people), created=created)


def _apportion(total: int, weights: list[int]) -> list[int]:
    """Whole shares of `total` proportional to `weights` that add up exactly to `total`.

    The units lost by rounding down go to the largest remainders, so no line absorbs them all.
    """
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in order[:total - sum(shares)]:
        shares[i] += 1
    return shares


def _build(session: Session, actor: Actor, rng: random.Random) -> None:
    province = session.scalars(
        select(ProvinceRow).where(ProvinceRow.code == KHENIFRA_CODE)).first()
    if province is None:
        raise NotFound("إقليم خنيفرة (05.301) غير موجود: أعد تحميل اللائحة المرجعية للجماعات.")
    if session.get(SettingRow, SettingRow.convention_settings_key(province.id)) is None:
        fill_convention_settings(session, province)
    communes = list(session.scalars(select(CommuneRow).where(
        CommuneRow.province_id == province.id, CommuneRow.code.is_not(None))
        .order_by(CommuneRow.code)))
    neighbours = list(session.scalars(select(ProvinceRow).where(
        ProvinceRow.region_id == province.region_id, ProvinceRow.id != province.id)
        .order_by(ProvinceRow.code)))
    domains = {d.code: d for d in session.scalars(
        select(WorksiteDomainRow).order_by(WorksiteDomainRow.position))}
    used_names: set[str] = set()
    for spec in EDITIONS:
        # The duration the committee chose is the edition's usual one (3 months in 2023).
        edition = Edition(spec.year, spec.number, date(spec.year, 1, 1),
                          date(spec.year, 12, 31), default_duration_months=spec.duration,
                          notes=DEMO_NOTE, components=list(spec.components))
        validate_edition(edition)
        row = EditionRow(
            year=edition.year, number=edition.number, starts_on=edition.starts_on,
            ends_on=edition.ends_on, admin_fee_rate=edition.admin_fee_rate,
            min_duration_months=edition.min_duration_months,
            max_duration_months=edition.max_duration_months,
            default_duration_months=edition.default_duration_months,
            bodies_may_benefit_again=False, notes=DEMO_NOTE,
            components=[EditionComponentRow(
                component=p.component, enabled=p.enabled,
                employer_grant_monthly=p.employer_grant_monthly,
                employer_grant_months=p.employer_grant_months,
                min_contract_months=p.min_contract_months) for p in spec.components])
        session.add(row)
        session.flush()
        edition.id = row.id
        for other in [province, *neighbours]:
            posts = spec.posts if other is province else rng.randint(1000, 1600)
            quota = Quota(row.id, other.id, posts,
                          spec.person_months if other is province else posts * 6,
                          notes=DEMO_NOTE if other is province else f"قيمة تجريبية. {DEMO_NOTE}")
            validate_quota(quota, edition)
            session.add(QuotaRow(edition_id=row.id, province_id=other.id,
                                 component=quota.component, posts=quota.posts,
                                 person_months=quota.person_months, notes=quota.notes))
        call = CallRow(
            edition_id=row.id, component=Component.TEMPORARY_WORKSITES, province_id=province.id,
            reference=f"KHN-AO-{spec.year}",
            title_ar=f"طلب عروض المشاريع لبرنامج أوراش - {edition.title}",
            opens_on=spec.call_window[0], closes_on=spec.call_window[1],
            accepted_domain_codes=list(domains))
        session.add(call)
        holders = _add_partners(session, rng, spec, communes, used_names)
        session.flush()
        _add_proposals(session, rng, spec, row, call, holders, domains)
        _add_committee(session, rng, spec, row, province, actor)
    build_grants_demo(session)


def _add_partners(session: Session, rng: random.Random, spec: _EditionSpec,
                  communes: list[CommuneRow], used: set[str]
                  ) -> list[tuple[PartnerRow, CommuneRow, str | None]]:
    """New bodies for the edition: a body that already benefited may not benefit again."""
    kinds = ([PartnerKind.COOPERATIVE] * spec.cooperatives
             + [PartnerKind.ASSOCIATION] * spec.associations)
    rng.shuffle(kinds)
    forced: dict[int, str] = {}
    for code in spec.special_domains:
        kind = PartnerKind.COOPERATIVE if code == "women_empowerment" else PartnerKind.ASSOCIATION
        forced[next(i for i, k in enumerate(kinds) if k is kind and i not in forced)] = code
    homes = rng.sample(communes, len(communes))  # the first bodies cover every commune
    weights = [4 if c.kind is CommuneKind.URBAN else 1 for c in communes]
    homes += rng.choices(communes, weights, k=max(0, len(kinds) - len(homes)))
    holders = []
    for i, (kind, commune) in enumerate(zip(kinds, homes, strict=False)):
        coop = kind is PartnerKind.COOPERATIVE
        while True:
            if coop:
                (name_ar, name_fr) = rng.choice(COOPERATIVE_NAMES)
                what = LOCAL_PRODUCTS if forced.get(i) else rng.choice(COOPERATIVE_PRODUCTS)
                ar = f"تعاونية {name_ar} {what[0]} ب{commune.name_ar}"
                fr = f"Coopérative {name_fr} {what[1]} - {commune.name_fr}"
            else:
                (name_ar, name_fr) = rng.choice(ASSOCIATION_NAMES)
                what = (DISABILITY_PURPOSE if forced.get(i) == "disability_jobs"
                        else rng.choice(ASSOCIATION_PURPOSES))
                ar = f"جمعية {name_ar} {what[0]} ب{commune.name_ar}"
                fr = f"Association {name_fr} {what[1]} - {commune.name_fr}"
            if ar not in used:
                used.add(ar)
                break
        female = rng.random() < (0.7 if coop else 0.3)
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        if commune.kind is CommuneKind.URBAN:
            address = (f"رقم {rng.randint(1, 240)}، زنقة {rng.randint(1, 40)}، "
                       f"{rng.choice(QUARTERS)}، {commune.name_ar}")
        else:
            address = f"دوار {rng.choice(DOUARS)}، جماعة {commune.name_ar}، إقليم خنيفرة"
        bank, bank_code = rng.choices(BANKS, BANK_WEIGHTS)[0]
        body = f"{bank_code}{DEMO_CITY_CODE}{rng.randrange(10**15, 10**16)}"
        partner = PartnerRow(
            kind=kind, name_ar=ar, name_fr=fr,
            registration_number=f"{'COOP' if coop else 'ASS'}-KHN-{rng.randint(2008, 2021)}-"
                                f"{len(used):03d}",
            legal_representative=f"{first} {rng.choice(LAST_NAMES)}",
            representative_title=("رئيسة " if female else "رئيس ")
            + ("التعاونية" if coop else "الجمعية"), representative_sex="f" if female else "m",
            phone=f"06{rng.randrange(10**8):08d}", address=address, commune_id=commune.id,
            bank_name=bank, rib=body + rib_key(body), notes=DEMO_NOTE)
        session.add(partner)
        holders.append((partner, commune, forced.get(i)))
    return holders


def _add_proposals(session: Session, rng: random.Random, spec: _EditionSpec,
                   edition: EditionRow, call: CallRow,
                   holders: list[tuple[PartnerRow, CommuneRow, str | None]],
                   domains: dict[str, WorksiteDomainRow]) -> None:
    """The selected worksites, with exact totals of beneficiaries and framing grants."""
    counts = [1] * len(holders)
    for _ in range(spec.worksites - len(holders)):
        counts[rng.choice([i for i, n in enumerate(counts)
                           if n < spec.max_worksites_per_body])] += 1
    plan: list[tuple[PartnerRow, CommuneRow, str, str]] = []
    for (partner, commune, forced), count in zip(holders, counts, strict=True):
        codes = [forced] if forced else []
        codes += rng.choices(REGULAR_DOMAINS, REGULAR_WEIGHTS, k=count - len(codes))
        taken: set[str] = set()
        for code in codes:
            title = rng.choice([t for t in TITLES[code] if t not in taken])
            taken.add(title)
            plan.append((partner, commune, code, title.format(c=commune.name_ar)))
    people = _apportion(spec.beneficiaries, [rng.randint(6, 20) for _ in plan])
    grants = _apportion(spec.framing_total, people)
    opens, closes = spec.call_window
    for n, ((partner, commune, code, title), size, grant) in enumerate(
            zip(plan, people, grants, strict=True), start=1):
        proposal = ProposalRow(
            call_id=call.id, edition_id=edition.id, province_id=call.province_id,
            partner_id=partner.id, domain_id=domains[code].id if code in domains else None,
            reference=f"{KHENIFRA_CODE}-{spec.year}-{n:03d}", title_ar=title,
            description_ar=f"{DESCRIPTIONS[code]} بتراب جماعة {commune.name_ar}، بتأطير تقني من "
                           f"المصالح الخارجية المعنية، لمدة {DURATIONS_AR[spec.duration]}.",
            beneficiaries=size,
            women_planned=size if code == "women_empowerment"
            else rng.randint(size // 5, size * 3 // 5),
            disabled_planned=size if code == "disability_jobs"
            else min(size, rng.choice((0, 0, 0, 1, 1, 2))),
            duration_months=spec.duration,
            starts_on=spec.first_start + timedelta(days=rng.randint(0, spec.start_spread_days)),
            received_on=opens + timedelta(days=rng.randint(0, (closes - opens).days)),
            status=ProposalStatus.SELECTED)
        proposal.communes.append(commune)
        proposal.cost_lines.append(CostLineRow(
            kind=CostLineKind.FRAMING_GRANT, label=CostLineKind.FRAMING_GRANT.label,
            amount=Decimal(grant).quantize(Decimal("0.01")), position=1))
        if rng.random() < 0.25:
            proposal.cost_lines.append(CostLineRow(
                kind=CostLineKind.MATERIALS, label="أدوات العمل ومعدات الوقاية",
                amount=Decimal(rng.randrange(5000, 30001, 500)).quantize(Decimal("0.01")),
                position=2))
        session.add(proposal)


def _add_committee(session: Session, rng: random.Random, spec: _EditionSpec,
                   edition: EditionRow, province: ProvinceRow, actor: Actor) -> None:
    """The provincial committee, and the selection meeting the press reported (2023)."""
    committee = CommitteeRow(level=CommitteeLevel.PROVINCIAL, edition_id=edition.id,
                             province_id=province.id, name_ar=COMMITTEE_NAME)
    session.add(committee)
    session.flush()
    members = [MemberRow(committee_id=committee.id, full_name=name, function=function,
                         organisation=organisation, is_voting=voting, position=i)
               for i, (name, function, organisation, voting) in enumerate(MEMBERS, start=1)]
    session.add_all(members)
    if spec.selection_meeting is None:
        return
    session.flush()
    held = spec.selection_meeting
    meeting = MeetingRow(
        committee_id=committee.id, kind=MeetingKind.SELECTION, held_on=held,
        starts_at=time(16, 0), place=MEETING_PLACE, chair_member_id=members[0].id,
        status=MeetingStatus.PLANNED, participating_bodies=MEETING_BODIES)
    session.add(meeting)
    session.flush()
    _record_meeting(session, rng, edition, meeting, members)
    # Closed last: the database refuses any row added to a closed meeting. Its minutes are
    # frozen as closing freezes them (meetings.close_meeting).
    session.flush()
    meeting.minutes_snapshot = minutes_snapshot(session, meeting.id)
    meeting.status = MeetingStatus.CLOSED
    meeting.closed_at = datetime(held.year, held.month, held.day, 17, 30, tzinfo=UTC)
    meeting.closed_by = actor.username
    audit_chain.seal_record(session, meeting)


def _record_meeting(session: Session, rng: random.Random, edition: EditionRow,
                    meeting: MeetingRow, members: list[MemberRow]) -> None:
    """Attendance, the edition's scoring grid, scores, unanimous votes and approvals of every
    worksite, and the recommendations of the press release."""
    excused = members[EXCUSED_MEMBER]
    session.add_all(AttendanceRow(
        meeting_id=meeting.id, member_id=m.id,
        status=AttendanceStatus.EXCUSED if m is excused else AttendanceStatus.PRESENT)
        for m in members)
    criteria = [ScoringCriterionRow(edition_id=edition.id, code=c.code, name_ar=c.name_ar,
                                    weight=c.weight, max_score=c.max_score, position=i)
                for i, c in enumerate(default_criteria(), start=1)]
    session.add_all(criteria)
    proposals = list(session.scalars(select(ProposalRow).where(
        ProposalRow.edition_id == edition.id).order_by(ProposalRow.reference)))
    voters = [m for m in members if m.is_voting and m is not excused]
    for position, proposal in enumerate(proposals, start=1):
        session.add(AgendaItemRow(meeting_id=meeting.id, proposal_id=proposal.id,
                                  position=position))
        session.add_all(ScoreRow(meeting_id=meeting.id, proposal_id=proposal.id,
                                 criterion_id=c.id, value=Decimal(rng.randint(5, 10)))
                        for c in criteria)
        session.add_all(VoteRow(meeting_id=meeting.id, proposal_id=proposal.id, member_id=m.id,
                                choice=VoteChoice.FOR) for m in voters)
        session.add(DecisionRow(meeting_id=meeting.id, proposal_id=proposal.id,
                                outcome=DecisionOutcome.APPROVED))
    session.add_all(RecommendationRow(meeting_id=meeting.id, position=i, text=text)
                    for i, text in enumerate(RECOMMENDATIONS_2023, start=1))
    session.flush()
