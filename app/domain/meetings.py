"""Committee meetings: quorum, the decision rule, weighted scores and approvals by rank.

Defaults from DOMAIN.md and the committee issue, all configurable per committee: a
selection meeting needs more than half of its voting members present; a proposal is
decided by a simple majority of the votes cast, the chair's vote deciding a tie.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from uuid import UUID

from app.domain.enums import (
    AttendanceStatus,
    CommitteeLevel,
    DecisionOutcome,
    MeetingKind,
    MemberFunction,
    VoteChoice,
)
from app.domain.rules import RuleCheck, is_blank
from app.errors import Conflict
from app.language import QT_TR_NOOP, label, tr

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
                  tr("النصاب: لا يمكن تسجيل القرارات؛ حضر {present} من {voting_members} "
                     "أعضاء مصوتين والمطلوب {required} على الأقل.")
                  .format(present=present, voting_members=voting_members,
                          required=rule.required(voting_members)),
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


def decide(count: VoteCount, chair_vote: VoteChoice | None,
           chair_casting_vote: bool = True) -> DecisionOutcome:
    """Simple majority of votes cast; a tie goes the chair's way, or is postponed if the
    chair abstained or did not vote, or if the committee gave its chair no casting vote
    (nothing is approved by default)."""
    if count.for_ > count.against:
        return DecisionOutcome.APPROVED
    if count.against > count.for_:
        return DecisionOutcome.REJECTED
    if not chair_casting_vote:
        return DecisionOutcome.POSTPONED
    if chair_vote is VoteChoice.FOR:
        return DecisionOutcome.APPROVED
    if chair_vote is VoteChoice.AGAINST:
        return DecisionOutcome.REJECTED
    return DecisionOutcome.POSTPONED


DEFAULT_MAX_SCORE = 10
MAX_WEIGHT = Decimal(100)
MAX_TOP_SCORE = 100
GRID_FROZEN = QT_TR_NOOP("شبكة التنقيط: سجلت نقط بهذه الشبكة، فلا يمكن تغيير معاييرها أو "
                         "أوزانها دون تغيير ترتيب مشاريع سبق البت فيها.")


@dataclass(frozen=True)
class Criterion:
    code: str
    name_ar: str
    weight: Decimal
    max_score: int = DEFAULT_MAX_SCORE


def default_criteria() -> list[Criterion]:
    """The selection criteria the seeds name, used until an edition sets its own grid."""
    return [Criterion(code, name, weight) for code, name, weight in DEFAULT_CRITERIA]


def validate_scoring_grid(criteria: Sequence[Criterion]) -> None:
    """Every failed rule of a grid at once, criterion by criterion."""
    check = RuleCheck()
    check.require(bool(criteria), "criteria", tr("شبكة التنقيط: أضف معيارا واحدا على الأقل."),
                  "grid.empty")
    codes = [c.code.strip() for c in criteria]
    check.require(len(set(codes)) == len(codes), "criteria",
                  tr("شبكة التنقيط: رمز كل معيار يجب أن يكون فريدا."), "grid.codes")
    for i, c in enumerate(criteria, start=1):
        check.require(not is_blank(c.name_ar) and not is_blank(c.code), "criteria",
                      tr("المعيار {i}: الاسم والرمز إلزاميان.").format(i=i), "grid.names")
        check.require(Decimal(0) < c.weight <= MAX_WEIGHT, "criteria",
                      tr("المعيار {i}: الوزن بين 0 و{MAX_WEIGHT}.")
                         .format(i=i, MAX_WEIGHT=MAX_WEIGHT), "grid.weight")
        check.require(1 <= c.max_score <= MAX_TOP_SCORE, "criteria",
                      tr("المعيار {i}: النقطة القصوى بين 1 و{MAX_TOP_SCORE}.")
                         .format(i=i, MAX_TOP_SCORE=MAX_TOP_SCORE), "grid.max_score")
    check.raise_if_failed()


def check_grid_may_change(scored: bool) -> None:
    """Once a score is recorded against a grid, changing its criteria or weights would
    silently re-rank proposals already decided."""
    if scored:
        raise Conflict(tr(GRID_FROZEN))


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
                          tr("{criterion.name_ar}: النقطة بين 0 و{criterion.max_score}.")
                             .format(criterion=criterion),
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


# -- what a secretary fills in ------------------------------------------------------------


@dataclass
class Committee:
    level: CommitteeLevel
    edition_id: UUID | None
    name_ar: str
    province_id: UUID | None = None
    region_id: UUID | None = None
    quorum_numerator: int = 1
    quorum_denominator: int = 2
    chair_casting_vote: bool = True
    id: UUID | None = None
    row_version: int | None = None  # as read; a save from an older one is refused

    @property
    def quorum(self) -> QuorumRule:
        return QuorumRule(Fraction(self.quorum_numerator, self.quorum_denominator))


def validate_committee(committee: Committee) -> None:
    check = RuleCheck()
    check.require(committee.edition_id is not None, "edition_id", tr("النسخة: اختر نسخة البرنامج."))
    check.require(not is_blank(committee.name_ar), "name_ar", tr("اسم اللجنة: هذا الحقل إلزامي."))
    if committee.level is CommitteeLevel.PROVINCIAL:
        check.require(committee.province_id is not None, "province_id",
                      tr("الإقليم: اللجنة الإقليمية تتبع إقليما أو عمالة."))
    else:
        check.require(committee.region_id is not None, "region_id",
                      tr("الجهة: اللجنة الجهوية تتبع جهة."))
    check.require(
        0 < committee.quorum_numerator < committee.quorum_denominator <= 100, "quorum",
        tr("النصاب: نسبة الحضور المطلوبة كسر بين 0 و1 (مثلا 1 من 2: أكثر من النصف)."),
        "quorum.share")
    check.raise_if_failed()


@dataclass
class Member:
    committee_id: UUID | None
    full_name: str
    function: MemberFunction
    organisation: str = ""
    is_voting: bool = True
    position: int = 0
    id: UUID | None = None
    row_version: int | None = None  # as read; a save from an older one is refused


def validate_member(member: Member) -> None:
    check = RuleCheck()
    check.require(not is_blank(member.full_name), "full_name",
                  tr("الاسم الكامل: هذا الحقل إلزامي."))
    check.require(member.function is not MemberFunction.CHAIR or member.is_voting, "is_voting",
                  tr("الرئيس عضو مصوت: صوته يرجح عند تعادل الأصوات."), "member.chair_votes")
    check.raise_if_failed()


@dataclass
class Meeting:
    committee_id: UUID | None
    kind: MeetingKind
    held_on: date | None
    starts_at: time | None = None
    place: str = ""
    chair_member_id: UUID | None = None
    participating_bodies: str = ""
    id: UUID | None = None
    row_version: int | None = None  # as read; a save from an older one is refused


def validate_meeting(meeting: Meeting, chair_is_member: bool) -> None:
    check = RuleCheck()
    check.require(meeting.committee_id is not None, "committee_id", tr("اللجنة: اختر اللجنة."))
    check.require(meeting.held_on is not None, "held_on", tr("التاريخ: هذا الحقل إلزامي."))
    check.require(not is_blank(meeting.place), "place", tr("المكان: هذا الحقل إلزامي."))
    check.require(meeting.chair_member_id is None or chair_is_member, "chair_member_id",
                  tr("الرئيس: يجب أن يكون من أعضاء اللجنة."))
    check.raise_if_failed()


def validate_attendance(status: AttendanceStatus, represented_by: str) -> None:
    check = RuleCheck()
    check.require(status is not AttendanceStatus.REPRESENTED or not is_blank(represented_by),
                  "represented_by", tr("ممثل من طرف: اذكر اسم من ينوب عن العضو."),
                  "attendance.represented")
    check.raise_if_failed()


@dataclass(frozen=True)
class DecisionChoice:
    """What the secretary records: the outcome the votes give (None: let the rule decide),
    or a postponement with its reason."""

    outcome: DecisionOutcome | None = None
    reason: str = ""
    conditions: str = ""
    corrects_decision_id: UUID | None = None


def check_decision(choice: DecisionChoice, voted: DecisionOutcome | None) -> DecisionOutcome:
    """The outcome to record: the votes decide, the committee may only postpone instead.

    An approval or a rejection that the votes do not support is refused; so is a decision
    without votes other than a postponement, which then needs its reason.
    """
    check = RuleCheck()
    outcome = choice.outcome or voted
    if outcome is None:
        check.fail("votes",
                   tr("القرار: سجل أصوات الأعضاء الحاضرين أولا، أو أجل البت مع ذكر السبب."),
                   "decision.votes")
    elif outcome is DecisionOutcome.POSTPONED:
        check.require(not is_blank(choice.reason), "reason", tr("السبب: اذكر سبب التأجيل."),
                      "decision.reason")
    elif voted is None:
        check.fail("votes", tr("القرار: لا مصادقة ولا رفض بدون تصويت؛ سجل الأصوات أولا."),
                   "decision.votes")
    elif outcome is not voted:
        check.fail("outcome", tr("القرار: نتيجة التصويت هي «{voted}»، ولا يمكن تسجيل "
                                 "«{outcome}» خلافا لها.")
                                 .format(voted=label(voted), outcome=label(outcome)),
                   "decision.follows_votes")
    check.raise_if_failed()
    assert outcome is not None
    return outcome
