"""The programme's rules about people: who is eligible, how a CIN is written, how old a
beneficiary may be, and how many people a worksite takes.

Every rule here is written once and used by the form, the import and the assignment alike.
The CIN letter prefixes are data (`CIN_PREFIXES`): no official public list exists, so an
unknown prefix is a warning, never a refusal.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.enums import AssignmentStatus, Sex
from app.domain.text import fold
from app.errors import FieldError
from app.language import tr


class EligibilityCategory(StrEnum):
    """Why a person may join the programme (the circular's target groups)."""

    ANAPEC = "anapec"
    DISABILITY = "disability"
    COVID_JOB_LOSS = "covid_job_loss"
    OTHER_JOB_LOSS = "other_job_loss"
    CNSS_CRITERION = "cnss_criterion"
    PROVINCE_LIST = "province_list"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self][0]

    @property
    def label_fr(self) -> str:
        return _CATEGORY_LABELS[self][1]


_CATEGORY_LABELS = {
    EligibilityCategory.ANAPEC: ("باحث عن شغل مسجل بالوكالة الوطنية لإنعاش التشغيل والكفاءات",
                                 "Chercheur d'emploi inscrit à l'ANAPEC"),
    EligibilityCategory.DISABILITY: ("شخص في وضعية إعاقة", "Personne en situation de handicap"),
    EligibilityCategory.COVID_JOB_LOSS: ("فقد شغله بسبب جائحة كوفيد-19",
                                         "Emploi perdu à cause de la COVID-19"),
    EligibilityCategory.OTHER_JOB_LOSS: ("فقد شغله لسبب آخر", "Emploi perdu pour une autre cause"),
    EligibilityCategory.CNSS_CRITERION: (
        "مصرح به لدى الصندوق الوطني للضمان الاجتماعي في فبراير 2020 وغير مصرح به في الأشهر "
        "الستة السابقة", "Déclaré à la CNSS en février 2020, pas dans les six mois précédents"),
    EligibilityCategory.PROVINCE_LIST: ("لائحة الإقليم", "Liste de la province"),
}

# Words a list may use for a category, folded (Arabic, French, short codes).
CATEGORY_WORDS: dict[str, EligibilityCategory] = {
    **{c.value: c for c in EligibilityCategory},
    "anapec": EligibilityCategory.ANAPEC, "باحث عن شغل": EligibilityCategory.ANAPEC,
    "انابيك": EligibilityCategory.ANAPEC,
    "اعاقه": EligibilityCategory.DISABILITY, "handicap": EligibilityCategory.DISABILITY,
    "covid": EligibilityCategory.COVID_JOB_LOSS, "كوفيد": EligibilityCategory.COVID_JOB_LOSS,
    "فقدان الشغل": EligibilityCategory.OTHER_JOB_LOSS,
    "cnss": EligibilityCategory.CNSS_CRITERION, "الضمان الاجتماعي":
        EligibilityCategory.CNSS_CRITERION,
    "لائحه الاقليم": EligibilityCategory.PROVINCE_LIST,
    "province": EligibilityCategory.PROVINCE_LIST, "الاقليم": EligibilityCategory.PROVINCE_LIST,
}


class EducationLevel(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    MIDDLE = "middle"
    SECONDARY = "secondary"
    HIGHER = "higher"

    @property
    def label(self) -> str:
        return _EDUCATION_LABELS[self][0]

    @property
    def label_fr(self) -> str:
        return _EDUCATION_LABELS[self][1]


_EDUCATION_LABELS = {
    EducationLevel.NONE: ("بدون مستوى دراسي", "Sans niveau"),
    EducationLevel.PRIMARY: ("ابتدائي", "Primaire"),
    EducationLevel.MIDDLE: ("إعدادي", "Collège"),
    EducationLevel.SECONDARY: ("ثانوي", "Lycée"),
    EducationLevel.HIGHER: ("عال", "Supérieur"),
}

# The letters CINs start with, as seen on cards (issuing region). Data, not a rule: an
# unknown prefix only warns.
CIN_PREFIXES: frozenset[str] = frozenset((
    "A", "AA", "AB", "AD", "AE", "B", "BB", "BE", "BH", "BJ", "BK", "BL", "BM", "BW", "C",
    "CB", "CD", "D", "DA", "DB", "DC", "DJ", "E", "EA", "EB", "EE", "F", "FA", "FB", "FC",
    "FG", "G", "GA", "GB", "GK", "GM", "GN", "H", "HA", "HH", "I", "IA", "IB", "J", "JA",
    "JB", "JC", "JE", "JF", "JH", "JK", "JM", "JT", "JY", "JZ", "K", "KA", "KB", "L", "LA",
    "LB", "LC", "LE", "LF", "LG", "M", "MA", "MC", "N", "P", "PA", "PB", "Q", "QA", "R",
    "RB", "S", "SH", "SJ", "SK", "SL", "T", "TA", "U", "UA", "UB", "UC", "V", "VA", "W",
    "WA", "WB", "X", "XA", "Y", "Z", "ZG", "ZT",
))
CIN_MAX_LENGTH = 8
_CIN = re.compile(r"([A-Z]{1,2})([0-9]+)")
_CIN_NOISE = re.compile(r"[\s\-_./\u200e\u200f]+")
_DIGITS = {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}}
CNSS_NUMBER = re.compile(r"[0-9]{9}")
AFFILIATE_NUMBER = re.compile(r"[0-9]{7}")
RIB = re.compile(r"[0-9]{24}")


@dataclass(frozen=True)
class AgeLimits:
    """Ages at the worksite's start (or the check date when none): configurable."""

    minimum: int = 18
    maximum: int = 65


DEFAULT_AGE_LIMITS = AgeLimits()


def normalise_cin(text: object) -> str:
    """Upper case, without spaces, dashes, dots or slashes; Arabic-Indic digits as 0-9."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    value = str(text).upper()
    if value.isascii() and value.isalnum():  # the usual case: nothing to take out
        return value
    return _CIN_NOISE.sub("", value.translate(_DIGITS))


def cin_check(cin: str, prefixes: frozenset[str] = CIN_PREFIXES
              ) -> tuple[str | None, str | None]:
    """Why `cin` (normalised) is clearly not a CIN, and otherwise a warning about its
    letters; one match for both, as the import asks it of every row."""
    if not cin:
        return "رقم البطاقة الوطنية: إجباري.", None
    found = _CIN.fullmatch(cin) if len(cin) <= CIN_MAX_LENGTH else None
    if found is None:
        return (f"رقم البطاقة الوطنية «{cin}» غير صحيح: حرف أو حرفان ثم أرقام، "
                f"{CIN_MAX_LENGTH} رموز على الأكثر."), None
    if found.group(1) not in prefixes:
        return None, (f"رقم البطاقة الوطنية «{cin}»: الحرف «{found.group(1)}» غير معروف "
                      "(تنبيه فقط).")
    return None, None


# A column of normalised CINs, one a line, that are all well formed (the bulk check's
# quick answer); the same rule as `_CIN` with `CIN_MAX_LENGTH`.
_CIN_LINES = re.compile(r"(?:(?:[A-Z][0-9]{1,7}|[A-Z]{2}[0-9]{1,6})\n)*"
                        r"(?:[A-Z][0-9]{1,7}|[A-Z]{2}[0-9]{1,6})")
_CLEAN_LINES = re.compile(r"[A-Z0-9\n]*")
_PREFIX_LINES = re.compile(r"^[A-Z]+", re.MULTILINE)


def normalise_cins(values: Sequence[object]) -> list[str]:
    """`normalise_cin` of a whole column. A national list's CINs are nearly all plain
    letters and digits: they are upper-cased as one text (in C, not 250,000 calls) and
    only the others go through `normalise_cin` one by one."""
    try:
        joined = "\n".join(values)  # type: ignore[arg-type]
    except TypeError:  # numbers or blanks from a workbook
        return list(map(normalise_cin, values))
    if joined.count("\n") != len(values) - 1:  # a cell holding a line break
        return list(map(normalise_cin, values))
    upper = joined.upper()
    cins = upper.split("\n") if values else []
    if upper.isascii() and _CLEAN_LINES.fullmatch(upper):
        return cins
    for index in [i for i, cin in enumerate(cins) if not (cin.isascii() and cin.isalnum())]:
        cins[index] = normalise_cin(values[index])
    return cins


def check_cins(cins: Sequence[str], prefixes: frozenset[str] = CIN_PREFIXES
               ) -> tuple[dict[int, str], dict[int, str]]:
    """`cin_check` of a column of normalised CINs: (problems, warnings) by row index, in
    row order. When every CIN is well formed and its letters known, which one pattern over
    the joined column tells, no row is looked at alone."""
    joined = "\n".join(cins)
    if cins and _CIN_LINES.fullmatch(joined):
        unknown = set(_PREFIX_LINES.findall(joined)) - prefixes
        if not unknown:
            return {}, {}
        suspects: Sequence[int] = [i for i, cin in enumerate(cins)
                                   if cin.rstrip("0123456789") in unknown]
    else:
        suspects = range(len(cins))
    problems: dict[int, str] = {}
    warnings: dict[int, str] = {}
    for index in suspects:
        problem, warning = cin_check(cins[index], prefixes)
        if problem:
            problems[index] = problem
        elif warning:
            warnings[index] = warning
    return problems, warnings


def cin_problem(cin: str) -> str | None:
    """Why `cin` (normalised) is clearly not a CIN, or None."""
    return cin_check(cin)[0]


def cin_warning(cin: str, prefixes: frozenset[str] = CIN_PREFIXES) -> str | None:
    return cin_check(cin, prefixes)[1]


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_problem(birth: date | None, day: date, limits: AgeLimits = DEFAULT_AGE_LIMITS
                ) -> str | None:
    if birth is None:
        return "تاريخ الازدياد: إجباري."
    if birth > day:
        return "تاريخ الازدياد: بعد تاريخ بداية الورش."
    age = age_on(birth, day)
    if age < limits.minimum:
        return f"السن {age} سنة عند بداية الورش: أقل من الحد الأدنى ({limits.minimum} سنة)."
    if age > limits.maximum:
        return f"السن {age} سنة عند بداية الورش: أكثر من الحد الأقصى ({limits.maximum} سنة)."
    return None


@dataclass
class Beneficiary:
    cin: str
    first_name_ar: str
    last_name_ar: str
    sex: Sex
    birth_date: date | None
    first_name_fr: str = ""
    last_name_fr: str = ""
    phone: str = ""
    commune_id: uuid.UUID | None = None
    category: EligibilityCategory | None = None
    education_level: EducationLevel | None = None
    has_disability: bool = False
    cnss_number: str = ""
    rib: str = ""
    anapec_number: str = ""
    id: uuid.UUID | None = None
    row_version: int = 0
    commune_name_ar: str = ""
    worksite: str = ""
    assignment_status: AssignmentStatus | None = None
    history: list[Assignment] = field(default_factory=list)

    @property
    def full_name_ar(self) -> str:
        return f"{self.first_name_ar} {self.last_name_ar}".strip()

    @property
    def full_name_fr(self) -> str:
        return f"{self.first_name_fr} {self.last_name_fr}".strip()


@dataclass
class Assignment:
    beneficiary_id: uuid.UUID
    proposal_id: uuid.UUID
    starts_on: date | None
    ends_on: date | None
    status: AssignmentStatus = AssignmentStatus.PLANNED
    left_on: date | None = None
    leave_reason: str = ""
    replaces_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    worksite_reference: str = ""
    worksite_title: str = ""
    beneficiary_name: str = ""
    beneficiary_cin: str = ""


def validate_beneficiary(person: Beneficiary, today: date,
                         limits: AgeLimits = DEFAULT_AGE_LIMITS) -> list[FieldError]:
    """Every failed rule of the record itself (the form and the import share it)."""
    errors = []
    problem = cin_problem(person.cin)
    if problem:
        errors.append(FieldError("cin", problem, "cin"))
    if not person.first_name_ar.strip():
        errors.append(FieldError("first_name_ar", tr("الاسم الشخصي بالعربية: إجباري."), "required"))
    if not person.last_name_ar.strip():
        errors.append(FieldError("last_name_ar", tr("الاسم العائلي بالعربية: إجباري."), "required"))
    if person.birth_date is None:
        errors.append(FieldError("birth_date", tr("تاريخ الازدياد: إجباري."), "required"))
    elif age_on(person.birth_date, today) < limits.minimum:
        errors.append(FieldError("birth_date", tr("السن أقل من {limits.minimum} سنة.")
                                               .format(limits=limits), "age"))
    if person.cnss_number and not CNSS_NUMBER.fullmatch(person.cnss_number):
        errors.append(FieldError("cnss_number", tr("رقم الضمان الاجتماعي: 9 أرقام."), "cnss"))
    if person.rib and not RIB.fullmatch(person.rib):
        errors.append(FieldError("rib", tr("رقم الحساب البنكي: 24 رقما."), "rib"))
    return errors


def capacity_problem(planned: int, assigned: int, adding: int) -> str | None:
    """A worksite takes no more people at a time than its planned number."""
    if assigned + adding > planned:
        left = max(planned - assigned, 0)
        return (f"الورش مبرمج لـ {planned} مستفيدا، وفيه {assigned} حاليا: يمكن إضافة {left} "
                f"فقط، لا {adding}. لم يحفظ أي تغيير.")
    return None


def overlaps(a_start: date | None, a_end: date | None, b_start: date | None,
             b_end: date | None) -> bool:
    """Two periods share a day (an open end runs forever): one person, one worksite."""
    lo = max(a_start or date.min, b_start or date.min)
    hi = min(a_end or date.max, b_end or date.max)
    return lo <= hi


# -- names, for likely duplicates ------------------------------------------------------------

_LATIN_VOWELS = str.maketrans("", "", "aeiouyw")


def arabic_key(*names: str) -> str:
    """Arabic names folded (hamza, ta marbuta, shadda...) and sorted, so swapped first and
    last names give the same key."""
    return " ".join(sorted(fold(" ".join(names)).split()))


def latin_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalpha() else " " for c in bare).split())


def consonant_key(text: str) -> str:
    """A Latin name without vowels and doubled letters: Mohamed, Mohammed and Mhamed all
    give 'mhmd'."""
    words = []
    for word in latin_name(text).split():
        skeleton = word.translate(_LATIN_VOWELS) or word
        words.append("".join(c for i, c in enumerate(skeleton)
                             if i == 0 or c != skeleton[i - 1]))
    return " ".join(sorted(words))
