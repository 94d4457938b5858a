"""`awrach grants amend|amendments|amendment|sign-amendment`: amendments (ملاحق) to signed
employment-grant agreements from the command line, over the same services as the screen."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import saved
from app.domain import formats
from app.errors import FieldError, NotFound, ValidationError
from app.language import language, tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _agreement_id(opened: Run, number: str) -> uuid.UUID:
    from app.services import grant_agreements

    for agreement in grant_agreements.list_agreements(opened.db):
        if agreement.number == number:
            return agreement.id
    raise NotFound(tr("اتفاقية المنحة {number} غير موجودة.").format(number=number))


def _amendment_id(opened: Run, reference: str) -> uuid.UUID:
    """An amendment by its reference, the agreement's number then /M and its number."""
    from app.services import grant_amendments

    number, _, which = reference.rpartition("/M")
    if number and which.isdigit():
        for amendment in grant_amendments.list_amendments(opened.db,
                                                          _agreement_id(opened, number)):
            if amendment.number == int(which):
                return amendment.id
    raise NotFound(tr("ملحق اتفاقية المنحة {reference} غير موجود (المرجع: رقم الاتفاقية/M1).")
                   .format(reference=reference))


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(FieldError(field, tr("التاريخ «{text}» غير صحيح: اكتبه على "
                                                   "شكل YYYY-MM-DD.").format(text=text))) from exc


def _cmd_amend(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.grant_amendments import GrantTerms
    from app.services import grant_amendments

    agreement_id = _agreement_id(opened, args.number)
    now = grant_amendments.current_terms(opened.db, agreement_id)
    try:
        monthly = Decimal(args.monthly.replace(",", ".")) if args.monthly else now.monthly_amount
    except InvalidOperation as exc:
        raise ValidationError(FieldError("monthly_amount", tr("المنحة الشهرية: «{text}» ليس "
                                                              "مبلغا.").format(
                                                                  text=args.monthly))) from exc
    terms = GrantTerms(args.hires if args.hires is not None else now.hires, monthly,
                       args.months if args.months is not None else now.grant_months)
    on = _day(args.on, "on") if args.on else date.today()
    amendment = grant_amendments.draw_up(opened.db, opened.actor, agreement_id, args.reason,
                                         terms, on)
    print(f"{amendment.reference}\t{amendment.hires}\t{amendment.monthly_amount}\t"
          f"{amendment.grant_months}\t{amendment.total_amount}")
    return 0


def _cmd_list(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_amendments

    agreement_id = _agreement_id(opened, args.number)
    for a in grant_amendments.list_amendments(opened.db, agreement_id):
        state = (tr("موقع في {date}").format(date=f"{a.signed_on:%d/%m/%Y}") if a.signed_on
                 else tr("غير موقع"))
        print(f"{a.reference}\t{state}\t" + _terms(a.hires, a.monthly_amount, a.grant_months,
                                                   a.total_amount) + f"\t{a.reason}")
    terms = grant_amendments.current_terms(opened.db, agreement_id)
    print(tr("الشروط السارية: {terms}").format(terms=_terms(
        terms.hires, terms.monthly_amount, terms.grant_months, terms.total)))
    return 0


def _terms(hires: int, monthly: Decimal, months: int, total: Decimal) -> str:
    return "\t".join([
        tr("عدد الأجراء: {hires}").format(hires=hires),
        tr("المنحة الشهرية: {amount}").format(amount=formats.amount(monthly, language())),
        tr("عدد الأشهر: {months}").format(months=months),
        tr("المجموع: {amount}").format(amount=formats.amount(total, language()))])


def _cmd_pdf(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_amendments

    out = Path(args.out)
    out.write_bytes(grant_amendments.amendment_pdf(opened.db, opened.actor,
                                                   _amendment_id(opened, args.reference)))
    saved(out)
    return 0


def _cmd_sign(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_amendments

    signed = grant_amendments.sign(opened.db, opened.actor,
                                   _amendment_id(opened, args.reference),
                                   _day(args.on, "on"), args.place)
    print(tr("تم توقيع الملحق {reference} وإقفاله.").format(reference=signed.reference))
    return 0


def register(g_sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    amend = g_sub.add_parser("amend", help=tr("إعداد ملحق لاتفاقية منحة موقعة"))
    add_db(amend)
    amend.add_argument("number", metavar="NUMBER", help=tr("رقم الاتفاقية"))
    amend.add_argument("--reason", required=True, metavar="TEXT", help=tr("سبب الملحق"))
    amend.add_argument("--hires", type=int, metavar="N", help=tr("العدد الجديد للأجراء"))
    amend.add_argument("--monthly", metavar="AMOUNT",
                       help=tr("المنحة الجديدة لكل أجير في الشهر"))
    amend.add_argument("--months", type=int, metavar="N", help=tr("العدد الجديد لأشهر المنحة"))
    amend.add_argument("--on", metavar="YYYY-MM-DD", help=tr("تاريخ الملحق (وإلا فاليوم)"))
    amend.set_defaults(handler=_cmd_amend, access=Access.WRITE)

    listing = g_sub.add_parser("amendments", help=tr("ملاحق اتفاقية وشروطها السارية"))
    add_db(listing)
    listing.add_argument("number", metavar="NUMBER", help=tr("رقم الاتفاقية"))
    listing.set_defaults(handler=_cmd_list)

    pdf = g_sub.add_parser("amendment", help=tr("طباعة ملحق"))
    add_db(pdf)
    pdf.add_argument("reference", metavar="NUMBER/Mn", help=tr("مرجع الملحق"))
    pdf.add_argument("--out", required=True, metavar="FILE.pdf", help=tr("الملف المراد كتابته"))
    pdf.set_defaults(handler=_cmd_pdf, access=Access.WRITE)

    sign = g_sub.add_parser("sign-amendment", help=tr("تسجيل توقيع ملحق وإقفاله"))
    add_db(sign)
    sign.add_argument("reference", metavar="NUMBER/Mn", help=tr("مرجع الملحق"))
    sign.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=tr("تاريخ التوقيع"))
    sign.add_argument("--place", required=True, metavar="PLACE", help=tr("مكان التوقيع"))
    sign.set_defaults(handler=_cmd_sign, access=Access.WRITE)
