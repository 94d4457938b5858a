"""The wording of conventions and amendments, read from TOML files and checked on load.

The text of a convention is a legal text that provinces adjust (preamble references,
notice periods, the competent court), so it lives in `resources/templates/*.toml`, not in
Python. A mistake in an edited file must be caught when the file is loaded, with a
message a secretary can act on, never as a KeyError in the middle of printing 100
conventions: `load_template` checks every section, key and placeholder, collects all
the problems and raises one `ValidationError` naming each.

Placeholders use string.Template's `$name` syntax rather than str.format's `{name}`:
- no format mini-language: `{partner.__class__}` or `{0:>{1}}` in a file someone edited
  cannot reach Python attributes or surprise anyone; only plain names are substituted;
- Python 3.11 lists a template's names (`get_identifiers`) and checks it (`is_valid`),
  so an unknown or malformed placeholder is found without substituting;
- braces stay ordinary characters in legal text, and "$$" prints a dollar sign.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

from app.errors import FieldError, ValidationError
from app.language import tr
from app.paths import resources_dir

# Ordinals for "المادة الأولى" (feminine) and "الشطر الأول" (masculine), written once here.
ORDINALS_FEMININE = (
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
    "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة",
    "الخامسة عشرة", "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة",
    "العشرون",
)
ORDINALS_MASCULINE = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر",
    "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون",
)

TABLES = {"tranches": "جدول أشطر الأداء"}

CONVENTION_PLACEHOLDERS: dict[str, str] = {
    "number": "رقم الاتفاقية",
    "version": "رقم صيغة الاتفاقية (1 للأصلية)",
    "edition_title": "النسخة، مثل «برنامج أوراش 2023»",
    "province_name": "اسم الإقليم",
    "council_name": "اسم المجلس الإقليمي",
    "council_president": "اسم رئيس المجلس الإقليمي",
    "council_seat": "مقر المجلس الإقليمي",
    "partner_name": "اسم الهيئة الشريكة",
    "partner_kind_label": "نوع الهيئة: جمعية أو تعاونية",
    "partner_called": "التسمية المختصرة للهيئة في المواد، مثل «الجمعية»",
    "partner_seat": "مقر الهيئة",
    "partner_representative": "اسم ممثل الهيئة",
    "partner_capacity": "صفة ممثل الهيئة، مثل «رئيس الجمعية»",
    "partner_rib": "رقم الحساب البنكي (24 رقما، مجزأ)",
    "partner_bank": "اسم البنك (قد يكون فارغا)",
    "partner_bank_clause": "عبارة البنك من [parties] bank_clause، فارغة إن لم يحدد البنك",
    "worksite_title": "عنوان الورش",
    "domain": "مجال الورش",
    "communes": "أسماء الجماعات المعنية",
    "communes_phrase": "«جماعة ...» أو «جماعتي ...» أو «جماعات ...» حسب العدد",
    "beneficiaries_total": "العدد الإجمالي للمستفيدين",
    "beneficiaries_women": "عدد النساء المستفيدات",
    "beneficiaries_disabled": "عدد المستفيدين في وضعية إعاقة",
    "duration": "مدة الإنجاز بالحروف والأرقام، مثل «ثلاثة (03) أشهر»",
    "duration_months": "مدة الإنجاز بالأشهر (رقم)",
    "start_note": "ملاحظة حول انطلاق الورش (قد تكون فارغة)",
    "total_amount": "الكلفة الإجمالية بالأرقام والحروف",
    "total_amount_figures": "الكلفة الإجمالية بالأرقام",
    "admin_fee_amount": "مصاريف التدبير الإداري بالأرقام والحروف",
    "admin_fee_amount_figures": "مصاريف التدبير الإداري بالأرقام",
    "admin_fee_percent": "نسبة مصاريف التدبير الإداري من مجموع باقي مكونات الكلفة",
    "framing_grant_amount": "منح التأطير بالأرقام والحروف",
    "framing_grant_amount_figures": "منح التأطير بالأرقام",
    "minimum_wage": "الحد الأدنى للأجر الشهري بالأرقام والحروف",
    "minimum_wage_figures": "الحد الأدنى للأجر الشهري بالأرقام",
    "tranche_count": "عدد الأشطر (رقم)",
    "selection_date": "تاريخ اجتماع اللجنة الذي انتقى الورش",
    "selection_text": "موضوع اجتماع الانتقاء",
    "place": "مكان التوقيع",
    "date": "تاريخ التوقيع، مثل «26 ماي 2023»",
    "hijri_date": "التاريخ الهجري كما كتب أو صحح (قد يكون فارغا)",
    "hijri_clause": "عبارة التاريخ الهجري من [closing] hijri_clause، فارغة إن لم يحدد",
    "council_president_civility": "«السيد» أو «السيدة» حسب رئيس المجلس",
    "council_president_head": "«رئيسه» أو «رئيسته» حسب رئيس المجلس",
    "partner_representative_civility": "«السيد» أو «السيدة» حسب ممثل الهيئة",
    "partner_representative_as": "«بصفته» أو «بصفتها» حسب ممثل الهيئة",
    "body_law": "النص المنظم للهيئة من [preamble] association_law أو cooperative_law",
    "deliberation": "سطر مداولة المجلس من [preamble] deliberation، فارغ إن لم تحدد",
    "deliberation_date": "تاريخ دورة المجلس التي صادقت على الاتفاقيات",
    "deliberation_number": "رقم مقرر المجلس",
}
AMENDMENT_PLACEHOLDERS: dict[str, str] = {
    "convention_number": "رقم الاتفاقية المعدلة",
    "amendment_number": "رقم الملحق",
    "version": "رقم صيغة الاتفاقية بعد هذا الملحق",
    "reason": "سبب التعديل",
    "edition_title": "النسخة، مثل «برنامج أوراش 2023»",
    "province_name": "اسم الإقليم",
    "council_name": "اسم المجلس الإقليمي",
    "partner_name": "اسم الهيئة الشريكة",
    "convention_date": "تاريخ توقيع الاتفاقية",
    "convention_date_clause": "عبارة تاريخ الاتفاقية من [preamble]، فارغة إن لم يحدد",
    "convention_printed_date": "التاريخ المثبت في نص الاتفاقية الموقعة («حرر ب... في»)",
    "convention_signed_date": "تاريخ حفل توقيع الاتفاقية",
    "place": "مكان التوقيع",
    "date": "تاريخ التوقيع",
    "hijri_date": "التاريخ الهجري كما كتب أو صحح (قد يكون فارغا)",
    "hijri_clause": "عبارة التاريخ الهجري من [closing] hijri_clause، فارغة إن لم يحدد",
}
# Names that exist in one place only: the heading of an article, a row of the tranche
# table, the introduction of a changed article.
HEADING_PLACEHOLDERS = {"article_ordinal": "ترتيب المادة: الأولى، الثانية ...",
                        "article_title": "عنوان المادة"}
TRANCHE_PLACEHOLDERS = {"tranche_ordinal": "ترتيب الشطر: الأول، الثاني ..."}
CHANGE_PLACEHOLDERS = {"article_title": "عنوان المادة المعدلة من الاتفاقية"}
ARTICLE_REFERENCE = "article_"  # "$article_payment": the ordinal of the article "payment"

_KEY = re.compile(r"[a-z][a-z0-9_]*")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_ARTICLE_KEYS = {"key", "title", "body", "table", "after_table"}


def placeholder_help(kind: str = "convention") -> list[tuple[str, str]]:
    """("$name", Arabic meaning) for each placeholder, for the template editor's help."""
    names = CONVENTION_PLACEHOLDERS if kind == "convention" else AMENDMENT_PLACEHOLDERS
    extra = HEADING_PLACEHOLDERS | (TRANCHE_PLACEHOLDERS if kind == "convention"
                                    else CHANGE_PLACEHOLDERS)
    rows = [(f"${name}", meaning) for name, meaning in (names | extra).items()]
    if kind == "convention":
        rows.append((f"${ARTICLE_REFERENCE}<key>",
                     "ترتيب مادة أخرى بمفتاحها، مثل $article_payment"))
    return rows


# -- the templates --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleTemplate:
    key: str
    title: str
    body: str
    table: str = ""  # "" or a key of TABLES, printed after the body
    after_table: str = ""


@dataclass(frozen=True)
class DocumentWording:
    """What every document of the kind has: title lines, letterhead, closing, signatures."""

    title: str
    subtitle: str
    running_title: str
    article_heading: str
    letterhead: tuple[str, ...]
    preamble: tuple[str, ...]
    agreement: str
    place_date: str
    hijri_clause: str
    signatures_heading: str


@dataclass(frozen=True)
class PartiesWording:
    heading: str
    council: str
    council_side: str
    conjunction: str
    partner: str
    bank_clause: str
    partner_side: str


@dataclass(frozen=True)
class AnnexWording:
    title: str
    subtitle: str
    columns: tuple[str, ...]  # two
    rows: tuple[tuple[str, str], ...]
    cost_heading: str
    cost_columns: tuple[str, ...]  # two
    cost_total: str


@dataclass(frozen=True)
class ConventionTemplate:
    wording: DocumentWording
    number_line: str
    object_line: str
    selection_line: str
    parties: PartiesWording
    communes: tuple[str, str, str]  # one, two, three or more
    articles: tuple[ArticleTemplate, ...]
    tranche_columns: tuple[str, ...]  # three
    tranche_row: str
    tranche_total: str
    annex: AnnexWording
    sha256: str  # of the file's bytes: which wording a convention was drawn up with
    source: str
    # [preamble] association_law / cooperative_law: what $body_law cites for each kind
    body_laws: tuple[str, str] = ("", "")
    deliberation_line: str = ""  # [preamble] deliberation: what $deliberation prints

    def ordinal_of(self, key: str) -> str:
        """"السابعة" for the article whose key is given (cross-references)."""
        keys = [article.key for article in self.articles]
        return ORDINALS_FEMININE[keys.index(key)]


@dataclass(frozen=True)
class AmendmentTemplate:
    wording: DocumentWording
    convention_date_clause: str
    reason: str
    change_intro: str
    final_articles: tuple[str, ...]
    sha256: str
    source: str
    # Used instead of convention_date_clause when the ceremony was not on the date the
    # signed paper prints: says which date is which.
    convention_dates_clause: str = ""


# -- loading --------------------------------------------------------------------------------


def default_template_path(kind: str = "convention") -> Path:
    return resources_dir() / "templates" / f"{kind}_ar.toml"


def load_template(path: Path | None = None) -> ConventionTemplate:
    """The convention wording, checked; the shipped file is read once per process."""
    if path is None:
        return _default_convention()
    return _Reader.open(path).convention()


def load_amendment_template(path: Path | None = None) -> AmendmentTemplate:
    if path is None:
        return _default_amendment()
    return _Reader.open(path).amendment()


@lru_cache(maxsize=1)
def _default_convention() -> ConventionTemplate:
    return _Reader.open(default_template_path("convention")).convention()


@lru_cache(maxsize=1)
def _default_amendment() -> AmendmentTemplate:
    return _Reader.open(default_template_path("amendment")).amendment()


def _identifiers(text: str) -> list[str] | None:
    """The placeholder names of `text`, or None when a "$" is malformed."""
    template = Template(text)
    return template.get_identifiers() if template.is_valid() else None


class _Reader:
    """Walks the parsed TOML, collecting every problem as an Arabic FieldError."""

    def __init__(self, data: dict[str, Any], source: str, sha256: str) -> None:
        self.data = data
        self.source = source
        self.sha256 = sha256
        self.errors: list[FieldError] = []

    @classmethod
    def open(cls, path: Path) -> _Reader:
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ValidationError(FieldError(
                None, tr("تعذرت قراءة ملف النموذج {path}: {reason}")
                         .format(path=path, reason=error.strerror or error),
                "template.file")) from error
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise ValidationError(FieldError(
                None, tr("ملف النموذج {path.name} ليس مرمزا بـ UTF-8.")
                         .format(path=path), "template.encoding",
            )) from error
        except tomllib.TOMLDecodeError as error:
            raise ValidationError(FieldError(None, _syntax_message(path, error),
                                             "template.syntax")) from error
        return cls(data, str(path), hashlib.sha256(raw).hexdigest())

    # -- generic checks ---------------------------------------------------------------------

    def fail(self, field: str, message: str, rule: str) -> None:
        self.errors.append(FieldError(field, message, f"template.{rule}"))

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        if value is None:
            self.fail(name, tr("القسم [{name}] مفقود في ملف النموذج.")
                               .format(name=name), "missing_section")
            return {}
        if not isinstance(value, dict):
            self.fail(name, tr("[{name}] يجب أن يكون قسما وليس قيمة.")
                               .format(name=name), "not_a_section")
            return {}
        return value

    def text(self, table: Mapping[str, Any], section: str, key: str, allowed: Iterable[str],
             *, where: str = "", required: bool = True, nonempty: bool = False) -> str:
        where = where or tr("القسم [{section}]، المفتاح {key}").format(section=section, key=key)
        value = table.get(key)
        if value is None:
            if required and table:
                self.fail(f"{section}.{key}", tr("المفتاح «{key}» مفقود في القسم [{section}].")
                                                 .format(key=key, section=section),
                          "missing_key")
            return ""
        if not isinstance(value, str):
            self.fail(f"{section}.{key}", tr("{where}: يجب أن تكون القيمة نصا بين علامتي تنصيص.")
                                             .format(where=where),
                      "not_text")
            return ""
        value = value.strip("\n")
        if nonempty and not value.strip():
            self.fail(f"{section}.{key}", tr("{where}: النص فارغ.").format(where=where), "empty")
        self.check_placeholders(value, f"{section}.{key}", where, allowed)
        return value

    def texts(self, table: Mapping[str, Any], section: str, key: str,
              allowed: Iterable[str], *, nonempty: bool = False) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if table:
                self.fail(f"{section}.{key}", tr("المفتاح «{key}» مفقود في القسم [{section}].")
                                                 .format(key=key, section=section),
                          "missing_key")
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(f"{section}.{key}",
                      tr("القسم [{section}]، المفتاح {key}: يجب أن تكون القيمة قائمة نصوص.")
                         .format(section=section, key=key),
                      "not_a_list")
            return ()
        if nonempty and not value:
            self.fail(f"{section}.{key}", tr("القسم [{section}]، المفتاح {key}: القائمة فارغة.")
                                             .format(section=section, key=key),
                      "empty")
        for number, item in enumerate(value, start=1):
            self.check_placeholders(item, f"{section}.{key}",
                                    tr("القسم [{section}]، {key}، السطر {number}")
                                       .format(section=section, key=key, number=number), allowed)
        return tuple(value)

    def check_placeholders(self, text: str, field: str, where: str,
                           allowed: Iterable[str]) -> None:
        names = _identifiers(text)
        if names is None:
            self.fail(field, tr("علامة $ في غير موضعها في {where}؛ اكتب $$ لطباعة علامة الدولار، "
                                "واسم المتغير بحروف لاتينية.").format(where=where),
                      "bad_placeholder")
            return
        known = set(allowed)
        for name in names:
            if name not in known:
                self.fail(field, tr("متغير غير معروف «${name}» في {where}.")
                                    .format(name=name, where=where),
                          "unknown_placeholder")

    def unknown_keys(self, table: Mapping[str, Any], known: set[str], field: str,
                     where: str) -> None:
        for key in sorted(set(table) - known):
            self.fail(field, tr("مفتاح غير معروف «{key}» في {where}.")
                                .format(key=key, where=where), "unknown_key")

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    # -- the two kinds of document --------------------------------------------------------------

    def wording(self, base: set[str], agreement_section: str) -> DocumentWording:
        """The parts both kinds share; `agreement_section` holds "اتفق الطرفان ..."."""
        document = self.section("document")
        preamble = self.section("preamble")
        closing = self.section("closing")
        signatures = self.section("signatures")
        return DocumentWording(
            title=self.text(document, "document", "title", base, nonempty=True,
                            where=tr("عنوان الوثيقة (القسم [document]، المفتاح title)")),
            subtitle=self.text(document, "document", "subtitle", base, required=False),
            running_title=self.text(document, "document", "running_title", base,
                                    nonempty=True),
            article_heading=self.text(document, "document", "article_heading",
                                      base | set(HEADING_PLACEHOLDERS), nonempty=True),
            letterhead=self.texts(document, "document", "letterhead", base, nonempty=True),
            preamble=self.texts(preamble, "preamble", "lines", base),
            agreement=self.text(self.data.get(agreement_section, {}), agreement_section,
                                "agreement", base, nonempty=True),
            place_date=self.text(closing, "closing", "place_date", base, nonempty=True),
            hijri_clause=self.text(closing, "closing", "hijri_clause", base),
            signatures_heading=self.text(signatures, "signatures", "heading", base),
        )

    def convention(self) -> ConventionTemplate:
        names = CONVENTION_PLACEHOLDERS
        articles = self.articles()
        allowed = set(names) | {f"{ARTICLE_REFERENCE}{a.key}" for a in articles}
        self.check_articles(articles, allowed)
        wording = self.wording(allowed, "parties")
        document, preamble = self.data.get("document", {}), self.data.get("preamble", {})
        parties, grammar = self.section("parties"), self.section("grammar")
        tranches, annex = self.section("tranches"), self.section("annex")
        template = ConventionTemplate(
            wording=wording,
            number_line=self.text(document, "document", "number_line", allowed),
            object_line=self.text(document, "document", "object_line", allowed,
                                  required=False),
            selection_line=self.text(preamble, "preamble", "selection", allowed),
            parties=PartiesWording(**{
                key: self.text(parties, "parties", key, allowed, nonempty=key != "bank_clause")
                for key in ("heading", "council", "council_side", "conjunction", "partner",
                            "bank_clause", "partner_side")
            }),
            communes=(
                self.text(grammar, "grammar", "commune_one", allowed, nonempty=True),
                self.text(grammar, "grammar", "commune_two", allowed, nonempty=True),
                self.text(grammar, "grammar", "commune_many", allowed, nonempty=True),
            ),
            articles=articles,
            tranche_columns=self.columns(tranches, "tranches", "columns", 3),
            tranche_row=self.text(tranches, "tranches", "row",
                                  allowed | set(TRANCHE_PLACEHOLDERS), nonempty=True),
            tranche_total=self.text(tranches, "tranches", "total", allowed),
            annex=self.annex(annex, allowed),
            sha256=self.sha256,
            source=self.source,
            body_laws=(self.text(preamble, "preamble", "association_law", allowed,
                                 required=False),
                       self.text(preamble, "preamble", "cooperative_law", allowed,
                                 required=False)),
            deliberation_line=self.text(preamble, "preamble", "deliberation", allowed,
                                        required=False),
        )
        self.done()
        return template

    def amendment(self) -> AmendmentTemplate:
        allowed = set(AMENDMENT_PLACEHOLDERS)
        wording = self.wording(allowed, "preamble")
        preamble, change = self.data.get("preamble", {}), self.section("change")
        finals = self.data.get("final_articles")
        bodies: list[str] = []
        if not isinstance(finals, list) or not all(isinstance(f, dict) for f in finals):
            self.fail("final_articles", tr("القسم [[final_articles]] مفقود أو غير صحيح."),
                      "missing_section")
        else:
            for index, final in enumerate(finals):
                where = (tr("المادة الختامية {ordinal}")
                         .format(ordinal=ORDINALS_FEMININE[min(index, 19)]))
                self.unknown_keys(final, {"body"}, "final_articles", where)
                bodies.append(self.text(final, "final_articles", "body", allowed,
                                        where=where, nonempty=True))
        template = AmendmentTemplate(
            wording=wording,
            convention_date_clause=self.text(preamble, "preamble", "convention_date_clause",
                                             allowed),
            reason=self.text(preamble, "preamble", "reason", allowed, nonempty=True),
            change_intro=self.text(change, "change", "intro",
                                   allowed | set(CHANGE_PLACEHOLDERS), nonempty=True),
            final_articles=tuple(bodies),
            sha256=self.sha256,
            source=self.source,
            convention_dates_clause=self.text(preamble, "preamble", "convention_dates_clause",
                                              allowed, required=False),
        )
        self.done()
        return template

    # -- parts of a convention ----------------------------------------------------------------

    def articles(self) -> tuple[ArticleTemplate, ...]:
        """The articles with their keys; placeholders are checked later, once every key
        (and so every "$article_<key>" reference) is known."""
        raw = self.data.get("articles")
        if raw is None:
            self.fail("articles", tr("لا توجد أي مادة: القسم [[articles]] مفقود في ملف النموذج."),
                      "missing_section")
            return ()
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            self.fail("articles", tr("[[articles]] يجب أن يكون قائمة مواد."), "not_a_section")
            return ()
        if len(raw) > len(ORDINALS_FEMININE):
            self.fail("articles", tr("عدد المواد ({count}) يتجاوز {most} مادة.")
                                     .format(count=len(raw), most=len(ORDINALS_FEMININE)),
                      "too_many_articles")
            raw = raw[: len(ORDINALS_FEMININE)]
        articles = []
        for index, item in enumerate(raw):
            where = tr("المادة {ordinal}").format(ordinal=ORDINALS_FEMININE[index])
            field = f"articles[{index + 1}]"
            self.unknown_keys(item, _ARTICLE_KEYS, field, where)
            values = {key: item.get(key, "") for key in _ARTICLE_KEYS}
            for key, value in values.items():
                if not isinstance(value, str):
                    self.fail(field, tr("{where}، المفتاح {key}: يجب أن تكون القيمة نصا.")
                                        .format(where=where, key=key),
                              "not_text")
                    values[key] = ""
            for key in ("key", "title", "body"):
                if not values[key].strip():
                    self.fail(field, tr("{where}: المفتاح «{key}» مفقود أو فارغ.")
                                        .format(where=where, key=key), "missing_key")
            if values["key"] and not _KEY.fullmatch(values["key"]):
                self.fail(field, tr("{where}: المفتاح «{key}» يكتب بحروف لاتينية صغيرة "
                                    "وأرقام و_ فقط.")
                                    .format(where=where, key=values["key"]), "bad_key")
            if values["table"] and values["table"] not in TABLES:
                self.fail(field, tr("{where}: جدول غير معروف «{table}»؛ الجداول الممكنة: "
                                    "{tables}.")
                                 .format(where=where, table=values["table"],
                                         tables=tr("، ").join(TABLES)), "unknown_table")
            articles.append(ArticleTemplate(
                key=values["key"].strip(), title=values["title"].strip(),
                body=values["body"].strip("\n"), table=values["table"].strip(),
                after_table=values["after_table"].strip("\n"),
            ))
        return tuple(articles)

    def check_articles(self, articles: tuple[ArticleTemplate, ...], allowed: set[str]) -> None:
        seen_keys: dict[str, int] = {}
        seen_titles: dict[str, int] = {}
        tables: dict[str, int] = {}
        for index, article in enumerate(articles):
            where = (tr("المادة {ordinal} («{article.title}»)")
                     .format(ordinal=ORDINALS_FEMININE[index], article=article))
            field = f"articles[{index + 1}]"
            for seen, value, label in ((seen_keys, article.key, tr("المفتاح")),
                                       (seen_titles, article.title, tr("العنوان"))):
                if value and value in seen:
                    self.fail(field, tr("المادة «{article.title}» مكررة: {label} «{value}» نفسه في "
                                        "المادة {first} والمادة "
                                        "{second}.")
                                     .format(article=article, label=label, value=value,
                                             first=ORDINALS_FEMININE[seen[value]],
                                             second=ORDINALS_FEMININE[index]),
                              "duplicate_article")
                seen.setdefault(value, index)
            if article.table:
                if article.table in tables:
                    self.fail(field, tr("{where}: الجدول «{article.table}» مدرج في أكثر من مادة.")
                                        .format(where=where, article=article),
                              "duplicate_table")
                tables.setdefault(article.table, index)
            self.check_placeholders(article.title, field, tr("عنوان {where}")
                                                             .format(where=where), allowed)
            self.check_placeholders(article.body, field, tr("نص {where}")
                                                            .format(where=where), allowed)
            self.check_placeholders(article.after_table, field, tr("النص الموالي للجدول في {where}")
                                                                   .format(where=where),
                                    allowed)

    def columns(self, table: Mapping[str, Any], section: str, key: str,
                count: int) -> tuple[str, ...]:
        values = self.texts(table, section, key, ())
        if values and len(values) != count:
            self.fail(f"{section}.{key}", tr("القسم [{section}]، المفتاح {key}: يجب أن يضم {count} "
                                             "عناوين أعمدة (وجد {found}).")
                                          .format(section=section, key=key, count=count,
                                                  found=len(values)), "columns")
            return tuple([*values, *[""] * count][:count])
        return values or ("",) * count

    def annex(self, annex: Mapping[str, Any], allowed: set[str]) -> AnnexWording:
        raw_rows = annex.get("rows", [])
        rows: list[tuple[str, str]] = []
        if not isinstance(raw_rows, list):
            raw_rows = []
        for number, row in enumerate(raw_rows, start=1):
            where = tr("القسم [annex]، rows، السطر {number}").format(number=number)
            if not (isinstance(row, list) and len(row) == 2
                    and all(isinstance(cell, str) for cell in row)):
                self.fail("annex.rows", tr('{where}: يجب أن يكون زوجا ["البيان", "القيمة"].')
                                           .format(where=where),
                          "annex_row")
                continue
            for cell in row:
                self.check_placeholders(cell, "annex.rows", where, allowed)
            rows.append((row[0], row[1]))
        return AnnexWording(
            title=self.text(annex, "annex", "title", allowed, nonempty=True),
            subtitle=self.text(annex, "annex", "subtitle", allowed, required=False),
            columns=self.columns(annex, "annex", "columns", 2),
            rows=tuple(rows),
            cost_heading=self.text(annex, "annex", "cost_heading", allowed),
            cost_columns=self.columns(annex, "annex", "cost_columns", 2),
            cost_total=self.text(annex, "annex", "cost_total", allowed),
        )


def _syntax_message(path: Path, error: tomllib.TOMLDecodeError) -> str:
    """tomllib says "... (at line 12, column 5)": the line and column, in Arabic."""
    detail = str(error)
    position = _TOML_POSITION.search(detail)
    if position:
        line, column = position.groups()
        detail = _TOML_POSITION.sub("", detail).strip()
        return (tr("خطأ في صياغة ملف النموذج {path.name} في السطر {line}، العمود {column}: "
                   "{detail}").format(path=path, line=line, column=column, detail=detail))
    return tr("خطأ في صياغة ملف النموذج {path.name}: {detail}").format(path=path, detail=detail)
