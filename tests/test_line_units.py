"""What a reader takes as one unit never breaks across lines, and a long body name never runs
over the number in the running head (issue: nothing breaks a line or a page)."""

from __future__ import annotations

import subprocess

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import fonts
from app.documents.arabic import fit_line, shape, wrap_lines, wrap_logical

FONT_SIZE = 11


@pytest.fixture(scope="module")
def font() -> str:
    return fonts.regular()


def width_of(text: str, font: str) -> float:
    return stringWidth(shape(text), font, FONT_SIZE)


def narrowest_break(text: str, unit: str, font: str) -> list[str]:
    """Lines of `text` at every width from the unit's own width to the whole text's."""
    found = []
    widest = max([width_of(unit, font)] + [width_of(w, font) for w in text.split(" ")])
    start, end = int(widest) + 2, int(width_of(text, font)) + 2
    for width in range(start, end, 3):
        found.append(wrap_logical(text, font, FONT_SIZE, width))
    return found


@pytest.mark.parametrize("text, unit", [
    ("تبلغ الكلفة الإجمالية للورش 10.514,70 درهم حسب البطاقة التقنية", "10.514,70 درهم"),
    ("يحول المبلغ إلى الحساب البنكي 011 810 0000012345678901 23 المفتوح باسم الجمعية",
     "011 810 0000012345678901 23"),
    ("بناء على محضر الاجتماع المنعقد بتاريخ 26 ماي 2023 الموافق لـ 6 ذو القعدة 1444",
     "لـ 6"),
    ("للاتصال بالجمعية: الهاتف +212 5 35 12 34 56 أو البريد", "+212 5 35 12 34 56"),
])
def test_a_unit_is_never_split_between_two_lines(text: str, unit: str, font: str) -> None:
    for lines in narrowest_break(text, unit, font):
        assert any(unit in line for line in lines), lines
        assert " ".join(lines) == text


def test_a_unit_wider_than_the_line_still_breaks_between_its_groups(font: str) -> None:
    rib = "011 810 0000012345678901 23"
    width = width_of("0000012345678901", font) + 4
    lines = [line for line, _ in wrap_lines(f"الحساب {rib}", font, FONT_SIZE, width)]
    assert "0000012345678901" in lines, "the account number itself stays whole"
    assert " ".join(lines) == f"الحساب {rib}", "broken only at the group spaces"


def test_the_running_head_shortens_a_long_name_with_an_ellipsis(font: str) -> None:
    name = "جمعية " + " ".join(["التنمية والتضامن والتعاون"] * 20)
    shortened = fit_line(name, font, 9, 300)
    assert shortened.endswith(" …") and name.startswith(shortened[:-2])
    assert stringWidth(shape(shortened), font, 9) <= 300
    assert fit_line("اتفاقية شراكة", font, 9, 300) == "اتفاقية شراكة"


def test_a_300_character_body_name_leaves_the_number_in_the_head_alone(tmp_path, demo_opened):
    from dataclasses import replace

    from app.services import conventions, partners, programme, proposals

    db, actor = demo_opened.db, demo_opened.actor
    edition = next(e for e in programme.list_editions(db) if e.year == 2023)
    proposal_id = conventions.proposals_without_convention(db, edition.id)[0][0]
    body = partners.get_partner(db, proposals.get_proposal(db, proposal_id).partner_id)
    long_name = ("جمعية " + "التنمية المحلية والتضامن والتعاون والعمل الاجتماعي " * 6)[:300]
    partners.save_partner(db, actor, replace(body, name_ar=long_name.strip()))
    [convention_id] = conventions.draw_up(db, actor, [proposal_id])
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(conventions.convention_pdf(db, actor, convention_id))
    number = conventions.get_content(db, convention_id).number
    words = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    boxes = [(float(line.split('yMin="')[1].split('"')[0]),
              float(line.split('xMin="')[1].split('"')[0]),
              float(line.split('xMax="')[1].split('"')[0]), line)
             for line in words.splitlines() if "<word" in line]
    number_top, _left, number_right, _ = next(b for b in boxes if number in b[3])
    head = [b for b in boxes if abs(b[0] - number_top) < 2 and number not in b[3]]
    assert head and min(left for _top, left, _right, _line in head) > number_right + 10, \
        "the name stops before the convention's number"
    assert any("…" in line for *_box, line in head)
