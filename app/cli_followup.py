"""The `awrach` sub-commands of follow-up: the report, a worksite's status, a payment."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli_auth import Access, Run
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
    print(f"written: {out}")
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
    print(f"{args.reference}: {WorksiteStatus(args.to).label}")
    return 0


def _cmd_pay(args: argparse.Namespace, opened: Run) -> int:
    from app.services import followup

    lines = [t for t in followup.list_tranches(opened.db, None)
             if t.convention_number == args.convention and t.position == args.tranche]
    if not lines:
        raise NotFound(tr("لا يوجد الشطر {args.tranche} للاتفاقية {args.convention}.")
                       .format(args=args))
    try:
        amount = Decimal(args.amount)
    except InvalidOperation:
        raise ValidationError(FieldError("amount", tr("--amount: مبلغ غير صحيح «{args.amount}».")
                                                   .format(args=args))
                              ) from None
    followup.record_payment(opened.db, opened.actor, lines[0].tranche_id,
                            _date(args.on, "--on") or date.today(), amount,
                            args.reference or "")
    print(f"{args.convention} / {args.tranche}: {amount}")
    return 0


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    report = sub.add_parser("report", help="the follow-up report of a province or region "
                                           "(PDF or Excel)")
    add_db(report)
    report.add_argument("--province", metavar="CODE|NAME", help="e.g. 05.301")
    report.add_argument("--region", metavar="CODE|NAME", help="every province of a region")
    report.add_argument("--edition", type=int, required=True, metavar="YEAR")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="only worksites planned to start on or after this date")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="only worksites planned to start on or before this date")
    report.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    report.set_defaults(handler=_cmd_report, access=Access.WRITE)

    worksite = sub.add_parser("worksite", help="follow-up of a worksite")
    w_sub = worksite.add_subparsers(dest="worksite_command", metavar="ACTION", required=True)
    status = w_sub.add_parser("status", help="record a change of a worksite's status")
    add_db(status)
    status.add_argument("reference", metavar="REFERENCE", help="the proposal's reference")
    status.add_argument("--to", required=True,
                        choices=["started", "suspended", "completed", "cancelled"])
    status.add_argument("--on", metavar="YYYY-MM-DD", help="default: today")
    status.add_argument("--note", metavar="TEXT", help="the reason of a suspension or a "
                                                       "cancellation, or a progress note")
    status.set_defaults(handler=_cmd_status, access=Access.WRITE)
    pay = w_sub.add_parser("pay", help="record a payment on a signed convention's tranche")
    add_db(pay)
    pay.add_argument("--convention", required=True, metavar="NUMBER")
    pay.add_argument("--tranche", required=True, type=int, metavar="N")
    pay.add_argument("--amount", required=True, metavar="DH")
    pay.add_argument("--on", metavar="YYYY-MM-DD", help="default: today")
    pay.add_argument("--reference", metavar="TEXT", help="payment order or transfer number")
    pay.set_defaults(handler=_cmd_pay, access=Access.WRITE)
