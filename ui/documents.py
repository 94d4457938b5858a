"""PDF files the user asked for: where to write them, writing them off the UI thread, and
showing them in the system's viewer.

The services build the bytes and record each print in the register; every window that
prints (conventions, amendments, batches) goes through these few functions, so the file
dialog, the ".pdf" suffix and the "saved in" message behave the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.text import FSI, PDI, RLM
from ui import errors
from ui.i18n import tr
from ui.tasks import Progress, run_task


def pdf_file_name(number: str, suffix: str = "") -> str:
    """"05.301-2023-001.pdf": a convention number is a file name once its slashes go."""
    stem = re.sub(r"[^\w.-]+", "-", number).strip("-.") or "convention"
    return f"{stem}{suffix}.pdf"


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The file to write, with ".pdf" added when the user typed a bare name."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / file_name),
                                          tr("ملف PDF (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_document(path: Path) -> bool:
    """Show a PDF in the system's viewer (tests replace this); False when none opened it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def write_pdf(parent: QWidget, make_pdf: Callable[[], bytes], path: Path,
              on_written: Callable[[Path], None]) -> Progress:
    """Build a PDF off the UI thread and write it where the user chose.

    The services build the bytes and record the print in the register (which is what
    makes the file verifiable); only writing the chosen file happens here.
    """
    def work(_progress: Progress) -> Path:
        data = make_pdf()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return run_task(parent, tr("جار إعداد ملف PDF..."), work, on_written)


def say_saved(parent: QWidget, title: str) -> Callable[[Path], None]:
    return lambda path: errors.messages.info(
        parent, title, tr("حفظ الملف في:") + f"\n{RLM}{FSI}{path}{PDI}")
