"""The certificate of the skills a participant acquired on a worksite (شهادة تبرز
المهارات المكتسبة): one A4 page, the letterhead, the verification mark, the person, the
worksite, its dates and body, the skills, and the two signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import fonts
from app.documents.flowables import ArabicParagraph, ArabicStyle, arabic_table
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.domain import formats
from app.domain.certificates import gendered
from app.domain.enums import Sex

TITLE = ArabicStyle(font_name=fonts.BOLD, font_size=20, leading=32, alignment="center")
SUBTITLE = ArabicStyle(font_name=fonts.BOLD, font_size=12, leading=20, alignment="center")
BODY = ArabicStyle(font_size=13, leading=24, alignment="justify", space_after=6)
SKILL = ArabicStyle(font_size=12.5, leading=22)
SIGNATURE = ArabicStyle(font_name=fonts.BOLD, font_size=12, leading=20, alignment="center")


@dataclass(frozen=True)
class CertificateData:
    letterhead: Sequence[str]
    name: str
    cin: str
    sex: Sex
    worksite_reference: str
    worksite_title: str
    domain_name: str
    body_name: str
    communes: str
    starts_on: date
    ends_on: date
    skills: Sequence[str]
    issued_place: str
    issued_on: date
    reference: str = ""
    mark: VerificationMark | None = None


def certificate_story(data: CertificateData) -> list[Flowable]:
    sex = data.sex
    title = gendered(sex, "السيد", "السيدة")
    holder = gendered(sex, "الحامل", "الحاملة")
    took_part = gendered(sex, "شارك", "شاركت")
    acquired = gendered(sex, "اكتسب", "اكتسبت")
    concerned = gendered(sex, "للمعني بالأمر", "للمعنية بالأمر")
    domain = f" في مجال {data.domain_name}" if data.domain_name else ""
    where = f" بجماعة {data.communes}" if data.communes else ""
    text = (f"تشهد {data.body_name}، في إطار برنامج أوراش، أن {title} {data.name}، {holder} "
            f"للبطاقة الوطنية للتعريف رقم {data.cin}، قد {took_part} في الورش «"
            f"{data.worksite_title}» (المرجع {data.worksite_reference}){domain}{where}، "
            f"خلال الفترة الممتدة من {formats.long_date(data.starts_on)} إلى "
            f"{formats.long_date(data.ends_on)}، وقد {acquired} خلالها المهارات التالية:")
    story: list[Flowable] = [
        Spacer(1, 0.6 * cm),
        ArabicParagraph("شهادة تبرز المهارات المكتسبة", TITLE),
        ArabicParagraph(f"رقم: {data.reference}", SUBTITLE),
        Spacer(1, 0.8 * cm),
        ArabicParagraph(text, BODY),
    ]
    story += [ArabicParagraph(f"- {skill}", SKILL) for skill in data.skills]
    story += [
        Spacer(1, 0.5 * cm),
        ArabicParagraph(f"سلمت هذه الشهادة {concerned} للإدلاء بها عند الحاجة.", BODY),
        ArabicParagraph(f"حرر ب{data.issued_place} في {formats.long_date(data.issued_on)}",
                        ArabicStyle(font_size=12.5, leading=22, alignment="left")),
        Spacer(1, 0.8 * cm),
    ]
    width = content_width() / 2
    story.append(arabic_table([[ArabicParagraph("رئيس الهيئة المشرفة", SIGNATURE),
                                ArabicParagraph("عن عامل الإقليم", SIGNATURE)],
                               [Spacer(1, 2.2 * cm), Spacer(1, 2.2 * cm)]],
                              [width, width], header=False, grid=False))
    return story


def certificate_setup(data: CertificateData) -> PageSetup:
    return PageSetup(title=f"شهادة تبرز المهارات المكتسبة – {data.name}",
                     letterhead=tuple(data.letterhead), reference=data.reference,
                     mark=data.mark, keywords=("شهادة", "أوراش", data.worksite_reference))


def build_certificate(data: CertificateData) -> bytes:
    return render(certificate_story(data), certificate_setup(data))
