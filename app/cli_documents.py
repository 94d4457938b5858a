"""The `awrach` sub-commands that print and check documents: minutes, attendance sheets,
conventions, and `verify`."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import saved
from app.errors import NotFound
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _meeting_id(opened: Run, text: str) -> uuid.UUID:
    """A meeting by its date (YYYY-MM-DD) or its id."""
    from app.services import meetings

    found = [m.meeting.id for m in meetings.list_meetings(opened.db)
             if text in (str(m.meeting.id), m.meeting.held_on.isoformat() if m.meeting.held_on
                         else "")]
    if len(found) != 1:
        raise NotFound(tr("--meeting: لا يطابق «{text}» اجتماعا واحدا (عدد الاجتماعات المطابقة: "
                          "{count})؛ اذكر تاريخ الاجتماع على شكل YYYY-MM-DD أو معرفه.")
                       .format(text=text, count=len(found)))
    meeting_id = found[0]
    assert meeting_id is not None
    return meeting_id


def _cmd_print_minutes(args: argparse.Namespace, opened: Run) -> int:
    from app.services import meeting_documents

    meeting_id = _meeting_id(opened, args.meeting)
    build = (meeting_documents.attendance_sheet_pdf if args.what == "attendance-sheet"
             else meeting_documents.minutes_pdf)
    out = Path(args.out)
    out.write_bytes(build(opened.db, opened.actor, meeting_id))
    saved(out)
    return 0


def _cmd_draw_up(args: argparse.Namespace, opened: Run) -> int:
    from datetime import date

    from app.services import conventions, programme

    edition = programme.find_edition(opened.db, args.edition)
    assert edition.id is not None
    waiting = conventions.proposals_without_convention(opened.db, edition.id)
    wanted = set(args.proposal or [])
    chosen = [pid for pid, reference, _ in waiting if not wanted or reference in wanted]
    unknown = wanted - {reference for _, reference, _ in waiting}
    if unknown:
        raise NotFound(tr("--proposal: هذه المراجع ليست لمشاريع منتقاة دون اتفاقية: {references}")
                       .format(references="، ".join(sorted(unknown))))
    on = date.fromisoformat(args.date) if args.date else None
    made = conventions.draw_up(opened.db, opened.actor, chosen, on=on)
    print(tr("عدد الاتفاقيات المعدة: {count}").format(count=len(made)))
    return 0


def _cmd_print_conventions(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.enums import ConventionStatus
    from app.services import conventions, programme

    edition = programme.find_edition(opened.db, args.edition)
    meeting = _meeting_id(opened, args.meeting) if args.meeting else None
    status = ConventionStatus(args.status) if args.status else None
    chosen = conventions.list_conventions(opened.db, edition.id, meeting, status)
    if args.number:
        chosen = [c for c in chosen if c.number in set(args.number)]
    if args.commune:
        chosen = [c for c in chosen if args.commune in c.communes.split("، ")]
    if not chosen:
        raise NotFound(tr("لا توجد أي اتفاقية تطابق الاختيار؛ أعد الاتفاقيات أولا "
                          "(awrach conventions draw-up)."))
    out = Path(args.out)
    if not args.one_file:  # the workers warm up while the conventions are read
        conventions.prepare_batch(len(chosen))

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = conventions.print_batch(opened.db, opened.actor, [c.id for c in chosen], out,
                                     one_file=args.one_file, progress=progress)
    print(file=sys.stderr)
    print(tr("عدد الاتفاقيات المطبوعة: {count}، في {out}").format(count=result.printed, out=out))
    return 0


def _cmd_verify(args: argparse.Namespace, opened: Run) -> int:
    from app.services import printed

    if args.code:
        result = printed.verify_code(opened.db, args.code)
    else:
        result = printed.verify_pdf(opened.db, Path(args.file))
    print(result.message, file=sys.stdout if result.matches else sys.stderr)
    return 0 if result.matches else 1


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    printing = sub.add_parser("print", help=tr("طباعة الوثائق"))
    p_sub = printing.add_subparsers(dest="what", metavar="DOCUMENT", required=True)
    for name, help_text in (("minutes", tr("محضر اجتماع")),
                            ("attendance-sheet", tr("ورقة الحضور التي يوقعها الأعضاء"))):
        p = p_sub.add_parser(name, help=help_text)
        add_db(p)
        p.add_argument("--meeting", required=True, metavar="DATE|ID",
                       help=tr("الاجتماع بتاريخه أو بمعرفه"))
        p.add_argument("--out", required=True, metavar="FILE.pdf",
                       help=tr("الملف المراد كتابته"))
        p.set_defaults(handler=_cmd_print_minutes, access=Access.WRITE)

    conventions = p_sub.add_parser(
        "conventions", help=tr("اتفاقيات حفل التوقيع، مرتبة حسب الجماعة والرقم"))
    add_db(conventions)
    conventions.add_argument("--edition", type=int, required=True, metavar="YEAR",
                             help=tr("سنة نسخة البرنامج"))
    conventions.add_argument("--meeting", metavar="DATE|ID",
                             help=tr("المصادق عليها في هذا الاجتماع فقط"))
    conventions.add_argument("--status", choices=["draft", "printed", "signed"],
                             help=tr("الاتفاقيات التي في هذه الحالة فقط"))
    conventions.add_argument("--commune", metavar="NAME",
                             help=tr("أوراش هذه الجماعة فقط (اسمها بالعربية)"))
    conventions.add_argument("--number", action="append", metavar="NUMBER",
                             help=tr("هذه الاتفاقية فقط (يكرر الخيار لعدة اتفاقيات)"))
    conventions.add_argument("--one-file", action="store_true", dest="one_file",
                             help=tr("ملف واحد للدفعة كلها"))
    conventions.add_argument("--out", required=True, metavar="PATH",
                             help=tr("الملف، أو المجلد الذي يأخذ ملفا لكل اتفاقية"))
    conventions.set_defaults(handler=_cmd_print_conventions, access=Access.WRITE)

    manage = sub.add_parser("conventions", help=tr("اتفاقيات الشراكة"))
    m_sub = manage.add_subparsers(dest="conventions_command", metavar="ACTION", required=True)
    draw = m_sub.add_parser("draw-up", help=tr("إعداد اتفاقيات الأوراش المنتقاة"))
    add_db(draw)
    draw.add_argument("--edition", type=int, required=True, metavar="YEAR",
                      help=tr("سنة نسخة البرنامج"))
    draw.add_argument("--proposal", action="append", metavar="REFERENCE",
                      help=tr("هذا المشروع فقط (يكرر)؛ وإلا فكل المنتظرة"))
    draw.add_argument("--date", metavar="YYYY-MM-DD",
                      help=tr("التاريخ المكتوب (وإلا فتاريخ اليوم)"))
    draw.set_defaults(handler=_cmd_draw_up, access=Access.WRITE)

    verify = sub.add_parser(
        "verify", help=tr("مطابقة وثيقة مطبوعة أو رمزها القصير مع قاعدة البيانات"))
    add_db(verify)
    verify.add_argument("file", nargs="?", metavar="FILE.pdf", help=tr("الوثيقة المراد فحصها"))
    verify.add_argument("--code", metavar="CODE", help=tr("الرمز القصير المطبوع على الورقة"))
    verify.set_defaults(handler=_cmd_verify)


def check_verify_args(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if getattr(args, "handler", None) is _cmd_verify and bool(args.file) == bool(args.code):
        parser.error(tr("verify: اذكر ملف PDF أو الرمز القصير بالخيار --code (واحدا منهما فقط)."))
