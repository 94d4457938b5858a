"""A batch registers its files a few at a time, and never names a file before its
register step returned (issue 11, parts 8 and 9)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.documents import batch
from app.documents.batch import build_batch, file_name
from app.domain.conventions import ConventionContent
from tests.test_convention_document import batch_of


class Spy:
    """A register that checks the files' state when it is called, slowly, as a commit
    waiting for the disk is."""

    def __init__(self, folder: Path, fail_at: int = 0) -> None:
        self.folder, self.fail_at = folder, fail_at
        self.groups: list[list[str]] = []

    def __call__(self, files: Sequence[tuple[Sequence[ConventionContent], bytes]]) -> None:
        names = [file_name(content) for contents, _ in files for content in contents]
        for name, (_, data) in zip(names, files, strict=True):
            assert (self.folder / f".{name}.part").read_bytes() == data  # on disk already
            assert not (self.folder / name).exists()  # not final before it is registered
        self.groups.append(names)
        if len(self.groups) == self.fail_at:
            raise OSError("the register refused")
        time.sleep(0.15)


@pytest.mark.parametrize("processes", ["1", "2"])
def test_files_are_registered_in_small_groups_before_they_are_named(
        tmp_path: Path, processes: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(batch.FORCE_PROCESSES, processes)
    spy = Spy(tmp_path)
    paths = build_batch(batch_of(7), tmp_path, one_file=False, register=spy)
    registered = [name for group in spy.groups for name in group]
    assert sorted(registered) == sorted(path.name for path in paths) and len(paths) == 7
    if processes == "1":
        assert registered == [path.name for path in paths]  # in the batch's order
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(registered)  # no .part left
    assert max(map(len, spy.groups)) > 1  # the files that waited went in together
    assert max(map(len, spy.groups)) <= batch.GROUP


def test_a_refused_register_step_leaves_none_of_its_files(tmp_path: Path) -> None:
    spy = Spy(tmp_path, fail_at=2)
    with pytest.raises(OSError, match="refused"):
        build_batch(batch_of(7), tmp_path, one_file=False, register=spy, workers=1)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(spy.groups[0])  # the first step's files, and nothing else
