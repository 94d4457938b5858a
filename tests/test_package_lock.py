"""scripts/setup.sh waits for a busy package manager instead of failing (scripts/package-lock.sh).

apt-get is replaced by a stub on PATH that fails with apt's own "Could not get lock"
message while a lock file is held (here with flock by the test), as dpkg's lock is held
by the automatic updates on a freshly booted laptop.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# apt-get 2.x's two lines when dpkg's frontend lock is held
HELD = ("E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 "
        "(apt-get)\nE: Unable to acquire the dpkg frontend lock "
        "(/var/lib/dpkg/lock-frontend), is another process using it?")
STUB = """#!/bin/sh
echo call >> "{calls}"
flock -n "{lock}" true || {{
    printf '%s\\n' "{held}" >&2
    exit 100
}}
case "$*" in
    *missing-package*) echo "E: Unable to locate package missing-package" >&2; exit 100 ;;
esac
echo "installed: $*"
"""


@pytest.fixture
def stub(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "bin"
    folder.mkdir()
    paths = {"lock": tmp_path / "dpkg.lock", "calls": tmp_path / "calls", "bin": folder}
    paths["lock"].touch()
    script = folder / "apt-get"
    script.write_text(STUB.format(lock=paths["lock"], calls=paths["calls"], held=HELD))
    script.chmod(0o755)
    return paths


def run_with_wait(stub: dict[str, Path], *args: str, limit: int = 30
                  ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{stub['bin']}:{os.environ['PATH']}",
               AWRACH_APT_LOCK_POLL="1", AWRACH_APT_LOCK_WAIT=str(limit))
    command = 'source scripts/package-lock.sh && with_package_lock_wait "$@"'
    return subprocess.run(["bash", "-c", command, "bash", "apt-get", *args], cwd=ROOT,
                          env=env, text=True, capture_output=True, timeout=60)


def calls(stub: dict[str, Path]) -> int:
    return len(stub["calls"].read_text().splitlines()) if stub["calls"].exists() else 0


def hold(lock: Path) -> int:
    handle = os.open(lock, os.O_RDWR)
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def test_a_free_package_manager_installs_at_once(stub):
    done = run_with_wait(stub, "install", "-y", "libegl1")
    assert done.returncode == 0
    assert done.stdout.strip() == "installed: install -y libegl1"
    assert "busy" not in done.stderr
    assert calls(stub) == 1


def test_a_held_lock_is_waited_for_with_a_message_then_the_install_runs(stub):
    handle = hold(stub["lock"])

    def release_after_two_refusals() -> None:
        deadline = time.monotonic() + 30
        while calls(stub) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.close(handle)

    release = threading.Thread(target=release_after_two_refusals)
    release.start()
    try:
        done = run_with_wait(stub, "install", "-y", "libegl1")
    finally:
        release.join()
    assert done.returncode == 0, done.stderr
    assert "installed: install -y libegl1" in done.stdout
    assert "The package manager is busy: another program holds its lock" in done.stderr
    assert "Could not get lock /var/lib/dpkg/lock-frontend" in done.stderr
    assert "Waiting 1 s and trying again" in done.stderr
    assert "The package manager is free again after" in done.stderr
    assert calls(stub) >= 3  # refused twice while the lock was held, then through


def test_a_lock_held_past_the_limit_fails_with_what_to_do(stub):
    handle = hold(stub["lock"])
    try:
        done = run_with_wait(stub, "update", limit=2)
    finally:
        os.close(handle)
    assert done.returncode == 100
    assert "installed" not in done.stdout
    assert "still busy after 2 s" in done.stderr
    assert "run this command again" in done.stderr
    assert calls(stub) == 3  # at 0, 1 and 2 seconds


def test_another_failure_is_reported_at_once_without_waiting(stub):
    done = run_with_wait(stub, "install", "-y", "missing-package")
    assert done.returncode == 100
    assert "Unable to locate package missing-package" in done.stderr
    assert "busy" not in done.stderr
    assert calls(stub) == 1


def test_setup_runs_apt_get_through_the_wait():
    setup = (ROOT / "scripts" / "setup.sh").read_text()
    assert "source scripts/package-lock.sh" in setup
    apt_lines = [line.strip() for line in setup.splitlines()
                 if "apt-get update" in line or "apt-get install" in line]
    assert apt_lines and all(line.startswith("with_package_lock_wait apt-get")
                             for line in apt_lines), apt_lines
