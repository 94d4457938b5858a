"""The employment-grant agreement (اتفاقية منحة دعم التشغيل) as PDF bytes.

Its wording lives in `resources/templates/grant_agreement_ar.toml`; this module only fills
in the values. Like a convention, the builder takes a frozen snapshot and nothing else, so
the same snapshot gives the same bytes (invariant mode) and a reprint keeps its SHA-256.
Every amount goes through `amount_with_letters`: figures and letters come from one Decimal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.documents.convention_blocks import (
    CENTRED_BOLD,
    NUMBER,
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
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.documents.template_wording import fill, load_checked
from app.domain import formats
from app.domain.amounts import Noun, amount_with_letters, count_in_letters
from app.domain.conventions import Signatory
from app.domain.grant_amendments import GrantTerms
from app.paths import resources_dir

KIND = "grant_agreement"
WORKER = Noun("أجير", "أجيران", "أجيرا", "أجراء", "أجيرا")
MONTH = Noun("شهر", "شهران", "شهرا", "أشهر", "شهرا")


@dataclass(frozen=True)
class PostLine:
    title_ar: str
    count: int
    contract_label: str
    contract_months: int
    monthly_wage: Decimal


@dataclass(frozen=True)
class GrantAgreementData:
    """Everything the agreement prints; hashed to give its verification code."""

    number: str
    edition_title: str
    region_name: str
    call_reference: str
    application_reference: str
    decision_date: str
    employer_name: str
    employer_kind: str
    cnss_affiliate: str
    employer_seat: str
    employer_representative: str
    sector: str
    target_groups: str
    hires: int
    monthly_amount: Decimal
    grant_months: int
    min_contract_months: int
    hiring_deadline_days: int
    replacement_days: int
    signed_place: str
    signed_on: str
    posts: tuple[PostLine, ...] = field(default_factory=tuple)

    @property
    def terms(self) -> GrantTerms:
        """The amounts as the domain works them out, so the paper prints the same total."""
        return GrantTerms(self.hires, self.monthly_amount, self.grant_months)

    @property
    def per_hire(self) -> Decimal:
        return self.terms.per_hire

    @property
    def total(self) -> Decimal:
        return self.terms.total


def counted(n: int, noun: Noun) -> str:
    """"اثنا عشر أجيرا (12)": the count in letters, the figure after it."""
    return f"{count_in_letters(n, noun)} ({n})"


def values_of(data: GrantAgreementData) -> dict[str, str]:
    return {
        "number": data.number, "edition_title": data.edition_title,
        "region_name": data.region_name, "call_reference": data.call_reference,
        "application_reference": data.application_reference,
        "decision_date": data.decision_date, "employer_name": data.employer_name,
        "employer_kind": data.employer_kind, "cnss_affiliate": data.cnss_affiliate,
        "employer_seat": data.employer_seat or "—",
        "employer_representative": data.employer_representative or "—",
        "sector": data.sector, "target_groups": data.target_groups,
        "hires_phrase": counted(data.hires, WORKER),
        "monthly_amount": amount_with_letters(data.monthly_amount),
        "grant_months_phrase": counted(data.grant_months, MONTH),
        "per_hire_amount": amount_with_letters(data.per_hire),
        "total_amount": amount_with_letters(data.total),
        "min_contract_months": str(data.min_contract_months),
        "hiring_deadline_days": str(data.hiring_deadline_days),
        "replacement_days": str(data.replacement_days),
        "signed_place": data.signed_place or "..........",
        "signed_on": data.signed_on or "..........",
    }


def template_path() -> Path:
    return resources_dir() / "templates" / "grant_agreement_ar.toml"


def load_wording(path: Path | None = None) -> dict[str, Any]:
    """The template, with every placeholder checked against the values the program has."""
    return load_checked(path or template_path(), values_of(_SAMPLE), "نموذج الاتفاقية")


def build_grant_agreement(data: GrantAgreementData, mark: VerificationMark | None = None,
                          wording: dict[str, Any] | None = None) -> bytes:
    words = wording or load_wording()
    values = values_of(data)
    document, parties = words["document"], words["parties"]
    story: list[Flowable] = [
        ArabicParagraph(fill(document["title"], values), TITLE),
        ArabicParagraph(fill(document["number_line"], values), NUMBER),
        ArabicParagraph(fill(document["subtitle"], values), SUBTITLE),
        Spacer(1, 0.4 * cm),
    ]
    for line in words["preamble"]["lines"]:
        story.append(ArabicParagraph(fill(line, values), PREAMBLE))
    story.append(ArabicParagraph(parties["heading"], SECTION))
    for key in ("committee", "committee_side", "conjunction", "employer", "employer_side"):
        story += text_block(parties[key], values)
    story.append(ArabicParagraph(parties["agreement"], CENTRED_BOLD))
    for index, article in enumerate(words["articles"]):
        story.append(heading(f"المادة {ORDINALS_FEMININE[index]}: {article['title']}"))
        story += text_block(article["body"], values)
    width = content_width()
    annex = words["annex"]
    story.append(heading(annex["posts_heading"]))
    story.append(arabic_table(
        [annex["posts_columns"]] + [
            [p.title_ar, str(p.count), p.contract_label, str(p.contract_months),
             formats.amount(p.monthly_wage)] for p in data.posts],
        [width * 0.36, width * 0.1, width * 0.2, width * 0.14, width * 0.2], centred={1, 3, 4}))
    story.append(heading(annex["amounts_heading"]))
    story.append(shade_last_row(arabic_table([
        annex["amounts_columns"],
        [annex["per_month_label"], amount_with_letters(data.monthly_amount)],
        [annex["months_label"], counted(data.grant_months, MONTH)],
        [annex["per_hire_label"], amount_with_letters(data.per_hire)],
        [annex["hires_label"], counted(data.hires, WORKER)],
        [annex["total_label"], amount_with_letters(data.total)],
    ], [width * 0.3, width * 0.7], total=True)))
    signatures = words["signatures"]
    story.append(Spacer(1, 0.4 * cm))
    story.append(KeepTogether([
        ArabicParagraph(fill(document["signed_line"], values), SECTION),
        signature_table([Signatory(signatures["committee"], ""),
                         Signatory(signatures["employer"], data.employer_representative)],
                        width)]))
    setup = PageSetup(title=fill(document["running_title"], values),
                      letterhead=[fill(line, values) for line in document["letterhead"]],
                      reference=data.number, initials=True, mark=mark)
    return render(story, setup)


_SAMPLE = GrantAgreementData(
    number="", edition_title="", region_name="", call_reference="", application_reference="",
    decision_date="", employer_name="", employer_kind="", cnss_affiliate="", employer_seat="",
    employer_representative="", sector="", target_groups="", hires=1,
    monthly_amount=Decimal(0), grant_months=1, min_contract_months=1, hiring_deadline_days=0,
    replacement_days=0, signed_place="", signed_on="")
