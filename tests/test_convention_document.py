"""The partnership convention as printed: its text read back from the PDF, its wording
template checked on load, its bytes reproducible, its batch printing.

The PDF is read with poppler like a reader's copy and paste (see test_documents_text):
NFKC turns presentation forms back into letters and bidi controls are removed.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.documents import batch
from app.documents.batch import batch_order, build_batch
from app.documents.convention import (
    amendment_mark,
    build_amendment,
    build_convention,
    convention_mark,
    convention_values,
    default_preamble,
    months_phrase,
    names_list,
    percent,
)
from app.documents.convention_template import (
    ARTICLE_REFERENCE,
    CONVENTION_PLACEHOLDERS,
    default_template_path,
    load_amendment_template,
    load_template,
    placeholder_help,
)
from app.documents.verification import parse_payload, read_mark_from_pdf
from app.domain.conventions import (
    AmendmentContent,
    ArticleChange,
    Beneficiaries,
    ConventionContent,
    CostLine,
    PartnerContent,
    SelectionMeeting,
    Tranche,
    WorksiteContent,
    signatories_of,
    stored_form,
)
from app.domain.partners import rib_key
from app.domain.records import load
from app.errors import ValidationError
from tests.test_documents_text import arabic_words, normalised, poppler, position, tokens

RIB_BODY = "0077800001234567890123"
RIB = RIB_BODY + rib_key(RIB_BODY)
TOTAL_IN_LETTERS = "فقط مليون وثمانمائة وستة وثلاثون ألف درهم لا غير"


def sample(**changes: object) -> ConventionContent:
    """Khenifra 2023: an association, three communes, a 1.836.000,00 dirham worksite."""
    content = ConventionContent(
        number="05.301/2023/015", edition_title="برنامج أوراش 2023", province_name="خنيفرة",
        council_name="المجلس الإقليمي لخنيفرة", council_president="محمد العلوي",
        council_seat="شارع محمد الخامس، خنيفرة",
        partner=PartnerContent(
            kind_label="جمعية", name="جمعية الأمل للتنمية والتضامن", seat="حي الأمل، مريرت",
            representative="فاطمة الزهراء بناني", representative_capacity="رئيسة الجمعية",
            rib=RIB, bank_name="بريد بنك"),
        worksite=WorksiteContent(
            title="تهيئة المساحات الخضراء وتنظيف ضفاف واد أم الربيع",
            communes=("خنيفرة", "مريرت", "أجلموس"), domain_label="البيئة والنظافة",
            beneficiaries=Beneficiaries(120, 45, 6), duration_months=3,
            total_amount=Decimal("1836000"), admin_fee_amount=Decimal("91800"),
            framing_grant_amount=Decimal("244800"), minimum_wage=Decimal("3111.39"),
            cost_lines=(CostLine("الأجور والتحملات الاجتماعية للمستفيدين", Decimal("1350000")),
                        CostLine("منح التأطير", Decimal("244800")),
                        CostLine("مصاريف التدبير الإداري", Decimal("91800")),
                        CostLine("المعدات والأدوات ووسائل الوقاية", Decimal("149400"))),
            start_note="وينطلق الورش خلال الأسبوع الموالي لتوقيع هذه الاتفاقية."),
        tranches=(Tranche(1, Decimal("918000"), "بعد التوقيع على الاتفاقية"),
                  Tranche(2, Decimal("734400"), "بعد الإدلاء بالتقرير المرحلي"),
                  Tranche(3, Decimal("183600"), "بعد المصادقة على التقرير النهائي")),
        selection_meeting=SelectionMeeting(date(2023, 5, 26), "المصادقة على الأوراش المقترحة"),
        place="خنيفرة", date=date(2023, 5, 26), hijri_date_text="6 ذو القعدة 1444",
        signatories=signatories_of([
            ("رئيس المجلس الإقليمي لخنيفرة", "محمد العلوي"),
            ("رئيسة جمعية الأمل للتنمية والتضامن", "فاطمة الزهراء بناني"),
            ("المدير الإقليمي للوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)",
             "يوسف الإدريسي"),
        ]),
    )
    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def is_page_furniture(line: str, reference: str, running_title: str) -> bool:
    """The running head and the footer, which pdftotext puts between the last line of a
    page and the first of the next: without them a sentence reads on across pages."""
    words = tokens(line)
    return (words[:2] == ["رمز", "التحقق"] or words == tokens("الأحرف الأولى للأطراف")
            or (len(words) == 4 and words[0] == "الصفحة" and words[2] == "من")
            or words in (tokens(reference), tokens(running_title)))


def sample_with_people() -> ConventionContent:
    """The sample as conventions are now drawn up: each person named is a man or a woman."""
    content = sample()
    return dataclasses.replace(
        content, council_president_sex="m",
        partner=dataclasses.replace(content.partner, representative_sex="f"),
        signatories=tuple(dataclasses.replace(s, sex=sex) for s, sex in zip(
            content.signatories, ("m", "f", "m"), strict=True)))


class Printed:
    def __init__(self, folder: Path) -> None:
        self.content = sample_with_people()
        self.mark = convention_mark(self.content)
        self.data = build_convention(self.content, mark=self.mark)
        self.path = folder / "convention.pdf"
        self.path.write_bytes(self.data)
        self.text = normalised(poppler("pdftotext", str(self.path), "-"))
        self.pages = self.text.count("\f")
        title = "اتفاقية شراكة – جمعية الأمل للتنمية والتضامن"
        self.words = tokens("\n".join(
            line for line in self.text.splitlines()
            if not is_page_furniture(line, self.content.number, title)))

    def page(self, number: int, *args: str) -> str:
        return normalised(poppler("pdftotext", "-f", str(number), "-l", str(number), *args,
                                  str(self.path), "-"))


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    return Printed(tmp_path_factory.mktemp("convention"))


def at(printed: Printed, text: str) -> int:
    found = position(printed.words, tokens(text))
    assert found >= 0, f"not found in reading order: {text}"
    return found


# -- what the paper says, in reading order ----------------------------------------------------


def test_title_parties_and_articles_read_in_order(printed: Printed) -> None:
    places = [at(printed, text) for text in (
        "اتفاقية شراكة",
        "رقم: 05.301/2023/015",
        "بناء على الدستور",
        "المجلس الإقليمي لخنيفرة، الكائن مقره بشارع محمد الخامس",
        "ممثلا في شخص رئيسه السيد محمد العلوي",
        "جمعية الأمل للتنمية والتضامن، الكائن مقرها بحي الأمل",
        "اتفق الطرفان على ما يلي",
        "المادة الأولى: موضوع الاتفاقية",
        "المادة الخامسة: التزامات الجمعية",
        "المادة السابعة: كيفية الأداء",
        "المادة الثالثة عشرة: الدخول حيز التنفيذ",
        "التوقيعات",
        "ملحق: البطاقة التقنية للورش",
    )]
    assert places == sorted(places)


def test_latin_names_stay_whole_inside_arabic_sentences(printed: Printed) -> None:
    for name in ("CNSS", "ANAPEC", "Damancom"):
        assert name in printed.words
    at(printed, "لدى الصندوق الوطني للضمان الاجتماعي (CNSS) عبر بوابة «ضمانكم» (Damancom)")
    at(printed, "الوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)")


def test_total_amount_is_printed_in_figures_then_in_letters(printed: Printed) -> None:
    figures = at(printed, "في مبلغ 1.836.000,00 درهم")
    assert at(printed, TOTAL_IN_LETTERS) == figures + 4  # at once after "... درهم ("
    assert position(arabic_words(printed.text), arabic_words(TOTAL_IN_LETTERS)) >= 0
    at(printed, "أي مبلغ 91.800,00 درهم (فقط واحد وتسعون ألفا وثمانمائة درهم لا غير)")


def test_rib_digits_are_printed_grouped_and_in_order(printed: Printed) -> None:
    assert int(RIB) % 97 == 0
    grouped = rf"{RIB[:3]}\s+{RIB[3:6]}\s+{RIB[6:22]}\s+{RIB[22:]}"
    assert len(re.findall(grouped, printed.text)) == 2  # the parties and the technical sheet


def test_dates_are_moroccan_with_the_hijri_date_beside(printed: Printed) -> None:
    closing = at(printed, "وحرر بخنيفرة في 26 ماي 2023 الموافق لـ 6 ذو القعدة 1444")
    assert closing > at(printed, "المادة الثالثة عشرة")
    at(printed, "المنعقد بتاريخ 26 ماي 2023")


def test_every_page_is_numbered_out_of_the_total(printed: Printed) -> None:
    assert printed.pages >= 4
    for number in (1, printed.pages):
        words = tokens(printed.page(number))
        assert position(words, ["الصفحة", str(number), "من", str(printed.pages)]) >= 0
    assert printed.mark.short_code in printed.page(1)


def test_tranche_table_reads_from_its_right_hand_column(printed: Printed) -> None:
    layout = "\n".join(printed.page(n, "-layout") for n in range(1, printed.pages + 1))
    rows = [("الشطر الأول", "918.000,00"), ("الشطر الثاني", "734.400,00"),
            ("المجموع", "1.836.000,00")]
    for label, amount in rows:
        line = next(line for line in layout.splitlines() if label in line and amount in line)
        assert line.index(amount) < line.index(label), line


def test_optional_note_and_bank_are_left_out_when_empty(tmp_path: Path) -> None:
    content = sample(partner=dataclasses.replace(sample().partner, bank_name=""),
                     worksite=dataclasses.replace(sample().worksite, start_note=""),
                     hijri_date_text="", selection_meeting=None)
    path = tmp_path / "plain.pdf"
    path.write_bytes(build_convention(content))
    words = tokens(normalised(poppler("pdftotext", str(path), "-")))
    assert "الموافق" not in words and "المفتوح" not in words and "محضر" not in words
    assert position(words, tokens("في 26 ماي 2023، في أربعة (4) نظائر أصلية")) >= 0


def test_only_embedded_fonts_and_never_helvetica(printed: Printed) -> None:
    listing = poppler("pdffonts", str(printed.path))
    assert "Helvetica" not in listing
    rows = [line for line in listing.splitlines()[2:] if line.strip()]
    assert rows and all(re.search(r"\syes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", r) for r in rows)


# -- the same content, the same bytes; the mark inside -----------------------------------------


def test_the_same_content_gives_byte_identical_pdfs(printed: Printed) -> None:
    again = load(ConventionContent, stored_form(printed.content))
    assert build_convention(again, mark=convention_mark(again)) == printed.data


def test_a_changed_content_changes_its_hash_and_its_mark() -> None:
    original = sample()
    changed = sample(worksite=dataclasses.replace(original.worksite,
                                                  total_amount=Decimal("1836000.01")))
    assert changed.content_sha256() != original.content_sha256()
    assert convention_mark(changed).short_code != convention_mark(original).short_code
    assert sample(version=2).content_sha256() != original.content_sha256()


def test_the_pdf_carries_its_mark_in_plain_keywords(printed: Printed) -> None:
    assert f"/Keywords ({printed.mark.payload})".encode() in printed.data
    parsed = read_mark_from_pdf(printed.path)
    assert parsed == parse_payload(printed.mark.payload)
    assert parsed is not None and parsed.reference == "05.301/2023/015"
    assert parsed.sha256 == printed.content.content_sha256() and parsed.version == 1


def test_content_json_is_canonical_and_round_trips() -> None:
    content = sample()
    text = content.canonical_json()
    assert "خنيفرة" in text and '"total_amount":"1836000.00"' in text
    assert '"date":"2023-05-26"' in text and text.startswith('{"council_name":')
    assert '": ' not in text and '", "' not in text
    assert load(ConventionContent, stored_form(content)) == content
    assert dataclasses.replace(content, tranches=tuple(reversed(content.tranches))) != content


def test_bad_content_is_refused_before_printing() -> None:
    with pytest.raises(ValidationError) as caught:
        build_convention(sample(partner=dataclasses.replace(sample().partner, rib=RIB[:-1] + "0"),
                                signatories=()))
    assert {"partner.rib", "signatories"} <= {e.field for e in caught.value.errors}


def test_a_convention_pinned_to_other_wording_is_not_printed_with_this_one() -> None:
    with pytest.raises(ValidationError) as caught:
        build_convention(sample(template_sha256="0" * 64))
    assert caught.value.for_field("template_sha256")
    pinned = sample(template_sha256=load_template().sha256)
    assert build_convention(pinned)[:5] == b"%PDF-"


# -- the wording template -------------------------------------------------------------------


def edited(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = default_template_path().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "convention_ar.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def messages(path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        load_template(path)
    return caught.value.message


def test_unknown_placeholder_is_named_with_its_article(tmp_path: Path) -> None:
    message = messages(edited(tmp_path, "$beneficiaries_total مستفيدة", "$foo مستفيدة"))
    assert "$foo" in message and "المادة الثالثة" in message


def test_missing_section_is_named(tmp_path: Path) -> None:
    message = messages(edited(tmp_path, "[closing]", "[closings]"))
    assert "القسم [closing] مفقود" in message


def test_toml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    text = default_template_path().read_text(encoding="utf-8")
    line = text.splitlines().index('[parties]') + 2  # the line after the section header
    path = edited(tmp_path, 'heading = "بين الموقعين أسفله:"', 'heading "بين الموقعين أسفله:"')
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(path.read_text(encoding="utf-8"))
    message = messages(path)
    assert "خطأ في صياغة ملف النموذج" in message and f"السطر {line}" in message


def test_empty_title_duplicate_article_and_unknown_table_are_all_reported(tmp_path: Path) -> None:
    path = edited(tmp_path, 'title = "اتفاقية شراكة"', 'title = ""')
    text = path.read_text(encoding="utf-8").replace('title = "تعديل الاتفاقية"',
                                                    'title = "تسوية النزاعات"')
    path.write_text(text.replace('table = "tranches"', 'table = "payments"'), encoding="utf-8")
    message = messages(path)
    assert "عنوان الوثيقة" in message and "فارغ" in message
    assert "مكررة" in message and "تسوية النزاعات" in message
    assert "جدول غير معروف «payments»" in message


def test_malformed_dollar_sign_is_reported(tmp_path: Path) -> None:
    assert "علامة $ في غير موضعها" in messages(edited(tmp_path, "$number", "$ number"))


def test_every_placeholder_has_a_value_and_an_arabic_meaning() -> None:
    template = load_template()
    values = convention_values(sample(), template)
    references = {f"{ARTICLE_REFERENCE}{article.key}" for article in template.articles}
    assert set(values) == set(CONVENTION_PLACEHOLDERS) | references
    assert values["article_payment"] == "السابعة"
    help_rows = dict(placeholder_help())
    assert all(re.search("[\u0600-\u06ff]", meaning) for meaning in help_rows.values())
    assert "$total_amount" in help_rows and "$tranche_ordinal" in help_rows


def test_default_templates_load_once_and_the_preamble_can_be_frozen() -> None:
    assert load_template() is load_template()
    assert load_amendment_template().final_articles
    lines = default_preamble(sample(), load_template())
    assert lines[0].startswith("بناء على") and all(line.endswith("؛") for line in lines)


# -- the words around the numbers -------------------------------------------------------------


@pytest.mark.parametrize(("months", "text"), [
    (1, "شهر واحد (01)"), (2, "شهرين (02)"), (3, "ثلاثة (03) أشهر"),
    (10, "عشرة (10) أشهر"), (11, "أحد عشر (11) شهرا"), (12, "اثني عشر (12) شهرا"),
])
def test_durations_are_written_as_after_a_preposition(months: int, text: str) -> None:
    assert months_phrase(months) == text


def test_communes_and_percentages() -> None:
    assert names_list(("خنيفرة",)) == "خنيفرة"
    assert names_list(("خنيفرة", "مريرت", "أجلموس")) == "خنيفرة، مريرت وأجلموس"
    values = convention_values(sample(), load_template())
    assert values["communes_phrase"] == "جماعات خنيفرة، مريرت وأجلموس"
    assert percent(Decimal("91800"), Decimal("1836000")) == "5"
    assert percent(Decimal("45"), Decimal("1000")) == "4,5"


# -- the amendment --------------------------------------------------------------------------


def amendment() -> AmendmentContent:
    return AmendmentContent(
        convention_number="05.301/2023/015", amendment_number=1,
        reason="ضرورة تمديد مدة إنجاز الورش بسبب التساقطات الثلجية",
        changes=(ArticleChange("المادة الثالثة: المستفيدون ومدة الإنجاز",
                               "تحدد مدة إنجاز الورش في أربعة (04) أشهر."),),
        place="خنيفرة", date=date(2023, 9, 4), province_name="خنيفرة",
        council_name="المجلس الإقليمي لخنيفرة", partner_name="جمعية الأمل للتنمية والتضامن",
        convention_date=date(2023, 5, 26), edition_title="برنامج أوراش 2023",
        signatories=sample().signatories[:2], version=2,
    )


def test_amendment_names_the_convention_and_the_new_wording(tmp_path: Path) -> None:
    content = amendment()
    data = build_amendment(content, mark=amendment_mark(content))
    assert data == build_amendment(load(AmendmentContent, stored_form(content)),
                                   mark=amendment_mark(content))
    path = tmp_path / "amendment.pdf"
    path.write_bytes(data)
    words = tokens(normalised(poppler("pdftotext", str(path), "-")))
    places = [position(words, tokens(text)) for text in (
        "ملحق رقم 1", "لاتفاقية الشراكة رقم 05.301/2023/015",
        "المبرمة بين المجلس الإقليمي لخنيفرة وجمعية الأمل للتنمية والتضامن المؤرخة في 26 ماي 2023",
        "وبالنظر إلى ضرورة تمديد مدة إنجاز الورش",
        "المادة الأولى", "تلغى مقتضيات المادة الثالثة: المستفيدون ومدة الإنجاز",
        "تحدد مدة إنجاز الورش في أربعة (04) أشهر", "المادة الثانية تبقى باقي مقتضيات",
        "المادة الثالثة يعتبر هذا الملحق",
        "وحرر بخنيفرة في 4 شتنبر 2023",
    )]
    assert -1 not in places and places == sorted(places)
    parsed = read_mark_from_pdf(data)
    assert parsed is not None and parsed.kind == "amendment" and parsed.version == 2


# -- printing a batch -----------------------------------------------------------------------


def batch_of(count: int) -> list[ConventionContent]:
    communes = ("مريرت", "أجلموس", "خنيفرة")
    return [sample(number=f"05.301/2023/{index:03d}",
                   worksite=dataclasses.replace(sample().worksite,
                                                communes=(communes[index % 3],)))
            for index in range(count, 0, -1)]


def test_batch_is_ordered_by_commune_then_number() -> None:
    ordered = sorted(batch_of(6) + [sample(number="05.301/2023/0010")], key=batch_order)
    assert [(c.worksite.communes[0], c.number[-4:]) for c in ordered] == [
        ("أجلموس", "/001"), ("أجلموس", "/004"),  # hamza-alef sorts with alef, first
        ("خنيفرة", "/002"), ("خنيفرة", "/005"), ("خنيفرة", "0010"),  # 10 after 5
        ("مريرت", "/003"), ("مريرت", "/006"),
    ]


def test_batch_writes_one_file_each_and_reports_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    paths = build_batch(batch_of(3), tmp_path, one_file=False, progress=lambda d, t: seen.append(
        (d, t)), workers=1)
    assert [p.name for p in paths] == ["05.301-2023-001.pdf", "05.301-2023-002.pdf",
                                       "05.301-2023-003.pdf"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert all(p.read_bytes()[:5] == b"%PDF-" for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_batch_in_two_processes_gives_the_same_files(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    contents = batch_of(3)
    alone = build_batch(contents, tmp_path / "one", one_file=False, workers=1)
    monkeypatch.setenv(batch.FORCE_PROCESSES, "2")
    seen: list[tuple[int, int]] = []
    together = build_batch(contents, tmp_path / "two", one_file=False, workers=2,
                           progress=lambda done, total: seen.append((done, total)))
    assert [p.name for p in together] == [p.name for p in alone]
    assert [p.read_bytes() for p in together] == [p.read_bytes() for p in alone]
    assert seen[0] == (1, 3) and seen[-1] == (3, 3)
    assert batch._measured_pool_start, "the rest went to worker processes"


def test_processes_are_chosen_by_what_they_save(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.FORCE_PROCESSES, raising=False)
    monkeypatch.setattr(batch, "_measured_pool_start", [0.5])
    monkeypatch.setattr(batch, "_server_ready", [])  # no fork server started ahead
    monkeypatch.setattr(batch, "idle_cores", lambda: 2.0)
    assert batch.processes_pay(60, 0.05) == 2  # 3 s alone, 2.3 s shared
    assert batch.processes_pay(10, 0.05) == 1  # 0.5 s alone: the pool costs as much
    assert batch.processes_pay(60, 0.05, workers=1) == 1
    monkeypatch.setattr(batch, "idle_cores", lambda: 1.2)  # a busy machine
    assert batch.processes_pay(600, 0.05) == 1


def test_cancelling_a_batch_stops_between_documents(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    paths = build_batch(batch_of(4), tmp_path, one_file=False, cancelled=cancelled, workers=1)
    assert len(paths) == 2 and sorted(tmp_path.iterdir()) == sorted(paths)
    asked.clear()
    assert build_batch(batch_of(4), tmp_path / "all.pdf", one_file=True,
                       cancelled=cancelled) == []
    assert not (tmp_path / "all.pdf").exists()


def test_one_file_keeps_each_conventions_page_numbers_and_mark(tmp_path: Path) -> None:
    contents = batch_of(3)
    single = build_convention(contents[0], mark=convention_mark(contents[0]))
    single_path = tmp_path / "single.pdf"
    single_path.write_bytes(single)
    pages = normalised(poppler("pdftotext", str(single_path), "-")).count("\f")
    [path] = build_batch(contents, tmp_path / "all.pdf", one_file=True)
    text = normalised(poppler("pdftotext", str(path), "-"))
    sheets = text.split("\f")[:-1]
    assert len(sheets) == 3 * pages
    for index, sheet in enumerate(sheets):
        expected = ["الصفحة", str(index % pages + 1), "من", str(pages)]
        assert position(tokens(sheet), expected) >= 0, index
    codes = [convention_mark(c).short_code for c in sorted(contents, key=batch_order)]
    for code, first_sheet in zip(codes, sheets[::pages], strict=True):
        assert code in first_sheet
