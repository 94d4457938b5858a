"""Likely duplicates beyond the same CIN: one person typed twice with spelling variants
(محمد / محمّد, Mohamed / Mhamed, first and last names swapped).

Comparing everyone with everyone is 31 billion pairs at 250,000 people, so candidates are
blocked first (the same CIN cannot be stored twice): people born the same day, and people of
the same province of residence whose Latin names share a consonant key (Mohamed / Mohammed
Alaoui), so a person typed with a wrong birth date is still found. Within a block rapidfuzz
scores the folded Arabic names and the Latin names in bulk (`process.cdist`). Pairs are only
shown, side by side, for a person to decide; nothing is ever merged. A pair declared "two
different people" is not offered again.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.beneficiaries import arabic_key, latin_name
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationError
from app.language import tr
from app.services.actor import Actor
from app.services.authorization import requires
from app.services.unit_of_work import reading, writing
from app.storage.database import Database
from app.storage.models import BeneficiaryRow, CommuneRow, DuplicateDecisionRow

THRESHOLD = 85.0
LARGEST_BLOCK = 2000  # a block this big is a data problem (a default date), not people


@dataclass(frozen=True)
class PersonSummary:
    id: uuid.UUID
    cin: str
    name_ar: str
    name_fr: str
    birth_date: date | None
    phone: str
    source: str


@dataclass(frozen=True)
class LikelyDuplicate:
    first: PersonSummary
    second: PersonSummary
    score: float
    arabic_score: float
    latin_score: float


def _pairs_in(members: list[int], arabic: list[str], latin: list[str]
              ) -> list[tuple[int, int, float, float]]:
    """Scored pairs (indexes into the people) above the threshold within one block; the
    matrices from `cdist` are filtered with numpy, never walked pair by pair in Python.
    (numpy and rapidfuzz load here, on the first search: the list screen does not carry
    their 20 MB until someone looks for duplicates.)"""
    import numpy
    from rapidfuzz import fuzz, process

    names_ar = [arabic[i] for i in members]
    names_fr = [latin[i] for i in members]
    scores_ar = process.cdist(names_ar, names_ar, scorer=fuzz.token_sort_ratio)
    scores_fr = process.cdist(names_fr, names_fr, scorer=fuzz.token_sort_ratio)
    has_fr = numpy.array([bool(n) for n in names_fr])
    both = numpy.where(has_fr[:, None] & has_fr[None, :], (scores_ar + scores_fr) / 2,
                       scores_ar)
    first, second = numpy.nonzero(numpy.triu(both >= THRESHOLD, k=1))
    return [(members[a], members[b], float(scores_ar[a, b]), float(scores_fr[a, b]))
            for a, b in zip(first.tolist(), second.tolist(), strict=True)]


@functools.lru_cache(maxsize=65536)
def _arabic(first: str, last: str) -> str:
    return arabic_key(first, last)


@functools.lru_cache(maxsize=65536)
def _latin(first: str, last: str) -> str:
    return latin_name(f"{first} {last}")


def find_duplicates(db: Database, limit: int = 1000,
                    progress: Callable[[int, int], None] | None = None
                    ) -> list[LikelyDuplicate]:
    """Pairs of people who are probably one, best score first."""
    with reading(db) as session:
        rows = session.execute(select(
            BeneficiaryRow.id, BeneficiaryRow.cin, BeneficiaryRow.first_name_ar,
            BeneficiaryRow.last_name_ar, BeneficiaryRow.first_name_fr,
            BeneficiaryRow.last_name_fr, BeneficiaryRow.birth_date, BeneficiaryRow.phone,
            BeneficiaryRow.source, BeneficiaryRow.name_key, CommuneRow.province_id)
            .outerjoin(CommuneRow, CommuneRow.id == BeneficiaryRow.commune_id)).all()
        dismissed = {frozenset(pair) for pair in session.execute(
            select(DuplicateDecisionRow.first_id, DuplicateDecisionRow.second_id))}
    arabic = [_arabic(r.first_name_ar, r.last_name_ar) for r in rows]
    latin = [_latin(r.first_name_fr, r.last_name_fr) for r in rows]
    # Two kinds of block: the birth date, and (province of residence, consonant key of the
    # Latin name) for a date typed wrong; within each the names are scored in bulk. A pair
    # found in both blocks is kept once.
    blocks: dict[object, list[int]] = defaultdict(list)
    for index, r in enumerate(rows):
        if r.birth_date is not None:
            blocks[r.birth_date].append(index)
        if r.province_id is not None and r.name_key:
            blocks[(r.province_id, r.name_key)].append(index)
    scored: list[tuple[float, int, int, float, float]] = []
    seen: set[tuple[int, int]] = set()
    for done, members in enumerate(blocks.values()):
        if progress is not None and done % 2000 == 0:
            progress(done, len(blocks))
        if not 2 <= len(members) <= LARGEST_BLOCK:
            continue
        for a, b, score_ar, score_fr in _pairs_in(members, arabic, latin):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            if dismissed and frozenset((rows[a].id, rows[b].id)) in dismissed:
                continue
            both = (score_ar + score_fr) / 2 if latin[a] and latin[b] else score_ar
            scored.append((both, a, b, score_ar, score_fr))
    scored.sort(key=lambda s: (-s[0], rows[s[1]].cin))

    def summary(index: int) -> PersonSummary:
        r = rows[index]
        return PersonSummary(r.id, r.cin, f"{r.first_name_ar} {r.last_name_ar}",
                             f"{r.first_name_fr} {r.last_name_fr}".strip(), r.birth_date,
                             r.phone, r.source)

    return [LikelyDuplicate(summary(a), summary(b), round(both, 1), score_ar, score_fr)
            for both, a, b, score_ar, score_fr in scored[:limit]]


@requires(Permission.BENEFICIARIES)
def dismiss_pair(db: Database, actor: Actor, first_id: uuid.UUID,
                 second_id: uuid.UUID) -> None:
    """A person looked at the pair and decided they are two different people."""
    if first_id == second_id:
        raise ValidationError(FieldError(None, tr("اختر شخصين مختلفين.")))
    with writing(db, actor) as session:
        for key in (first_id, second_id):
            if session.get(BeneficiaryRow, key) is None:
                raise NotFound(tr("المستفيد غير موجود."))
        session.add(DuplicateDecisionRow(first_id=first_id, second_id=second_id,
                                         decided_by=actor.username))
