"""The convention rules of app/domain/conventions, checked without a database: tranches,
drawing up against the convention's own edition, printing, signing and amending; and the
RIB rule shared by partners, the convention's check and the printed grouping."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.documents.convention import grouped_rib
from app.domain.conventions import (
    ArticleChange,
    Signatory,
    TrancheShare,
    check_amendment_request,
    check_amendment_signing,
    check_draft_changes,
    check_may_amend,
    check_printed_before_signing,
    check_signing,
    default_tranche_shares,
    is_signed,
    require_may_draw_up,
    require_tranche_shares,
    split_into_tranches,
    status_after_printing,
    version_after_amendment,
)
from app.domain.enums import ConventionStatus, ProposalStatus
from app.domain.partners import RIB_LENGTH, require_rib, rib_key, rib_parts
from app.domain.programme import PROGRAMME_DURATION_MESSAGE, Edition, people_reached
from app.domain.rules import RuleCheck
from app.errors import ValidationError

BODY = "0077800001234567890123"
RIB = BODY + rib_key(BODY)


def test_tranches_follow_the_shares_and_the_last_takes_the_rounding():
    tranches = split_into_tranches(Decimal("10514.71"), default_tranche_shares())
    assert [t.position for t in tranches] == [1, 2]
    assert tranches[0].amount == Decimal("6308.83")
    assert sum(t.amount for t in tranches) == Decimal("10514.71")
    thirds = split_into_tranches(Decimal(100), [TrancheShare(Decimal("33.33"), "أ")] * 2
                                 + [TrancheShare(Decimal("33.34"), "ب")])
    assert [t.amount for t in thirds] == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]


def test_tranche_shares_must_pay_the_whole_amount_in_real_parts():
    check = RuleCheck()
    assert require_tranche_shares(check, default_tranche_shares())
    assert not require_tranche_shares(check, [TrancheShare(Decimal(120), "أ"),
                                              TrancheShare(Decimal(-10), "ب")])
    assert [e.rule for e in check.errors] == ["tranches.total", "tranches.positive"]
    assert not require_tranche_shares(check, [])


def test_a_convention_is_drawn_up_once_for_a_selected_worksite_of_an_allowed_duration():
    edition = Edition(year=2023, number=2, min_duration_months=3, max_duration_months=6)
    check = RuleCheck()
    require_may_draw_up(check, "05.301-2023-001", ProposalStatus.SELECTED, False, 6, edition)
    assert check.errors == []
    require_may_draw_up(check, "05.301-2023-002", ProposalStatus.ELIGIBLE, True, 9, edition)
    assert [e.rule for e in check.errors] == ["convention.selected", "convention.once",
                                              "duration"]
    assert check.errors[2].message.startswith(
        "05.301-2023-002: مدة الاستفادة: يجب أن تكون بين 3 و6")
    legacy = Edition(year=2023, number=2, max_duration_months=18)
    check = RuleCheck()
    require_may_draw_up(check, "05.301-2023-003", ProposalStatus.SELECTED, False, 13, legacy)
    assert [e.message for e in check.errors] == [f"05.301-2023-003: {PROGRAMME_DURATION_MESSAGE}"]


def test_only_a_draft_printed_as_it_stands_becomes_ready_for_signing():
    draft, printed = ConventionStatus.DRAFT, ConventionStatus.PRINTED
    assert status_after_printing(draft, "a", "a") is printed
    assert status_after_printing(draft, "a", "b") is draft
    assert status_after_printing(ConventionStatus.SIGNED, "a", "a") is ConventionStatus.SIGNED
    check_printed_before_signing(printed)
    with pytest.raises(ValidationError, match="اطبع الاتفاقية"):
        check_printed_before_signing(draft)


def test_signing_needs_a_place_and_amending_needs_a_signature():
    with pytest.raises(ValidationError) as caught:
        check_signing("  ")
    assert caught.value.for_field("signed_place")
    with pytest.raises(ValidationError):
        check_amendment_signing("")
    check_may_amend(True)
    with pytest.raises(ValidationError, match="الملحق يكون بعد التوقيع"):
        check_may_amend(False)
    assert is_signed(ConventionStatus.TERMINATED) and not is_signed(ConventionStatus.PRINTED)
    assert version_after_amendment(1) == 2


def test_a_draft_and_an_amendment_request_report_every_gap():
    with pytest.raises(ValidationError) as caught:
        check_draft_changes("", [Signatory("", "محمد")])
    assert {e.field for e in caught.value.errors} == {"place", "signatories"}
    check_draft_changes("خنيفرة", [Signatory("رئيس المجلس", "محمد")])
    with pytest.raises(ValidationError) as caught:
        check_amendment_request("", [ArticleChange("المادة الثالثة", " ")])
    assert {e.field for e in caught.value.errors} == {"reason", "changes"}


def test_the_rib_rule_is_one_rule_with_one_length():
    assert RIB_LENGTH == 24 and len(RIB) == RIB_LENGTH
    check = RuleCheck()
    assert require_rib(check, RIB, "partner.rib")
    assert not require_rib(check, RIB[:-1], "partner.rib")
    assert not require_rib(check, RIB[:-2] + f"{(int(RIB[-2:]) + 1) % 97:02d}", "partner.rib")
    assert [e.rule for e in check.errors] == ["rib.length", "rib.key"]
    assert rib_parts(RIB) == ("007", "780", "0001234567890123", RIB[-2:])
    assert grouped_rib(RIB) == " ".join(rib_parts(RIB))
    assert grouped_rib("123") == "123"


def test_people_reached_is_person_months_over_the_duration():
    assert people_reached(953 * 4, 3) == 1270
    assert people_reached(10, 0) == 0 and people_reached(-3, 3) == 0
