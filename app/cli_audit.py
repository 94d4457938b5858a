"""`awrach audit verify`: check the audit log's chain, the register of prints and the seals
of locked records, offline, and say in Arabic what breaks."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli_auth import Run
from app.cli_lines import error
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _cmd_verify(_args: argparse.Namespace, opened: Run) -> int:
    from app.services import audit_chain

    report = audit_chain.verify(opened.db)
    print(report.summary())
    for problem in report.problems:
        error(problem.message)
    return 0 if report.ok else 1


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    audit = sub.add_parser("audit", help=tr("سجل التدقيق لكل تغيير"))
    a_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = a_sub.add_parser(
        "verify", help=tr("التحقق من أن السجل والمطبوعات والسجلات المقفلة لم تغير يدويا"))
    add_db(verify)
    verify.set_defaults(handler=_cmd_verify)
