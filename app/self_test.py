"""`awrach --self-test`: the program checks itself end to end, headless, and says what it did.

Made for the built bundle above all: a PyInstaller build that forgot a data file, a hidden
import or the worker processes' start-up only fails when that part is used, which on an
office laptop is the day of a signing ceremony. So the test does what a user's first day
does, from the program's own files: a new database in a temporary folder, upgraded by the
shipped migrations and filled with the shipped territory, the demo data, one convention
printed and verified against the register, then a small ceremony batch laid out by worker
processes started the way Windows starts them ("spawn"), each file verified. It never
touches the user's database or settings (both are redirected into the temporary folder).

Each check prints one line, in the language of the command line (Arabic, or French with
`--lang fr`); the first failure prints one line on stderr naming the check, and the exit
code is 1. The checks' titles are marked with QT_TR_NOOP and translated where printed, so
that the window's own checks (ui/self_check.py) are named the same way.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO

from app import settings
from app.language import QT_TR_NOOP, tr
from app.paths import fonts_dir, reference_data_dir, resources_dir, translations_dir
from app.services.actor import Actor
from app.services.startup import Database, OpenedDatabase, close_database, open_database

# One check: prints nothing itself, returns what it saw (one line) or raises.
Check = Callable[[], str]

BATCH_SIZE = 8
PRINT_DATE = date(2023, 6, 20)


class SelfTestFailure(Exception):
    """A check found something wrong; the message is Arabic, for the one failure line."""


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def run(extra_checks: Sequence[tuple[str, Check]] = (), out: TextIO | None = None,
        err: TextIO | None = None) -> int:
    """Run every check in order; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    where = tr("البرنامج المجمع") if frozen() else tr("المصادر")
    print(tr("الفحص الذاتي لمكتب أوراش ({where}: {executable})").format(
        where=where, executable=sys.executable), file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="awrach-self-test-") as folder, \
            _settings_in(Path(folder)):
        state = _State(Path(folder))
        checks = [*state.checks(), *extra_checks]
        try:
            for title, check in checks:
                try:
                    seen = check()
                except Exception as exc:  # every failure becomes the one Arabic line
                    print(tr("فشل الفحص الذاتي للبرنامج عند «{title}»: {reason}").format(
                        title=tr(title), reason=_reason(exc)), file=err, flush=True)
                    return 1
                print(tr("سليم: {title}: {seen}").format(title=tr(title), seen=seen),
                      file=out, flush=True)
        finally:
            state.close()
    print(tr("نجح الفحص الذاتي: عدد الفحوص {count} في {seconds} ثانية").format(
        count=len(checks), seconds=f"{time.perf_counter() - started:.1f}"), file=out, flush=True)
    return 0


def _reason(exc: Exception) -> str:
    """The program's own errors carry an Arabic message; anything else is named as it is."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, SelfTestFailure):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


@contextmanager
def _settings_in(folder: Path) -> Iterator[None]:
    """This computer's settings file is left alone: the test reads and writes its own."""
    kept = settings.STORE
    settings.STORE = settings.SettingsStore(folder / "settings.json")
    try:
        yield
    finally:
        settings.STORE = kept


def _shipped_files() -> str:
    from app.storage.upgrade import MIGRATIONS_DIR

    wanted = {
        "fonts": [fonts_dir() / "Amiri-Regular.ttf", fonts_dir() / "Amiri-Bold.ttf",
                  fonts_dir() / "NotoSansArabic-Regular.ttf"],
        "templates": [resources_dir() / "templates" / name
                      for name in ("convention_ar.toml", "amendment_ar.toml",
                                   "grant_agreement_ar.toml")],
        "translations": [translations_dir() / "awrach_fr.qm"],
        "territory": [reference_data_dir()],
        "migrations": [MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "versions"],
    }
    missing = [str(path) for paths in wanted.values() for path in paths if not path.exists()]
    if missing:
        raise SelfTestFailure(tr("ملفات ناقصة من البرنامج: {files}").format(
            files="، ".join(missing)))
    migrations = len(list((MIGRATIONS_DIR / "versions").glob("*.py")))
    territory = len([p for p in reference_data_dir().iterdir() if p.is_file()])
    return (tr("الخطوط والنماذج والترجمة، وعدد ملفات التقسيم الترابي {territory}، وعدد "
               "مراجعات البنية {migrations}، في {folder}")
            .format(territory=territory, migrations=migrations, folder=resources_dir().parent))


class _State:
    """What one check leaves for the next: the database, the demo's administrator."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "self-test.sqlite"
        self.opened: OpenedDatabase | None = None
        self.actor: Actor | None = None

    def checks(self) -> list[tuple[str, Check]]:
        return [
            (QT_TR_NOOP("ملفات البرنامج"), _shipped_files),
            (QT_TR_NOOP("قاعدة بيانات جديدة"), self.new_database),
            (QT_TR_NOOP("المعطيات التجريبية"), self.demo_data),
            (QT_TR_NOOP("اتفاقية واحدة مطبوعة ومتحقق منها"), self.one_convention),
            (QT_TR_NOOP("دفعة اتفاقيات في عمليات متوازية"), self.batch),
        ]

    def new_database(self) -> str:
        from app.services import territory
        from app.storage.upgrade import head_revision

        opened = open_database(f"sqlite:///{self.path}")
        self.opened = opened
        result = opened.upgrade
        if result.from_revision is not None or result.to_revision != head_revision():
            raise SelfTestFailure(tr("لم ترق قاعدة البيانات الجديدة إلى المراجعة {head} "
                                     "(وصلت إلى {revision}).").format(
                head=head_revision(), revision=result.to_revision))
        communes = len(territory.list_communes(opened.db))
        if communes < 1500:
            raise SelfTestFailure(tr("لم تحمل لائحة الجماعات كاملة (عدد الجماعات {count} "
                                     "فقط).").format(count=communes))
        return (tr("{path} رقيت من الصفر إلى المراجعة {revision}، وعدد الجماعات المحملة "
                   "{communes}").format(path=self.path, revision=result.to_revision,
                                         communes=communes))

    @property
    def db(self) -> Database:
        assert self.opened is not None, "the database check runs first"
        return self.opened.db

    def demo_data(self) -> str:
        from app.services import demo

        actor = demo.demo_administrator(self.db)
        if actor is None:
            raise SelfTestFailure(tr("تعذر إنشاء حساب المدير في قاعدة البيانات الجديدة."))
        self.actor = actor
        return demo.build_demo(self.db, actor).describe()

    def _draw_up(self, count: int) -> list[uuid.UUID]:
        from app.services import conventions, programme

        edition = programme.find_edition(self.db, 2023)
        assert edition.id is not None
        waiting = conventions.proposals_without_convention(self.db, edition.id)[:count]
        if len(waiting) < count:
            raise SelfTestFailure(tr("عدد المشاريع المنتقاة بلا اتفاقية في المعطيات التجريبية "
                                     "أقل من {count}.").format(count=count))
        assert self.actor is not None, "the demo check runs first"
        return conventions.draw_up(self.db, self.actor, [pid for pid, _, _ in waiting],
                                   on=PRINT_DATE)

    def _print_and_verify(self, ids: list[uuid.UUID], out: Path) -> list[Path]:
        from app.services import conventions, printed

        assert self.actor is not None, "the demo check runs first"
        result = conventions.print_batch(self.db, self.actor, ids, out, one_file=False)
        if result.refused or len(result.files) != len(ids):
            raise SelfTestFailure(tr("طبعت {printed} من {count} اتفاقية: {refused}").format(
                printed=len(result.files), count=len(ids),
                refused="، ".join(f"{n}: {why}" for n, why in result.refused)))
        for path in result.files:
            data = path.read_bytes()
            if not data.startswith(b"%PDF") or b"Amiri" not in data:
                raise SelfTestFailure(tr("الملف {file} ليس وثيقة PDF بخط أميري.").format(
                    file=path.name))
            verdict = printed.verify_pdf(self.db, path)
            if not verdict.matches or verdict.kind != "convention":
                raise SelfTestFailure(f"{path.name}: {verdict.message}")
        return result.files

    def one_convention(self) -> str:
        from app.services import printed

        [path] = self._print_and_verify(self._draw_up(1), self.folder / "one")
        verdict = printed.verify_pdf(self.db, path)
        return (tr("الملف {file} ({size} بايت) هو الاتفاقية {reference} في صيغتها {version} "
                   "المسجلة").format(file=path.name, size=path.stat().st_size,
                                     reference=verdict.reference, version=verdict.version))

    def batch(self) -> str:
        from app.documents import batch

        ids = self._draw_up(BATCH_SIZE)
        with _environment({batch.FORCE_PROCESSES: "2", batch.START_METHOD: "spawn"}):
            before = batch.last_pool()
            files = self._print_and_verify(ids, self.folder / "batch")
            pool = batch.last_pool()
        if pool is None or pool is before:
            raise SelfTestFailure(tr("لم تبدأ عمليات الطباعة المتوازية."))
        if pool.start_method != "spawn" or pool.frozen != frozen():
            raise SelfTestFailure(tr("بدأت عمليات الطباعة بطريقة {method} (مجمد: {frozen}) بدل "
                                     "spawn.").format(method=pool.start_method,
                                                      frozen=pool.frozen))
        return (tr("عدد الملفات المتحقق منها {files}، أعدتها {workers} عمليات متوازية بطريقة "
                   "{method} (رقم العملية {pid}، {kind} {executable})").format(
                    files=len(files), workers=pool.workers, method=pool.start_method,
                    pid=pool.worker_pid, kind="frozen" if pool.frozen else "python",
                    executable=pool.executable))

    def close(self) -> None:
        if self.opened is not None:
            close_database(self.opened.db)
            self.opened = None


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    kept = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in kept.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
