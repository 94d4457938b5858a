"""Bodies that carry projects: associations, cooperatives, enterprises."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from app.domain.cnss import require_affiliate
from app.domain.enums import PartnerKind
from app.domain.rules import RuleCheck, is_blank
from app.language import tr

RIB_PARTS = (3, 3, 16, 2)  # bank, city, account, key
RIB_LENGTH = sum(RIB_PARTS)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def normalise_rib(text: str) -> str:
    """RIBs are written in groups ("011 780 0000123456789012 34"): keep the digits only."""
    return re.sub(r"[\s.-]", "", text or "")


def rib_key(first_22_digits: str) -> str:
    """The two check digits that make the whole 24-digit number divisible by 97."""
    return f"{97 - int(first_22_digits) * 100 % 97:02d}"


def rib_is_valid(rib: str) -> bool:
    """A Moroccan RIB: bank (3) + city (3) + account (16) + key (2), a multiple of 97."""
    return len(rib) == RIB_LENGTH and rib.isdigit() and int(rib) % 97 == 0


def rib_parts(rib: str) -> tuple[str, ...]:
    """Bank, city, account and key, as RIB slips print them; an ill-formed RIB stays whole."""
    if len(rib) != RIB_LENGTH:
        return (rib,)
    parts, start = [], 0
    for size in RIB_PARTS:
        parts.append(rib[start:start + size])
        start += size
    return tuple(parts)


def require_rib(check: RuleCheck, rib: str, field_name: str = "rib") -> bool:
    """The RIB rule wherever a RIB is kept or printed: its length, then its key."""
    if not check.require(len(rib) == RIB_LENGTH and rib.isdigit(), field_name,
                         tr("رقم الحساب البنكي (RIB): يتكون من {RIB_LENGTH} رقما (المكتوب "
                            "{rib}).").format(RIB_LENGTH=RIB_LENGTH, rib=len(rib)), "rib.length"):
        return False
    return check.require(rib_is_valid(rib), field_name,
                         tr("رقم الحساب البنكي (RIB): مفتاح المراقبة (الرقمان الأخيران) غير "
                            "صحيح؛ تحقق من الرقم في شهادة التعريف البنكي."), "rib.key")


def normalise_phone(text: str) -> str:
    return re.sub(r"[\s.-]", "", text or "")


@dataclass
class Partner:
    kind: PartnerKind
    name_ar: str
    name_fr: str = ""
    registration_number: str = ""
    legal_representative: str = ""
    representative_title: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    commune_id: UUID | None = None
    bank_name: str = ""
    rib: str = ""
    notes: str = ""
    id: UUID | None = None
    commune_name_ar: str = ""
    province_name_ar: str = ""
    row_version: int | None = None  # as read; a save from an older one is refused
    representative_sex: str = ""  # "m" (السيد) or "f" (السيدة); "" not entered
    cnss_affiliate: str = ""  # 7 digits, once the body is affiliated to CNSS


def validate_partner(partner: Partner) -> None:
    check = RuleCheck()
    if check.require(not is_blank(partner.name_ar), "name_ar",
                     tr("الاسم بالعربية: إلزامي."), "partner.name_ar"):
        check.require(bool(_ARABIC_LETTER.search(partner.name_ar)), "name_ar",
                      tr("الاسم بالعربية: يجب أن يكتب بحروف عربية."), "partner.name_ar_script")
    check.require(not is_blank(partner.legal_representative), "legal_representative",
                  tr("الممثل القانوني: إلزامي (يوقع الاتفاقية باسم الهيئة)."),
                  "partner.representative")
    rib = normalise_rib(partner.rib)
    if rib:
        require_rib(check, rib)
    require_affiliate(check, partner.cnss_affiliate)
    phone = normalise_phone(partner.phone)
    if phone:
        digits = phone.removeprefix("+")
        check.require(digits.isdigit() and 9 <= len(digits) <= 13, "phone",
                      tr("الهاتف: رقم غير صحيح (مثال: 0612345678)."), "partner.phone")
    if partner.email.strip():
        check.require(bool(_EMAIL.match(partner.email.strip())), "email",
                      tr("البريد الإلكتروني: عنوان غير صحيح."), "partner.email")
    check.raise_if_failed()
