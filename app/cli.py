"""The `awrach` command: opens the window, or runs a sub-command over the same services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import (
    __version__,
    cli_audit,
    cli_beneficiaries,
    cli_beneficiary_documents,
    cli_documents,
    cli_exchange,
    cli_followup,
    cli_grant_amendments,
    cli_grants,
)
from app.cli_argparse import Parser, in_language, language_asked
from app.cli_auth import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    USER_ENV,
    Access,
    Run,
    acting_user,
    add_user_option,
    new_password,
)
from app.cli_lines import error, rows_saved
from app.config import DB_URL_ENV, resolve_database_url
from app.errors import DomainError, FieldError, ValidationError
from app.language import LANGUAGES, label, set_language
from app.language import tr as tr
from app.settings import LANGUAGE

Handler = Callable[[argparse.Namespace, Run], int]
WindowOpener = Callable[[str, bool, str | None], int]
SelfChecks = Sequence[tuple[str, Callable[[], str]]]


def _db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """--db and --user, accepted before the sub-command and after it."""
    # Sub-commands must not reset a --db given before them, hence SUPPRESS below the top.
    parser.add_argument("--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
                        help=tr("ملف قاعدة البيانات (وإلا فالإعداد المحفوظ)"))
    add_user_option(parser, top)
    parser.add_argument("--lang", choices=list(LANGUAGES),
                        default=None if top else argparse.SUPPRESS,
                        help=tr("لغة الرسائل والنافذة (وإلا فالإعداد المحفوظ)"))


def _cmd_demo(args: argparse.Namespace, opened: Run) -> int:
    from app.services import demo

    summary = demo.build_demo(opened.db, opened.actor)
    print(summary.describe())
    return 0


def _cmd_db_info(_args: argparse.Namespace, opened: Run) -> int:
    from app.services import programme

    print(tr("قاعدة البيانات: {name}").format(name=opened.db.display_name))
    print(tr("مراجعة بنية قاعدة البيانات: {revision}").format(
        revision=opened.upgrade.to_revision))
    if opened.upgrade.backup:
        print(tr("تم تحيين البنية من المراجعة {revision}؛ النسخة الاحتياطية: {backup}").format(
            revision=opened.upgrade.from_revision, backup=opened.upgrade.backup))
    for edition in programme.list_editions(opened.db):
        print(tr("نسخة {year} ({title})").format(year=edition.year, title=edition.title))
    return 0


def _cmd_backup(args: argparse.Namespace, opened: Run) -> int:
    from app.services import backup

    path = backup.backup_to(opened.db, Path(args.out))
    print(tr("تم حفظ النسخة الاحتياطية: {path}").format(path=path))
    return 0


def _cmd_restore(args: argparse.Namespace, opened: Run) -> int:
    from app.services import backup

    result = backup.restore(opened.db, Path(args.source), opened.actor)
    print(tr("تمت استعادة {result.database} من النسخة {result.restored_from} (مراجعة البنية "
             "{result.revision})؛ احتفظ بقاعدة البيانات السابقة في {result.previous_kept_as}")
          .format(result=result))
    return 0


def _restore_over_damaged(url: str, args: argparse.Namespace) -> bool:
    """A damaged database cannot be opened to sign in: restore without opening it."""
    from app.services import backup
    from app.storage.database import sqlite_file

    path = sqlite_file(url)
    if path is None or not backup.is_damaged(path):
        return False
    who = getattr(args, "user", None) or os.environ.get("AWRACH_USER", "") or "?"
    result = backup.restore_over_damaged(path, Path(args.source), who)
    print(tr("تمت استعادة {result.database} من النسخة {result.restored_from} (مراجعة البنية "
             "{result.revision})؛ احتفظ بقاعدة البيانات المتضررة في {result.previous_kept_as}")
          .format(result=result))
    return True


def _cmd_reference_reload(_args: argparse.Namespace, opened: Run) -> int:
    from app.services import territory

    result = territory.load_reference_data(opened.db, opened.actor)
    print(tr("الجهات المضافة: {regions}، الأقاليم المضافة: {provinces}، الجماعات المضافة: "
             "{communes}، الجماعات التي تغير اسمها: {renamed}").format(
              regions=result.regions_added, provinces=result.provinces_added,
              communes=result.communes_added, renamed=result.communes_updated))
    return 0


def _cmd_quotas_list(args: argparse.Namespace, opened: Run) -> int:
    from app.services import programme

    edition_id = programme.find_edition(opened.db, args.edition).id if args.edition else None
    for q in programme.list_quotas(opened.db, edition_id):
        print(f"{q.edition_title}\t{q.province_code}\t{q.province_name_ar}\t"
              f"{label(q.component)}\t{_posts(q.posts, q.person_months)}")
    return 0


def _posts(posts: int, person_months: int) -> str:
    return (tr("عدد المناصب: {posts}").format(posts=posts) + "\t"
            + tr("عدد أشهر العمل: {months}").format(months=person_months))


def _cmd_quotas_set(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.programme import Quota, default_person_months
    from app.services import programme, territory

    edition = programme.find_edition(opened.db, args.edition)
    province = territory.find_province(opened.db, args.province)
    assert edition.id is not None and province.id is not None
    existing = programme.get_quota(opened.db, edition.id, province.id)
    person_months = args.person_months or default_person_months(args.posts, edition)
    quota = Quota(edition.id, province.id, args.posts, person_months,
                  id=existing.id if existing else None)
    saved = programme.save_quota(opened.db, opened.actor, quota)
    print(f"{saved.province_name_ar}: {_posts(saved.posts, saved.person_months)}")
    return 0


def _cmd_export(args: argparse.Namespace, opened: Run) -> int:
    from app.services import exports, programme
    from app.services.listing import ListQuery

    filters: dict[str, object] = {}
    if getattr(args, "edition", None) is not None:
        edition = programme.find_edition(opened.db, args.edition)
        filters["edition_id"] = edition.id
    query = ListQuery(search=args.search or "", filters=filters)
    export = exports.export_partners if args.what == "partners" else exports.export_proposals
    out = Path(args.out)
    count = export(opened.db, query, out)
    rows_saved(count, out)
    return 0


def _cmd_users_add(args: argparse.Namespace, opened: Run) -> int:
    from app.domain.enums import UserRole
    from app.services import users

    role = UserRole(args.role)
    if opened.user is None:  # no account yet: this one is the first administrator
        if role is not UserRole.ADMIN:
            raise ValidationError(FieldError("role", tr("الحساب الأول مدير النظام: استعمل "
                                                        "--role admin.")))
        users.create_first_admin(opened.db, args.username, args.full_name, new_password())
    else:
        users.create_user(opened.db, opened.actor, args.username, args.full_name, role,
                          new_password())
    print(tr("تمت إضافة الحساب: {username} ({role})").format(username=args.username,
                                                           role=label(role)))
    return 0


def _cmd_users_list(_args: argparse.Namespace, opened: Run) -> int:
    from app.services import users

    for user in users.list_users(opened.db):
        locked = ("\t" + tr("مقفل حتى {time}").format(time=f"{user.locked_until:%Y-%m-%d %H:%M}")
                  if user.locked_until else "")
        state = tr("مفعل") if user.active else tr("موقوف")
        print(f"{user.username}\t{user.role.value}\t{state}\t{user.full_name}\t"
              + tr("محاولات فاشلة: {count}").format(count=user.failed_logins) + locked)
    return 0


def _cmd_users_reset_password(args: argparse.Namespace, opened: Run) -> int:
    from app.services import users

    users.reset_password(opened.db, opened.actor, args.username, new_password())
    print(tr("تم تغيير كلمة مرور الحساب: {username}").format(username=args.username))
    return 0


def _users_commands(sub: argparse._SubParsersAction) -> None:
    from app.domain.enums import UserRole

    users = sub.add_parser("users", help=tr("الحسابات (للمدير)؛ كلمة المرور الجديدة تكتب "
                                            "مرتين"))
    u_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = u_sub.add_parser("add", help=tr("إضافة حساب (على قاعدة بلا حساب: المدير الأول)"))
    _db_option(add)
    add.add_argument("username", metavar="USERNAME", help=tr("اسم المستخدم"))
    add.add_argument("--full-name", dest="full_name", required=True, metavar="NAME",
                     help=tr("الاسم الكامل"))
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole],
                     help=tr("الدور"))
    add.set_defaults(handler=_cmd_users_add, access=Access.FIRST_ADMIN)
    list_ = u_sub.add_parser("list", help=tr("عرض الحسابات"))
    _db_option(list_)
    list_.set_defaults(handler=_cmd_users_list, access=Access.MANAGE_USERS)
    reset = u_sub.add_parser("reset-password", help=tr("تعويض كلمة مرور منسية ورفع القفل"))
    _db_option(reset)
    reset.add_argument("username", metavar="USERNAME", help=tr("اسم المستخدم"))
    reset.set_defaults(handler=_cmd_users_reset_password, access=Access.WRITE)


def _environment_help() -> str:
    """One line per variable, the Latin name first and the Arabic after it, as an option's
    line is: a sentence mixing both would not read in order in a terminal."""
    lines = [(DB_URL_ENV, tr("قاعدة البيانات إذا لم تذكر بالخيار")),
             (USER_ENV, tr("الحساب إذا لم يذكر بالخيار")),
             (PASSWORD_ENV, tr("كلمة مرور الحساب، وإلا طلبت في الطرفية")),
             (NEW_PASSWORD_ENV, tr("كلمة مرور حساب جديد، وإلا كتبت مرتين"))]
    return tr("متغيرات البيئة:") + "".join(f"\n  {name:<21} {text}" for name, text in lines)


def build_parser() -> argparse.ArgumentParser:
    """The parser in the current language (`app.language`): build it inside `in_language()`
    so that argparse's own words are in that language too."""
    parser = Parser(prog="awrach", description=tr("مكتب أوراش. دون أمر فرعي تفتح النافذة."),
                    epilog=_environment_help())
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=tr("عرض رقم إصدار البرنامج"))
    _db_option(parser, top=True)
    parser.add_argument("--demo", action="store_true",
                        help=tr("ملء قاعدة البيانات بالمعطيات التجريبية قبل الفتح"))
    parser.add_argument("--self-test", action="store_true", dest="self_test",
                        help=tr("فحص البرنامج كله في مجلد مؤقت دون لمس معطياتك"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help=tr("ملء قاعدة البيانات بالمعطيات التجريبية لخنيفرة"))
    _db_option(demo)
    demo.set_defaults(handler=_cmd_demo, access=Access.DEMO)

    db = sub.add_parser("db", help=tr("معلومات قاعدة البيانات وتحيين بنيتها"))
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, help_text in (("info", tr("عرض قاعدة البيانات المستعملة ومراجعة بنيتها")),
                            ("upgrade", tr("تحيين بنية قاعدة البيانات (بعد نسخة احتياطية)"))):
        p = db_sub.add_parser(name, help=help_text)
        _db_option(p)
        p.set_defaults(handler=_cmd_db_info)

    backup = sub.add_parser("backup", help=tr("نسخ قاعدة البيانات إلى ملف احتياطي"))
    _db_option(backup)
    backup.add_argument("--out", metavar="PATH", required=True,
                        help=tr("ملف النسخة الاحتياطية المراد كتابته"))
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help=tr("استرجاع نسخة احتياطية (للمدير؛ تحفظ الحالية "
                                                "أولا)"))
    _db_option(restore)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True,
                         help=tr("ملف النسخة الاحتياطية المراد استعادته"))
    restore.set_defaults(handler=_cmd_restore, access=Access.WRITE)

    ref = sub.add_parser("reference", help=tr("لائحة الجهات والأقاليم والجماعات المرفقة"))
    ref_sub = ref.add_subparsers(dest="ref_command", metavar="ACTION", required=True)
    reload_ = ref_sub.add_parser("reload", help=tr("إضافة الجماعات الناقصة دون حذف أي منها"))
    _db_option(reload_)
    reload_.set_defaults(handler=_cmd_reference_reload, access=Access.WRITE)

    quotas = sub.add_parser("quotas", help=tr("حصص المناصب حسب الإقليم والنسخة"))
    q_sub = quotas.add_subparsers(dest="quota_command", metavar="ACTION", required=True)
    q_list = q_sub.add_parser("list", help=tr("عرض الحصص"))
    _db_option(q_list)
    q_list.add_argument("--edition", type=int, metavar="YEAR", help=tr("سنة نسخة البرنامج"))
    q_list.set_defaults(handler=_cmd_quotas_list)
    q_set = q_sub.add_parser("set", help=tr("إنشاء حصة إقليم أو تغييرها"))
    _db_option(q_set)
    q_set.add_argument("--edition", type=int, metavar="YEAR", required=True,
                       help=tr("سنة نسخة البرنامج"))
    q_set.add_argument("--province", required=True, metavar="CODE|NAME",
                       help=tr("الإقليم برمزه أو باسمه"))
    q_set.add_argument("--posts", type=int, required=True, metavar="N", help=tr("عدد المناصب"))
    q_set.add_argument("--person-months", type=int, dest="person_months", metavar="N",
                       help=tr("عدد أشهر العمل (وإلا حسب من عدد المناصب)"))
    q_set.set_defaults(handler=_cmd_quotas_set, access=Access.WRITE)

    export = sub.add_parser("export", help=tr("كتابة لائحة في ملف إكسل"))
    e_sub = export.add_subparsers(dest="what", metavar="LIST", required=True)
    for name, help_text in (("partners", tr("الهيئات الحاملة للمشاريع")),
                            ("proposals", tr("الأوراش المقترحة"))):
        p = e_sub.add_parser(name, help=help_text)
        _db_option(p)
        p.add_argument("--out", metavar="FILE.xlsx", required=True,
                       help=tr("ملف إكسل المراد كتابته"))
        p.add_argument("--search", metavar="TEXT", default="",
                       help=tr("الأسطر التي فيها كل الكلمات فقط"))
        if name == "proposals":
            p.add_argument("--edition", type=int, metavar="YEAR",
                           help=tr("مقترحات هذه النسخة من البرنامج فقط"))
        p.set_defaults(handler=_cmd_export)
    cli_documents.register(sub, _db_option)
    _users_commands(sub)
    cli_audit.register(sub, _db_option)
    cli_beneficiary_documents.register(cli_beneficiaries.register(sub, _db_option), _db_option)
    cli_exchange.register(sub, _db_option)
    cli_grant_amendments.register(cli_grants.register(sub, _db_option), _db_option)
    cli_followup.register(sub, _db_option)
    return parser


def _report(exc: DomainError) -> None:
    if isinstance(exc, ValidationError):
        for field_error in exc.errors:
            error(field_error.message)
    else:
        error(exc.message)


def main(argv: Sequence[str] | None = None, open_window: WindowOpener | None = None,
         self_checks: SelfChecks = ()) -> int:
    """Run a sub-command; without one, hand over to `open_window` (given by `ui.launch`).
    `self_checks` are the window's own checks added to `--self-test` (also from ui)."""
    words = list(sys.argv[1:] if argv is None else argv)
    # Before the parser exists: its help and its usage errors are in this language.
    set_language(language_asked(words) or LANGUAGE.get())
    with in_language():
        parser = build_parser()
        args = parser.parse_args(words)
        cli_documents.check_verify_args(args, parser)
    if args.self_test:
        from app import self_test

        return self_test.run(self_checks)
    handler: Handler | None = getattr(args, "handler", None)
    # Imported once the arguments are known: `awrach --help` needs no database code.
    from app.services.startup import open_database
    from app.storage.database import sqlite_file
    from app.storage.sqlite_files import missing_folder_message, named_failures

    if args.db and not Path(args.db).expanduser().resolve().parent.is_dir():
        error(missing_folder_message(Path(args.db).expanduser().resolve()))
        return 1
    url = resolve_database_url(args.db)
    if handler is None:
        if open_window is None:
            with in_language():
                parser.print_help(sys.stderr)
            return 2
        return open_window(url, args.demo, args.lang)
    try:
        if args.command == "restore" and _restore_over_damaged(url, args):
            return 0
        opened = open_database(url)
        try:
            with named_failures(sqlite_file(url)):
                actor = acting_user(args, opened.db)
                return handler(args, Run(opened.db, opened.upgrade, actor))
        finally:
            opened.db.dispose()
    except DomainError as exc:
        _report(exc)
        return 1
    except OSError as exc:
        error(str(exc))
        return 1


if __name__ == "__main__":
    sys.exit(main())
