"""Regions, provinces and prefectures, and communes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from app.domain.enums import CommuneKind, ProvinceKind
from app.domain.rules import RuleCheck, is_blank
from app.language import tr

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
COMMUNE_CODE = re.compile(r"^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$")


@dataclass
class Region:
    code: str
    name_ar: str
    name_fr: str
    id: UUID | None = None


@dataclass
class Province:
    code: str
    name_ar: str
    name_fr: str
    kind: ProvinceKind
    region_id: UUID
    id: UUID | None = None
    region_name_ar: str = ""


@dataclass
class Commune:
    name_ar: str
    name_fr: str
    kind: CommuneKind
    province_id: UUID
    code: str | None = None
    added_by_user: bool = False
    corrected_by_user: bool = False
    id: UUID | None = None
    province_name_ar: str = ""
    row_version: int | None = None  # as read; a save from an older one is refused


def validate_commune(commune: Commune) -> None:
    check = RuleCheck()
    if check.require(not is_blank(commune.name_ar), "name_ar",
                     tr("الاسم بالعربية: إلزامي."), "commune.name_ar"):
        check.require(bool(_ARABIC_LETTER.search(commune.name_ar)), "name_ar",
                      tr("الاسم بالعربية: يجب أن يكتب بحروف عربية."), "commune.name_ar_script")
    check.require(not is_blank(commune.name_fr), "name_fr",
                  tr("الاسم بالفرنسية: إلزامي."), "commune.name_fr")
    if commune.code:
        check.require(bool(COMMUNE_CODE.match(commune.code)), "code",
                      tr("الرمز الجغرافي: صيغته 00.000.00.00 كما في مدونة المندوبية السامية "
                         "للتخطيط."),
                      "commune.code")
    check.raise_if_failed()
