"""The data package file: one zip holding records as JSON, attached files and a manifest.

    manifest.json          what the package is (format, schema revision, exporting machine
                           and user, time, selection), the count of records per table and
                           the SHA-256 and size of every other part, sealed by its own hash
    records/<table>.json   [{"key": [...], "version": ..., "based_on": ..., "data": {...}}]
    files/<stored name>    the attachments' bytes, named by their SHA-256 as in the data
                           folder

A package is refused whole when anything does not match: a changed byte (caught by the
zip's CRC or by a part's hash), a missing or an extra part, a truncated file. The seal
catches careless edits of the manifest; it is not a signature against someone who
recomputes every hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import DomainError
from app.language import tr

FORMAT = "awrach-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records/"
FILES = "files/"
SUFFIX = ".awrach.zip"


class PackageError(DomainError):
    """A package that cannot be imported; the message names the file and the reason."""


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _seal(manifest: Mapping[str, Any]) -> str:
    unsealed = {k: v for k, v in manifest.items() if k != "seal"}
    return hashlib.sha256(json.dumps(unsealed, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":")).encode("utf-8")).hexdigest()


def write_package(out: Path, header: Mapping[str, Any], records: Mapping[str, list[Any]],
                  files: Mapping[str, Path]) -> dict[str, Any]:
    """Write the package to `out` (which must not exist), complete or not at all."""
    if out.exists():
        raise PackageError(tr("الملف «{out}» موجود من قبل: الحزمة لا تكتب فوق ملف موجود. "
                              "اختر اسما جديدا.").format(out=out))
    partial = out.with_name(f".{out.name}.partial")
    parts: dict[str, dict[str, Any]] = {}
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table, rows in sorted(records.items()):
                data = _dumps(rows)
                name = f"{RECORDS}{table}.json"
                archive.writestr(name, data)
                parts[name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for stored, path in sorted(files.items()):
                name = f"{FILES}{stored}"
                digest = hashlib.sha256()
                with path.open("rb") as source, archive.open(name, "w") as target:
                    for block in iter(lambda: source.read(1 << 20), b""):
                        digest.update(block)
                        target.write(block)
                parts[name] = {"sha256": digest.hexdigest(), "bytes": path.stat().st_size}
            manifest = {**header, "format": FORMAT, "format_version": FORMAT_VERSION,
                        "counts": {t: len(r) for t, r in sorted(records.items())},
                        "parts": parts}
            manifest["seal"] = _seal(manifest)
            archive.writestr(MANIFEST, _dumps(manifest))
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return manifest


@dataclass
class Package:
    """A package whose every part was checked against its manifest."""

    path: Path
    manifest: dict[str, Any]
    sha256: str  # of the whole file: names this package in the peer's record

    def tables(self) -> list[str]:
        return sorted(self.manifest["counts"])

    def records(self, table: str) -> list[dict[str, Any]]:
        with zipfile.ZipFile(self.path) as archive:
            return list(json.loads(archive.read(f"{RECORDS}{table}.json")))

    def files(self) -> list[str]:
        return sorted(n.removeprefix(FILES) for n in self.manifest["parts"]
                      if n.startswith(FILES))

    def extract_file(self, stored: str, target: Path) -> None:
        """Copy an attached file out, checked again against its hash as it is written."""
        expected = self.manifest["parts"][f"{FILES}{stored}"]["sha256"]
        partial = target.with_name(f".{target.name}.part")
        digest = hashlib.sha256()
        with zipfile.ZipFile(self.path) as archive, archive.open(f"{FILES}{stored}") as source, \
                partial.open("wb") as out:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
        if digest.hexdigest() != expected:
            partial.unlink(missing_ok=True)
            raise PackageError(tr("الحزمة «{self.path}»: الملف المرفق {stored} تغير. "
                                  "لم يستورد شيء.").format(self=self, stored=stored))
        os.replace(partial, target)


def _hash_member(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with archive.open(name) as member:
        for block in iter(lambda: member.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_package(path: Path) -> Package:
    """Open and check a package; any mismatch refuses it whole, naming the reason."""
    refused = tr("الحزمة «{path}» مرفوضة").format(path=path)
    if not path.is_file():
        raise PackageError(tr("الملف «{path}» غير موجود أو ليس ملفا.").format(path=path))
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names:
                raise PackageError(tr("{refused}: ليست حزمة معطيات أوراش (لا بيان فيها). "
                                      "لم يستورد شيء.").format(refused=refused))
            manifest = json.loads(archive.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise PackageError(tr("{refused}: ليست حزمة معطيات أوراش. لم يستورد شيء.")
                                      .format(refused=refused))
            if manifest.get("format_version") != FORMAT_VERSION:
                raise PackageError(tr("{refused}: صيغتها ({version}) "
                                      "من نسخة أحدث من البرنامج. حدث البرنامج ثم أعد الاستيراد.")
                                   .format(refused=refused,
                                           version=manifest.get("format_version")))
            if manifest.get("seal") != _seal(manifest):
                raise PackageError(tr("{refused}: بيانها عدل بعد التصدير. لم يستورد شيء.")
                                      .format(refused=refused))
            parts: dict[str, Any] = manifest["parts"]
            extra = names - set(parts) - {MANIFEST}
            missing = set(parts) - names
            if extra or missing:
                which = sorted(extra or missing)[0]
                state = tr("زائد") if extra else tr("ناقص")
                raise PackageError(tr("{refused}: الجزء {which} {state}. لم يستورد شيء.")
                                   .format(refused=refused, which=which, state=state))
            for name, expected in sorted(parts.items()):
                if _hash_member(archive, name) != (expected["sha256"], expected["bytes"]):
                    raise PackageError(tr("{refused}: الجزء {name} تغير بعد التصدير "
                                          "(بصمته لا توافق البيان). لم يستورد شيء.")
                                          .format(refused=refused, name=name))
            for table, count in manifest["counts"].items():
                if len(json.loads(archive.read(f"{RECORDS}{table}.json"))) != count:
                    raise PackageError(tr("{refused}: عدد سجلات {table} لا يوافق البيان.")
                                          .format(refused=refused, table=table))
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError) as exc:
        raise PackageError(tr("{refused}: الملف تالف أو مبتور أو عدل فيه ({exc}). "
                              "لم يستورد شيء؛ اطلب نسخة جديدة من الحزمة.")
                              .format(refused=refused, exc=exc)) from exc
    return Package(path, manifest, _file_sha256(path))


def iter_records(package: Package) -> Iterator[tuple[str, dict[str, Any]]]:
    for table in package.tables():
        for record in package.records(table):
            yield table, record
