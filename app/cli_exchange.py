"""`awrach package`: data packages between databases that never see each other online.

    awrach package export --out FILE [--province CODE] [--edition YEAR] [--meeting ID]
                          [--worksite ID]
    awrach package import FILE
    awrach package conflicts
    awrach package resolve CONFLICT_ID [--theirs FIELD ...] [--all-theirs]
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path

from app.cli_auth import Access, Run
from app.errors import FieldError, ValidationError
from app.language import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _uuid(value: str | None, field: str) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValidationError(FieldError(field, tr("المعرف «{value}» غير صالح.")
                                                .format(value=value))) from None


def _cmd_export(args: argparse.Namespace, opened: Run) -> int:
    from app.services import exchange

    selection = exchange.selection_for(
        opened.db, province=args.province, edition=args.edition,
        meeting=_uuid(args.meeting, "meeting"), proposal=_uuid(args.worksite, "worksite"))
    result = exchange.export_package(opened.db, opened.actor, Path(args.out), selection)
    print(tr("تم حفظ الحزمة: {path} (عدد السجلات {records}، عدد الملفات {files}؛ {scope})")
          .format(path=result.path, records=result.records, files=result.files,
                  scope=selection.label or tr("كل المعطيات")))
    return 0


def _cmd_import(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.exchange import Outcome
    from app.services import exchange

    result = exchange.import_package(opened.db, opened.actor, Path(args.file))
    print(tr("تم استيراد الحزمة {file} الآتية من {user}@{machine}: سجلات جديدة {new}، سجلات "
             "محينة {applied}، دون تغيير {same}، احتفظ بنسختنا منها {kept}، مقفلة لم تمس "
             "{locked}، تعارضات {conflicts}؛ الملفات المضافة {files}")
          .format(file=args.file, user=result.user, machine=result.machine[:12],
                  new=result.count(Outcome.INSERT), applied=result.count(Outcome.APPLY),
                  same=result.count(Outcome.SAME), kept=result.count(Outcome.KEEP),
                  locked=result.count(Outcome.LOCKED), conflicts=result.count(Outcome.CONFLICT),
                  files=result.files_added))
    if result.count(Outcome.CONFLICT):
        print(tr("تعارضات تنتظر القرار: awrach package conflicts"))
    return 0


def _cmd_conflicts(_args: argparse.Namespace, opened: Run) -> int:
    from app.services import exchange

    for conflict in exchange.list_conflicts(opened.db):
        name = exchange.describe_record(opened.db, conflict.table, conflict.key)
        print(f"{conflict.id}\t{conflict.table}\t{name}\t"
              + tr("من {peer}").format(peer=conflict.peer_label))
        for choice in conflict.differing:
            print(f"\t{choice.name}: " + tr("الأصل={base} عندنا={ours} عندهم={theirs} "
                                            "المقترح={proposed}").format(
                base=repr(choice.base), ours=repr(choice.ours), theirs=repr(choice.theirs),
                proposed=choice.proposed))
    return 0


def _cmd_resolve(args: argparse.Namespace, opened: Run) -> int:
    from app.services import exchange

    conflict_id = _uuid(args.conflict, "conflict")
    assert conflict_id is not None
    found = [c for c in exchange.list_conflicts(opened.db) if c.id == conflict_id]
    if not found:
        raise ValidationError(FieldError("conflict", tr("لا تعارض مفتوح بالمعرف {conflict_id}.")
                                                     .format(conflict_id=conflict_id)))
    sides = {c.name: "ours" for c in found[0].fields}
    for name in ([c.name for c in found[0].fields] if args.all_theirs else args.theirs):
        sides[name] = "theirs"
    exchange.resolve_conflict(opened.db, opened.actor, conflict_id, sides,
                              found[0].row_version)
    taken = sorted(n for n, side in sides.items() if side == "theirs")
    if taken:
        print(tr("تم البت في التعارض {id}: أخذت قيمة قاعدة البيانات الأخرى في {fields}، "
                 "وبقيت قيمنا في الباقي").format(id=conflict_id, fields="، ".join(taken)))
    else:
        print(tr("تم البت في التعارض {id}: بقيت قيمنا في كل الحقول").format(id=conflict_id))
    return 0


def register(sub: argparse._SubParsersAction, add_db: AddDb) -> None:
    package = sub.add_parser("package", help=tr("حزم المعطيات بين قواعد البيانات"))
    p_sub = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    export = p_sub.add_parser("export", help=tr("كتابة حزمة بكل المعطيات أو بجزء منها"))
    add_db(export)
    export.add_argument("--out", metavar="FILE.awrach.zip", required=True,
                        help=tr("ملف الحزمة المراد كتابته (لا يكتب فوق ملف موجود)"))
    export.add_argument("--province", metavar="CODE", help=tr("معطيات إقليم واحد"))
    export.add_argument("--edition", type=int, metavar="YEAR", help=tr("معطيات نسخة واحدة"))
    export.add_argument("--meeting", metavar="ID", help=tr("اجتماع واحد وقراراته"))
    export.add_argument("--worksite", metavar="ID",
                        help=tr("ورش واحد ومستفيدوه"))
    export.set_defaults(handler=_cmd_export, access=Access.WRITE)
    import_ = p_sub.add_parser("import", help=tr("إدخال سجلات حزمة في قاعدة البيانات هذه"))
    add_db(import_)
    import_.add_argument("file", metavar="FILE", help=tr("ملف الحزمة"))
    import_.set_defaults(handler=_cmd_import, access=Access.WRITE)
    conflicts = p_sub.add_parser("conflicts", help=tr("سجلات تغيرت هنا وفي القاعدة الأخرى، "
                                                      "تنتظر القرار"))
    add_db(conflicts)
    conflicts.set_defaults(handler=_cmd_conflicts)
    resolve = p_sub.add_parser("resolve", help=tr("البت في تعارض: قيمنا إلا في الحقول المذكورة"))
    add_db(resolve)
    resolve.add_argument("conflict", metavar="CONFLICT_ID", help=tr("معرف التعارض"))
    resolve.add_argument("--theirs", action="append", default=[], metavar="FIELD",
                         help=tr("أخذ قيمة القاعدة الأخرى في هذا الحقل"))
    resolve.add_argument("--all-theirs", action="store_true", dest="all_theirs",
                         help=tr("أخذ نسخة القاعدة الأخرى كاملة"))
    resolve.set_defaults(handler=_cmd_resolve, access=Access.WRITE)
