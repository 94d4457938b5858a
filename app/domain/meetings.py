"""Committee meetings: quorum, the decision rule, weighted scores and approvals by rank.

Defaults from DOMAIN.md and the committee issue, all configurable per committee: a
selection meeting needs more than half of its voting members present; a proposal is
decided by a simple majority of the votes cast, the chair's vote deciding a tie.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from uuid import UUID

from app.domain.enums import AttendanceStatus, DecisionOutcome, VoteChoice
from app.domain.rules import RuleCheck

COUNTED_PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)

DEFAULT_CRITERIA: tuple[tuple[str, str, Decimal], ...] = (
    ("public_utility", "المنفعة العمومية", Decimal(3)),
    ("field_impact", "الوقع الميداني الملموس", Decimal(3)),
    ("resident_impact", "الوقع المباشر على الساكنة", Decimal(2)),
    ("innovation", "الابتكار", Decimal(1)),
    ("women_priority", "الأولوية للنساء", Decimal(2)),
    ("disability_priority", "الأولوية للأشخاص في وضعية إعاقة", Decimal(2)),
    ("holder_capacity", "قدرات الهيئة حاملة المشروع", Decimal(1)),
)


@dataclass(frozen=True)
class QuorumRule:
    """Present voting members must be more than `share` of all voting members."""

    share: Fraction = Fraction(1, 2)

    def required(self, voting_members: int) -> int:
        return int(voting_members * self.share) + 1

    def is_met(self, voting_members: int, present_voting: int) -> bool:
        return voting_members > 0 and present_voting >= self.required(voting_members)


def present_voting(attendance: Iterable[tuple[bool, AttendanceStatus]]) -> int:
    """Voting members present in person or represented: (is_voting, status) pairs."""
    return sum(1 for voting, status in attendance if voting and status in COUNTED_PRESENT)


def check_quorum(rule: QuorumRule, voting_members: int, present: int) -> None:
    check = RuleCheck()
    check.require(rule.is_met(voting_members, present), "quorum",
                  f"النصاب: لا يمكن تسجيل القرارات؛ حضر {present} من {voting_members} "
                  f"أعضاء مصوتين والمطلوب {rule.required(voting_members)} على الأقل.",
                  "quorum")
    check.raise_if_failed()


@dataclass(frozen=True)
class VoteCount:
    for_: int
    against: int
    abstain: int

    @property
    def cast(self) -> int:
        return self.for_ + self.against


def count_votes(votes: Iterable[VoteChoice]) -> VoteCount:
    choices = list(votes)
    return VoteCount(choices.count(VoteChoice.FOR), choices.count(VoteChoice.AGAINST),
                     choices.count(VoteChoice.ABSTAIN))


def decide(count: VoteCount, chair_vote: VoteChoice | None) -> DecisionOutcome:
    """Simple majority of votes cast; a tie goes the chair's way, or is postponed if the
    chair abstained or did not vote (nothing is approved by default)."""
    if count.for_ > count.against:
        return DecisionOutcome.APPROVED
    if count.against > count.for_:
        return DecisionOutcome.REJECTED
    if chair_vote is VoteChoice.FOR:
        return DecisionOutcome.APPROVED
    if chair_vote is VoteChoice.AGAINST:
        return DecisionOutcome.REJECTED
    return DecisionOutcome.POSTPONED


@dataclass(frozen=True)
class Criterion:
    code: str
    name_ar: str
    weight: Decimal
    max_score: int = 10


def weighted_total(scores: dict[str, Decimal], criteria: Sequence[Criterion]) -> Decimal:
    """The weighted score out of 100, so grids with other weights stay comparable."""
    full = sum((c.weight * c.max_score for c in criteria), Decimal(0))
    if not full:
        return Decimal(0)
    got = sum((c.weight * scores.get(c.code, Decimal(0)) for c in criteria), Decimal(0))
    return (got * 100 / full).quantize(Decimal("0.01"))


def check_scores(scores: dict[str, Decimal], criteria: Sequence[Criterion]) -> None:
    check = RuleCheck()
    for criterion in criteria:
        value = scores.get(criterion.code)
        if value is not None:
            check.require(0 <= value <= criterion.max_score, criterion.code,
                          f"{criterion.name_ar}: النقطة بين 0 و{criterion.max_score}.",
                          "score.range")
    check.raise_if_failed()


@dataclass(frozen=True)
class Ranked:
    proposal_id: UUID
    score: Decimal
    person_months: int


def fits_in_rank_order(ranked: Sequence[Ranked], left_person_months: int
                       ) -> list[tuple[Ranked, bool, int]]:
    """Walk the proposals best first: each fits if what is left of the quota covers it.

    Returns (proposal, fits, person-months left after it) so the meeting screen can show
    the quota being used up as approvals go down the ranking.
    """
    result = []
    left = left_person_months
    for item in sorted(ranked, key=lambda r: (-r.score, str(r.proposal_id))):
        fits = item.person_months <= left
        if fits:
            left -= item.person_months
        result.append((item, fits, left))
    return result
