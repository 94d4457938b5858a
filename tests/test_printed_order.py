"""Codes, numbers and references print in reading order, as typed: read back from the PDF.

A reader types what the footer says into `awrach verify --code`, and finds a convention by
the number in its running head. Both are checked twice: in pdftotext's text, and word by
word with each word's glyphs in the order they stand on the page (`pdftotext -bbox`).
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from app.documents.arabic import visual_line
from app.documents.convention import build_amendment, build_convention
from app.documents.convention_template import default_template_path
from app.documents.page import VerificationMark
from app.domain import formats
from app.domain.conventions import AmendmentContent, ArticleChange
from app.services import conventions, printed, programme
from app.services.convention_settings import DEFAULT_PATTERN, NUMBER_FIELDS
from tests.test_convention_document import sample
from tests.test_documents_text import normalised, poppler, position, tokens

CODE = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}")
AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})*,\d{2}")
ARTICLE_TOTAL = tokens("حددت الكلفة الإجمالية لإنجاز الورش في مبلغ")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')
CEREMONY = date(2023, 6, 20)

# Every field the settings accept, in patterns that start with a digit group, with a
# letter group, and that mix letters and digits between separators.
PATTERNS = [
    DEFAULT_PATTERN,
    "{province_code}/AWR/{year}/{seq:03d}",
    "AWR-{year}-{edition}-{seq:04d}",
    "{seq:03d}/{province_code}/{year}",
    "{year}/{edition}/{seq:03d}",
    "KH.{province_code}.{year}-E{edition}/{seq}",
]
CODES = ["2500-0458-FCE7", "FCE7-0458-2500", "1234-5678-9012", "ABCD-EF01-2345"]


def pages_of_words(path: Path) -> list[list[str]]:
    """Each page's words as `pdftotext -bbox` reads them off the glyphs' positions."""
    pages = poppler("pdftotext", "-bbox", str(path), "-").split("<page ")[1:]
    return [[html.unescape(text) for _, _, text in _WORD.findall(page)] for page in pages]


def check_codes_and_reference(path: Path, code: str, reference: str, *,
                              on_first_page: bool = True) -> None:
    """The footer of every page and the QR label say `code`; every page names `reference`
    (a convention's number line on the first page, the running head on the others)."""
    text = normalised(poppler("pdftotext", str(path), "-"))
    assert set(CODE.findall(text)) == {code}
    assert text.count(code) >= text.count("\f") + 1  # each footer and the QR label
    pages = pages_of_words(path)
    for number, words in enumerate(pages, start=1):
        assert {word for word in words if CODE.fullmatch(word)} == {code}, f"page {number}"
        if number > 1 or on_first_page:
            assert reference in words, f"page {number}: {reference} not in {words[:12]}"


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("code", CODES)
def test_every_number_pattern_and_code_prints_as_typed(tmp_path: Path, pattern: str,
                                                       code: str) -> None:
    assert set(re.findall(r"{(\w+)", pattern)) <= set(NUMBER_FIELDS)
    number = pattern.format(province_code="05.301", year=2023, edition=2, seq=7)
    content = sample(number=number)
    path = tmp_path / "c.pdf"
    path.write_bytes(build_convention(content, mark=VerificationMark("x", code)))
    check_codes_and_reference(path, code, number)
    amendment = AmendmentContent(
        convention_number=number, amendment_number=1, reason="تمديد المدة",
        changes=(ArticleChange("المادة الخامسة", f"يحمل الملحق رقم {number}/A1 نفس الرقم."),),
        place="خنيفرة", date=date(2023, 9, 1), province_name="خنيفرة",
        council_name="المجلس الإقليمي لخنيفرة", partner_name=content.partner.name,
        signatories=content.signatories)
    path.write_bytes(build_amendment(amendment, mark=VerificationMark("x", code)))
    check_codes_and_reference(path, code, f"{number}/A1")


@pytest.mark.parametrize(("text", "run"), [
    ("رمز التحقق: 2500-0458-FCE7", "2500-0458-FCE7"),
    ("الاتفاقية رقم 05.301/AWR/2023/007 المؤرخة", "05.301/AWR/2023/007"),
    ("الملحق 05.301/2023/001/A1 بتاريخ", "05.301/2023/001/A1"),
    ("البريد contact@awrach.ma أو الهاتف", "contact@awrach.ma"),
    ("الهاتف +212 5 35 12 34 56 أو", "+212 5 35 12 34 56"),
    ("الحساب رقم 011 810 0000012345678901 23 لدى بريد بنك", "011 810 0000012345678901 23"),
])
def test_a_latin_run_keeps_its_order_inside_an_arabic_line(text: str, run: str) -> None:
    assert run in visual_line(text)
    assert visual_line(run) == run


def check_sums(path: Path, fee: str) -> None:
    """Article 6's total, the tranche table's total and the technical sheet's total are one
    figure, and the sheet's lines (the administrative fee among them) add up to it."""
    words = tokens(normalised(poppler("pdftotext", str(path), "-")))
    start = position(words, ARTICLE_TOTAL)
    assert start >= 0
    article = words[start + len(ARTICLE_TOTAL)]
    totals = [next(w for w in words[i + 1:] if AMOUNT.fullmatch(w))
              for i, w in enumerate(words) if w == "المجموع"]
    assert totals == [article, article], "tranche table, then the sheet's cost breakdown"
    sheet = len(words) - 1 - words[::-1].index("الكلفة")  # the last heading: تفصيل الكلفة
    lines = [w for w in words[sheet:len(words) - 1 - words[::-1].index("المجموع")]
             if AMOUNT.fullmatch(w)]
    assert fee in lines
    cents = sum(int(w.replace(".", "").replace(",", "")) for w in lines)
    assert cents == int(article.replace(".", "").replace(",", ""))


@pytest.fixture
def demo(demo_opened):
    return demo_opened.db, demo_opened.actor


def test_every_demo_convention_verifies_by_its_code_and_its_sums_add_up(demo, tmp_path):
    db, actor = demo
    edition = programme.find_edition(db, 2023)
    waiting = conventions.proposals_without_convention(db, edition.id)
    assert len(waiting) == 61
    ids = conventions.draw_up(db, actor, [p for p, _, _ in waiting], on=CEREMONY)
    result = conventions.print_batch(db, actor, ids, tmp_path / "each", one_file=False)
    assert result.printed == 61
    by_number = {conventions.get_content(db, i).number: i for i in ids}
    for path in result.files:
        mark = printed.verify_pdf(db, path)
        assert mark.matches, path
        code = conventions.convention_short_code(db, by_number[mark.reference])
        check_codes_and_reference(path, code, mark.reference)
        typed = CODE.findall(normalised(poppler("pdftotext", "-l", "1", str(path), "-")))[-1]
        assert printed.verify_code(db, typed).matches, f"{mark.reference}: {typed}"
        content = conventions.get_content(db, by_number[mark.reference])
        check_sums(path, formats.amount(content.worksite.admin_fee_amount))

    first = ids[0]
    content = conventions.get_content(db, first)
    conventions.sign(db, actor, first, CEREMONY, "خنيفرة", [s.name for s in content.signatories])
    amendment = conventions.create_amendment(
        db, actor, first, "تمديد المدة", [ArticleChange("المادة الخامسة", "ستة أشهر.")],
        date(2023, 9, 1))
    path = tmp_path / "amendment.pdf"
    path.write_bytes(conventions.amendment_pdf(db, actor, amendment))
    typed = CODE.findall(normalised(poppler("pdftotext", "-l", "1", str(path), "-")))[-1]
    found = printed.verify_code(db, typed)
    assert found.matches and found.kind == "amendment", typed
    check_codes_and_reference(path, typed, f"{content.number}/A1", on_first_page=False)
    assert content.number in pages_of_words(path)[0]  # the convention it amends


def test_a_new_wording_leaves_reprints_of_conventions_drawn_up_before_it_unchanged(
        demo, tmp_path, monkeypatch):
    """The template is pinned by its hash when a convention is drawn up: changing the
    shipped wording (as the fee's wording changed) reprints older ones byte for byte."""
    db, actor = demo
    older = tmp_path / "convention_ar.toml"
    older.write_text(default_template_path("convention").read_text(encoding="utf-8").replace(
        "من مجموع باقي مكونات كلفة الورش المبينة في البطاقة التقنية", "من قيمة المشروع"),
        encoding="utf-8")
    monkeypatch.setattr(conventions, "active_template_path", lambda: older)
    edition = programme.find_edition(db, 2023)
    [(first, _, _), (second, _, _)] = conventions.proposals_without_convention(db, edition.id)[:2]
    [old] = conventions.draw_up(db, actor, [first], on=CEREMONY)
    before = conventions.convention_pdf(db, actor, old)
    monkeypatch.undo()
    conventions._templates.clear()  # as after a restart of the app
    [new] = conventions.draw_up(db, actor, [second], on=CEREMONY)
    assert conventions.convention_pdf(db, actor, old) == before
    pinned = {conventions.get_content(db, i).template_sha256 for i in (old, new)}
    assert len(pinned) == 2
    path = tmp_path / "old.pdf"
    path.write_bytes(before)
    assert position(tokens(normalised(poppler("pdftotext", str(path), "-"))),
                    tokens("في المائة من قيمة المشروع")) >= 0
