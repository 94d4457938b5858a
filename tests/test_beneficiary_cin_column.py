"""The import checks a whole column of CINs at once; it must say exactly what the
one-person rule says of each (app.domain.beneficiaries.cin_check), whatever the column
holds."""

from __future__ import annotations

import random

import pytest

from app.domain.beneficiaries import (
    CIN_PREFIXES,
    check_cins,
    cin_check,
    normalise_cin,
    normalise_cins,
)

MESSY: list[object] = [
    "ab123456", "AB 123 456", "A-12345", "ZZ99", "", None, "   ", 123456.0, 1234567,
    "AB1234567", "A12345678", "١٢٣", "BE١٢٣٤", "K\u200f123", "Q1\n2", "x_1", "ÀB12", "B",
    "12345", "ABC123", "ﬀ12", "JA43017", "be12",
]


def one_by_one(values: list[object]) -> tuple[list[str], dict[int, str], dict[int, str]]:
    cins = [normalise_cin(v) for v in values]
    problems, warnings = {}, {}
    for index, cin in enumerate(cins):
        problem, warning = cin_check(cin)
        if problem:
            problems[index] = problem
        elif warning:
            warnings[index] = warning
    return cins, problems, warnings


def column_wise(values: list[object]) -> tuple[list[str], dict[int, str], dict[int, str]]:
    cins = normalise_cins(values)
    return (cins, *check_cins(cins))


@pytest.mark.parametrize("seed", range(40))
def test_a_column_of_cins_is_judged_as_each_cin_alone(seed):
    rng = random.Random(seed)
    clean = [f"{rng.choice(sorted(CIN_PREFIXES))}{rng.randrange(10**5)}" for _ in range(50)]
    unknown = [f"{rng.choice(['QQ', 'XZ', 'OO'])}{rng.randrange(10**4)}" for _ in range(3)]
    shapes = [clean, clean + unknown, clean + [rng.choice(MESSY)],
              [rng.choice(MESSY) for _ in range(5)]]
    values: list[object] = list(rng.choice(shapes))
    rng.shuffle(values)
    assert column_wise(values) == one_by_one(values)


def test_clean_columns_and_edge_cases():
    assert column_wise([]) == ([], {}, {})
    for values in (["ab12", "Be345"], ["AB12", "QQ1"], MESSY, [c.lower() for c in CIN_PREFIXES]):
        assert column_wise(values) == one_by_one(values)
    cins, problems, warnings = column_wise(["ab12", "QQ1", "", "A1234567", "AB1234567"])
    assert cins[:2] == ["AB12", "QQ1"] and list(problems) == [2, 4] and list(warnings) == [1]
