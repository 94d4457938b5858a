"""Skills certificates: one Arabic PDF per participant once the worksite ended, each
recorded and verifiable, a batch that stops when asked, and the reasons for those left."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from app.domain.enums import AssignmentStatus
from app.errors import ValidationError
from app.services import certificates, printed
from app.services.unit_of_work import writing
from app.storage.models import AssignmentRow
from tests.people_fixture import place_people
from tests.test_documents_text import normalised, poppler, position, tokens

AFTER = date(2023, 7, 10)


def test_each_participant_gets_a_verifiable_arabic_certificate(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    with writing(db, actor) as session:
        session.execute(update(AssignmentRow)
                        .where(AssignmentRow.id == site.assignments["MC98765"])
                        .values(status=AssignmentStatus.LEFT))
    steps = []
    result = certificates.print_worksite(db, actor, site.proposal_id, tmp_path,
                                         issued_on=AFTER,
                                         progress=lambda d, t: steps.append((d, t)))
    assert result.printed == 3 and not result.cancelled
    assert result.refused == [("محمد أمزيان", "انقطع عن الورش قبل نهايته.")]
    assert steps[-1] == (3, 3)
    fatima = tmp_path / "certificate-M123456.pdf"
    words = tokens(normalised(poppler("pdftotext", str(fatima), "-")))
    for run in (["شهادة", "تبرز", "المهارات", "المكتسبة"], ["السيدة", "فاطمة", "الزهراوي"],
                ["3", "أبريل", "2023"], ["2", "يوليوز", "2023"], ["10", "يوليوز", "2023"],
                ["M123456"], ["الحاملة"]):
        assert position(words, tokens(normalised(" ".join(run)))) >= 0, run
    youssef = tokens(normalised(poppler("pdftotext", str(tmp_path / "certificate-MA20001.pdf"),
                                        "-")))
    assert position(youssef, ["السيد", "يوسف", "الإدريسي"]) >= 0
    assert position(youssef, ["15", "ماي", "2023"]) >= 0
    for path in result.files:
        assert printed.verify_pdf(db, path).matches, path


def test_a_batch_stops_when_cancelled_and_refuses_a_worksite_not_ended(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    with pytest.raises(ValidationError) as caught:
        certificates.print_worksite(db, actor, site.proposal_id, tmp_path,
                                    issued_on=date(2023, 6, 1))
    assert "لم ينته التعيين بعد" in caught.value.message
    asked = iter([False, True])
    out = tmp_path / "out"
    result = certificates.print_worksite(db, actor, site.proposal_id, out,
                                         issued_on=AFTER, cancelled=lambda: next(asked))
    assert result.cancelled and result.printed == 1
    assert [p.name for p in out.iterdir()] == [result.files[0].name]
    assert printed.verify_pdf(db, result.files[0]).matches
