"""The lines that every `awrach` sub-command prints the same way (a file saved, an error),
so that they read alike in Arabic and in French whichever command prints them."""

from __future__ import annotations

import sys
from pathlib import Path

from app.language import tr


def error(message: str) -> None:
    """One line on stderr: what is wrong, naming the file or the field."""
    print(tr("خطأ: {message}").format(message=message), file=sys.stderr)


def saved(path: Path | str) -> None:
    print(tr("تم حفظ الملف: {path}").format(path=path))


def rows_saved(count: int, path: Path | str) -> None:
    print(tr("عدد الأسطر المحفوظة: {count}، في الملف {path}").format(path=path, count=count))
