"""The bulk import makes its people's keys in one go: version-4 UUIDs, distinct, in the
order the primary-key index stores them."""

from __future__ import annotations

import uuid

import pytest

from app.services.beneficiary_import import _new_ids


@pytest.mark.parametrize("count", [0, 1, 2, 5000])
def test_new_ids_are_distinct_sorted_version_4_uuids(count):
    ids = _new_ids(count)
    assert len(ids) == len(set(ids)) == count
    assert ids == sorted(ids)
    assert all(len(key) == 32 and uuid.UUID(hex=key).hex == key
               and uuid.UUID(hex=key).version == 4 for key in ids)
