"""The partnership convention (اتفاقية شراكة) and its amendments (ملحق), as PDF bytes.

The builders take a frozen content snapshot and a checked template and nothing else: no
database, no clock, no locale of the machine. With ReportLab's invariant mode the same
snapshot and wording therefore give the same bytes, so the SHA-256 recorded when a
convention was printed still identifies a reprint years later.

Every amount is printed through `amount_with_letters`, so figures and letters come from
one Decimal and cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from string import Template

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.documents.convention_blocks import (
    BODY,
    CENTRED_BOLD,
    LEFT,
    NUMBER,
    PREAMBLE,
    SECTION,
    SUBTITLE,
    TITLE,
    fill,
    heading,
    shade_last_row,
    signature_table,
    text_block,
)
from app.documents.convention_template import (
    ARTICLE_REFERENCE,
    ORDINALS_FEMININE,
    ORDINALS_MASCULINE,
    AmendmentTemplate,
    ConventionTemplate,
    load_amendment_template,
    load_template,
)
from app.documents.flowables import ArabicParagraph, Cell, arabic_table
from app.documents.page import PageSetup, VerificationMark, content_width, render
from app.documents.verification import make_mark
from app.domain import formats
from app.domain.amounts import ONES, amount_with_letters
from app.domain.conventions import (
    AmendmentContent,
    ConventionContent,
    Signatory,
    person_words,
)
from app.domain.partners import rib_parts
from app.errors import FieldError, ValidationError

CONVENTION_KIND = "convention"
AMENDMENT_KIND = "amendment"


# -- values for the placeholders ----------------------------------------------------------


def months_phrase(months: int) -> str:
    """"ثلاثة (03) أشهر": the duration as it follows "في" or "لمدة" (genitive)."""
    figure = f"({months:02d})"
    if months == 1:
        return f"شهر واحد {figure}"
    if months == 2:
        return f"شهرين {figure}"
    if 3 <= months <= 10:
        return f"{ONES[months]} {figure} أشهر"
    if months == 11:
        return f"أحد عشر {figure} شهرا"
    if months == 12:
        return f"اثني عشر {figure} شهرا"
    return f"{months} شهرا"


def grouped_rib(rib: str) -> str:
    """"007 780 0001234567890123 45": bank, city, account and key, as RIB slips print it."""
    return " ".join(rib_parts(rib))


def names_list(names: tuple[str, ...]) -> str:
    """"خنيفرة، مريرت وأجلموس"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{'، '.join(names[:-1])} و{names[-1]}"


def percent(part: Decimal, whole: Decimal) -> str:
    """"5" or "4,5": the share of `part` in `whole`, with a decimal comma."""
    if not whole:
        return "0"
    value = (part * 100 / whole).quantize(Decimal("0.01"))
    text = f"{value:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def convention_values(content: ConventionContent, template: ConventionTemplate) -> dict[str, str]:
    """The text of every placeholder for this convention (names: CONVENTION_PLACEHOLDERS
    and one "article_<key>" per article).

    A convention's story and its page setup both ask, one after the other: the last
    answer is kept for the same (immutable) content and template, and a copy given."""
    global _last_values
    last = _last_values
    if last[0] is content and last[1] is template:
        return dict(last[2])
    values = _values(content, template)
    _last_values = (content, template, values)
    return dict(values)


_last_values: tuple[object, object, dict[str, str]] = (None, None, {})


def _values(content: ConventionContent, template: ConventionTemplate) -> dict[str, str]:
    partner, worksite = content.partner, content.worksite
    meeting, deliberation = content.selection_meeting, content.deliberation
    president = person_words(content.council_president_sex)
    representative = person_words(partner.representative_sex)
    values = {
        "number": content.number, "version": str(content.version),
        "edition_title": content.edition_title, "province_name": content.province_name,
        "council_name": content.council_name, "council_president": content.council_president,
        "council_seat": content.council_seat,
        "partner_name": partner.name, "partner_kind_label": partner.kind_label,
        "partner_called": partner.called, "partner_seat": partner.seat,
        "partner_representative": partner.representative,
        "partner_capacity": partner.representative_capacity,
        "partner_rib": grouped_rib(partner.rib), "partner_bank": partner.bank_name,
        "partner_bank_clause": "",
        "worksite_title": worksite.title, "domain": worksite.domain_label,
        "communes": names_list(worksite.communes), "communes_phrase": "",
        "beneficiaries_total": str(worksite.beneficiaries.total),
        "beneficiaries_women": str(worksite.beneficiaries.women),
        "beneficiaries_disabled": str(worksite.beneficiaries.disabled),
        "duration": months_phrase(worksite.duration_months),
        "duration_months": str(worksite.duration_months),
        "start_note": worksite.start_note,
        # The fee is a share of the project's value, which the total includes it on top of.
        "admin_fee_percent": percent(worksite.admin_fee_amount,
                                     worksite.total_amount - worksite.admin_fee_amount),
        "tranche_count": str(len(content.tranches)),
        "selection_date": formats.long_date(meeting.date) if meeting else "",
        "selection_text": meeting.text if meeting else "",
        "place": content.place, "date": formats.long_date(content.date),
        "hijri_date": content.hijri_date_text, "hijri_clause": "",
        "council_president_civility": president.title, "council_president_head": president.head,
        "partner_representative_civility": representative.title,
        "partner_representative_as": representative.capacity,
        "body_law": template.body_laws[1 if partner.is_cooperative else 0],
        "deliberation": "",
        "deliberation_date": formats.long_date(deliberation.session_date) if deliberation else "",
        "deliberation_number": deliberation.decision_number if deliberation else "",
    }
    if deliberation is not None:
        values["deliberation"] = fill(template.deliberation_line, values)
    for name in ("total_amount", "admin_fee_amount", "framing_grant_amount", "minimum_wage"):
        amount: Decimal = getattr(worksite, name)
        values[name] = amount_with_letters(amount)
        values[f"{name}_figures"] = formats.amount(amount)
    for index, article in enumerate(template.articles):
        values[f"{ARTICLE_REFERENCE}{article.key}"] = ORDINALS_FEMININE[index]
    if partner.bank_name:
        values["partner_bank_clause"] = fill(template.parties.bank_clause, values)
    if content.hijri_date_text:
        values["hijri_clause"] = fill(template.wording.hijri_clause, values)
    one, two, many = template.communes
    count = len(worksite.communes)
    values["communes_phrase"] = fill(one if count == 1 else two if count == 2 else many, values)
    return values


def default_preamble(content: ConventionContent, template: ConventionTemplate) -> tuple[str, ...]:
    """The template's preamble filled for this convention: what a service stores in
    `content.preamble` so that later edits of the template do not reword it."""
    values = convention_values(content, template)
    return tuple(fill(line, values) for line in template.wording.preamble
                 if not _all_empty(line, values))


def convention_mark(content: ConventionContent, audit_head: tuple[int, str] | None = None
                    ) -> VerificationMark:
    return make_mark(CONVENTION_KIND, content.number, content.version, content.content_sha256(),
                     audit_head)


def amendment_reference(content: AmendmentContent) -> str:
    return f"{content.convention_number}/A{content.amendment_number}"


def amendment_mark(content: AmendmentContent, audit_head: tuple[int, str] | None = None
                   ) -> VerificationMark:
    return make_mark(AMENDMENT_KIND, amendment_reference(content), content.version,
                     content.content_sha256(), audit_head)


# -- the convention -----------------------------------------------------------------------


def _check(problems: list[FieldError], pinned: str, template_sha256: str) -> None:
    if pinned and pinned != template_sha256:
        problems.append(FieldError(
            "template_sha256",
            "تغير نص نموذج الاتفاقية منذ إعداد هذه الوثيقة: لا يمكن طبعها بنص مختلف عن النص "
            "الذي أعدت به. استعمل النموذج الأصلي أو أعد إعداد الوثيقة.",
            "convention.template_changed",
        ))
    if problems:
        raise ValidationError(problems)


def convention_setup(content: ConventionContent, template: ConventionTemplate,
                     mark: VerificationMark | None) -> PageSetup:
    values = convention_values(content, template)
    return PageSetup(
        title=fill(template.wording.running_title, values),
        letterhead=tuple(fill(line, values) for line in template.wording.letterhead),
        reference=content.number,
        initials=True,
        mark=mark,
    )


def convention_story(content: ConventionContent,
                     template: ConventionTemplate | None = None) -> list[Flowable]:
    """The flowables of one convention, for `render` or for a batch in one file."""
    template = template or load_template()
    _check(content.problems(), content.template_sha256, template.sha256)
    values = convention_values(content, template)
    wording = template.wording
    width = content_width()
    story: list[Flowable] = [ArabicParagraph(fill(wording.title, values), TITLE)]
    story += [ArabicParagraph(fill(line, values), style) for line, style in (
        (template.number_line, NUMBER), (wording.subtitle, SUBTITLE),
        (template.object_line, SUBTITLE)) if line]
    story.append(Spacer(1, 10))

    preamble = list(content.preamble) or [fill(line, values) for line in wording.preamble
                                          if not _all_empty(line, values)]
    if content.selection_meeting and template.selection_line:
        preamble.append(fill(template.selection_line, values))
    story += [ArabicParagraph(line, PREAMBLE) for line in preamble]

    parties = template.parties
    story.append(ArabicParagraph(fill(parties.heading, values), SECTION))
    story += text_block(parties.council, values)
    story.append(ArabicParagraph(fill(parties.council_side, values), LEFT))
    story.append(ArabicParagraph(fill(parties.conjunction, values), SECTION))
    story += text_block(parties.partner, values)
    story.append(ArabicParagraph(fill(parties.partner_side, values), LEFT))
    story.append(ArabicParagraph(fill(wording.agreement, values), CENTRED_BOLD))

    articles: list[list[Flowable]] = []
    for index, article in enumerate(template.articles):
        title = fill(article.title, values)
        flowables: list[Flowable] = [heading(fill(wording.article_heading, values | {
            "article_ordinal": ORDINALS_FEMININE[index], "article_title": title}))]
        flowables += text_block(article.body, values)
        if article.table == "tranches" and content.tranches:
            flowables += [Spacer(1, 3), _tranche_table(content, template, values, width),
                          Spacer(1, 5)]
        flowables += text_block(article.after_table, values)
        articles.append(flowables)
    *body, last = articles or [[]]
    for flowables in body:
        story += flowables
    story.append(_signing(last, fill(wording.place_date, values),
                          fill(wording.signatures_heading, values), content.signatories, width))
    story.append(PageBreak())
    story += _annex(content, template, values, width)
    return story


def _all_empty(line: str, values: Mapping[str, str]) -> bool:
    """A line made only of placeholders that came out empty (a deliberation not entered)."""
    names = Template(line).get_identifiers()
    return bool(names) and all(not values.get(name, "") for name in names)


def _tranche_table(content: ConventionContent, template: ConventionTemplate,
                   values: dict[str, str], width: float) -> Flowable:
    rows: list[list[Cell]] = [list(template.tranche_columns)]
    for tranche in sorted(content.tranches, key=lambda t: t.position):
        ordinal = (ORDINALS_MASCULINE[tranche.position - 1]
                   if 1 <= tranche.position <= len(ORDINALS_MASCULINE) else str(tranche.position))
        rows.append([fill(template.tranche_row, values | {"tranche_ordinal": ordinal}),
                     formats.amount(tranche.amount), tranche.due_text])
    if template.tranche_total:
        total = sum((tranche.amount for tranche in content.tranches), Decimal(0))
        rows.append([fill(template.tranche_total, values), formats.amount(total), ""])
    table = arabic_table(rows, [3.4 * cm, 3.6 * cm, width - 7 * cm], size=11)
    return shade_last_row(table) if template.tranche_total else table


def _signing(last_article: list[Flowable], place_date: str, signatures_heading: str,
             signatories: Sequence[Signatory], width: float) -> Flowable:
    """The last article, "حرر ب... في ..." and the signature blocks, kept on one page: a
    page holding signatures alone could be put under another text."""
    flowables: list[Flowable] = [*last_article, Spacer(1, 8), ArabicParagraph(place_date, BODY)]
    if signatures_heading:
        flowables.append(ArabicParagraph(signatures_heading, CENTRED_BOLD))
    flowables.append(signature_table(signatories, width))
    return KeepTogether(flowables)


def _annex(content: ConventionContent, template: ConventionTemplate, values: dict[str, str],
           width: float) -> list[Flowable]:
    annex = template.annex
    story: list[Flowable] = [ArabicParagraph(fill(annex.title, values), TITLE)]
    if annex.subtitle:
        story.append(ArabicParagraph(fill(annex.subtitle, values), SUBTITLE))
    story.append(Spacer(1, 10))
    rows: list[list[Cell]] = [list(annex.columns)]
    rows += [[fill(label, values), fill(value, values)] for label, value in annex.rows]
    story.append(arabic_table(rows, [6 * cm, width - 6 * cm], size=11))
    lines = content.worksite.cost_lines
    if lines:
        story += [Spacer(1, 12), ArabicParagraph(fill(annex.cost_heading, values), SECTION)]
        cost_rows: list[list[Cell]] = [list(annex.cost_columns)]
        cost_rows += [[line.label, formats.amount(line.amount)] for line in lines]
        total = sum((line.amount for line in lines), Decimal(0))
        cost_rows.append([fill(annex.cost_total, values), formats.amount(total)])
        story.append(shade_last_row(arabic_table(cost_rows, [width - 4.5 * cm, 4.5 * cm],
                                                 size=11)))
    return story


def build_convention(content: ConventionContent, template: ConventionTemplate | None = None,
                     mark: VerificationMark | None = None) -> bytes:
    """The convention's PDF. Without a mark the paper has no QR code (a draft); the
    service passes `convention_mark(content)` for the copies to be signed."""
    template = template or load_template()
    story = convention_story(content, template)
    return render(story, convention_setup(content, template, mark))


# -- the amendment ------------------------------------------------------------------------


def amendment_values(content: AmendmentContent, template: AmendmentTemplate) -> dict[str, str]:
    printed_on = content.convention_printed_date or content.convention_date
    values = {
        "convention_number": content.convention_number,
        "amendment_number": str(content.amendment_number), "version": str(content.version),
        "reason": content.reason, "edition_title": content.edition_title,
        "province_name": content.province_name, "council_name": content.council_name,
        "partner_name": content.partner_name,
        "convention_date": formats.long_date(content.convention_date)
        if content.convention_date else "",
        "convention_date_clause": "", "place": content.place,
        "date": formats.long_date(content.date), "hijri_date": content.hijri_date_text,
        "hijri_clause": "",
        # Amendments made before the printed date was kept name the one date they have.
        "convention_printed_date": formats.long_date(printed_on) if printed_on else "",
        "convention_signed_date": formats.long_date(content.convention_date)
        if content.convention_date else "",
    }
    both = (content.convention_printed_date and content.convention_date
            and content.convention_printed_date != content.convention_date)
    if both and template.convention_dates_clause:
        values["convention_date_clause"] = fill(template.convention_dates_clause, values)
    elif content.convention_date or content.convention_printed_date:
        values["convention_date_clause"] = fill(template.convention_date_clause, values)
    if content.hijri_date_text:
        values["hijri_clause"] = fill(template.wording.hijri_clause, values)
    return values


def amendment_setup(content: AmendmentContent, template: AmendmentTemplate,
                    mark: VerificationMark | None) -> PageSetup:
    values = amendment_values(content, template)
    return PageSetup(
        title=fill(template.wording.running_title, values),
        letterhead=tuple(fill(line, values) for line in template.wording.letterhead),
        reference=amendment_reference(content),
        initials=True,
        mark=mark,
    )


def amendment_story(content: AmendmentContent,
                    template: AmendmentTemplate | None = None) -> list[Flowable]:
    template = template or load_amendment_template()
    _check(content.problems(), content.template_sha256, template.sha256)
    values = amendment_values(content, template)
    wording = template.wording
    width = content_width()
    story: list[Flowable] = [ArabicParagraph(fill(wording.title, values), TITLE)]
    if wording.subtitle:
        story.append(ArabicParagraph(fill(wording.subtitle, values), SUBTITLE))
    story.append(Spacer(1, 10))
    story += [ArabicParagraph(fill(line, values), PREAMBLE) for line in wording.preamble]
    story.append(ArabicParagraph(fill(template.reason, values), PREAMBLE))
    story.append(ArabicParagraph(fill(wording.agreement, values), CENTRED_BOLD))
    articles = [
        _changed_article(fill(template.change_intro,
                              values | {"article_title": change.article_title}), change.new_text)
        for change in content.changes
    ]
    articles += [text_block(body, values) for body in template.final_articles]
    numbered = [
        [heading(fill(wording.article_heading, values | {
            "article_ordinal": ORDINALS_FEMININE[min(index, len(ORDINALS_FEMININE) - 1)],
            "article_title": ""})), *flowables]
        for index, flowables in enumerate(articles)
    ]
    *body, last = numbered or [[]]
    for flowables in body:
        story += flowables
    story.append(_signing(last, fill(wording.place_date, values),
                          fill(wording.signatures_heading, values), content.signatories, width))
    return story


def _changed_article(intro: str, new_text: str) -> list[Flowable]:
    """The introduction, then the new wording in guillemets, one paragraph a line."""
    lines = [line.strip() for line in new_text.split("\n") if line.strip()]
    if lines:
        lines[0] = f"«{lines[0]}"
        lines[-1] = f"{lines[-1]}»"
    return [ArabicParagraph(intro, BODY), *[ArabicParagraph(line, BODY) for line in lines]]


def build_amendment(content: AmendmentContent, template: AmendmentTemplate | None = None,
                    mark: VerificationMark | None = None) -> bytes:
    template = template or load_amendment_template()
    return render(amendment_story(content, template), amendment_setup(content, template, mark))
