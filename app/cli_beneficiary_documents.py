"""The `awrach beneficiaries` sub-commands that write the papers and files of the people
on worksites: the attendance register, the CNSS declaration, the skills certificates and
the Al Barid Bank list. `register` adds them to whichever `beneficiaries` group hosts them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import error, saved
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _cmd_attendance(args: argparse.Namespace, opened: Run) -> int:
    from app.services import attendance, attendance_register

    worksite = attendance.find_worksite(opened.db, args.worksite)
    month = attendance.require_month(args.month)
    out = Path(args.out)
    out.write_bytes(attendance_register.register_pdf(opened.db, opened.actor, worksite, month))
    saved(out)
    return 0


def _cmd_cnss(args: argparse.Namespace, opened: Run) -> int:
    from app.services import attendance, cnss

    body = cnss.find_body(opened.db, args.body)
    month = attendance.require_month(args.month)
    result = cnss.export(opened.db, body, month, Path(args.out), transfer=args.transfer or "")
    for path in result.files:
        saved(path)
    for problem in result.problems:
        error(f"{problem.who}: {problem.message}")
    if result.problems:
        error(tr("لم يكتب ملف ضمان كم: عدد المعطيات الناقصة أو الخاطئة "
                 "{count} (مفصلة أعلاه وفي عمود «ما ينقص» من ملف Excel).")
              .format(count=len(result.problems)))
        return 1
    return 0


def _cmd_certificates(args: argparse.Namespace, opened: Run) -> int:
    from app.services import attendance, certificates

    worksite = attendance.find_worksite(opened.db, args.worksite)
    on = date.fromisoformat(args.date) if args.date else None
    result = certificates.print_worksite(opened.db, opened.actor, worksite, Path(args.out),
                                         issued_on=on)
    print(tr("عدد الشهادات المطبوعة: {count}، في المجلد {out}")
          .format(count=result.printed, out=args.out))
    for name, why in result.refused:
        print(tr("لم تطبع شهادة {name}: {why}").format(name=name, why=why), file=sys.stderr)
    return 0


def _cmd_bank_accounts(args: argparse.Namespace, opened: Run) -> int:
    from app.services import attendance, bank_accounts

    worksite = attendance.find_worksite(opened.db, args.worksite) if args.worksite else None
    count = bank_accounts.export(opened.db, Path(args.out), worksite)
    print(tr("عدد الأشخاص بدون حساب بنكي: {count}، في الملف {out}")
          .format(count=count, out=args.out))
    return 0


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    """Add the sub-commands to a `beneficiaries` group's sub-parsers."""
    register_ = sub.add_parser("attendance", help=tr("طباعة سجل الحضور اليومي لورش خلال شهر"))
    add_db(register_)
    register_.add_argument("--worksite", required=True, metavar="REFERENCE|ID",
                           help=tr("الورش بمرجعه أو بمعرفه"))
    register_.add_argument("--month", required=True, metavar="YYYY-MM", help=tr("الشهر"))
    register_.add_argument("--out", required=True, metavar="FILE.pdf",
                           help=tr("الملف المراد كتابته"))
    register_.set_defaults(handler=_cmd_attendance, access=Access.WRITE)

    declare = sub.add_parser("cnss", help=tr("تصريح هيئة لدى الضمان الاجتماعي عن شهر، ملفاته في "
                                             "مجلد"))
    add_db(declare)
    declare.add_argument("--body", required=True,
                         metavar="AFFILIATE|REGISTRATION|NAME|ID",
                         help=tr("الهيئة برقم انخراطها أو تسجيلها أو باسمها"))
    declare.add_argument("--month", required=True, metavar="YYYY-MM", help=tr("الشهر"))
    declare.add_argument("--transfer", metavar="DIGITS",
                         help=tr("رقم التحويل المذكور في اللائحة الشهرية للصندوق"))
    declare.add_argument("--out", required=True, metavar="FOLDER",
                         help=tr("المجلد الذي تكتب فيه الملفات"))
    declare.set_defaults(handler=_cmd_cnss, access=Access.READ)

    certify = sub.add_parser("certificates", help=tr("شهادات الكفاءة لمشاركي ورش، ملف لكل "
                                                     "شخص في مجلد"))
    add_db(certify)
    certify.add_argument("--worksite", required=True, metavar="REFERENCE|ID",
                         help=tr("الورش بمرجعه أو بمعرفه"))
    certify.add_argument("--date", metavar="YYYY-MM-DD",
                         help=tr("التاريخ المكتوب (وإلا فتاريخ اليوم)"))
    certify.add_argument("--out", required=True, metavar="FOLDER",
                         help=tr("المجلد الذي تكتب فيه الملفات"))
    certify.set_defaults(handler=_cmd_certificates, access=Access.WRITE)

    bank = sub.add_parser("bank-accounts", help=tr("الأشخاص بدون حساب بنكي، لبريد بنك"))
    add_db(bank)
    bank.add_argument("--worksite", metavar="REFERENCE|ID", help=tr("هذا الورش فقط"))
    bank.add_argument("--out", required=True, metavar="FILE.xlsx",
                      help=tr("ملف إكسل المراد كتابته"))
    bank.set_defaults(handler=_cmd_bank_accounts, access=Access.READ)
