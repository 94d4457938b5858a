"""Realistic made-up people for the demo, the tests and the bench: Moroccan first and last
names in Arabic with the Latin spellings clerks really use (Mohamed / Mohammed / Mhamed),
CINs with regional prefixes, birth dates, phones; and, on request, the same person typed a
second time with another spelling, as lists from two sources do.

Nothing here writes to a database: callers turn the dicts into rows or files.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

# (Arabic, Arabic variants, Latin spellings) - the first of each is the usual one.
MEN = [
    ("محمد", ("محمّد",), ("Mohamed", "Mohammed", "Mhamed", "Mohammad")),
    ("أحمد", ("احمد",), ("Ahmed", "Ahmad", "Hmad")),
    ("يوسف", (), ("Youssef", "Youcef", "Yousef")),
    ("عبد الله", ("عبدالله",), ("Abdellah", "Abdallah", "Abdollah")),
    ("مصطفى", ("مصطفي",), ("Mustapha", "Mostafa", "Moustafa")),
    ("الحسين", ("لحسين",), ("El Houssine", "Lahcen", "Houcine")),
    ("إبراهيم", ("ابراهيم",), ("Brahim", "Ibrahim")),
    ("سعيد", (), ("Said", "Saïd")),
    ("عبد الرحيم", ("عبدالرحيم",), ("Abderrahim", "Abdelrahim")),
    ("رشيد", (), ("Rachid", "Rachide")),
    ("حميد", (), ("Hamid",)),
    ("خالد", (), ("Khalid", "Khaled")),
    ("عمر", (), ("Omar", "Amar")),
    ("إدريس", ("ادريس",), ("Driss", "Idriss")),
    ("نور الدين", ("نورالدين",), ("Noureddine", "Nourdine")),
]
WOMEN = [
    ("فاطمة", ("فاطمه",), ("Fatima", "Fatma", "Fatiha")),
    ("خديجة", ("خديجه",), ("Khadija", "Khadidja")),
    ("عائشة", ("عايشة", "عائشه"), ("Aicha", "Aïcha", "Aisha")),
    ("مريم", (), ("Meryem", "Mariam", "Maryam")),
    ("زينب", (), ("Zineb", "Zaynab")),
    ("نعيمة", ("نعيمه",), ("Naima", "Naïma")),
    ("حليمة", ("حليمه",), ("Halima",)),
    ("سعاد", (), ("Souad", "Suad")),
    ("حنان", (), ("Hanane", "Hanan")),
    ("إيمان", ("ايمان",), ("Imane", "Iman")),
    ("لطيفة", ("لطيفه",), ("Latifa", "Latefa")),
    ("رشيدة", ("رشيده",), ("Rachida",)),
]
LAST_NAMES = [
    ("العلوي", ("Alaoui", "El Alaoui", "Elalaoui")),
    ("الإدريسي", ("Idrissi", "El Idrissi", "Drissi")),
    ("أمزيان", ("Amziane", "Amzian")),
    ("أوحمو", ("Ouhammou", "Ouhamou")),
    ("بنعلي", ("Benali", "Ben Ali")),
    ("الزياني", ("Zayani", "Ezzayani", "Ziani")),
    ("أيت علي", ("Ait Ali", "Aït Ali")),
    ("موحى", ("Mouha", "Moha")),
    ("الحمداوي", ("Hamdaoui", "El Hamdaoui")),
    ("بوزيان", ("Bouziane", "Bouzian")),
    ("الفاسي", ("Fassi", "El Fassi")),
    ("أقبلي", ("Akabli", "Aqabli")),
    ("الشرقاوي", ("Cherkaoui", "Charkaoui")),
    ("بلحاج", ("Belhaj", "Belhadj")),
    ("أمهروق", ("Amahrouq", "Amahrouk")),
    ("الخياري", ("Khiari", "El Khiari")),
    ("الوزاني", ("Ouazzani", "El Ouazzani", "Wazzani")),
    ("أزناك", ("Aznag", "Azennag")),
]
CIN_LETTERS = ["M", "MA", "MC", "D", "DA", "I", "IA", "IB", "Q", "JA", "J", "BE", "BH",
               "BJ", "C", "CD", "EE", "G", "T", "U", "V", "X", "Z"]
CATEGORIES = ["anapec", "anapec", "anapec", "province_list", "covid_job_loss",
              "other_job_loss", "cnss_criterion", "disability"]
EDUCATION = ["", "none", "primary", "middle", "secondary", "higher"]


@dataclass
class Person:
    cin: str
    first_name_ar: str
    last_name_ar: str
    first_name_fr: str
    last_name_fr: str
    sex: str  # "male" / "female"
    birth_date: date
    phone: str
    category: str
    education_level: str
    has_disability: bool


class PeopleGenerator:
    """Deterministic for a seed; never gives the same CIN twice."""

    def __init__(self, seed: int = 2023) -> None:
        self.rng = random.Random(seed)
        self._cins: set[str] = set()

    def cin(self) -> str:
        while True:
            letters = self.rng.choice(CIN_LETTERS)
            digits = 8 - len(letters) - self.rng.choice((0, 0, 1))
            value = letters + str(self.rng.randrange(10 ** (digits - 1), 10 ** digits))
            if value not in self._cins:
                self._cins.add(value)
                return value

    def person(self, born_from: int = 1965, born_to: int = 2003) -> Person:
        rng = self.rng
        female = rng.random() < 0.4
        first_ar, _, first_fr = rng.choice(WOMEN if female else MEN)
        last_ar, last_fr = rng.choice(LAST_NAMES)
        start = date(born_from, 1, 1)
        birth = start + timedelta(days=rng.randrange((date(born_to, 12, 31) - start).days))
        category = rng.choice(CATEGORIES)
        return Person(
            cin=self.cin(), first_name_ar=first_ar, last_name_ar=last_ar,
            first_name_fr=first_fr[0], last_name_fr=last_fr[0],
            sex="female" if female else "male", birth_date=birth,
            phone=f"0{rng.choice('67')}{rng.randrange(10**7, 10**8)}", category=category,
            education_level=rng.choice(EDUCATION), has_disability=category == "disability")

    def retyped(self, person: Person, new_cin: bool = True) -> Person:
        """The same person as another list typed them: a spelling variant in each script,
        sometimes first and last names swapped, the same birth date."""
        rng = self.rng
        table = WOMEN if person.sex == "female" else MEN
        first = next((f for f in table if f[0] == person.first_name_ar), None)
        last = next((n for n in LAST_NAMES if n[0] == person.last_name_ar), None)
        first_ar = rng.choice(first[1]) if first and first[1] else person.first_name_ar
        first_fr = rng.choice(first[2]) if first else person.first_name_fr
        last_fr = rng.choice(last[1]) if last else person.last_name_fr
        copy = Person(**{**person.__dict__})
        copy.first_name_ar, copy.first_name_fr, copy.last_name_fr = first_ar, first_fr, last_fr
        if rng.random() < 0.3:
            copy.first_name_ar, copy.last_name_ar = copy.last_name_ar, copy.first_name_ar
            copy.first_name_fr, copy.last_name_fr = copy.last_name_fr, copy.first_name_fr
        if new_cin:
            copy.cin = self.cin()
        return copy

    def people(self, count: int, retyped_share: float = 0.0) -> Iterator[Person]:
        """`count` people, of which about `retyped_share` repeat an earlier one."""
        earlier: list[Person] = []
        for _ in range(count):
            if earlier and self.rng.random() < retyped_share:
                yield self.retyped(self.rng.choice(earlier))
                continue
            person = self.person()
            if len(earlier) < 5000:
                earlier.append(person)
            yield person


HEADERS_AR = ["رقم البطاقة الوطنية", "الاسم العائلي", "الاسم الشخصي", "Nom", "Prénom",
              "الجنس", "تاريخ الازدياد", "الهاتف", "الفئة", "المستوى الدراسي"]
SEX_AR = {"male": "ذكر", "female": "أنثى"}
CATEGORY_AR = {"anapec": "باحث عن شغل مسجل بأنابيك", "province_list": "لائحة الإقليم",
               "covid_job_loss": "كوفيد", "other_job_loss": "فقدان الشغل",
               "cnss_criterion": "CNSS", "disability": "إعاقة"}
EDUCATION_AR = {"": "", "none": "بدون", "primary": "ابتدائي", "middle": "إعدادي",
                "secondary": "ثانوي", "higher": "جامعي"}


def as_cells(person: Person, dates: str = "text") -> list[object]:
    """A person as a list row under HEADERS_AR; `dates` "text" (dd/mm/yyyy), "serial"
    (an Excel day number) or "date"."""
    birth: object = person.birth_date
    if dates == "text":
        birth = person.birth_date.strftime("%d/%m/%Y")
    elif dates == "serial":
        birth = (person.birth_date - date(1899, 12, 30)).days
    return [person.cin, person.last_name_ar, person.first_name_ar, person.last_name_fr,
            person.first_name_fr, SEX_AR[person.sex], birth, person.phone,
            CATEGORY_AR[person.category], EDUCATION_AR[person.education_level]]
