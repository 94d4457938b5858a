"""What a province writes on every convention: the council's president and seat, where
conventions are signed, the numbering pattern and the payment tranches.

Stored as one settings row per province so that the values travel with the data (a backup
or an exchange between laptops carries them) and an office serving several provinces
keeps each one's wording.
"""

from __future__ import annotations

import string
import uuid
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.conventions import TrancheShare, default_tranche_shares, require_tranche_shares
from app.domain.roles import Permission
from app.domain.rules import RuleCheck, is_blank
from app.errors import NotFound
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import ProvinceRow, SettingRow

NUMBER_FIELDS = {"province_code": "رمز الإقليم", "year": "سنة النسخة",
                 "edition": "رقم النسخة", "seq": "الرقم التسلسلي"}
DEFAULT_PATTERN = "{province_code}/{year}/{seq:03d}"

@dataclass(frozen=True)
class ConventionSettings:
    council_name: str
    council_president: str
    council_seat: str
    signing_place: str
    number_pattern: str = DEFAULT_PATTERN
    tranches: tuple[TrancheShare, ...] = field(default_factory=default_tranche_shares)


def defaults_for(province_name: str) -> ConventionSettings:
    return ConventionSettings(
        council_name=f"المجلس الإقليمي ل{province_name}", council_president="",
        council_seat=f"مقر المجلس الإقليمي، {province_name}", signing_place=province_name)


def validate_settings(settings: ConventionSettings) -> None:
    check = RuleCheck()
    check.require(not is_blank(settings.council_name), "council_name",
                  "اسم المجلس: هذا الحقل إلزامي.")
    check.require(not is_blank(settings.signing_place), "signing_place",
                  "مكان التوقيع: هذا الحقل إلزامي.")
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(settings.number_pattern)
                 if name}
        unknown = names - set(NUMBER_FIELDS)
        check.require(not unknown, "number_pattern",
                      "نمط الترقيم: حقل غير معروف " + "، ".join(sorted(unknown))
                      + "؛ الحقول الممكنة: " + "، ".join(f"{{{k}}} ({v})"
                                                        for k, v in NUMBER_FIELDS.items()))
        check.require("seq" in names, "number_pattern",
                      "نمط الترقيم: يجب أن يتضمن الرقم التسلسلي {seq} حتى لا يتكرر رقم.")
        settings.number_pattern.format(province_code="05.301", year=2023, edition=2, seq=1)
    except (ValueError, KeyError, IndexError):
        check.fail("number_pattern", "نمط الترقيم غير صالح؛ مثال: {province_code}/{year}/{seq:03d}")
    require_tranche_shares(check, settings.tranches)
    check.raise_if_failed()


def get_settings(db: Database, province_id: uuid.UUID) -> ConventionSettings:
    with reading(db) as session:
        province = session.get(ProvinceRow, province_id)
        if province is None:
            raise NotFound("الإقليم غير موجود.")
        return get_settings_in(session, province)


def get_settings_in(session: Session, province: ProvinceRow) -> ConventionSettings:
    """`get_settings` inside a caller's unit of work."""
    row = session.get(SettingRow, SettingRow.convention_settings_key(province.id))
    stored = dict(row.value) if row and isinstance(row.value, dict) else {}
    base = defaults_for(province.name_ar)
    if not stored:
        return base
    tranches = tuple(TrancheShare(Decimal(str(t["percent"])), str(t["due_text"]))
                     for t in stored.get("tranches", [])) or base.tranches
    return ConventionSettings(
        council_name=stored.get("council_name") or base.council_name,
        council_president=stored.get("council_president", ""),
        council_seat=stored.get("council_seat") or base.council_seat,
        signing_place=stored.get("signing_place") or base.signing_place,
        number_pattern=stored.get("number_pattern") or DEFAULT_PATTERN, tranches=tranches)


@requires(Permission.SETTINGS)
def save_settings(db: Database, actor: Actor, province_id: uuid.UUID,
                  settings: ConventionSettings) -> ConventionSettings:
    validate_settings(settings)
    value = asdict(settings)
    value["tranches"] = [{"percent": str(t.percent), "due_text": t.due_text}
                         for t in settings.tranches]
    with writing(db, actor) as session:
        key = SettingRow.convention_settings_key(province_id)
        row = session.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        session.add(row)
    return get_settings(db, province_id)
