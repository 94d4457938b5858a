"""The minutes (محضر) of a regional committee's meeting over employment-grant applications:
each application with its decision, the region's allocation before and after, the members.

Like the other minutes, built from a frozen snapshot only, in invariant mode, with the
verification mark: the same decisions give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents.convention_blocks import (
    BODY,
    NUMBER,
    SECTION,
    SUBTITLE,
    TITLE,
    heading,
    signature_table,
)
from app.documents.flowables import ArabicParagraph, arabic_table
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.domain.conventions import Signatory
from app.domain.grants import applications_text, posts_text


@dataclass(frozen=True)
class DecisionRow:
    reference: str
    employer: str
    hires: int
    approved: bool
    reason: str


@dataclass(frozen=True)
class GrantMinutesData:
    region_name: str
    committee_name: str
    edition_title: str
    held_on: str
    place: str
    allocation: int
    approved_before: int
    decisions: tuple[DecisionRow, ...]
    members: tuple[Signatory, ...] = field(default_factory=tuple)
    reference: str = ""

    @property
    def approved_hires(self) -> int:
        return sum(d.hires for d in self.decisions if d.approved)


def build_grant_minutes(data: GrantMinutesData, mark: VerificationMark | None = None) -> bytes:
    width = content_width()
    approved = [d for d in data.decisions if d.approved]
    story: list[Flowable] = [
        ArabicParagraph(f"محضر اجتماع {data.committee_name}", TITLE),
        ArabicParagraph(f"منحة دعم التشغيل – {data.edition_title}", SUBTITLE),
        ArabicParagraph(f"رقم المحضر: {data.reference}", NUMBER),
        Spacer(1, 0.3 * cm),
        ArabicParagraph(
            f"انعقد يوم {data.held_on} ب{data.place or '..........'} اجتماع {data.committee_name}"
            f"، للبت في طلبات المشغلين الراغبين في الاستفادة من منحة دعم التشغيل في إطار "
            f"{data.edition_title} من برنامج «أوراش».", BODY),
        heading("أولا: أعضاء اللجنة"),
        arabic_table([["الصفة", "الاسم"]] + [[m.capacity, m.name] for m in data.members],
                     [width * 0.45, width * 0.55]),
        heading("ثانيا: القرارات"),
        arabic_table([["الطلب", "المشغل", "المناصب", "القرار", "السبب"]] + [
            [d.reference, d.employer, str(d.hires), "مقبول" if d.approved else "مرفوض",
             d.reason] for d in data.decisions],
            [width * 0.25, width * 0.3, width * 0.09, width * 0.1, width * 0.26],
            centred={2, 3}),
        heading("ثالثا: حصة الجهة"),
        ArabicParagraph(
            f"حصة جهة {data.region_name}: {posts_text(data.allocation)}؛ قبل منها قبل هذا "
            f"الاجتماع {data.approved_before}، وقبلت اللجنة في هذا الاجتماع "
            f"{applications_text(len(approved))} بمجموع {posts_text(data.approved_hires)}، "
            f"فيبقى {posts_text(data.allocation - data.approved_before - data.approved_hires)}.",
            BODY),
        Spacer(1, 0.4 * cm),
        ArabicParagraph(f"وحرر هذا المحضر في {data.held_on}.", SECTION),
    ]
    if data.members:
        story.append(signature_table(list(data.members[:2]), width))
    setup = PageSetup(title=f"محضر اجتماع {data.committee_name}",
                      letterhead=["المملكة المغربية", "وزارة الداخلية",
                                  f"ولاية جهة {data.region_name}", data.committee_name],
                      reference=data.reference, mark=mark)
    return render(story, setup)


def members_of(rows: Sequence[tuple[str, str]]) -> tuple[Signatory, ...]:
    return tuple(Signatory(capacity, name) for capacity, name in rows)
