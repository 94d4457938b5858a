"""The `awrach` sub-commands that print and check documents: minutes, attendance sheets,
conventions, and `verify`."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from app.errors import NotFound
from app.services.startup import OpenedDatabase

AddDb = Callable[[argparse.ArgumentParser], None]


def _meeting_id(opened: OpenedDatabase, text: str) -> uuid.UUID:
    """A meeting by its date (YYYY-MM-DD) or its id."""
    from app.services import meetings

    found = [m.meeting.id for m in meetings.list_meetings(opened.db)
             if text in (str(m.meeting.id), m.meeting.held_on.isoformat() if m.meeting.held_on
                         else "")]
    if len(found) != 1:
        raise NotFound(f"no single meeting matches {text!r} ({len(found)} found); "
                       "give its date as YYYY-MM-DD or its id")
    meeting_id = found[0]
    assert meeting_id is not None
    return meeting_id


def _cmd_print_minutes(args: argparse.Namespace, opened: OpenedDatabase) -> int:
    from app.services import meeting_documents

    meeting_id = _meeting_id(opened, args.meeting)
    build = (meeting_documents.attendance_sheet_pdf if args.what == "attendance-sheet"
             else meeting_documents.minutes_pdf)
    out = Path(args.out)
    out.write_bytes(build(opened.db, opened.actor, meeting_id))
    print(f"written: {out}")
    return 0


def _cmd_verify(args: argparse.Namespace, opened: OpenedDatabase) -> int:
    from app.services import printed

    if args.code:
        result = printed.verify_code(opened.db, args.code)
    else:
        result = printed.verify_pdf(opened.db, Path(args.file))
    print(result.message, file=sys.stdout if result.matches else sys.stderr)
    return 0 if result.matches else 1


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:  # type: ignore[type-arg]
    printing = sub.add_parser("print", help="print documents to PDF")
    p_sub = printing.add_subparsers(dest="what", metavar="DOCUMENT", required=True)
    for name, help_text in (("minutes", "the minutes (محضر) of a meeting"),
                            ("attendance-sheet", "the sheet members sign at a meeting")):
        p = p_sub.add_parser(name, help=help_text)
        add_db(p)
        p.add_argument("--meeting", required=True, metavar="DATE|ID",
                       help="the meeting, by its date (YYYY-MM-DD) or id")
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
        p.set_defaults(handler=_cmd_print_minutes)

    verify = sub.add_parser(
        "verify", help="check a printed PDF (or a paper's short code) against the database")
    add_db(verify)
    verify.add_argument("file", nargs="?", metavar="FILE.pdf", help="the PDF to check")
    verify.add_argument("--code", metavar="CODE", help="the short code printed on a paper")
    verify.set_defaults(handler=_cmd_verify)


def check_verify_args(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if getattr(args, "handler", None) is _cmd_verify and bool(args.file) == bool(args.code):
        parser.error("verify needs a FILE.pdf or --code CODE (one of them)")

