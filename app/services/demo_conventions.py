"""What the demo's province writes on its conventions: the council's president (a
convention is not drawn up without one) and the deliberations that approved each
edition's conventions. The names and numbers are invented for the demo."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.services.convention_settings import defaults_for
from app.storage.models import ProvinceRow, SettingRow

PRESIDENT = "عبد الكريم الحمداوي"
DELIBERATIONS = ({"year": 2022, "session_date": date(2022, 3, 3).isoformat(),
                  "decision_number": "14/2022"},
                 {"year": 2023, "session_date": date(2023, 3, 2).isoformat(),
                  "decision_number": "09/2023"})


def fill_convention_settings(session: Session, province: ProvinceRow) -> None:
    base = defaults_for(province.name_ar)
    council = base.council_name
    session.add(SettingRow(key=SettingRow.convention_settings_key(province.id), value={
        "council_name": council, "council_president": PRESIDENT,
        "council_president_sex": "m", "council_seat": base.council_seat,
        "signing_place": base.signing_place, "number_pattern": base.number_pattern,
        "tranches": [{"percent": str(t.percent), "due_text": t.due_text}
                     for t in base.tranches],
        "deliberations": list(DELIBERATIONS)}))
