"""An amendment (ملحق) to an employment-grant agreement as PDF bytes.

Its wording lives in `resources/templates/grant_amendment_ar.toml`. It cites the agreement
by its number and by the place and date printed on the signed paper, rewrites only the
terms that change (each in figures and in letters, from one Decimal), shows the grant
before and after, and is signed like the agreement. A frozen snapshot in, the same bytes
out (invariant mode), so a reprint keeps its SHA-256.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.documents.convention_blocks import (
    CENTRED_BOLD,
    PREAMBLE,
    SECTION,
    SUBTITLE,
    TITLE,
    heading,
    shade_last_row,
    signature_table,
    text_block,
)
from app.documents.convention_template import ORDINALS_FEMININE
from app.documents.flowables import ArabicParagraph, arabic_table
from app.documents.grant_agreement import MONTH, WORKER, counted
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.documents.template_wording import fill, load_checked
from app.domain.amounts import amount_with_letters
from app.domain.conventions import Signatory
from app.domain.grant_amendments import GrantTerms, changed_terms
from app.paths import resources_dir

KIND = "grant_amendment"


@dataclass(frozen=True)
class GrantAmendmentData:
    """Everything the amendment prints; hashed to give its verification code."""

    agreement_number: str
    amendment_number: int
    agreement_place: str  # as printed on the signed agreement ("حرر ب... في ...")
    agreement_date: str
    edition_title: str
    region_name: str
    employer_name: str
    cnss_affiliate: str
    employer_representative: str
    reason: str
    hires_before: int
    monthly_before: Decimal
    months_before: int
    hires: int
    monthly_amount: Decimal
    grant_months: int
    signed_place: str = ""
    signed_on: str = ""

    @property
    def before(self) -> GrantTerms:
        return GrantTerms(self.hires_before, self.monthly_before, self.months_before)

    @property
    def after(self) -> GrantTerms:
        return GrantTerms(self.hires, self.monthly_amount, self.grant_months)

    @property
    def reference(self) -> str:
        return f"{self.agreement_number}/M{self.amendment_number}"


def values_of(data: GrantAmendmentData) -> dict[str, str]:
    before, after = data.before, data.after
    return {
        "agreement_number": data.agreement_number,
        "amendment_number": str(data.amendment_number),
        "agreement_place": data.agreement_place or "..........",
        "agreement_date": data.agreement_date or "..........",
        "edition_title": data.edition_title, "region_name": data.region_name,
        "employer_name": data.employer_name, "cnss_affiliate": data.cnss_affiliate,
        "reason": data.reason,
        "hires_phrase": counted(after.hires, WORKER),
        "hires_before_phrase": counted(before.hires, WORKER),
        "monthly_amount": amount_with_letters(after.monthly_amount),
        "monthly_before": amount_with_letters(before.monthly_amount),
        "grant_months_phrase": counted(after.grant_months, MONTH),
        "grant_months_before_phrase": counted(before.grant_months, MONTH),
        "per_hire_amount": amount_with_letters(after.per_hire),
        "total_amount": amount_with_letters(after.total),
        "total_before": amount_with_letters(before.total),
        "signed_place": data.signed_place or "..........",
        "signed_on": data.signed_on or "..........",
    }


def template_path() -> Path:
    return resources_dir() / "templates" / "grant_amendment_ar.toml"


def load_wording(path: Path | None = None) -> dict[str, Any]:
    """The template, with every placeholder checked against the values the program has."""
    return load_checked(path or template_path(), values_of(_SAMPLE), "نموذج الملحق")


def build_grant_amendment(data: GrantAmendmentData, mark: VerificationMark | None = None,
                          wording: dict[str, Any] | None = None) -> bytes:
    words = wording or load_wording()
    values = values_of(data)
    document = words["document"]
    story: list[Flowable] = [
        ArabicParagraph(fill(document["title"], values), TITLE),
        ArabicParagraph(fill(document["subtitle"], values), SUBTITLE),
        Spacer(1, 0.4 * cm),
    ]
    story += [ArabicParagraph(fill(line, values), PREAMBLE)
              for line in words["preamble"]["lines"]]
    story.append(ArabicParagraph(words["preamble"]["agreement"], CENTRED_BOLD))
    changes = words["changes"]
    bodies = [changes[name] for name in changed_terms(data.before, data.after)]
    if data.before.total != data.after.total:
        bodies.append(changes["totals"])
    bodies += [article["body"] for article in words["final_articles"]]
    for index, body in enumerate(bodies):
        story.append(heading(f"المادة {ORDINALS_FEMININE[min(index, len(ORDINALS_FEMININE) - 1)]}"))
        story += text_block(body, values)
    annex, width = words["annex"], content_width()
    before, after = data.before, data.after
    story.append(heading(annex["heading"]))
    story.append(shade_last_row(arabic_table([
        annex["columns"],
        [annex["hires_label"], counted(before.hires, WORKER), counted(after.hires, WORKER)],
        [annex["monthly_label"], amount_with_letters(before.monthly_amount),
         amount_with_letters(after.monthly_amount)],
        [annex["months_label"], counted(before.grant_months, MONTH),
         counted(after.grant_months, MONTH)],
        [annex["total_label"], amount_with_letters(before.total),
         amount_with_letters(after.total)],
    ], [width * 0.22, width * 0.39, width * 0.39], total=True)))
    signatures = words["signatures"]
    story.append(Spacer(1, 0.4 * cm))
    story.append(KeepTogether([
        ArabicParagraph(fill(document["signed_line"], values), SECTION),
        signature_table([Signatory(signatures["committee"], ""),
                         Signatory(signatures["employer"], data.employer_representative)],
                        width)]))
    setup = PageSetup(title=fill(document["running_title"], values),
                      letterhead=[fill(line, values) for line in document["letterhead"]],
                      reference=data.reference, initials=True, mark=mark)
    return render(story, setup)


_SAMPLE = GrantAmendmentData(
    agreement_number="", amendment_number=1, agreement_place="", agreement_date="",
    edition_title="", region_name="", employer_name="", cnss_affiliate="",
    employer_representative="", reason="", hires_before=1, monthly_before=Decimal(0),
    months_before=1, hires=1, monthly_amount=Decimal(0), grant_months=1)
