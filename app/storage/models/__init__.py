"""All tables, imported together so that the metadata is complete for Alembic."""

from app.storage.models.attendance import WorkedDaysRow
from app.storage.models.base import Base
from app.storage.models.beneficiaries import AssignmentRow, BeneficiaryRow, DuplicateDecisionRow
from app.storage.models.committee import (
    AgendaItemRow,
    AttendanceRow,
    CommitteeRow,
    DecisionRow,
    MeetingRow,
    MemberRow,
    RecommendationRow,
    ScoreRow,
    ScoringCriterionRow,
    VoteRow,
)
from app.storage.models.conventions import (
    AmendmentRow,
    ConventionRow,
    NumberSequenceRow,
    PrintedDocumentRow,
    SignatoryRow,
    TrancheRow,
)
from app.storage.models.exchange import BaseVersionRow, ChangeLogRow, ConflictRow, PeerRow
from app.storage.models.followup import (
    EquityDenominatorRow,
    FieldVisitRow,
    TranchePaymentRow,
    WorksiteEventRow,
    WorksiteRow,
)
from app.storage.models.grant_meetings import GrantAgendaRow, GrantScoreRow, GrantVoteRow
from app.storage.models.grants import (
    EmployerRow,
    GrantAgreementRow,
    GrantAllocationRow,
    GrantAmendmentRow,
    GrantApplicationRow,
    GrantCallRow,
    GrantDecisionRow,
    GrantHireRow,
    GrantPaymentRow,
    GrantPostRow,
)
from app.storage.models.partners import AttachmentRow, PartnerRow
from app.storage.models.programme import (
    EditionComponentRow,
    EditionRow,
    MinimumWageRow,
    QuotaRow,
    SettingRow,
    WorksiteDomainRow,
)
from app.storage.models.proposals import CallRow, CostLineRow, ProposalRow, proposal_communes
from app.storage.models.territory import CommuneRow, ProvinceRow, RegionRow
from app.storage.models.users import AuditRow, UserRow

__all__ = [
    "AgendaItemRow", "AmendmentRow", "AssignmentRow", "AttachmentRow", "AttendanceRow",
    "AuditRow", "Base", "BeneficiaryRow", "CallRow", "CommitteeRow", "CommuneRow",
    "ConventionRow", "CostLineRow", "DecisionRow", "DuplicateDecisionRow", "EditionComponentRow",
    "EditionRow",
    "MeetingRow", "MemberRow", "MinimumWageRow", "NumberSequenceRow", "PartnerRow",
    "PrintedDocumentRow", "ProposalRow", "ProvinceRow",
    "QuotaRow", "RecommendationRow", "RegionRow", "ScoreRow", "ScoringCriterionRow",
    "SettingRow", "SignatoryRow", "TrancheRow", "UserRow", "VoteRow", "WorksiteDomainRow",
    "proposal_communes", "WorkedDaysRow",
    "BaseVersionRow", "ChangeLogRow", "ConflictRow", "PeerRow",
    "EmployerRow", "GrantAgreementRow", "GrantAllocationRow", "GrantAmendmentRow",
    "GrantApplicationRow",
    "GrantCallRow", "GrantDecisionRow", "GrantHireRow", "GrantPaymentRow", "GrantPostRow",
    "EquityDenominatorRow", "FieldVisitRow", "TranchePaymentRow", "WorksiteEventRow",
    "WorksiteRow",
    "GrantAgendaRow", "GrantScoreRow", "GrantVoteRow",
]
