"""The printed attendance register of a worksite and month, recorded with its
verification code like minutes and conventions, so a signed paper can be checked."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, replace

from app.documents.attendance_register import RegisterData, RegisterLine, build_register
from app.documents.verification import make_mark
from app.domain.attendance import Month, working_days
from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from app.language import tr
from app.services import attendance, printed
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.meeting_documents import letterhead
from app.storage.database import Database

KIND = "register"


def content_sha256(data: object) -> str:
    canonical = json.dumps(asdict(data), default=str, sort_keys=True,  # type: ignore[call-overload]
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def register_data(db: Database, proposal_id: uuid.UUID, month: Month) -> RegisterData:
    site = attendance.worksite(db, proposal_id)
    people = attendance.people(db, proposal_id, month)
    if not people:
        raise ValidationError(FieldError(
            "month", tr("لا يوجد أي مستفيد معين في الورش {site.reference} خلال شهر {month}.")
                        .format(site=site, month=month)))
    return RegisterData(
        letterhead=letterhead(site.province_name, site.province_is_prefecture,
                              "برنامج أوراش"),
        month=month.first_day, worksite_reference=site.reference,
        worksite_title=site.title_ar, body_name=site.partner_name, communes=site.communes,
        convention_number=site.convention_number, days=working_days(month),
        lines=[RegisterLine(p.name_ar, p.cin, p.possible) for p in people],
        reference=f"{site.reference}/{month.key}")


@requires(Permission.PRINT)
def register_pdf(db: Database, actor: Actor, proposal_id: uuid.UUID, month: Month) -> bytes:
    """The register with its mark; the print is recorded. A reprint of the same list of
    people is the same file."""
    data = register_data(db, proposal_id, month)
    sha = content_sha256(data)
    head = printed.anchor(db, KIND, proposal_id, sha)
    pdf = build_register(replace(data, mark=make_mark(KIND, data.reference, 1, sha, head)))
    printed.record(db, actor, KIND, proposal_id, data.reference, 1, sha, pdf, head)
    return pdf
