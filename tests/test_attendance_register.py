"""The printed attendance register reads back in Arabic with the people, the worksite, the
body and the month, verifies against the register of printed documents, and prints the
same file twice."""

from __future__ import annotations

from app.domain.attendance import Month
from app.services import attendance, attendance_register, printed
from tests.people_fixture import place_people
from tests.test_documents_text import normalised, poppler, position, tokens

MAY = Month(2023, 5)


def test_the_register_names_everyone_and_verifies(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    site = place_people(db, actor)
    pdf = attendance_register.register_pdf(db, actor, site.proposal_id, MAY)
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    text = normalised(poppler("pdftotext", "-layout", str(path), "-"))
    words = tokens(text)
    for name in (["فاطمة", "الزهراوي"], ["محمد", "أمزيان"], ["يوسف", "الإدريسي"]):
        assert position(words, name) >= 0, name
    assert position(words, tokens(normalised("سجل الحضور اليومي للمستفيدين"))) >= 0
    assert position(words, ["شهر", "ماي", "2023"]) >= 0
    worksite = attendance.worksite(db, site.proposal_id)
    assert position(words, tokens(normalised(worksite.partner_name))) >= 0
    assert "M123456" in text and site.reference in text
    # 27 boxes: the header counts the month's days but the Sundays (7, 14, 21, 28)
    header = next(line for line in text.splitlines() if " 31 " in f" {line} ")
    numbers = {int(t) for t in header.split() if t.isdigit()}
    assert {1, 2, 31}.issubset(numbers) and not {7, 14, 21, 28} & numbers
    assert printed.verify_pdf(db, pdf).matches
    assert attendance_register.register_pdf(db, actor, site.proposal_id, MAY) == pdf
