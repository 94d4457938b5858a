"""`awrach ... --help` and the usage errors in the interface language: Arabic first, French
with `--lang fr`, argparse's own words included; every sub-command found by walking the
parser, so a new one is checked without being listed here."""

from __future__ import annotations

import argparse
import re

import pytest

from app import language
from app.cli import build_parser, main
from app.cli_argparse import in_language, language_asked
from app.settings import LANGUAGE

ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ENGLISH = ("show this help", "usage:", "options:", "positional arguments", "required",
           "error:", "invalid", "unrecognized", "expected")
# An option or a sub-command too long for argparse's left column stands alone on its line
# (indented 2 or 4), its help on the next.
LONE_NAME = re.compile(r" {2,4}\S+( \S+)*")
# An option's or a sub-command's line: its Latin column, then two spaces, then the help.
LEFT_COLUMN = re.compile(r"^\s*(?:\S.*?\s{2,})?")


@pytest.fixture(autouse=True)
def _arabic_again(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")  # a terminal's width, as on a laptop
    yield
    language.set_language("ar")


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command line that has a help of its own: () for `awrach`, then each sub-parser."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def all_commands() -> list[tuple[str, ...]]:
    with in_language():
        return list(commands(build_parser()))


def help_of(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert caught.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_the_walk_finds_every_sub_command():
    found = all_commands()
    assert len(found) > 50
    for path in [(), ("quotas", "set"), ("beneficiaries", "import"), ("grants", "amend"),
                 ("package", "resolve"), ("worksite", "visit-edit"), ("audit", "verify")]:
        assert path in found


@pytest.mark.parametrize("path", all_commands(), ids=" ".join)
def test_every_help_is_arabic_with_latin_only_where_it_is_typed(capsys, path):
    out = help_of(capsys, list(path))
    assert ARABIC.search(out)
    assert out.startswith("الاستعمال:\nawrach")
    assert "عرض هذه المساعدة" in out and "الخيارات:" in out
    for word in ENGLISH:
        assert word not in out.lower()
    usage, body = out.split("\n\n", 1)
    for line in body.splitlines():
        if not line.strip() or LONE_NAME.fullmatch(line):
            continue
        assert ARABIC.search(line), line
        if not line.startswith("  AWRACH_"):
            # An Arabic sentence with Latin inside does not read in order in a terminal:
            # the Latin (option, metavar, choices) stays in argparse's left column.
            help_text = LEFT_COLUMN.sub("", line, count=1)
            assert not LATIN_WORD.search(help_text), line


@pytest.mark.parametrize("path", [(), ("beneficiaries", "import"), ("quotas", "set"),
                                  ("print", "conventions")])
def test_with_lang_fr_the_help_is_french(capsys, path):
    out = help_of(capsys, ["--lang", "fr", *path])
    assert not ARABIC.search(out), out
    assert out.startswith("Utilisation :\nawrach")
    assert "Afficher cette aide" in out and "Options:" in out


def test_lang_fr_after_the_sub_command_also_gives_french_help(capsys):
    out = help_of(capsys, ["beneficiaries", "import", "--lang", "fr"])
    assert "La liste à importer" in out
    assert not ARABIC.search(out)


def test_the_saved_language_gives_the_help_when_no_lang_is_given(capsys):
    LANGUAGE.set("fr")
    out = help_of(capsys, ["quotas", "set"])
    assert "Utilisation :" in out and not ARABIC.search(out)
    out = help_of(capsys, ["--lang", "ar", "quotas", "set"])
    assert "الاستعمال:" in out


@pytest.mark.parametrize(("argv", "named"), [
    (["quotas", "set", "--edition", "2023"], "--province"),
    (["quotas", "set", "--edition", "twenty", "--province", "x", "--posts", "1"], "--edition"),
    (["grants", "export", "nothing", "--out", "x.xlsx"], "nothing"),
    (["quotas", "list", "--bogus"], "--bogus"),
    (["worksite", "status", "R1", "--to", "finished"], "--to"),
])
def test_a_usage_error_is_one_arabic_line_naming_the_argument(capsys, argv, named):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("خطأ: awrach")
    assert named in line
    for word in ENGLISH:
        assert word not in line


def test_a_usage_error_in_french(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "fr", "quotas", "set", "--edition", "2023"])
    assert caught.value.code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("erreur : awrach quotas set: ")
    assert "--province" in line and not ARABIC.search(line)


def test_argparse_is_given_back_its_own_words_after_a_run(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    other = argparse.ArgumentParser(prog="other")
    assert "show this help message and exit" in other.format_help()
    assert other.format_usage().startswith("usage: other")


def test_the_language_is_read_before_the_parser_exists():
    assert language_asked(["--lang", "fr", "quotas", "set"]) == "fr"
    assert language_asked(["quotas", "set", "--lang=fr"]) == "fr"
    assert language_asked(["--lang", "fr", "x", "--lang", "ar"]) == "ar"
    assert language_asked(["--lang", "xx"]) is None
    assert language_asked(["verify", "--", "--lang", "fr"]) is None
    assert language_asked(["--lang"]) is None
