"""`awrach beneficiaries import|export|duplicates`: the people's lists over the same services
as the window.

`register` returns the `beneficiaries` sub-parsers object, so another module can add its
own actions to the same group (`awrach beneficiaries attendance ...`):
`actions = cli_beneficiaries.register(sub, add_db)` then `actions.add_parser(...)`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli_auth import Access, Run
from app.cli_lines import error, rows_saved
from app.errors import NotFound
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]
# Set by `register`: the `beneficiaries` group's sub-parsers, for other modules' actions.
ACTIONS: argparse._SubParsersAction | None = None


def _worksite_id(opened: Run, reference: str | None) -> object:
    if not reference:
        return None
    from app.services import beneficiaries

    found = [w.id for w in beneficiaries.list_worksites(opened.db) if w.reference == reference]
    if not found:
        raise NotFound(tr("الورش {reference}: غير موجود أو غير منتقى.").format(reference=reference))
    return found[0]


def _cmd_import(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.beneficiaries import AgeLimits
    from app.io.tabular import read_table
    from app.services import beneficiaries
    from app.services import beneficiary_import as bi

    path = Path(args.file)
    table = read_table(path)
    mapping = bi.guess_mapping(table.headers)
    for pair in args.column or []:
        key, _, header = pair.partition("=")
        if key not in bi.BY_KEY or header not in table.headers:
            raise NotFound(tr("--column {pair}: الحقل أو العمود غير موجود في {path.name}.")
                           .format(pair=pair, path=path))
        mapping[key] = table.headers.index(header)
    configured = beneficiaries.configured_age_limits()
    options = bi.ImportOptions(
        mapping, proposal_id=_worksite_id(opened, args.worksite),  # type: ignore[arg-type]
        valid_only=args.valid_only,
        limits=AgeLimits(configured.minimum if args.min_age is None else args.min_age,
                         configured.maximum if args.max_age is None else args.max_age),
        check_day=date.fromisoformat(args.on) if args.on else None)
    try:
        report = bi.import_file(opened.db, opened.actor, path, options)
    except bi.ImportRefused as refused:
        _write_report(refused.report, args.report, bi)
        error(refused.message)
        return 1
    _write_report(report, args.report, bi)
    bi.complete_indexes(opened.db)
    print(tr("تم الاستيراد من {file}: عدد الأشخاص المستوردين {imported}، منهم المعينون في ورش "
             "{assigned}؛ عدد الأسطر المرفوضة {rejected}؛ عدد التنبيهات {warnings}")
          .format(file=path.name, imported=report.imported, assigned=report.assigned,
                  rejected=report.rejected_lines, warnings=len(report.warnings)))
    return 0


def _write_report(report: object, out: str | None, bi: object) -> None:
    if out:
        path = bi.write_report(report, Path(out))  # type: ignore[attr-defined]
        print(tr("تم حفظ تقرير الاستيراد: {path}").format(path=path), file=sys.stderr)


def _cmd_export(args: argparse.Namespace, opened: Run) -> int:
    from app.services import beneficiaries
    from app.services.listing import ListQuery

    filters: dict[str, object] = {}
    if args.worksite:
        filters["proposal_id"] = _worksite_id(opened, args.worksite)
    query = ListQuery(search=args.search or "", filters=filters)
    out = Path(args.out)
    count = beneficiaries.export_beneficiaries(opened.db, query, out)
    rows_saved(count, out)
    return 0


def _cmd_duplicates(args: argparse.Namespace, opened: Run) -> int:
    from app.services import beneficiary_duplicates

    pairs = beneficiary_duplicates.find_duplicates(opened.db, limit=args.limit)
    for pair in pairs:
        print(f"{pair.score:.0f}\t{pair.first.cin}\t{pair.first.name_ar}\t{pair.first.name_fr}"
              f"\t{pair.second.cin}\t{pair.second.name_ar}\t{pair.second.name_fr}"
              f"\t{pair.first.birth_date}")
    print(tr("عدد التكرارات المحتملة: {count}").format(count=len(pairs)), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> argparse._SubParsersAction:
    """Add the `beneficiaries` group; returns its sub-parsers for more actions."""
    global ACTIONS
    group = sub.add_parser("beneficiaries", help=tr("المستفيدون: استيراد وتصدير وتكرارات"))
    actions = group.add_subparsers(dest="beneficiaries_command", metavar="ACTION",
                                   required=True)

    imp = actions.add_parser(
        "import", help=tr("استيراد لائحة أشخاص: الكل أو لا شيء، أو الصالحة وحدها"))
    add_db(imp)
    imp.add_argument("file", metavar="FILE.xlsx|FILE.csv", help=tr("اللائحة المراد استيرادها"))
    imp.add_argument("--worksite", metavar="REFERENCE",
                     help=tr("تعيين الجميع في هذا الورش المنتقى"))
    imp.add_argument("--valid-only", action="store_true", dest="valid_only",
                     help=tr("استيراد الأسطر الصالحة؛ والباقي في التقرير"))
    imp.add_argument("--report", metavar="FILE.xlsx", help=tr("كتابة الأسطر المرفوضة وسببها"))
    imp.add_argument("--column", action="append", metavar="FIELD=HEADER",
                     help=tr("ربط حقل بعمود باسم رأسه"))
    imp.add_argument("--min-age", type=int, dest="min_age", metavar="N",
                     help=tr("أدنى سن عند بداية الورش (وإلا فالإعداد)"))
    imp.add_argument("--max-age", type=int, dest="max_age", metavar="N",
                     help=tr("أقصى سن عند بداية الورش (وإلا فالإعداد)"))
    imp.add_argument("--on", metavar="YYYY-MM-DD",
                     help=tr("يوم حساب السن دون ورش (وإلا فاليوم)"))
    imp.set_defaults(handler=_cmd_import, access=Access.WRITE)

    exp = actions.add_parser("export", help=tr("كتابة لائحة الأشخاص في ملف إكسل"))
    add_db(exp)
    exp.add_argument("--out", metavar="FILE.xlsx", required=True,
                     help=tr("ملف إكسل المراد كتابته"))
    exp.add_argument("--search", metavar="TEXT", default="",
                     help=tr("الأسطر التي فيها كل الكلمات فقط"))
    exp.add_argument("--worksite", metavar="REFERENCE", help=tr("أشخاص هذا الورش فقط"))
    exp.set_defaults(handler=_cmd_export)

    dup = actions.add_parser("duplicates", help=tr("التكرارات المحتملة (لا يدمج شيئا)"))
    add_db(dup)
    dup.add_argument("--limit", type=int, default=200, metavar="N",
                     help=tr("أقصى عدد من الأزواج المعروضة"))
    dup.set_defaults(handler=_cmd_duplicates)
    ACTIONS = actions
    return actions
