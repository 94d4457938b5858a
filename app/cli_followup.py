"""The `awrach` sub-commands of follow-up: the report, a worksite's status, a payment, and
the correction or removal of a payment or a field visit typed wrong."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import saved
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _date(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(FieldError(field, tr("{field}: تاريخ غير صحيح «{text}»، اكتبه على "
                                                   "شكل YYYY-MM-DD.")
                                                .format(field=field, text=text))) from None


def _cmd_report(args: argparse.Namespace, opened: Run) -> int:
    from app.services import dashboard, reports

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(FieldError("out", tr("--out: امتداد الملف {out.name} غير مقبول؛ "
                                                   "اختر ‎.pdf أو ‎.xlsx.").format(out=out)))
    if not args.province and not args.region:
        raise ValidationError(FieldError("province", tr("--province: حدد الإقليم أو الجهة.")))
    scope = dashboard.scope_for(opened.db, args.edition, args.province, args.region,
                                _date(args.start, "--from"), _date(args.end, "--to"))
    if suffix == ".pdf":
        out.write_bytes(reports.report_pdf(opened.db, opened.actor, scope))
    else:
        reports.write_report_xlsx(opened.db, scope, out)
    saved(out)
    return 0


def _proposal_id(opened: Run, reference: str) -> object:
    from sqlalchemy import select

    from app.services.unit_of_work import reading
    from app.storage.models import ProposalRow

    with reading(opened.db) as session:
        found = session.scalars(select(ProposalRow.id)
                                .where(ProposalRow.reference == reference)).first()
    if found is None:
        raise NotFound(tr("لا يوجد مشروع بالمرجع {reference}.").format(reference=reference))
    return found


def _cmd_status(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.followup import WorksiteStatus
    from app.services import followup

    proposal_id = _proposal_id(opened, args.reference)
    followup.change_status(opened.db, opened.actor, proposal_id,  # type: ignore[arg-type]
                           WorksiteStatus(args.to), _date(args.on, "--on") or date.today(),
                           args.note or "")
    print(f"{args.reference}: {tr(WorksiteStatus(args.to).label)}")
    return 0


def _cmd_pay(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    lines = [t for t in followup.list_tranches(opened.db, None)
             if t.convention_number == args.convention and t.position == args.tranche]
    if not lines:
        raise NotFound(tr("لا يوجد الشطر {args.tranche} للاتفاقية {args.convention}.")
                       .format(args=args))
    amount = _amount(args.amount)
    followup.record_payment(opened.db, opened.actor, lines[0].tranche_id,
                            _date(args.on, "--on") or date.today(), amount,
                            args.reference or "")
    print(f"{args.convention} / {args.tranche}: {amount}")
    return 0


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValidationError(FieldError(
            "amount", tr("--amount: مبلغ غير صحيح «{text}».").format(text=text))) from None


def _cmd_payments(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    lines = [t for t in followup.list_tranches(opened.db, None)
             if t.convention_number == args.convention
             and (args.tranche is None or t.position == args.tranche)]
    if not lines:
        raise NotFound(tr("لا توجد أشطر للاتفاقية {args.convention}.").format(args=args))
    for line in lines:
        for p in followup.list_payments(opened.db, line.tranche_id):
            print(f"{p.id.hex[:8]}	{line.position}	{p.paid_on.isoformat()}	{p.amount}"
                  f"	{p.reference}	{p.note}")
    return 0


def _cmd_payment_edit(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    p = followup.find_payment(opened.db, args.id)
    followup.update_payment(
        opened.db, opened.actor, p.id, _date(args.on, "--on") or p.paid_on,
        _amount(args.amount) if args.amount is not None else p.amount,
        p.reference if args.reference is None else args.reference,
        p.note if args.note is None else args.note, read_at=p.row_version)
    print(tr("تم تصحيح الأداء: {id}").format(id=p.id.hex[:8]))
    return 0


def _cmd_payment_remove(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    p = followup.find_payment(opened.db, args.id)
    followup.remove_payment(opened.db, opened.actor, p.id, read_at=p.row_version)
    print(tr("تم حذف الأداء: {id} ({on}، {amount})")
          .format(id=p.id.hex[:8], on=p.paid_on.isoformat(), amount=p.amount))
    return 0


def _cmd_visits(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    file = followup.worksite_file(opened.db, _proposal_id(opened, args.reference))  # type: ignore[arg-type]
    for v in file.visits:
        photos = ", ".join(p.original_name for p in v.photos)
        print(f"{v.id.hex[:8]}	{v.visited_on.isoformat()}	{v.visitor}	{v.observations}"
              f"	{photos}")
    return 0


def _cmd_visit_edit(args: argparse.Namespace, opened: Run) -> int:
    from app.services import attachments, followup

    v = followup.find_visit(opened.db, args.id)
    stored = attachments.list_attachments(opened.db, followup.VISIT_TABLE, v.id)
    unknown = [n for n in args.remove_photo if n not in {a.original_name for a in stored}]
    if unknown:
        raise ValidationError(FieldError("photos", tr("--remove-photo: لا توجد صورة باسم "
                                                      "«{unknown[0]}» في هذه الزيارة.")
                                                      .format(unknown=unknown)))
    followup.update_visit(
        opened.db, opened.actor, v.id, _date(args.on, "--on") or v.visited_on,
        v.visitor if args.visitor is None else args.visitor,
        v.observations if args.observations is None else args.observations,
        [Path(p) for p in args.add_photo],
        [a.id for a in stored if a.original_name in args.remove_photo],
        read_at=v.row_version)
    print(tr("تم تصحيح الزيارة: {id}").format(id=v.id.hex[:8]))
    return 0


def _cmd_visit_remove(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    v = followup.find_visit(opened.db, args.id)
    followup.remove_visit(opened.db, opened.actor, v.id, read_at=v.row_version)
    print(tr("تم حذف الزيارة: {id} ({on}، {visitor})")
          .format(id=v.id.hex[:8], on=v.visited_on.isoformat(), visitor=v.visitor))
    return 0


def _register_corrections(w_sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    payments = w_sub.add_parser("payments", help=tr("الأداءات المسجلة على اتفاقية"))
    add_db(payments)
    payments.add_argument("--convention", required=True, metavar="NUMBER",
                          help=tr("رقم الاتفاقية"))
    payments.add_argument("--tranche", type=int, metavar="N", help=tr("هذا الشطر فقط"))
    payments.set_defaults(handler=_cmd_payments, access=Access.READ)
    edit = w_sub.add_parser("payment-edit", help=tr("تصحيح أداء (ما لم يذكر يبقى كما هو)"))
    add_db(edit)
    edit.add_argument("id", metavar="ID", help=tr("معرف الأداء (أحرفه الثمانية الأولى)"))
    edit.add_argument("--on", metavar="YYYY-MM-DD", help=tr("تاريخ الأداء"))
    edit.add_argument("--amount", metavar="DH", help=tr("المبلغ بالدرهم"))
    edit.add_argument("--reference", metavar="TEXT", help=tr("رقم الأمر بالأداء أو التحويل"))
    edit.add_argument("--note", metavar="TEXT", help=tr("ملاحظة"))
    edit.set_defaults(handler=_cmd_payment_edit, access=Access.WRITE)
    remove = w_sub.add_parser("payment-remove", help=tr("حذف أداء سجل خطأ"))
    add_db(remove)
    remove.add_argument("id", metavar="ID", help=tr("معرف الأداء (أحرفه الثمانية الأولى)"))
    remove.set_defaults(handler=_cmd_payment_remove, access=Access.WRITE)
    visits = w_sub.add_parser("visits", help=tr("الزيارات الميدانية لورش"))
    add_db(visits)
    visits.add_argument("reference", metavar="REFERENCE", help=tr("مرجع المشروع"))
    visits.set_defaults(handler=_cmd_visits, access=Access.READ)
    vedit = w_sub.add_parser("visit-edit", help=tr("تصحيح زيارة ميدانية (ما لم يذكر يبقى كما "
                                                   "هو)"))
    add_db(vedit)
    vedit.add_argument("id", metavar="ID", help=tr("معرف الزيارة (أحرفه الثمانية الأولى)"))
    vedit.add_argument("--on", metavar="YYYY-MM-DD", help=tr("تاريخ الزيارة"))
    vedit.add_argument("--visitor", metavar="TEXT", help=tr("الزائر"))
    vedit.add_argument("--observations", metavar="TEXT", help=tr("الملاحظات"))
    vedit.add_argument("--add-photo", action="append", default=[], metavar="FILE",
                       help=tr("إضافة صورة (يكرر)"))
    vedit.add_argument("--remove-photo", action="append", default=[], metavar="NAME",
                       help=tr("حذف صورة باسم ملفها كما تعرضه لائحة الزيارات"))
    vedit.set_defaults(handler=_cmd_visit_edit, access=Access.WRITE)
    vremove = w_sub.add_parser("visit-remove", help=tr("حذف زيارة ميدانية سجلت خطأ"))
    add_db(vremove)
    vremove.add_argument("id", metavar="ID", help=tr("معرف الزيارة (أحرفه الثمانية الأولى)"))
    vremove.set_defaults(handler=_cmd_visit_remove, access=Access.WRITE)


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    report = sub.add_parser("report", help=tr("تقرير تتبع إقليم أو جهة"))
    add_db(report)
    report.add_argument("--province", metavar="CODE|NAME", help=tr("الإقليم برمزه أو باسمه"))
    report.add_argument("--region", metavar="CODE|NAME", help=tr("كل أقاليم الجهة"))
    report.add_argument("--edition", type=int, required=True, metavar="YEAR",
                        help=tr("سنة نسخة البرنامج"))
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help=tr("الأوراش المبرمجة ابتداء من هذا التاريخ فقط"))
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help=tr("الأوراش المبرمجة إلى هذا التاريخ فقط"))
    report.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx",
                        help=tr("الملف المراد كتابته"))
    report.set_defaults(handler=_cmd_report, access=Access.WRITE)

    worksite = sub.add_parser("worksite", help=tr("تتبع ورش"))
    w_sub = worksite.add_subparsers(dest="worksite_command", metavar="ACTION", required=True)
    status = w_sub.add_parser("status", help=tr("تسجيل تغير حالة ورش"))
    add_db(status)
    status.add_argument("reference", metavar="REFERENCE", help=tr("مرجع المشروع"))
    status.add_argument("--to", required=True,
                        choices=["started", "suspended", "completed", "cancelled"],
                        help=tr("الحالة الجديدة"))
    status.add_argument("--on", metavar="YYYY-MM-DD", help=tr("التاريخ (وإلا فاليوم)"))
    status.add_argument("--note", metavar="TEXT", help=tr("سبب التوقيف أو الإلغاء، أو ملاحظة "
                                                          "عن التقدم"))
    status.set_defaults(handler=_cmd_status, access=Access.WRITE)
    pay = w_sub.add_parser("pay", help=tr("تسجيل أداء شطر من اتفاقية موقعة"))
    add_db(pay)
    pay.add_argument("--convention", required=True, metavar="NUMBER", help=tr("رقم الاتفاقية"))
    pay.add_argument("--tranche", required=True, type=int, metavar="N", help=tr("رقم الشطر"))
    pay.add_argument("--amount", required=True, metavar="DH", help=tr("المبلغ بالدرهم"))
    pay.add_argument("--on", metavar="YYYY-MM-DD", help=tr("التاريخ (وإلا فاليوم)"))
    pay.add_argument("--reference", metavar="TEXT", help=tr("رقم الأمر بالأداء أو التحويل"))
    pay.set_defaults(handler=_cmd_pay, access=Access.WRITE)
    _register_corrections(w_sub, add_db)
