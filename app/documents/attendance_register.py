"""The daily attendance register (سجل الحضور اليومي) of a worksite for one month.

The convention obliges the body to keep it, signed by each beneficiary every working
day. A4 landscape: one line per person, one box per working day (Sunday is the weekly
rest and has none), the days outside a person's assignment greyed so nobody signs them,
and a column for the month's total that the days worked are typed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, TableStyle

from app.documents import fonts
from app.documents.flowables import ArabicParagraph, ArabicStyle, Cell, arabic_table
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.domain import formats

OFF_DAY = colors.HexColor("#d0d0d0")
TITLE = ArabicStyle(font_name=fonts.BOLD, font_size=15, leading=24, alignment="center")
SUBTITLE = ArabicStyle(font_name=fonts.BOLD, font_size=12, leading=19, alignment="center")
LABEL = ArabicStyle(font_name=fonts.BOLD, font_size=10, leading=15)
VALUE = ArabicStyle(font_size=10, leading=15)
NOTE = ArabicStyle(font_size=9, leading=14)
NAME_WIDTH, NUMBER_WIDTH, CIN_WIDTH, TOTAL_WIDTH = 3.9 * cm, 0.7 * cm, 1.7 * cm, 1.3 * cm


@dataclass(frozen=True)
class RegisterLine:
    name: str
    cin: str
    on_site: Sequence[date]  # the working days the person's assignment covers


@dataclass(frozen=True)
class RegisterData:
    letterhead: Sequence[str]
    month: date  # its first day
    worksite_reference: str
    worksite_title: str
    body_name: str
    communes: str
    convention_number: str
    days: Sequence[date]  # the month's working days
    lines: Sequence[RegisterLine]
    reference: str = ""
    mark: VerificationMark | None = None


def _details(data: RegisterData) -> Flowable:
    pairs = [("الورش", f"{data.worksite_reference} — {data.worksite_title}"),
             ("الهيئة المشرفة", data.body_name), ("الجماعة", data.communes or "—"),
             ("الاتفاقية رقم", data.convention_number or "—")]
    rows: list[list[Cell]] = []
    for start in range(0, len(pairs), 2):
        row: list[Cell] = []
        for name, text in pairs[start:start + 2]:
            row += [ArabicParagraph(f"{name}:", LABEL), ArabicParagraph(text, VALUE)]
        rows.append(row)
    width = content_width(landscape=True)
    return arabic_table(rows, [2.6 * cm, width / 2 - 2.6 * cm] * 2, header=False,
                        grid=False, padding=(1, 1, 3))


def _grid(data: RegisterData) -> Flowable:
    days = list(data.days)
    rows: list[list[Cell]] = [["ر.ت", "الاسم الكامل", "ب.ت.و", *[str(d.day) for d in days],
                               "المجموع"]]
    for number, line in enumerate(data.lines, start=1):
        rows.append([str(number), line.name, line.cin, *[""] * len(days), ""])
    room = content_width(landscape=True) - NUMBER_WIDTH - NAME_WIDTH - CIN_WIDTH - TOTAL_WIDTH
    box = room / max(len(days), 1)
    widths = [NUMBER_WIDTH, NAME_WIDTH, CIN_WIDTH, *[box] * len(days), TOTAL_WIDTH]
    columns = len(widths)
    table = arabic_table(rows, widths, size=8, centred=set(range(columns)) - {1},
                         padding=(8, 8, 2))
    greyed = []
    for row, line in enumerate(data.lines, start=1):
        covered = set(line.on_site)
        for index, day in enumerate(days):
            if day not in covered:
                physical = columns - 1 - (3 + index)  # the table is laid out right to left
                greyed.append(("BACKGROUND", (physical, row), (physical, row), OFF_DAY))
    if greyed:
        table.setStyle(TableStyle(greyed))
    return table


def register_story(data: RegisterData) -> list[Flowable]:
    month = formats.month_year(data.month)
    return [
        ArabicParagraph("سجل الحضور اليومي للمستفيدين", TITLE),
        ArabicParagraph(f"برنامج أوراش — شهر {month}", SUBTITLE),
        Spacer(1, 4),
        _details(data),
        Spacer(1, 6),
        _grid(data),
        Spacer(1, 6),
        ArabicParagraph("يوقع كل مستفيد في خانة كل يوم عمل؛ الخانات الرمادية خارج مدة "
                        "تعيينه. يوم الأحد يوم راحة.", NOTE),
        Spacer(1, 10),
        ArabicParagraph("توقيع وخاتم رئيس الهيئة: ........................................"
                        "        تأشيرة المراقب: ........................................",
                        VALUE),
    ]


def register_setup(data: RegisterData) -> PageSetup:
    return PageSetup(
        title=f"سجل الحضور اليومي – {data.worksite_reference} – "
              f"{formats.month_year(data.month)}",
        letterhead=tuple(data.letterhead), reference=data.reference, mark=data.mark,
        keywords=("سجل الحضور", "أوراش", data.worksite_reference), landscape=True)


def build_register(data: RegisterData) -> bytes:
    return render(register_story(data), register_setup(data))
