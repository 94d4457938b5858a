"""The Arabic text layer of every PDF: joined letters, lines in order, numbers intact.

The PDFs are read back with poppler (pdftotext, pdffonts), as a reader's copy and paste
would see them: NFKC turns the presentation forms back into letters, and the bidi
controls pdftotext adds around right-to-left runs are removed before searching.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.documents import fonts
from app.documents.arabic import clean, shape, visual_line, wrap_logical
from app.documents.flowables import ArabicParagraph, ArabicStyle, arabic_table

# Real sentences: the press release on Khenifra's committee meeting of 26 May 2023
# (/work/shared/seeds/003_*.txt), one paragraph per item.
SEED = [
    (
        'انعقد عشية يوم الجمعة 26 ماي 2023 بمقر عمالة خنيفرة اجتماع خصص لتفعيل برنامج “أوراش ”'
        ' في نسخته الثانية على مستوى إقليم خنيفرة، و المصادقة على الاوراش المقترحة والتي بلغ '
        'عددها 61 ورشا لفائدة 1257 مستفيدة و مستفيد .'
    ),
    (
        'و شكل هذا اللقاء، حسب المجلس الاقليمي لخنيفرة، فرصة مواتية لتدارس الإجراءات و '
        'التدابير الكفيلة بتنزيل هذه النسخة في أحسن الظروف و الأحوال ، ومن أجل ضمان شروط '
        'الالتقائية و التكامل ما بين كل المتدخلين و الشركاء.'
    ),
    (
        'وفي كلمة له بالمناسبة أشاد عامل اقليم خنيفرة بالنجاح الذي عرفته النسخة الأولى من '
        'برنامج أوراش، كما نوه بمجهودات جميع الفاعلين و المتدخلين، من مسؤولين إقليميين ورجال '
        'سلطة ورؤساء المصالح الخارجية وأطر المجلس الإقليمي وفعاليات المجتمع المدني، مشيرا الى '
        'أن روح المواطنة تستلزم الاستمرار على نفس النهج لإنجاح تفعيل النسخة الثانية بالشكل '
        'المطلوب.'
    ),
    (
        'وفي نفس السياق، أكد أن هذه السنة عرفت تقليص الحصة المخصصة لإقليم خنيفرة في مجال تفعيل'
        ' الأوراش العامة المؤقتة، بحيث حددت في 953 حصة عوض 1100 حصة السنة المنصرمة. وللرفع من '
        'عدد المستفيدين اقتراحت اللجنة الاقليمية تحديد مدة الاستفادة في ثلاثة (03) أشهر من أجل'
        ' الرفع من عدد المستهدفين الى 1251.'
    ),
    (
        'وبخصوص الأوراش التي تم انتقاؤها هذه السنة، أضاف أنه بالنظر إلى أهمية الأوراش المرتبطة'
        ' بالبيئة والنظافة والتهيئة، فقد تم الاحتفاظ بها، فيما تم اقتراح أوراش اخرى جديدة من '
        'شأنها الاستجابة للحاجيات الملحة لبعض الفئات الهشة من قبيل التمكين الاقتصادي للنساء من'
        ' خلال انتقاء ورش يدعم البيع الالكتروني للمنتجات المجالية لمجموعة من النساء '
        'المتعاونات، وكذا ورش دعم تشغيل الأشخاص ذوي الاحتياجات الخاصة، وورش المواكبة والتحسيس '
        'بالانخراط في عملية التقييد بالسجل الاجتماعي الموحد وبالسجل العام للسكان .'
    ),
    (
        'وأعرب المشاركون في هذا اللقاء ، ونظرا للحصة المخصصة لإقليم خنيفرة في إطار شق الأوراش '
        'العامة المؤقتة التي سجلت نقصا ملحوظا هذه السنة، عن املهم في أن يستفيد إقليم خنيفرة من'
        ' الحصة المخصصة لجهة بني ملال خنيفرة في إطار تفعيل الشق المتعلق بأوراش دعم التشغيل '
        'المستدام -التي سجلت ارتفاعا من 1790الى 4000 حصة-، وذلك بشكل يضمن العدالة المجالية بين'
        ' اقاليم الجهة .'
    ),
    'كما أوصوا بما يلي :',
    (
        '– رفع توصية من اللّجنة الإقليمية لتنفيذ برنامج “أوراش” إلى السلطات المعنية قصد '
        'التفكير في ميكانيزمات تضمن العدالة المجالية ما بين مختلف الأقاليم، علماً أن منح '
        'الأفضلية “لأوراش دعم التشغيل المستدام” يمنح فرصاً أقل للأقاليم الهشة، وقد يكون دعم '
        '“التكوينات” حلاً لخلق نوعٍ من التوازن.'
    ),
    '– إعطاء غاية خاصة لذوي الاحتياجات الخاصّة وللأوراش المتعلقة بالمرأة؛',
    '-ضرورة الحرص على أن تكون كلّ “الأوراش” ذات منفعة عمومية؛ ووقعٍ ميداني ملموس.',
    '– مساعدة وسائل الإعلام المحلية للاضطلاع بمهامّها.',
    'والتواصل مع المواطنين للتعريف بالأوراش وأهدافها.',
    (
        'وفي الاخير، اهابت السلطة الاقليمية بكافّة الشركاء وخاصّةً منهم رؤساء الجماعات '
        'الترابية ورؤساء المصالح الخارجية الانخراط القوي في هذه العملية من أجل مواكبتها '
        'وانجاحها.'
    ),
]
LONG = SEED[2] + " " + SEED[3]
FLOWING = "\n".join(SEED[4:] + SEED[:2])
RIB = "007780000123456789012345"
MIXED = (
    "صادقت اللجنة على اتفاقية الشراكة مع ANAPEC و CNSS بتاريخ 26/05/2023 بمبلغ "
    f"1.836.000,00 درهم يحول إلى الحساب البنكي رقم {RIB} باسم الجمعية."
)
GROUPED_RIB = "007 780 0001234567890123 45"
TABLE = [
    ["الورش", "الجماعة", "عدد المستفيدين"],
    ["تهيئة المساحات الخضراء", "خنيفرة", "120"],
    ["دعم البيع الإلكتروني للمنتجات المجالية", "مريرت", "45"],
    ["التحسيس بالتقييد في السجل الاجتماعي الموحد", "أجلموس", "1.251"],
]
FRAME_PADDING = 6  # a platypus Frame's default padding on each side

BODY = ArabicStyle(font_size=12, leading=20, alignment="justify", space_after=6)

_CONTROLS = re.compile("[\u202a-\u202e\u200e\u200f\u2066-\u2069]")
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_TOKEN = re.compile("[\u0621-\u064a]+|[A-Za-z]+|" r"\d(?:[\d.,/]*\d)?")


def normalised(text: str) -> str:
    """Presentation forms back to letters, without bidi controls or harakat.

    The reshaper drops harakat (ReportLab cannot place them), so they are dropped from
    the expected text too.
    """
    text = _CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return "".join(char for char in text if not unicodedata.combining(char))


def arabic_words(text: str) -> list[str]:
    return _ARABIC_WORD.findall(normalised(text))


def tokens(text: str) -> list[str]:
    """Arabic words, Latin words and numbers, in order, without punctuation.

    pdftotext moves punctuation next to right-to-left runs ("أوراش ،كما"), so lines are
    compared as runs of tokens.
    """
    return _TOKEN.findall(normalised(text))


def position(haystack: list[str], needle: list[str]) -> int:
    """Where the run of words `needle` starts in `haystack`, or -1."""
    assert needle, "nothing to look for"
    for start in range(len(haystack) - len(needle) + 1):
        if haystack[start : start + len(needle)] == needle:
            return start
    return -1


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    done = subprocess.run([tool, *args], capture_output=True, text=True, check=True)
    return done.stdout


class Built:
    """A two-page minutes-like PDF and the flowables that went into it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = SimpleDocTemplate(
            str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1, **fonts.canvas_options(),
        )
        title = ArabicStyle(
            font_name=fonts.BOLD, font_size=16, leading=26, alignment="center", space_after=8
        )
        self.long = ArabicParagraph(LONG, BODY)
        self.flowing = ArabicParagraph(FLOWING, BODY)
        self.doc.build([
            ArabicParagraph("محضر اجتماع اللجنة الإقليمية لبرنامج أوراش", title),
            self.long,
            ArabicParagraph(MIXED, BODY),
            ArabicParagraph(f"الحساب مجزأ: {GROUPED_RIB} لمدة (03) أشهر.", BODY),
            arabic_table(TABLE, [8 * cm, 4 * cm, 3 * cm]),
            Spacer(1, 10),
            self.flowing,
        ])

    def text(self, *args: str) -> str:
        return normalised(poppler("pdftotext", *args, str(self.path), "-"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return Built(tmp_path_factory.mktemp("pdf") / "minutes.pdf")


# -- the PDF, read back ------------------------------------------------------------------


def test_long_paragraph_breaks_at_the_width_the_frame_really_gives(built: Built) -> None:
    width = built.doc.width - 2 * FRAME_PADDING
    assert built.long.lines == wrap_logical(LONG, fonts.REGULAR, 12, width)
    assert len(built.long.lines) >= 6


def test_first_line_prints_before_last_line_with_their_words(built: Built) -> None:
    words = tokens(built.text())
    first = position(words, tokens(built.long.lines[0]))
    last = position(words, tokens(built.long.lines[-1]))
    assert first >= 0, "the first line's words are missing or out of order"
    assert last >= 0, "the last line's words are missing or out of order"
    assert first < last, "the paragraph's lines came out in reverse order"


def test_latin_names_dates_amounts_and_rib_stay_in_reading_order(built: Built) -> None:
    text = built.text()
    for token in ("ANAPEC", "CNSS", "26/05/2023", "1.836.000,00", RIB):
        assert token in text
    assert re.search(r"007\s+780\s+0001234567890123\s+45", text)
    assert "درهم" in text


def test_the_table_reads_from_its_right_hand_column(built: Built) -> None:
    layout = built.text("-layout").splitlines()  # each line as seen, left to right
    for first, second, third in TABLE:
        line = next(line for line in layout if first in line and third in line)
        assert line.index(third) < line.index(second) < line.index(first), line


def test_text_flows_onto_a_second_page_inside_one_paragraph(built: Built) -> None:
    assert built.doc.page == 2
    text = built.text()
    assert text.count("\f") == 2
    first_page, second_page = built.text("-f", "1", "-l", "1"), built.text("-f", "2", "-l", "2")
    start = arabic_words(wrap_logical(FLOWING, fonts.REGULAR, 12, 100)[0])
    end = arabic_words(SEED[1])[-6:]
    assert position(arabic_words(first_page), start) >= 0
    assert position(arabic_words(second_page), end) >= 0


def test_every_font_is_embedded_and_helvetica_is_never_named(built: Built) -> None:
    listing = poppler("pdffonts", str(built.path))
    rows = [line for line in listing.splitlines()[2:] if line.strip()]
    assert rows, listing
    assert "Helvetica" not in listing
    for row in rows:
        emb = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
        assert emb and emb.group(1) == "yes", row


# -- the text layer ----------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 150, 300, 450])
def test_no_line_is_wider_than_the_width_and_words_keep_their_order(width: float) -> None:
    text = "\n".join(SEED)
    lines = wrap_logical(text, fonts.regular(), 12, width)
    assert all(stringWidth(shape(line), fonts.REGULAR, 12) <= width for line in lines)
    assert " ".join(lines).split() == clean(text).split()
    assert len(lines) > len(SEED)


def test_lines_are_measured_in_their_joined_form() -> None:
    word = "خنيفرة"
    shaped = stringWidth(shape(word), fonts.regular(), 12)
    assert shaped < stringWidth(word, fonts.REGULAR, 12)  # joined letters are narrower
    width = 2 * shaped + stringWidth(" ", fonts.REGULAR, 12) + 0.5
    assert wrap_logical(f"{word} {word}", fonts.REGULAR, 12, width) == [f"{word} {word}"]


def test_a_word_longer_than_the_line_is_split_into_pieces_that_fit() -> None:
    lines = wrap_logical(f"رقم {RIB}", fonts.regular(), 12, 60)
    assert lines[0] == "رقم"
    assert "".join(lines[1:]) == RIB
    assert all(stringWidth(line, fonts.REGULAR, 12) <= 60 for line in lines)


def test_a_newline_starts_a_new_line_and_an_empty_one_is_kept() -> None:
    assert wrap_logical("أوراش\n\nخنيفرة", fonts.regular(), 12, 400) == ["أوراش", "", "خنيفرة"]


def test_clean_removes_the_invisible_marks_amiri_would_draw() -> None:
    marked = "\u200f26 ماي 2023\u200e \u061c1.836.000,00\u00a0د.م.\u200f \u202bخنيفرة\u202c"
    assert clean(marked) == "26 ماي 2023 1.836.000,00\u00a0د.م. خنيفرة"
    assert clean("\ufeff\u2067أ\u2069\r\nب\tج") == "أ\nب ج"


def test_shaping_joins_letters_makes_lam_alef_and_leaves_no_invisible_mark() -> None:
    assert shape("لا") == "\ufefb"
    assert "\ufef7" in shape("الأوراش")
    assert normalised(shape("اللّجنة الإقليمية")) == "اللجنة الإقليمية"
    shaped = shape("ب\u200cب\u200f\u200d")
    assert not any(unicodedata.category(char) == "Cf" for char in shaped)


def test_a_line_starts_on_the_right_with_its_first_word() -> None:
    visual = visual_line("عامل اقليم خنيفرة")
    assert visual.endswith(shape("عامل")[::-1])
    assert visual.startswith(shape("خنيفرة")[::-1])


def test_numbers_latin_words_and_brackets_read_correctly_inside_an_arabic_line() -> None:
    visual = visual_line(MIXED)
    for token in ("ANAPEC", "CNSS", "26/05/2023", "1.836.000,00", RIB):
        assert token in visual
    assert visual.index("CNSS") < visual.index("ANAPEC")  # ANAPEC is read first, on the right
    assert "(03)" in visual_line("لمدة (03) أشهر")
    assert GROUPED_RIB in visual_line(f"رقم الحساب {GROUPED_RIB} لدى البنك")


def test_split_gives_the_lines_that_fit_then_the_rest_which_can_break_again() -> None:
    paragraph = ArabicParagraph(LONG, BODY)
    paragraph.wrap(300, 1000)
    head, tail = paragraph.split(300, 3 * BODY.leading + 1)
    assert head.lines == paragraph.lines[:3]
    assert tail.wrap(300, 1000)[1] == (len(paragraph.lines) - 3) * BODY.leading
    assert (head.text + tail.text).split() == LONG.split()
    tail.wrap(200, 1000)
    assert tail.lines == wrap_logical(tail.text, fonts.REGULAR, 12, 200)
    assert paragraph.split(300, BODY.leading - 1) == []


def test_table_puts_the_first_column_on_the_right_with_a_bold_header() -> None:
    table = arabic_table(TABLE, [8 * cm, 4 * cm, 3 * cm])
    first_row = table._cellvalues[0]
    assert [cell.text for cell in first_row] == list(reversed(TABLE[0]))
    assert {cell.style.font_name for cell in first_row} == {fonts.BOLD}
    assert table._colWidths == [3 * cm, 4 * cm, 8 * cm]
    assert table.repeatRows == 1


def test_clean_knows_every_format_character_of_this_python() -> None:
    missed = [hex(code) for code in range(0x110000)
              if unicodedata.category(chr(code)) == "Cf" and code not in (0x200C, 0x200D)
              and clean(f"ا{chr(code)}ب") != "اب"]
    assert missed == []
