"""Everything printed on a partnership convention or on one of its amendments, as plain data.

A signed convention is a legal text: what was printed must be reproducible years later,
even after the partner moved, the council changed president or the minimum wage rose.
So the service freezes these values when the convention is drawn up and stores
`to_dict()` as JSON; the PDF is built from that snapshot only, never from live rows.

`canonical_json()` is the one serialisation that is hashed: sorted keys, no spaces,
Arabic kept as UTF-8, dates as ISO strings and amounts as decimal strings with two
places, so the same content always gives the same `content_sha256()` on every machine
and Python version (floats never appear: 0.1 + 0.2 must not change a hash).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.amounts import to_cents
from app.errors import FieldError, ValidationError

MAX_DURATION_MONTHS = 12  # DOMAIN.md: never more than 12 months
RIB_LENGTH = 24


# -- JSON helpers -------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return str(to_cents(value))


def _decimal(data: Mapping[str, Any], key: str) -> Decimal:
    try:
        return Decimal(str(data[key]))
    except (InvalidOperation, ValueError) as error:
        raise ValidationError(FieldError(key, f"مبلغ غير صالح في «{key}»: {data[key]!r}")) \
            from error


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _required_date(data: Mapping[str, Any], key: str) -> date:
    try:
        return date.fromisoformat(str(data[key]))
    except ValueError as error:
        raise ValidationError(FieldError(key, f"تاريخ غير صالح في «{key}»: {data[key]!r}")) \
            from error


def _canonical(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _missing(data: Mapping[str, Any], keys: Sequence[str], where: str) -> None:
    """A stored snapshot missing a key is a corrupted record: say which key, in Arabic."""
    absent = [key for key in keys if key not in data]
    if absent:
        raise ValidationError([
            FieldError(key, f"المعطى «{key}» مفقود في {where}.") for key in absent
        ])


# -- the parts of a convention ------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """One signature block, in the order the blocks are printed (right to left, by rows)."""

    capacity: str  # "رئيس المجلس الإقليمي لخنيفرة"
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"capacity": self.capacity, "name": self.name}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Signatory:
        _missing(data, ("capacity", "name"), "الموقع")
        return cls(capacity=str(data["capacity"]), name=str(data["name"]))


@dataclass(frozen=True)
class PartnerContent:
    """The body that carries the worksite, as it must appear in the convention."""

    kind_label: str  # "جمعية" / "تعاونية"
    name: str
    seat: str
    representative: str
    representative_capacity: str  # "رئيس الجمعية"
    rib: str  # 24 digits
    bank_name: str = ""
    short_label: str = ""  # how the text calls it afterwards; "" means "ال" + kind_label

    @property
    def called(self) -> str:
        """"الجمعية": the name the articles use for the body after the parties' paragraph."""
        return self.short_label or f"ال{self.kind_label}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind_label": self.kind_label, "name": self.name, "seat": self.seat,
            "representative": self.representative,
            "representative_capacity": self.representative_capacity,
            "rib": self.rib, "bank_name": self.bank_name, "short_label": self.short_label,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PartnerContent:
        _missing(data, ("kind_label", "name", "seat", "representative",
                        "representative_capacity", "rib"), "معطيات الشريك")
        return cls(
            kind_label=str(data["kind_label"]), name=str(data["name"]), seat=str(data["seat"]),
            representative=str(data["representative"]),
            representative_capacity=str(data["representative_capacity"]),
            rib=str(data["rib"]), bank_name=str(data.get("bank_name", "")),
            short_label=str(data.get("short_label", "")),
        )


@dataclass(frozen=True)
class Beneficiaries:
    total: int
    women: int = 0
    disabled: int = 0  # people with disabilities

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "women": self.women, "disabled": self.disabled}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Beneficiaries:
        _missing(data, ("total",), "عدد المستفيدين")
        return cls(total=int(data["total"]), women=int(data.get("women", 0)),
                   disabled=int(data.get("disabled", 0)))


@dataclass(frozen=True)
class CostLine:
    """One line of the worksite's budget in the technical sheet."""

    label: str
    amount: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "amount": _money(self.amount)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CostLine:
        _missing(data, ("label", "amount"), "سطر التكلفة")
        return cls(label=str(data["label"]), amount=_decimal(data, "amount"))


@dataclass(frozen=True)
class WorksiteContent:
    """The worksite (الورش) and its money, as approved by the committee."""

    title: str
    communes: tuple[str, ...]
    domain_label: str
    beneficiaries: Beneficiaries
    duration_months: int
    total_amount: Decimal
    admin_fee_amount: Decimal  # 5 % of the project's value for administrative management
    framing_grant_amount: Decimal  # منح التأطير
    minimum_wage: Decimal  # monthly minimum wage in force on the convention's date
    cost_lines: tuple[CostLine, ...] = ()
    start_note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "communes": list(self.communes),
            "domain_label": self.domain_label, "beneficiaries": self.beneficiaries.to_dict(),
            "duration_months": self.duration_months,
            "total_amount": _money(self.total_amount),
            "admin_fee_amount": _money(self.admin_fee_amount),
            "framing_grant_amount": _money(self.framing_grant_amount),
            "minimum_wage": _money(self.minimum_wage),
            "cost_lines": [line.to_dict() for line in self.cost_lines],
            "start_note": self.start_note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorksiteContent:
        _missing(data, ("title", "communes", "domain_label", "beneficiaries",
                        "duration_months", "total_amount", "admin_fee_amount",
                        "framing_grant_amount", "minimum_wage"), "معطيات الورش")
        return cls(
            title=str(data["title"]), communes=tuple(str(c) for c in data["communes"]),
            domain_label=str(data["domain_label"]),
            beneficiaries=Beneficiaries.from_dict(data["beneficiaries"]),
            duration_months=int(data["duration_months"]),
            total_amount=_decimal(data, "total_amount"),
            admin_fee_amount=_decimal(data, "admin_fee_amount"),
            framing_grant_amount=_decimal(data, "framing_grant_amount"),
            minimum_wage=_decimal(data, "minimum_wage"),
            cost_lines=tuple(CostLine.from_dict(line) for line in data.get("cost_lines", ())),
            start_note=str(data.get("start_note", "")),
        )


@dataclass(frozen=True)
class Tranche:
    """A payment to the body: الشطر الأول، الشطر الثاني ..."""

    position: int  # 1, 2, ...
    amount: Decimal
    due_text: str  # "بعد التوقيع على الاتفاقية", "بعد الإدلاء بالتقرير المرحلي"

    def to_dict(self) -> dict[str, Any]:
        return {"position": self.position, "amount": _money(self.amount),
                "due_text": self.due_text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tranche:
        _missing(data, ("position", "amount", "due_text"), "الشطر")
        return cls(position=int(data["position"]), amount=_decimal(data, "amount"),
                   due_text=str(data["due_text"]))


@dataclass(frozen=True)
class SelectionMeeting:
    """The committee meeting that selected the worksite, cited in the preamble.

    The template's [preamble] selection line already says "محضر اجتماع اللجنة الإقليمية
    ... المنعقد بتاريخ <date>، المتعلق ب<text>": `text` is only what was decided, as it
    reads after "المتعلق ب" ("المصادقة على الأوراش المنتقاة"), not the whole citation.
    """

    date: date
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMeeting:
        _missing(data, ("date", "text"), "مرجع اجتماع الانتقاء")
        return cls(date=_required_date(data, "date"), text=str(data["text"]))


# -- the convention -----------------------------------------------------------------------


@dataclass(frozen=True)
class ConventionContent:
    """A convention as printed: the snapshot that is hashed, stored and rendered."""

    number: str
    edition_title: str  # "برنامج أوراش 2023"
    province_name: str  # "خنيفرة"
    council_name: str  # "المجلس الإقليمي لخنيفرة"
    council_president: str
    council_seat: str
    partner: PartnerContent
    worksite: WorksiteContent
    place: str  # where it is signed: "خنيفرة"
    date: date
    tranches: tuple[Tranche, ...] = ()
    preamble: tuple[str, ...] = ()  # "بناء على ..." lines; empty: the template's defaults
    signatories: tuple[Signatory, ...] = ()
    selection_meeting: SelectionMeeting | None = None
    hijri_date_text: str = ""  # as a person wrote or corrected it: "6 ذو القعدة 1444"
    version: int = 1  # 1 = the original; each amendment re-signed raises it
    template_sha256: str = ""  # the wording it was drawn up with ("" = not pinned)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number, "version": self.version,
            "edition_title": self.edition_title, "province_name": self.province_name,
            "council_name": self.council_name, "council_president": self.council_president,
            "council_seat": self.council_seat, "partner": self.partner.to_dict(),
            "worksite": self.worksite.to_dict(),
            "tranches": [tranche.to_dict() for tranche in self.tranches],
            "preamble": list(self.preamble),
            "selection_meeting": (self.selection_meeting.to_dict()
                                  if self.selection_meeting else None),
            "place": self.place, "date": self.date.isoformat(),
            "hijri_date_text": self.hijri_date_text,
            "signatories": [signatory.to_dict() for signatory in self.signatories],
            "template_sha256": self.template_sha256,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConventionContent:
        _missing(data, ("number", "edition_title", "province_name", "council_name",
                        "council_president", "council_seat", "partner", "worksite", "place",
                        "date"), "الاتفاقية")
        meeting = data.get("selection_meeting")
        return cls(
            number=str(data["number"]), version=int(data.get("version", 1)),
            edition_title=str(data["edition_title"]),
            province_name=str(data["province_name"]), council_name=str(data["council_name"]),
            council_president=str(data["council_president"]),
            council_seat=str(data["council_seat"]),
            partner=PartnerContent.from_dict(data["partner"]),
            worksite=WorksiteContent.from_dict(data["worksite"]),
            tranches=tuple(Tranche.from_dict(t) for t in data.get("tranches", ())),
            preamble=tuple(str(line) for line in data.get("preamble", ())),
            selection_meeting=SelectionMeeting.from_dict(meeting) if meeting else None,
            place=str(data["place"]), date=_required_date(data, "date"),
            hijri_date_text=str(data.get("hijri_date_text", "")),
            signatories=tuple(Signatory.from_dict(s) for s in data.get("signatories", ())),
            template_sha256=str(data.get("template_sha256", "")),
        )

    def canonical_json(self) -> str:
        return _canonical(self.to_dict())

    def content_sha256(self) -> str:
        return _sha256(self.canonical_json())

    def problems(self) -> list[FieldError]:
        """What would make the printed convention wrong or unsignable.

        The services check the programme's rules when the convention is drawn up; these
        are the checks that protect the paper itself, so a snapshot restored from JSON or
        built by a script is checked again before it is printed.
        """
        errors: list[FieldError] = []
        worksite = self.worksite

        def need(ok: bool, field_name: str, message: str) -> None:
            if not ok:
                errors.append(FieldError(field_name, message, f"convention.{field_name}"))

        need(bool(self.number.strip()), "number", "رقم الاتفاقية فارغ.")
        need(self.version >= 1, "version", "رقم صيغة الاتفاقية يبدأ من 1.")
        need(bool(self.partner.name.strip()), "partner.name", "اسم الهيئة الشريكة فارغ.")
        rib = self.partner.rib
        need(len(rib) == RIB_LENGTH and rib.isdigit() and int(rib) % 97 == 0, "partner.rib",
             f"رقم الحساب البنكي (RIB) يجب أن يتكون من {RIB_LENGTH} رقما بمفتاح مراقبة صحيح.")
        need(bool(worksite.communes), "worksite.communes", "لم تحدد أي جماعة للورش.")
        need(1 <= worksite.duration_months <= MAX_DURATION_MONTHS, "worksite.duration_months",
             f"مدة الورش بين شهر واحد و{MAX_DURATION_MONTHS} شهرا.")
        need(worksite.beneficiaries.total > 0, "worksite.beneficiaries",
             "عدد المستفيدين يجب أن يكون موجبا.")
        beneficiaries = worksite.beneficiaries
        need(max(beneficiaries.women, beneficiaries.disabled) <= beneficiaries.total,
             "worksite.beneficiaries",
             "عدد النساء أو الأشخاص في وضعية إعاقة يفوق العدد الإجمالي للمستفيدين.")
        for name in ("total_amount", "admin_fee_amount", "framing_grant_amount",
                     "minimum_wage"):
            need(getattr(worksite, name) >= 0, f"worksite.{name}", "مبلغ سالب.")
        positions = [tranche.position for tranche in self.tranches]
        need(len(set(positions)) == len(positions), "tranches", "رقم شطر مكرر.")
        need(all(tranche.amount > 0 for tranche in self.tranches), "tranches",
             "مبلغ كل شطر يجب أن يكون موجبا.")
        need(bool(self.signatories), "signatories", "لم يحدد أي موقع على الاتفاقية.")
        return errors


# -- an amendment -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleChange:
    """One article of the convention as the amendment rewrites it."""

    article_title: str  # "المادة السابعة: التمويل وكيفية الأداء"
    new_text: str

    def to_dict(self) -> dict[str, Any]:
        return {"article_title": self.article_title, "new_text": self.new_text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleChange:
        _missing(data, ("article_title", "new_text"), "التعديل")
        return cls(article_title=str(data["article_title"]), new_text=str(data["new_text"]))


@dataclass(frozen=True)
class AmendmentContent:
    """An amendment (ملحق) to a signed convention, as printed."""

    convention_number: str
    amendment_number: int  # 1 for the first ملحق
    reason: str
    changes: tuple[ArticleChange, ...]
    place: str
    date: date
    province_name: str
    council_name: str
    partner_name: str  # "جمعية ..." as named in the convention
    convention_date: datetime.date | None = None  # when the convention itself was signed
    edition_title: str = ""
    hijri_date_text: str = ""
    signatories: tuple[Signatory, ...] = ()
    version: int = 1  # the version of the convention this amendment produces
    template_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "convention_number": self.convention_number,
            "amendment_number": self.amendment_number, "reason": self.reason,
            "changes": [change.to_dict() for change in self.changes],
            "place": self.place, "date": self.date.isoformat(),
            "province_name": self.province_name, "council_name": self.council_name,
            "partner_name": self.partner_name,
            "convention_date": self.convention_date.isoformat() if self.convention_date
            else None,
            "edition_title": self.edition_title, "hijri_date_text": self.hijri_date_text,
            "signatories": [signatory.to_dict() for signatory in self.signatories],
            "version": self.version, "template_sha256": self.template_sha256,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AmendmentContent:
        _missing(data, ("convention_number", "amendment_number", "reason", "changes", "place",
                        "date", "province_name", "council_name", "partner_name"), "الملحق")
        return cls(
            convention_number=str(data["convention_number"]),
            amendment_number=int(data["amendment_number"]), reason=str(data["reason"]),
            changes=tuple(ArticleChange.from_dict(change) for change in data["changes"]),
            place=str(data["place"]), date=_required_date(data, "date"),
            province_name=str(data["province_name"]), council_name=str(data["council_name"]),
            partner_name=str(data["partner_name"]),
            convention_date=_date(data.get("convention_date")),
            edition_title=str(data.get("edition_title", "")),
            hijri_date_text=str(data.get("hijri_date_text", "")),
            signatories=tuple(Signatory.from_dict(s) for s in data.get("signatories", ())),
            version=int(data.get("version", 1)),
            template_sha256=str(data.get("template_sha256", "")),
        )

    def canonical_json(self) -> str:
        return _canonical(self.to_dict())

    def content_sha256(self) -> str:
        return _sha256(self.canonical_json())

    def problems(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.convention_number.strip():
            errors.append(FieldError("convention_number", "رقم الاتفاقية فارغ."))
        if self.amendment_number < 1:
            errors.append(FieldError("amendment_number", "رقم الملحق يبدأ من 1."))
        if not self.changes:
            errors.append(FieldError("changes", "الملحق لا يعدل أي مادة."))
        if not self.signatories:
            errors.append(FieldError("signatories", "لم يحدد أي موقع على الملحق."))
        return errors


def signatories_of(pairs: Sequence[tuple[str, str]]) -> tuple[Signatory, ...]:
    """(capacity, name) pairs as signatories: the form scripts and tests write them in."""
    return tuple(Signatory(capacity, name) for capacity, name in pairs)


__all__ = [
    "AmendmentContent", "ArticleChange", "Beneficiaries", "ConventionContent", "CostLine",
    "PartnerContent", "SelectionMeeting", "Signatory", "Tranche", "WorksiteContent",
    "signatories_of",
]
