"""`awrach grants ...`: the employment grant of the second component from the command line,
over the same services as the screens (applications and their rules, agreements, hires,
regional totals, Excel exports)."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import error, rows_saved, saved
from app.domain import formats
from app.errors import NotFound
from app.language import language, tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _application_id(opened: Run, reference: str) -> uuid.UUID:
    from app.services import grants
    from app.services.listing import ListQuery

    found = [line.id for line in grants.list_applications(
        opened.db, ListQuery(limit=100_000)).rows if line.reference == reference]
    if not found:
        raise NotFound(tr("طلب المنحة {reference} غير موجود.").format(reference=reference))
    return found[0]


def _agreement_id(opened: Run, number: str) -> uuid.UUID:
    from app.services import grant_agreements

    for agreement in grant_agreements.list_agreements(opened.db):
        if agreement.number == number:
            return agreement.id
    raise NotFound(tr("اتفاقية المنحة {number} غير موجودة.").format(number=number))


def _cmd_applications(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grants
    from app.services.listing import ListQuery

    filters = {"status": args.status} if args.status else {}
    page = grants.list_applications(opened.db, ListQuery(args.search, filters, limit=100_000))
    for line in page.rows:
        print(f"{line.reference}\t{line.status.label}\t{line.hires}\t{line.employer_name_ar}\t"
              f"{line.sector.label}\t{line.province_name_ar}")
    print(tr("عدد الطلبات: {count}").format(count=page.total))
    return 0


def _cmd_check(args: argparse.Namespace, opened: Run) -> int:
    """Every rule the application breaks, one line each; exit 1 when any."""
    from app.services import grants

    application = grants.get_application(opened.db, _application_id(opened, args.reference))
    errors = grants.check_only(opened.db, application)
    for found in errors:
        error(found.message)
    if not errors:
        print(tr("الطلب {reference} يستوفي كل الشروط.").format(reference=args.reference))
    return 1 if errors else 0


def _cmd_agreement(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_agreements

    out = Path(args.out)
    out.write_bytes(grant_agreements.agreement_pdf(
        opened.db, opened.actor, _agreement_id(opened, args.number)))
    saved(out)
    return 0


def _cmd_minutes(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grants

    found = [m_id for m_id, held_on, _ in grants.grant_meetings(opened.db)
             if args.meeting in (str(m_id), held_on.isoformat())]
    if len(found) != 1:
        raise NotFound(tr("لا يوجد اجتماع جهوي واحد للبت في طلبات المنحة بتاريخ {args.meeting}.")
                       .format(args=args))
    out = Path(args.out)
    out.write_bytes(grants.minutes_pdf(opened.db, opened.actor, found[0]))
    saved(out)
    return 0


def _cmd_hires(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_agreements

    on = date.fromisoformat(args.on) if args.on else None
    for status in grant_agreements.list_hires(opened.db, _agreement_id(opened, args.number), on):
        hire, s = status.hire, status.settlement
        end = (tr("غادر في {date}").format(date=f"{hire.ended_on:%d/%m/%Y}") if hire.ended_on
               else tr("في العمل"))
        print("\t".join([
            hire.cin, hire.full_name, end,
            tr("الأشهر المستحقة: {earned}/{scheduled}").format(earned=s.earned,
                                                              scheduled=s.scheduled),
            tr("الأشهر المؤداة: {paid}").format(paid=s.paid),
            tr("الباقي: {amount}").format(amount=formats.amount(s.due, language())),
            tr("للاسترجاع: {amount}").format(amount=formats.amount(s.to_recover, language())),
            tr("الأشهر المتأخرة: {late}").format(late=s.late_months)]))
    return 0


def _cmd_totals(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_agreements

    found = grant_agreements.totals(opened.db)
    for title, group in ((tr("المشغل"), found.by_employer), (tr("القطاع"), found.by_sector),
                         (tr("الإقليم"), found.by_province), ("", [found.region])):
        for t in group:
            amounts = (formats.amount(a, language())
                       for a in (t.committed, t.paid, t.due, t.to_recover))
            print("\t".join([title, t.label, str(t.hires), str(t.active), *amounts,
                             str(t.late_months)]))
    return 0


def _cmd_export(args: argparse.Namespace, opened: Run) -> int:
    from app.services import grant_agreements, grants
    from app.services.listing import ListQuery

    out = Path(args.out)
    if args.what == "applications":
        count = grants.export_applications(opened.db, ListQuery(args.search), out)
    elif args.what == "employers":
        count = grants.export_employers(opened.db, ListQuery(args.search), out)
    else:
        count = grant_agreements.export_totals(opened.db, out)
    rows_saved(count, out)
    return 0


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> argparse._SubParsersAction:
    grants = sub.add_parser("grants", help=tr("منحة التشغيل في المكون الثاني"))
    g_sub = grants.add_subparsers(dest="grants_command", metavar="ACTION", required=True)

    listing = g_sub.add_parser("applications", help=tr("عرض طلبات المنحة"))
    add_db(listing)
    listing.add_argument("--search", default="", metavar="TEXT",
                         help=tr("الأسطر التي فيها كل الكلمات فقط"))
    listing.add_argument("--status", choices=["received", "approved", "rejected"],
                         help=tr("الطلبات التي في هذه الحالة فقط"))
    listing.set_defaults(handler=_cmd_applications)

    check = g_sub.add_parser("check", help=tr("فحص طلب بكل الشروط"))
    add_db(check)
    check.add_argument("reference", metavar="REFERENCE", help=tr("مرجع الطلب"))
    check.set_defaults(handler=_cmd_check)

    agreement = g_sub.add_parser("agreement", help=tr("طباعة اتفاقية منحة"))
    add_db(agreement)
    agreement.add_argument("number", metavar="NUMBER", help=tr("رقم الاتفاقية"))
    agreement.add_argument("--out", required=True, metavar="FILE.pdf",
                           help=tr("الملف المراد كتابته"))
    agreement.set_defaults(handler=_cmd_agreement, access=Access.WRITE)

    minutes = g_sub.add_parser("minutes", help=tr("طباعة محضر اجتماع جهوي"))
    add_db(minutes)
    minutes.add_argument("meeting", metavar="DATE|ID", help=tr("الاجتماع بتاريخه أو بمعرفه"))
    minutes.add_argument("--out", required=True, metavar="FILE.pdf",
                         help=tr("الملف المراد كتابته"))
    minutes.set_defaults(handler=_cmd_minutes, access=Access.WRITE)

    hires = g_sub.add_parser("hires", help=tr("أجراء اتفاقية وما يستحقه كل واحد"))
    add_db(hires)
    hires.add_argument("number", metavar="NUMBER", help=tr("رقم الاتفاقية"))
    hires.add_argument("--on", metavar="YYYY-MM-DD", help=tr("تاريخ الحساب (وإلا فاليوم)"))
    hires.set_defaults(handler=_cmd_hires)

    totals = g_sub.add_parser("totals", help=tr("المجاميع حسب المشغل والقطاع والإقليم"))
    add_db(totals)
    totals.set_defaults(handler=_cmd_totals)

    export = g_sub.add_parser("export", help=tr("كتابة لائحة من لوائح المنحة في ملف إكسل"))
    add_db(export)
    export.add_argument("what", choices=["applications", "employers", "totals"],
                        help=tr("اللائحة"))
    export.add_argument("--out", required=True, metavar="FILE.xlsx",
                        help=tr("ملف إكسل المراد كتابته"))
    export.add_argument("--search", default="", metavar="TEXT",
                        help=tr("الأسطر التي فيها كل الكلمات فقط"))
    export.set_defaults(handler=_cmd_export)
    return g_sub
