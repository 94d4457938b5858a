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
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.conventions import (
    Deliberation,
    TrancheShare,
    default_tranche_shares,
    require_person_sex,
    require_tranche_shares,
)
from app.domain.roles import Permission
from app.domain.rules import RuleCheck, is_blank
from app.errors import NotFound
from app.language import tr
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
    council_president_sex: str = ""  # "m" / "f"
    # The council's deliberation approving each edition's conventions, by edition year.
    deliberations: tuple[EditionDeliberation, ...] = ()

    def deliberation_for(self, year: int) -> Deliberation | None:
        for entry in self.deliberations:
            if entry.year == year:
                return Deliberation(entry.session_date, entry.decision_number)
        return None


@dataclass(frozen=True)
class EditionDeliberation:
    """Entered once per edition: the session and decision the preamble cites."""

    year: int
    session_date: date
    decision_number: str


def defaults_for(province_name: str) -> ConventionSettings:
    return ConventionSettings(
        council_name=f"المجلس الإقليمي ل{province_name}", council_president="",
        council_seat=f"مقر المجلس الإقليمي، {province_name}", signing_place=province_name)


def validate_settings(settings: ConventionSettings) -> None:
    check = RuleCheck()
    check.require(not is_blank(settings.council_name), "council_name",
                  tr("اسم المجلس: هذا الحقل إلزامي."))
    check.require(not is_blank(settings.signing_place), "signing_place",
                  tr("مكان التوقيع: هذا الحقل إلزامي."))
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(settings.number_pattern)
                 if name}
        unknown = names - set(NUMBER_FIELDS)
        check.require(not unknown, "number_pattern",
                      "نمط الترقيم: حقل غير معروف " + "، ".join(sorted(unknown))
                      + "؛ الحقول الممكنة: " + "، ".join(f"{{{k}}} ({v})"
                                                        for k, v in NUMBER_FIELDS.items()))
        check.require("seq" in names, "number_pattern",
                      tr("نمط الترقيم: يجب أن يتضمن الرقم التسلسلي {seq} حتى لا يتكرر رقم."))
        settings.number_pattern.format(province_code="05.301", year=2023, edition=2, seq=1)
    except (ValueError, KeyError, IndexError):
        check.fail("number_pattern", tr("نمط الترقيم غير صالح؛ مثال: "
                                        "{province_code}/{year}/{seq:03d}"))
    require_tranche_shares(check, settings.tranches)
    if not is_blank(settings.council_president):
        require_person_sex(check, settings.council_president_sex, "council_president_sex",
                           "رئيس المجلس")
    years = [entry.year for entry in settings.deliberations]
    check.require(len(set(years)) == len(years), "deliberations",
                  tr("مداولات المجلس: سطر واحد لكل نسخة."))
    check.require(all(not is_blank(entry.decision_number) for entry in settings.deliberations),
                  "deliberations", tr("مداولات المجلس: أدخل رقم المقرر في كل سطر."))
    check.raise_if_failed()


def get_settings(db: Database, province_id: uuid.UUID) -> ConventionSettings:
    with reading(db) as session:
        province = session.get(ProvinceRow, province_id)
        if province is None:
            raise NotFound(tr("الإقليم غير موجود."))
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
        number_pattern=stored.get("number_pattern") or DEFAULT_PATTERN, tranches=tranches,
        council_president_sex=stored.get("council_president_sex", ""),
        deliberations=tuple(EditionDeliberation(int(d["year"]),
                                                date.fromisoformat(d["session_date"]),
                                                str(d["decision_number"]))
                            for d in stored.get("deliberations", [])))


@requires(Permission.SETTINGS)
def save_settings(db: Database, actor: Actor, province_id: uuid.UUID,
                  settings: ConventionSettings) -> ConventionSettings:
    validate_settings(settings)
    value = asdict(settings)
    value["tranches"] = [{"percent": str(t.percent), "due_text": t.due_text}
                         for t in settings.tranches]
    value["deliberations"] = [{"year": d.year, "session_date": d.session_date.isoformat(),
                               "decision_number": d.decision_number.strip()}
                              for d in sorted(settings.deliberations, key=lambda d: d.year)]
    with writing(db, actor) as session:
        key = SettingRow.convention_settings_key(province_id)
        row = session.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        session.add(row)
    return get_settings(db, province_id)
