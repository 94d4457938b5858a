"""Skills certificates for a worksite's participants, printed in one batch once it ends.

Each certificate is its own PDF and its own entry in the register of printed documents,
recorded as soon as its file is written, so `awrach verify` checks any of them and a
cancelled batch leaves only recorded files behind. Participants who cannot be certified
yet are listed with the reason, not silently skipped.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from app.documents.certificate import CertificateData, build_certificate
from app.documents.verification import make_mark
from app.domain.certificates import refusal, skills_for
from app.domain.roles import Permission
from app.errors import FieldError, ValidationError
from app.language import tr
from app.services import attendance, printed
from app.services.actor import Actor
from app.services.attendance_register import content_sha256
from app.services.authorization import requires
from app.services.meeting_documents import letterhead
from app.storage.database import Database

KIND = "certificate"
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Candidate:
    assignment_id: uuid.UUID
    name: str
    cin: str
    refused: str  # "" when the certificate can be printed


@dataclass
class CertificatesResult:
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, why)

    @property
    def printed(self) -> int:
        return len(self.files)


def candidates(db: Database, proposal_id: uuid.UUID, today: date | None = None
               ) -> list[Candidate]:
    today = today or date.today()
    return [Candidate(p.assignment_id, p.name_ar, p.cin, refusal(p.status, p.ends_on, today))
            for p in attendance.people(db, proposal_id)]


def file_name(cin: str) -> str:
    return f"certificate-{re.sub(r'[^A-Za-z0-9]+', '', cin) or 'x'}.pdf"


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@requires(Permission.PRINT)
def print_worksite(db: Database, actor: Actor, proposal_id: uuid.UUID, out: Path, *,
                   issued_on: date | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> CertificatesResult:
    """One PDF per participant who finished, into the folder `out`. Runs on a worker:
    it reports progress and stops between two certificates when asked."""
    issued_on = issued_on or date.today()
    site = attendance.worksite(db, proposal_id)
    people = {p.assignment_id: p for p in attendance.people(db, proposal_id)}
    chosen = candidates(db, proposal_id, issued_on)
    result = CertificatesResult(refused=[(c.name, c.refused) for c in chosen if c.refused])
    ready = [c for c in chosen if not c.refused]
    if not ready:
        raise ValidationError(FieldError(
            "worksite", tr("لا يوجد أي مشارك يمكن منحه الشهادة في هذا الورش: ") + tr("؛ ").join(
                f"{name}: {why}" for name, why in result.refused) if result.refused
            else tr("لا يوجد أي مشارك معين في هذا الورش.")))
    out.mkdir(parents=True, exist_ok=True)
    head_lines = letterhead(site.province_name, site.province_is_prefecture, "برنامج أوراش")
    for index, candidate in enumerate(ready):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(index, len(ready))
        person = people[candidate.assignment_id]
        assert person.starts_on is not None and person.ends_on is not None
        data = CertificateData(
            letterhead=head_lines, name=person.name_ar, cin=person.cin, sex=person.sex,
            worksite_reference=site.reference, worksite_title=site.title_ar,
            domain_name=site.domain_name, body_name=site.partner_name,
            communes=site.communes, starts_on=person.starts_on, ends_on=person.ends_on,
            skills=skills_for(site.domain_code), issued_place=site.province_name,
            issued_on=issued_on, reference=f"{site.reference}/{person.cin}")
        sha = content_sha256(data)
        head = printed.anchor(db, KIND, candidate.assignment_id, sha)
        pdf = build_certificate(replace(data, mark=make_mark(KIND, data.reference, 1, sha,
                                                             head)))
        path = out / file_name(person.cin)
        _write(path, pdf)
        printed.record(db, actor, KIND, candidate.assignment_id, data.reference, 1, sha, pdf,
                       head)
        result.files.append(path)
    if progress is not None and not result.cancelled:
        progress(len(ready), len(ready))
    return result
