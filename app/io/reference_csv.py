"""Reads the shipped HCP tables of regions, provinces and communes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.paths import reference_data_dir


@dataclass(frozen=True)
class TerritoryRecord:
    code: str
    name_ar: str
    name_fr: str
    kind: str
    parent_code: str


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle)


def regions(folder: Path | None = None) -> list[TerritoryRecord]:
    folder = folder or reference_data_dir()
    return [TerritoryRecord(r["code"], r["name_ar"].strip(), r["name_fr"].strip(), "", "")
            for r in _rows(folder / "regions.csv")]


def provinces(folder: Path | None = None) -> list[TerritoryRecord]:
    folder = folder or reference_data_dir()
    return [TerritoryRecord(r["code"], r["name_ar"].strip(), r["name_fr"].strip(), r["type"],
                            r["region_code"])
            for r in _rows(folder / "provinces.csv")]


def communes(folder: Path | None = None) -> list[TerritoryRecord]:
    folder = folder or reference_data_dir()
    return [TerritoryRecord(r["code"], r["name_ar"].strip(), r["name_fr"].strip(), r["type"],
                            r["province_code"])
            for r in _rows(folder / "communes.csv")]
