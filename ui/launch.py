"""Console entry point `awrach`: sub-commands run headless; no sub-command opens the window."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from app import cli


def _open_window(url: str, demo: bool, lang: str | None) -> int:
    from ui.main import run_gui  # Qt is imported only when a window is wanted

    return run_gui(url, demo=demo, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen build starts the batch printer's worker processes through this executable.
    multiprocessing.freeze_support()
    from ui.self_check import qt_checks

    return cli.main(argv, open_window=_open_window, self_checks=qt_checks())


if __name__ == "__main__":
    sys.exit(main())
