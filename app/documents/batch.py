"""Printing a batch of conventions: one PDF each, or one file to print in one go.

Called by the UI and the CLI from a worker thread. The work is CPU-bound ReportLab code,
so threads would not help. Two processes pay only when a second core is really free and
the batch is long enough to repay starting them (each imports ReportLab and loads Amiri,
about a third of a second): on a shared or busy two-core laptop they were slower than one
(x0.78). So the batch measures before it decides: it lays the first convention out here,
and starts workers only if the time that saves on the rest, with the cores the load
average leaves idle, beats what starting them costs (`processes_pay`).

Processes are started with "forkserver" where it exists (a fork of this process would
copy the Qt threads' locks in an unknown state) and "spawn" elsewhere. The fork server
lays a convention out before it forks anything (batch_warmup), so each worker's first
convention costs about what the others do (30 ms of CPU, not 100), and it is started
ahead, off the GUI thread, when a user is about to print (`start_workers_ahead`): a pool
then starts in two forks (25-90 ms) instead of 0.3-0.6 s. A frozen
(PyInstaller) build always uses "spawn", the only method Windows has, so the bundle
built and self-tested on Linux (`awrach --self-test`) starts its workers as the Windows
one does; it must call multiprocessing.freeze_support() first thing in main
(`ui.launch.main`), which turns the re-started executable into a worker.

One-file mode lays all conventions out in one document (page.render_many): each keeps
its letterhead, its QR code and its own "الصفحة 1 من N". ReportLab cannot lay out one
document in several processes, so that mode always runs here.
"""

from __future__ import annotations

import contextvars
import multiprocessing
import multiprocessing.connection
import os
import queue
import re
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable

from app.documents.convention import (
    build_convention,
    convention_mark,
    convention_setup,
    convention_story,
)
from app.documents.convention_template import ConventionTemplate, load_template
from app.documents.page import PageSetup, render_many
from app.domain.conventions import ConventionContent
from app.errors import FieldError, ValidationError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Records files before they are made final, several at a time in one step: each file
# as (the conventions it holds, its bytes).
Register = Callable[[Sequence[tuple[Sequence[ConventionContent], bytes]]], None]

MAX_WORKERS = 2
# Files registered in one step at most: each step is a commit that waits for the disk.
GROUP = 4
# What starting a pool costs, in seconds, until one was measured in this process: with
# "spawn" (each worker imports ReportLab and loads the fonts), or with "forkserver" when
# the fork server must start too (it imports them and warms itself: batch_warmup).
POOL_START_SECONDS = 0.6
# Starting a pool from a fork server that is ready: two forks (measured 25-90 ms).
WARM_POOL_START_SECONDS = 0.06
# A convention's layout, to decide before the first one is laid out (measured 20-25 ms).
TYPICAL_SECONDS_EACH = 0.025
FORCE_PROCESSES = "AWRACH_BATCH_PROCESSES"
# "spawn" forces Windows' start method on any system (the self-test and its tests use it).
START_METHOD = "AWRACH_BATCH_START"
_measured_pool_start: list[float] = []  # every pool's, a fork server's start included
_warm_pool_start: list[float] = []  # pools started from a fork server that was ready
# When this process's fork server is ready (time.perf_counter()), or expected to be.
_server_ready: list[float] = []
_ahead = threading.Lock()
# The fork server imports it, which lays out a convention: its workers start warm.
WARM_UP_MODULE = "app.documents.batch_warmup"


@dataclass(frozen=True)
class PoolStarted:
    """What the last pool of workers was, as seen from one of its workers."""

    start_method: str
    workers: int
    worker_pid: int
    frozen: bool
    executable: str


_pools: list[PoolStarted] = []


def last_pool() -> PoolStarted | None:
    """The last pool a batch started in this process (None before any): how the
    self-test knows the workers really ran, and how they were started."""
    return _pools[-1] if _pools else None

_HAMZA_FORMS = str.maketrans("أإآٱىة", "اااايه")


def batch_order(content: ConventionContent) -> tuple[str, list[tuple[int, int, str]]]:
    """By first commune (Arabic alphabetical: hamza forms sort with alef), then number
    with its digits compared as numbers ("2023/9" before "2023/10")."""
    commune = content.worksite.communes[0] if content.worksite.communes else ""
    parts = re.split(r"(\d+)", content.number)
    number = [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts]
    return unicodedata.normalize("NFC", commune).translate(_HAMZA_FORMS), number


def file_name(content: ConventionContent) -> str:
    """"05.301-2023-015.pdf" (v2 and later: "05.301-2023-015_v2.pdf")."""
    stem = re.sub(r"[^\w.-]+", "-", content.number, flags=re.UNICODE).strip("-.") or "convention"
    return f"{stem}_v{content.version}.pdf" if content.version > 1 else f"{stem}.pdf"


def build_batch(
    contents: Sequence[ConventionContent],
    out: Path,
    *,
    one_file: bool,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int = MAX_WORKERS,
    template: ConventionTemplate | None = None,
    audit_heads: Mapping[str, tuple[int, str]] | None = None,
    register: Register | None = None,
) -> list[Path]:
    """Write the conventions (QR-marked) and return the files written, in batch order.

    `out` is a folder (one PDF per convention) or, with `one_file`, the PDF to write.
    `cancelled` is asked between documents; a cancelled batch returns the files finished
    so far (in one-file mode: nothing). Every file appears complete or not at all.
    `audit_heads` gives, by content SHA-256, the head of the audit chain each one carries.
    `register` is called with the files' conventions and bytes once their bytes are on
    disk under temporary names and before those names become the final ones: a batch
    killed at any point leaves no PDF that the register does not know. It gets the
    files that are ready together (at most GROUP), one step for several.
    """
    template = template or load_template()
    ordered = sorted(contents, key=batch_order)
    _check_all(ordered, template)
    report = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    if not ordered:
        return []
    heads = [(audit_heads or {}).get(content.content_sha256()) for content in ordered]
    record: Register = register or (lambda files: None)
    if one_file:
        return _one_file(ordered, heads, out, template, report, stop, record)
    out.mkdir(parents=True, exist_ok=True)
    targets = _targets(ordered, out)
    writer = _Writer(record, report, len(ordered))
    try:
        for index, (content, head, target) in enumerate(zip(ordered, heads, targets,
                                                            strict=True)):
            if stop():
                break
            started = time.perf_counter()
            data = build_convention(content, template, convention_mark(content, head))
            writer.put(target, data, [content])
            rest = len(ordered) - index - 1
            if index == 0 and rest:
                count = processes_pay(rest, time.perf_counter() - started, workers)
                if count > 1:
                    _in_processes(ordered[1:], heads[1:], targets[1:], template, count, stop,
                                  writer)
                    break
    finally:
        done = writer.finish()
    return [target for target in targets if target in done]


def idle_cores() -> float:
    """Cores this process may use that the rest of the machine leaves idle, counting this
    process's own work as available (it is about to hand it over)."""
    usable = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
              else os.cpu_count() or 1)
    try:
        load = os.getloadavg()[0]
    except (OSError, AttributeError):  # Windows: no load average; trust the core count
        return float(usable)
    return max(0.0, min(float(usable), usable - load + 1))


def processes_pay(documents: int, seconds_each: float, workers: int = MAX_WORKERS) -> int:
    """How many processes to lay out `documents` more conventions with, from the time the
    first one took here: more than one only if the time saved beats starting the pool.
    AWRACH_BATCH_PROCESSES (1 or 2) overrides the choice: for a machine the measure
    misjudges, and for tests of either path."""
    forced = os.environ.get(FORCE_PROCESSES, "").strip()
    if forced.isdigit():
        return max(1, min(int(forced), workers, MAX_WORKERS))
    count = min(workers, MAX_WORKERS, int(idle_cores() + 0.5))
    if count < 2:
        return 1
    start = pool_start_estimate()
    alone = documents * seconds_each
    # While the workers start, this process lays documents out itself. In two processes
    # a document costs the machine about a tenth more CPU than in one (measured from a
    # warm fork server: 21-22 ms against 19-20; about 0.8 of it writing and fsyncing the
    # file here, which would cost a worker as much: its bytes travel back for 0.07 ms).
    meanwhile = min(start, alone)
    shared = (meanwhile + (alone - meanwhile) / count + documents * 0.1 * seconds_each)
    return count if shared < 0.9 * alone else 1


def pool_start_estimate() -> float:
    """Seconds from opening a pool until its first worker answers, as last measured: from
    a fork server that is ready, two forks, plus what is left of its warm-up if it was
    started ahead (`start_workers_ahead`) and is still warming; otherwise a whole start."""
    if _server_ready and _forking():
        waiting = max(0.0, _server_ready[-1] - time.perf_counter())
        return waiting + (_warm_pool_start[-1] if _warm_pool_start else WARM_POOL_START_SECONDS)
    return _measured_pool_start[-1] if _measured_pool_start else POOL_START_SECONDS


def start_workers_ahead(documents: int = 60) -> bool:
    """Start the fork server now, for a batch of about `documents` conventions to come:
    it imports ReportLab and lays a convention out (batch_warmup) in about 0.6 s of its own,
    time a batch would otherwise wait for, or lay out alone, before its workers help.

    For when a user is about to print (the conventions page shown, the CLI's batch
    print), called off the GUI thread: here it costs a few milliseconds (starting one
    process). Does nothing and returns False where no worker would be forked from it:
    "spawn" (a frozen build, Windows, AWRACH_BATCH_START=spawn: every worker starts from
    nothing anyway), or a batch that would run in one process (one free core, a small
    batch, AWRACH_BATCH_PROCESSES=1). The server ends with this process, however it ends
    (it stops when the pipe this process holds closes), and so do the workers.
    """
    if not _forking() or processes_pay(max(0, documents - 1), TYPICAL_SECONDS_EACH) < 2:
        return False
    import multiprocessing.forkserver as forkserver  # POSIX only, like "forkserver"

    with _ahead:
        _context()  # names the warm-up as the server's preload
        forkserver.ensure_running()
        if not _server_ready:
            _server_ready.append(time.perf_counter() + POOL_START_SECONDS)
    return True


def _check_all(contents: Sequence[ConventionContent], template: ConventionTemplate) -> None:
    """Every convention checked before the first file is written: a batch of 100 must
    not stop at the 60th on a missing RIB."""
    errors: list[FieldError] = []
    for content in contents:
        problems = content.problems()
        if content.template_sha256 and content.template_sha256 != template.sha256:
            problems.append(FieldError("template_sha256", "حررت بنص نموذج مختلف عن النص الحالي."))
        errors += [FieldError(problem.field, f"الاتفاقية {content.number}: {problem.message}",
                              problem.rule) for problem in problems]
    if errors:
        raise ValidationError(errors)


def _targets(contents: Sequence[ConventionContent], folder: Path) -> list[Path]:
    names: list[Path] = []
    taken: set[str] = set()
    for content in contents:
        name = file_name(content)
        stem, suffix = name[:-4], 2
        while name in taken:
            name, suffix = f"{stem}-{suffix}.pdf", suffix + 1
        taken.add(name)
        names.append(folder / name)
    return names


def _write(target: Path, data: bytes, before_final: Callable[[], None] = lambda: None
           ) -> None:
    """Through a temporary file in the same folder, so a reader never sees half a PDF;
    `before_final` runs (registers the file) between the two. The temporary name is
    fixed per target, so a batch killed in between leaves at most a few hidden ".part"
    files (one register step's), which the next print of the same convention replaces."""
    _write_group([(target, data)], before_final)


def _write_group(files: Sequence[tuple[Path, bytes]], before_final: Callable[[], None]
                 ) -> None:
    """`_write` for several files with one `before_final` (one register step) for all:
    every file is on disk under its temporary name before it, none has its final name
    before it returned."""
    temporaries = [target.with_name(f".{target.name}.part") for target, _ in files]
    try:
        for temporary, (_, data) in zip(temporaries, files, strict=True):
            with open(temporary, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        before_final()
        for temporary, (target, _) in zip(temporaries, files, strict=True):
            os.replace(temporary, target)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise


class _Writer:
    """Writes, registers and names each file on a thread of its own, in the batch's
    order, while the next convention is laid out: writing to the disk, waiting for it
    (fsync) and the register's commit (which waits for the disk too) leave the
    processor idle, about a fifth of a document's time on this kind of laptop.

    Each file still goes through `_write` (temporary name, register, final name), so a
    batch killed at any moment leaves only registered PDFs; at most two documents wait
    in memory. The thread runs in the caller's context, so the changes the register
    makes are reported to the caller as if it had written them itself. Progress is
    reported from the caller's thread, once a file has its final name.
    """

    def __init__(self, record: Register, report: Progress, total: int) -> None:
        self.record, self.report, self.total = record, report, total
        self.done: list[Path] = []
        self.reported = 0
        self.failure: BaseException | None = None
        self.queue: queue.Queue[tuple[Path, bytes, list[ConventionContent]] | None] = (
            queue.Queue(maxsize=2))
        context = contextvars.copy_context()
        self.thread = threading.Thread(target=context.run, args=(self._run,),
                                       name="batch-writer", daemon=True)
        self.thread.start()

    def put(self, target: Path, data: bytes, contents: list[ConventionContent]) -> None:
        """Hand a document over (waits while two are already waiting)."""
        if self.failure is not None:
            raise self.failure
        self.queue.put((target, data, contents))
        self.tell()

    def tell(self) -> None:
        """Report the files that got their final name since the last report."""
        finished = len(self.done)
        while self.reported < finished:
            self.reported += 1
            self.report(self.reported, self.total)

    def finish(self) -> list[Path]:
        """Wait for the documents handed over; the files made final, in batch order."""
        self.queue.put(None)
        self.thread.join()
        if self.failure is not None:
            raise self.failure
        self.tell()
        return list(self.done)

    def _run(self) -> None:
        last = False
        while not last:
            item = self.queue.get()
            if item is None:
                return
            group = [item]
            while len(group) < GROUP:  # the documents already waiting go in the same step
                try:
                    waiting = self.queue.get_nowait()
                except queue.Empty:
                    break
                if waiting is None:
                    last = True
                    break
                group.append(waiting)
            if self.failure is not None:
                continue  # the batch stops: what is left is not written
            try:
                _write_group([(target, data) for target, data, _ in group],
                             partial(self.record, [(contents, data)
                                                   for _, data, contents in group]))
                self.done.extend(target for target, _, _ in group)
            except BaseException as exc:  # handed to the caller's thread by put/finish
                self.failure = exc


# -- in worker processes --------------------------------------------------------------------

_worker_template: ConventionTemplate | None = None


def _die_with_parent() -> None:
    """A worker ends when the process that started it ends, however it ends (killed,
    crashed): otherwise a killed batch leaves workers of 200 MB running.

    The parent's sentinel (a pipe end on POSIX, the process handle on Windows) is ready
    once the parent is gone, with any start method; a daemon thread waits on it. (Linux's
    parent-death signal would not do: with "forkserver" the parent is the fork server,
    which outlives a killed batch, and with "spawn" it fires when the starting thread
    ends.) Layout is Python code, which gives the watching thread its turn within 5 ms.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start_worker(template: ConventionTemplate) -> None:
    global _worker_template
    _die_with_parent()
    _worker_template = template


def _build(content: ConventionContent, head: tuple[int, str] | None) -> bytes:
    assert _worker_template is not None
    return build_convention(content, _worker_template, convention_mark(content, head))


def _worker_identity() -> tuple[int, bool, str]:
    return os.getpid(), bool(getattr(sys, "frozen", False)), sys.executable


def _forking() -> bool:
    """Whether workers are forked from a fork server (else spawned)."""
    spawn = getattr(sys, "frozen", False) or os.environ.get(START_METHOD) == "spawn"
    return not spawn and "forkserver" in multiprocessing.get_all_start_methods()


def _context() -> multiprocessing.context.BaseContext:
    if _forking():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([WARM_UP_MODULE])
        return context
    return multiprocessing.get_context("spawn")


def _in_processes(contents: Sequence[ConventionContent],
                  heads: Sequence[tuple[int, str] | None], targets: Sequence[Path],
                  template: ConventionTemplate, workers: int, stop: Cancelled,
                  writer: _Writer) -> None:
    """Workers lay the documents out and send back their bytes; this process writes,
    registers and names each file (`writer`), so no file is final before it is
    registered.

    Starting the workers takes about half a second (a process, then ReportLab and the
    fonts in it): meanwhile this process lays out the batch's last documents itself,
    taking back each one no worker has picked up yet, so that time is not lost."""
    opened = time.perf_counter()
    context = _context()
    forking = context.get_start_method() == "forkserver"
    server_was_ready = forking and bool(_server_ready) and _server_ready[-1] <= opened
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_start_worker, initargs=(template,)) as executor:
        started = executor.submit(_worker_identity)
        jobs: dict[Future[bytes], tuple[ConventionContent, Path]] = {
            executor.submit(_build, content, head): (content, target)
            for content, head, target in zip(contents, heads, targets, strict=True)
        }
        pending: set[Future[bytes]] = set(jobs)
        taken_back = list(zip(jobs, heads, strict=True))
        try:
            while taken_back and not started.done() and not stop():
                future, head = taken_back.pop()
                if not future.cancel():  # a worker has it already
                    break
                pending.discard(future)
                content, target = jobs[future]
                writer.put(target, build_convention(content, template,
                                                    convention_mark(content, head)), [content])
            pid, frozen, executable = started.result()
            answered = time.perf_counter()
            _measured_pool_start.append(answered - opened)  # what starting cost
            if server_was_ready:
                _warm_pool_start.append(answered - opened)
            elif forking:  # it answered: ready from now on
                _server_ready.append(answered)
            _pools.append(PoolStarted(context.get_start_method(), workers, pid, frozen,
                                      executable))
            while pending:
                if stop():
                    executor.shutdown(wait=False, cancel_futures=True)
                    break
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    content, target = jobs[future]
                    writer.put(target, future.result(), [content])
                writer.tell()
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise


# -- one file ---------------------------------------------------------------------------------


class _Stop(Exception):
    """Raised inside the layout when the user cancels between two conventions."""


class _Milestone(Flowable):
    """Takes no room; drawn when the layout reaches the end of a convention."""

    def __init__(self, on_reach: Callable[[], None]) -> None:
        super().__init__()
        self.on_reach = on_reach
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.on_reach()


def _one_file(contents: Sequence[ConventionContent], heads: Sequence[tuple[int, str] | None],
              out: Path, template: ConventionTemplate, report: Progress, stop: Cancelled,
              record: Register) -> list[Path]:
    total = len(contents)
    if stop():
        return []

    def reached(index: int) -> Callable[[], None]:
        def on_reach() -> None:
            if index < total:  # the last one is reported once the file is written
                report(index, total)
            if stop():
                raise _Stop

        return on_reach

    documents: list[tuple[Sequence[Flowable], PageSetup]] = []
    for index, (content, head) in enumerate(zip(contents, heads, strict=True), start=1):
        story = convention_story(content, template)
        story.append(_Milestone(reached(index)))
        documents.append((story, convention_setup(content, template,
                                                  convention_mark(content, head))))
    title = f"{template.wording.title} ({total})"
    try:
        data = render_many(documents, title=title)
    except _Stop:
        return []
    out.parent.mkdir(parents=True, exist_ok=True)
    _write(out, data, lambda: record([(contents, data)]))
    report(total, total)
    return [out]
