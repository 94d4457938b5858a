"""No lost updates: a save based on an old read of a record is refused, with who changed it."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from app.domain.enums import PartnerKind, UserRole
from app.domain.partners import Partner
from app.errors import Conflict
from app.services import partners, proposals, territory, users
from app.services.startup import open_database
from tests.conftest import sign_in_admin
from tests.test_proposals import new_body, proposal_for

SECOND_PASSWORD = "second-user-2024"


def second_user(db, admin):
    users.create_user(db, admin, "fatima", "فاطمة الزهراء", UserRole.SECRETARY, SECOND_PASSWORD)
    return users.authenticate(db, "fatima", SECOND_PASSWORD)


def two_edits_of_one_proposal(db, admin):
    fatima = second_user(db, admin)
    khenifra = territory.find_province(db, "05.301")
    first = proposals.save_proposal(db, admin, proposal_for(db, new_body(db, admin, khenifra),
                                                            khenifra))
    mine = proposals.get_proposal(db, first.id)
    hers = proposals.get_proposal(db, first.id)
    assert mine.row_version == hers.row_version is not None
    proposals.save_proposal(db, fatima, replace(hers, title_ar="عنوان جديد من فاطمة"))
    with pytest.raises(Conflict) as refused:
        proposals.save_proposal(db, admin, replace(mine, description_ar="وصف جديد"))
    assert "فاطمة الزهراء" in refused.value.message
    assert "أعد فتح النموذج" in refused.value.message
    kept = proposals.get_proposal(db, first.id)
    assert kept.title_ar == "عنوان جديد من فاطمة"
    assert kept.description_ar == hers.description_ar
    # Reloaded, the second change goes through and keeps the first.
    saved = proposals.save_proposal(db, admin, replace(kept, description_ar="وصف جديد"))
    assert saved.title_ar == "عنوان جديد من فاطمة" and saved.description_ar == "وصف جديد"
    assert saved.row_version == kept.row_version + 1


def test_a_stale_proposal_save_is_refused_and_names_who_changed_it(demo_opened):
    two_edits_of_one_proposal(demo_opened.db, demo_opened.actor)


def test_a_stale_partner_save_is_refused_and_nothing_is_lost(opened):
    db, admin = opened.db, opened.actor
    fatima = second_user(db, admin)
    made = partners.save_partner(db, admin, Partner(PartnerKind.ASSOCIATION, "جمعية النور",
                                                    legal_representative="محمد"))
    assert made.row_version == 1
    partners.save_partner(db, fatima, replace(made, phone="0612345678"))
    with pytest.raises(Conflict, match="فاطمة الزهراء"):
        partners.save_partner(db, admin, replace(made, notes="ملاحظة"))
    kept = partners.get_partner(db, made.id)
    assert kept.phone == "0612345678" and kept.notes == "" and kept.row_version == 2


def test_a_save_without_a_version_is_still_accepted(opened):
    """A command that sets one value without reading the form first (the CLI) still works."""
    made = partners.save_partner(opened.db, opened.actor, Partner(
        PartnerKind.ASSOCIATION, "جمعية الأمل", legal_representative="محمد"))
    saved = partners.save_partner(opened.db, opened.actor,
                                  replace(made, notes="ملاحظة", row_version=None))
    assert saved.notes == "ملاحظة" and saved.row_version == 2


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("AWRACH_TEST_PG_URL"),
                    reason="AWRACH_TEST_PG_URL is not set")
def test_a_stale_save_is_refused_on_postgres(pg_url):
    from app.services.demo import build_demo

    opened = sign_in_admin(open_database(pg_url))
    try:
        build_demo(opened.db, opened.actor)
        two_edits_of_one_proposal(opened.db, opened.actor)
    finally:
        opened.db.dispose()
