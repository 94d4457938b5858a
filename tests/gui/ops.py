"""Tests drive the UI as a user does, then wait for the writer before they look."""

from __future__ import annotations

from typing import Any

from ui import tasks

# A test waits as long as the work takes: on a machine shared with other test processes
# (pytest-xdist, CI) a package import has taken more than the window's own 30 s.
PATIENCE = 300.0


def settle() -> None:
    tasks.settle(PATIENCE)


def saved(dialog: Any) -> bool | None:
    """Press Save and wait: True when the service accepted the record."""
    dialog.try_save()
    settle()
    return dialog.outcome


def done(result: Any = None) -> Any:
    """Wait for what an action queued (and its callbacks) before checking what it did."""
    settle()
    return result


def elsewhere(work: Any) -> Any:
    """A write made by another page: through the writer, announced, then waited for."""
    from ui.tasks import run_op

    outcome: dict[str, Any] = {}
    run_op(None, work, lambda result: outcome.setdefault("result", result),
           lambda exc: outcome.setdefault("error", exc))
    settle()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
