"""Committee rules without a database: quorum, votes, scores, approvals by rank."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from app.domain.enums import AttendanceStatus, DecisionOutcome, VoteChoice
from app.domain.meetings import (
    DEFAULT_CRITERIA,
    DEFAULT_MAX_SCORE,
    GRID_FROZEN,
    Criterion,
    QuorumRule,
    Ranked,
    VoteCount,
    check_grid_may_change,
    check_quorum,
    check_scores,
    count_votes,
    decide,
    default_criteria,
    fits_in_rank_order,
    present_voting,
    validate_scoring_grid,
    weighted_total,
)
from app.errors import Conflict, ValidationError

A, F, R = VoteChoice.AGAINST, VoteChoice.FOR, VoteChoice.ABSTAIN


def test_quorum_is_more_than_half_of_the_voting_members():
    rule = QuorumRule()
    assert rule.required(8) == 5 and rule.required(7) == 4
    assert rule.is_met(8, 5) and not rule.is_met(8, 4)


def test_represented_members_count_and_advisory_ones_do_not():
    attendance = [(True, AttendanceStatus.PRESENT), (True, AttendanceStatus.REPRESENTED),
                  (True, AttendanceStatus.EXCUSED), (False, AttendanceStatus.PRESENT)]
    assert present_voting(attendance) == 2


def test_a_meeting_without_quorum_refuses_decisions_with_the_figures():
    with pytest.raises(ValidationError) as caught:
        check_quorum(QuorumRule(), 8, 4)
    assert caught.value.errors[0].rule == "quorum"
    assert "حضر 4 من 8" in caught.value.message and "5" in caught.value.message


@pytest.mark.parametrize(("votes", "chair", "outcome"), [
    ([F, F, A], None, DecisionOutcome.APPROVED),
    ([F, A, A, R], None, DecisionOutcome.REJECTED),
    ([F, A], F, DecisionOutcome.APPROVED),        # tie: the chair decides
    ([F, A], A, DecisionOutcome.REJECTED),
    ([F, A, R], R, DecisionOutcome.POSTPONED),    # tie and the chair abstained
    ([R, R], None, DecisionOutcome.POSTPONED),
])
def test_votes_give_the_decision_the_rule_says(votes, chair, outcome):
    count = count_votes(votes)
    assert decide(count, chair) is outcome


def test_abstentions_are_not_votes_cast():
    assert count_votes([F, R, R]) == VoteCount(1, 0, 2)
    assert VoteCount(1, 0, 2).cast == 1


def test_the_weighted_total_is_out_of_100():
    criteria = [Criterion(code, name, weight) for code, name, weight in DEFAULT_CRITERIA]
    assert weighted_total({c.code: Decimal(10) for c in criteria}, criteria) == Decimal(100)
    assert weighted_total({"public_utility": Decimal(10)}, criteria) == Decimal("21.43")


def test_scores_outside_the_scale_are_refused_by_criterion():
    criteria = [Criterion("innovation", "الابتكار", Decimal(1))]
    with pytest.raises(ValidationError) as caught:
        check_scores({"innovation": Decimal(11)}, criteria)
    assert caught.value.for_field("innovation") == ["الابتكار: النقطة بين 0 و10."]


def test_approvals_go_down_the_ranking_until_the_quota_is_used():
    best, second, third = (Ranked(uuid.uuid4(), Decimal(s), pm)
                           for s, pm in (("90", 60), ("80", 60), ("70", 30)))
    walk = fits_in_rank_order([third, best, second], left_person_months=100)
    assert [(item, fits, left) for item, fits, left in walk] == [
        (best, True, 40), (second, False, 40), (third, True, 10)]


def test_the_default_grid_is_the_seeds_criteria_scored_out_of_10():
    grid = default_criteria()
    assert [c.code for c in grid] == [code for code, _, _ in DEFAULT_CRITERIA]
    assert {c.max_score for c in grid} == {DEFAULT_MAX_SCORE} == {10}
    validate_scoring_grid(grid)


def test_a_scoring_grid_reports_every_failed_rule_at_once():
    with pytest.raises(ValidationError) as caught:
        validate_scoring_grid([Criterion("a", "أ", Decimal(0)), Criterion("a", "", Decimal(3), 0)])
    messages = caught.value.for_field("criteria")
    assert "شبكة التنقيط: رمز كل معيار يجب أن يكون فريدا." in messages
    assert "المعيار 1: الوزن بين 0 و100." in messages
    assert "المعيار 2: الاسم والرمز إلزاميان." in messages
    assert "المعيار 2: النقطة القصوى بين 1 و100." in messages
    with pytest.raises(ValidationError, match="أضف معيارا واحدا على الأقل"):
        validate_scoring_grid([])


def test_a_grid_with_scores_is_frozen():
    check_grid_may_change(False)
    with pytest.raises(Conflict) as caught:
        check_grid_may_change(True)
    assert caught.value.message == GRID_FROZEN
