"""The batch's worker processes start warm, from a fork server started ahead of the print
(issue 11, part 9), and print exactly the bytes one process prints (a signed paper is
verified on its bytes)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from app.documents import batch
from app.documents.batch import build_batch
from app.documents.batch_warmup import sample_convention
from app.documents.convention import build_convention, convention_mark
from app.documents.convention_template import load_template
from tests.test_batch_kills import alive, descendants
from tests.test_convention_document import batch_of

forkserver = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                reason="no fork server on this system")


def warm_before_any_job() -> tuple[bool, bool]:
    """Run in a worker as its first job: whether the fonts were registered and the
    warm-up convention laid out before it was given anything to do."""
    from app.documents import fonts

    warmup = sys.modules.get(batch.WARM_UP_MODULE)
    return fonts._registered, bool(warmup is not None and warmup.warmed)


@forkserver
def test_workers_start_warm_and_print_the_bytes_one_process_prints(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.START_METHOD, raising=False)
    template = load_template()
    contents = batch_of(4) + [sample_convention()]
    heads = [None, (7, "ab" * 32), None, None, None]
    alone = [build_convention(content, template, convention_mark(content, head))
             for content, head in zip(contents, heads, strict=True)]
    context = batch._context()
    assert context.get_start_method() == "forkserver"
    with ProcessPoolExecutor(1, mp_context=context, initializer=batch._start_worker,
                             initargs=(template,)) as executor:
        assert executor.submit(warm_before_any_job).result() == (True, True)
        in_worker = list(executor.map(batch._build, contents, heads))
    assert in_worker == alone


@forkserver
def test_a_batch_in_warm_workers_writes_the_files_one_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.START_METHOD, raising=False)
    contents = batch_of(12)
    monkeypatch.setenv(batch.FORCE_PROCESSES, "1")
    alone = build_batch(contents, tmp_path / "one", one_file=False)
    monkeypatch.setenv(batch.FORCE_PROCESSES, "2")
    assert batch.start_workers_ahead(12)
    together = build_batch(contents, tmp_path / "two", one_file=False)
    pool = batch.last_pool()
    assert pool is not None and pool.start_method == "forkserver"
    assert [p.name for p in together] == [p.name for p in alone]
    assert [p.read_bytes() for p in together] == [p.read_bytes() for p in alone]


def test_a_ready_server_makes_processes_pay_sooner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.FORCE_PROCESSES, raising=False)
    monkeypatch.delenv(batch.START_METHOD, raising=False)
    monkeypatch.setattr(batch, "idle_cores", lambda: 2.0)
    monkeypatch.setattr(batch, "_forking", lambda: True)
    monkeypatch.setattr(batch, "_measured_pool_start", [0.5])
    monkeypatch.setattr(batch, "_warm_pool_start", [])
    monkeypatch.setattr(batch, "_server_ready", [])
    assert batch.processes_pay(10, 0.05) == 1  # a whole start costs what it saves
    batch._server_ready.append(time.perf_counter())  # a warm server: two forks
    assert batch.pool_start_estimate() == batch.WARM_POOL_START_SECONDS
    assert batch.processes_pay(10, 0.05) == 2
    batch._server_ready.append(time.perf_counter() + 0.5)  # still warming up
    assert batch.pool_start_estimate() > 0.45
    assert batch.processes_pay(10, 0.05) == 1
    monkeypatch.setattr(batch, "_forking", lambda: False)  # spawn: every start is whole
    assert batch.pool_start_estimate() == 0.5


def run_python(code: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code], env={**os.environ, **env},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def gone(family: set[int], within: float = 10) -> list[int]:
    """The processes of `family` still alive after waiting up to `within` seconds."""
    deadline = time.monotonic() + within
    while any(alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [pid for pid in family if alive(pid)]


# Starts the server ahead, says whether it did, and ends when told to (a line on stdin).
AHEAD = (
    "import sys\n"
    "from app.documents import batch\n"
    "print(batch.start_workers_ahead(60), flush=True)\n"
    "sys.stdin.readline()\n"
)


@forkserver
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for processes")
@pytest.mark.parametrize("ending", ["exits", "killed"])
def test_the_server_started_ahead_ends_with_its_process(ending: str) -> None:
    child = run_python(AHEAD, AWRACH_BATCH_PROCESSES="2", AWRACH_BATCH_START="")
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "True"
    family = descendants(child.pid)
    servers = [pid for pid in family if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert servers, "a fork server was started"
    assert batch.WARM_UP_MODULE.encode() in Path(f"/proc/{servers[0]}/cmdline").read_bytes()
    if ending == "killed":
        time.sleep(0.2)  # the server is warming up
        child.send_signal(signal.SIGKILL)
    child.communicate("quit\n", timeout=30)
    assert not gone(family), "the fork server outlived the process that started it"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for processes")
@pytest.mark.parametrize("env", [{"AWRACH_BATCH_START": "spawn", "AWRACH_BATCH_PROCESSES": "2"},
                                 {"AWRACH_BATCH_START": "", "AWRACH_BATCH_PROCESSES": "1"}])
def test_nothing_is_started_ahead_where_no_worker_would_fork(env: dict[str, str]) -> None:
    child = run_python(AHEAD, **env)
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "False"
    assert not descendants(child.pid)
    child.communicate("quit\n", timeout=30)
