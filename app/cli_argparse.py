"""argparse in the interface language: its own fixed words, its usage errors as one line.

argparse writes its fixed strings (the section titles, "show this help message and exit",
"the following arguments are required: %s", "invalid choice: ...") through the `gettext`
and `ngettext` names it imported into its own module, and has no other hook for them. A
compiled .mo catalog would go through the process-wide "messages" domain and the LANGUAGE
environment variable, shared with anything else in the process that calls gettext. So,
while `awrach` builds and runs its parser, `in_language()` points those two names at the
Arabic templates below, written with `tr` so that French comes from i18n/awrach_fr.ts like
every other message, and puts argparse's own back afterwards: pytest's or another tool's
argparse in the same process stays as it was. A string a newer Python adds and this table
does not know stays English rather than failing.

`Parser.error` turns a usage error into the one stderr line every `awrach` error is
(`app.cli_lines.error`), with argparse's exit code 2, instead of its usage block; the usage
line of a help is put on a line of its own under its Arabic title, so the Latin command
reads left to right whatever the terminal does with the Arabic around it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from app.cli_lines import error
from app.domain.text import LRM
from app.language import LANGUAGES, tr

PLACEHOLDER = re.compile(r"%(\(\w+\))?[sr]")


def _fixed() -> dict[str, str]:
    """argparse's message ids (as in its source) → the same message in the current language.

    Every template keeps argparse's %-placeholders (a %r may become %s: the value is shown
    between «» instead of Python quotes). What argparse puts in them is mostly Latin (option
    names, choices, what was typed): a left-to-right mark before each keeps a list such as
    "--province, --posts" whole inside a right-to-left line."""
    return {msgid: PLACEHOLDER.sub(lambda found: LRM + found.group(0), text)
            for msgid, text in _templates().items()}


def _templates() -> dict[str, str]:
    return {
        "positional arguments": tr("الوسائط"),
        "options": tr("الخيارات"),
        "show this help message and exit": tr("عرض هذه المساعدة"),
        "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
        "unrecognized arguments: %s": tr("غير معروف: %s"),
        "the following arguments are required: %s": tr("مطلوب ولم يذكر: %s"),
        "one of the arguments %s is required": tr("اذكر واحدا من: %s"),
        "not allowed with argument %s": tr("لا يجتمع مع %s"),
        "ignored explicit argument %r": tr("لا يأخذ قيمة، وأعطي «%s»"),
        "expected one argument": tr("تنقصه قيمة"),
        "expected at most one argument": tr("يأخذ قيمة واحدة على الأكثر"),
        "expected at least one argument": tr("تنقصه قيمة على الأقل"),
        "expected %s argument": tr("عدد القيم المنتظرة: %s"),
        "expected %s arguments": tr("عدد القيم المنتظرة: %s"),
        "ambiguous option: %(option)s could match %(matches)s":
            tr("خيار ملتبس %(option)s، قد يعني: %(matches)s"),
        "unexpected option string: %s": tr("خيار في غير موضعه: %s"),
        "invalid %(type)s value: %(value)r": tr("القيمة «%(value)s» غير صحيحة"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            tr("القيمة «%(value)s» غير مقبولة؛ اختر من: %(choices)s"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            tr("الأمر «%(parser_name)s» غير معروف؛ الأوامر: %(choices)s"),
    }


@contextmanager
def in_language() -> Iterator[None]:
    """argparse speaks the current language (`app.language`) inside the block."""
    table = _fixed()
    kept = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return table.get(singular if count == 1 else plural,
                         singular if count == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = kept  # type: ignore[attr-defined]


def language_asked(argv: Sequence[str]) -> str | None:
    """The `--lang` of a command line, read before its parser is built (the help it
    prints is in that language); the last one wins, as in argparse."""
    found = None
    for at, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and at + 1 < len(argv):
            value = argv[at + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            found = value
    return found


class Formatter(argparse.HelpFormatter):
    """The usage on a line of its own under its title: an Arabic title on the line of a
    Latin command line would turn that line right to left in a bidi terminal."""

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[Any], prefix: str | None) -> str:
        if prefix is not None:
            return super()._format_usage(usage, actions, groups, prefix)
        return tr("الاستعمال:") + "\n" + super()._format_usage(usage, actions, groups, "")

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """A description's lines that start with a space are a table, kept as written
        (argparse would run them into one paragraph); the others are wrapped."""
        return "\n".join(indent + line if line.startswith(" ")
                         else super(Formatter, self)._fill_text(line, width, indent)
                         for line in text.splitlines())


class _SubParsers(argparse._SubParsersAction):
    """A sub-command's own `--help` starts with what it does: its line in the list above."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs.setdefault("description", kwargs.get("help"))
        return super().add_parser(name, **kwargs)


class Parser(argparse.ArgumentParser):
    """`awrach`'s parser and, through argparse's `parser_class`, each of its sub-parsers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _SubParsers)

    def error(self, message: str) -> NoReturn:
        error(f"{self.prog}: {message}")
        self.exit(2)

