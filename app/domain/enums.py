"""The closed lists of the programme, each with the Arabic label users read."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry their Arabic label (stored value stays ASCII)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self), self.value]

    @property
    def label_fr(self) -> str:
        return _LABELS_FR[type(self), self.value]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


def _by_type(pairs: list[tuple[LabelledEnum, str]]) -> dict[tuple[type, str], str]:
    """Keyed by (enum, value): members of different enums with one value (e.g. "other",
    "rejected") are equal as strings and would overwrite each other in a plain dict."""
    return {(type(member), member.value): text for member, text in pairs}


class Component(LabelledEnum):
    TEMPORARY_WORKSITES = "temporary_worksites"
    SUSTAINABLE_INTEGRATION = "sustainable_integration"


class ProvinceKind(LabelledEnum):
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    PREFECTURE_OF_ARRONDISSEMENTS = "prefecture_of_arrondissements"


class CommuneKind(LabelledEnum):
    URBAN = "urban"
    RURAL = "rural"


class PartnerKind(LabelledEnum):
    ASSOCIATION = "association"
    COOPERATIVE = "cooperative"
    ENTERPRISE = "enterprise"


class ProposalStatus(LabelledEnum):
    RECEIVED = "received"
    COMPLETE = "complete"
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    SELECTED = "selected"
    REJECTED = "rejected"


class CostLineKind(LabelledEnum):
    FRAMING_GRANT = "framing_grant"
    MATERIALS = "materials"
    OTHER = "other"


class CommitteeLevel(LabelledEnum):
    PROVINCIAL = "provincial"
    REGIONAL = "regional"


class MemberFunction(LabelledEnum):
    CHAIR = "chair"
    COUNCIL_PRESIDENT = "council_president"
    EXTERNAL_SERVICE = "external_service"
    ANAPEC = "anapec"
    CNSS = "cnss"
    OTHER = "other"


class MeetingKind(LabelledEnum):
    SELECTION = "selection"
    INFORMATION = "information"
    CONSULTATION = "consultation"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    CLOSED = "closed"


class AttendanceStatus(LabelledEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    REPRESENTED = "represented"


class VoteChoice(LabelledEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class DecisionOutcome(LabelledEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    POSTPONED = "postponed"


class ConventionStatus(LabelledEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    SIGNED = "signed"
    TERMINATED = "terminated"


class Sex(LabelledEnum):
    FEMALE = "female"
    MALE = "male"


class AssignmentStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    LEFT = "left"


class UserRole(LabelledEnum):
    ADMIN = "admin"
    SECRETARY = "secretary"
    COMMITTEE_MEMBER = "committee_member"
    VIEWER = "viewer"


class WageKind(LabelledEnum):
    SMIG = "smig"
    SMAG = "smag"


class AuditAction(LabelledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    SEAL = "seal"  # the SHA-256 of a record as it was locked (meeting closed, signing)


_LABELS = _by_type([
    (Component.TEMPORARY_WORKSITES, "الأوراش العامة المؤقتة"),
    (Component.SUSTAINABLE_INTEGRATION, "دعم الإدماج المستدام"),
    (ProvinceKind.PROVINCE, "إقليم"),
    (ProvinceKind.PREFECTURE, "عمالة"),
    (ProvinceKind.PREFECTURE_OF_ARRONDISSEMENTS, "عمالة مقاطعات"),
    (CommuneKind.URBAN, "جماعة حضرية"),
    (CommuneKind.RURAL, "جماعة قروية"),
    (PartnerKind.ASSOCIATION, "جمعية"),
    (PartnerKind.COOPERATIVE, "تعاونية"),
    (PartnerKind.ENTERPRISE, "مقاولة"),
    (ProposalStatus.RECEIVED, "مستلم"),
    (ProposalStatus.COMPLETE, "مكتمل"),
    (ProposalStatus.ELIGIBLE, "مؤهل"),
    (ProposalStatus.INELIGIBLE, "غير مؤهل"),
    (ProposalStatus.SELECTED, "منتقى"),
    (ProposalStatus.REJECTED, "مرفوض"),
    (CostLineKind.FRAMING_GRANT, "منحة التأطير"),
    (CostLineKind.MATERIALS, "المواد والمعدات"),
    (CostLineKind.OTHER, "مصاريف أخرى"),
    (CommitteeLevel.PROVINCIAL, "اللجنة الإقليمية"),
    (CommitteeLevel.REGIONAL, "اللجنة الجهوية"),
    (MemberFunction.CHAIR, "رئيس اللجنة"),
    (MemberFunction.COUNCIL_PRESIDENT, "رئيس المجلس الإقليمي"),
    (MemberFunction.EXTERNAL_SERVICE, "رئيس مصلحة خارجية"),
    (MemberFunction.ANAPEC, "ممثل الوكالة الوطنية لإنعاش التشغيل والكفاءات"),
    (MemberFunction.CNSS, "ممثل الصندوق الوطني للضمان الاجتماعي"),
    (MemberFunction.OTHER, "عضو"),
    (MeetingKind.SELECTION, "اجتماع الانتقاء"),
    (MeetingKind.INFORMATION, "لقاء تواصلي"),
    (MeetingKind.CONSULTATION, "لقاء تشاوري"),
    (MeetingStatus.PLANNED, "مبرمج"),
    (MeetingStatus.CLOSED, "مختتم"),
    (AttendanceStatus.PRESENT, "حاضر"),
    (AttendanceStatus.EXCUSED, "معتذر"),
    (AttendanceStatus.ABSENT, "غائب"),
    (AttendanceStatus.REPRESENTED, "ممثل"),
    (VoteChoice.FOR, "موافق"),
    (VoteChoice.AGAINST, "معارض"),
    (VoteChoice.ABSTAIN, "ممتنع"),
    (DecisionOutcome.APPROVED, "مصادق عليه"),
    (DecisionOutcome.REJECTED, "مرفوض"),
    (DecisionOutcome.POSTPONED, "مؤجل"),
    (ConventionStatus.DRAFT, "مسودة"),
    (ConventionStatus.PRINTED, "مطبوعة"),
    (ConventionStatus.SIGNED, "موقعة"),
    (ConventionStatus.TERMINATED, "مفسوخة"),
    (Sex.FEMALE, "أنثى"),
    (Sex.MALE, "ذكر"),
    (AssignmentStatus.PLANNED, "مبرمج"),
    (AssignmentStatus.ACTIVE, "في طور الاشتغال"),
    (AssignmentStatus.COMPLETED, "منته"),
    (AssignmentStatus.LEFT, "منقطع"),
    (UserRole.ADMIN, "مدير النظام"),
    (UserRole.SECRETARY, "كاتب اللجنة"),
    (UserRole.COMMITTEE_MEMBER, "عضو اللجنة"),
    (UserRole.VIEWER, "مطلع"),
    (WageKind.SMIG, "الحد الأدنى القانوني للأجر (SMIG)"),
    (WageKind.SMAG, "الحد الأدنى للأجر الفلاحي (SMAG)"),
    (AuditAction.INSERT, "إضافة"),
    (AuditAction.UPDATE, "تعديل"),
    (AuditAction.DELETE, "حذف"),
    (AuditAction.SEAL, "ختم"),
])

_LABELS_FR = _by_type([
    (Component.TEMPORARY_WORKSITES, "Chantiers généraux temporaires"),
    (Component.SUSTAINABLE_INTEGRATION, "Appui à l'insertion durable"),
    (ProvinceKind.PROVINCE, "Province"),
    (ProvinceKind.PREFECTURE, "Préfecture"),
    (ProvinceKind.PREFECTURE_OF_ARRONDISSEMENTS, "Préfecture d'arrondissements"),
    (CommuneKind.URBAN, "Commune urbaine"),
    (CommuneKind.RURAL, "Commune rurale"),
    (PartnerKind.ASSOCIATION, "Association"),
    (PartnerKind.COOPERATIVE, "Coopérative"),
    (PartnerKind.ENTERPRISE, "Entreprise"),
    (ProposalStatus.RECEIVED, "Reçu"),
    (ProposalStatus.COMPLETE, "Complet"),
    (ProposalStatus.ELIGIBLE, "Éligible"),
    (ProposalStatus.INELIGIBLE, "Non éligible"),
    (ProposalStatus.SELECTED, "Retenu"),
    (ProposalStatus.REJECTED, "Rejeté"),
    (CostLineKind.FRAMING_GRANT, "Subvention d'encadrement"),
    (CostLineKind.MATERIALS, "Matériel et équipements"),
    (CostLineKind.OTHER, "Autres frais"),
    (CommitteeLevel.PROVINCIAL, "Comité provincial"),
    (CommitteeLevel.REGIONAL, "Comité régional"),
    (MemberFunction.CHAIR, "Président du comité"),
    (MemberFunction.COUNCIL_PRESIDENT, "Président du conseil provincial"),
    (MemberFunction.EXTERNAL_SERVICE, "Chef de service extérieur"),
    (MemberFunction.ANAPEC, "Représentant de l'ANAPEC"),
    (MemberFunction.CNSS, "Représentant de la CNSS"),
    (MemberFunction.OTHER, "Membre"),
    (MeetingKind.SELECTION, "Réunion de sélection"),
    (MeetingKind.INFORMATION, "Réunion d'information"),
    (MeetingKind.CONSULTATION, "Réunion de concertation"),
    (MeetingStatus.PLANNED, "Programmée"),
    (MeetingStatus.CLOSED, "Clôturée"),
    (AttendanceStatus.PRESENT, "Présent"),
    (AttendanceStatus.EXCUSED, "Excusé"),
    (AttendanceStatus.ABSENT, "Absent"),
    (AttendanceStatus.REPRESENTED, "Représenté"),
    (VoteChoice.FOR, "Pour"),
    (VoteChoice.AGAINST, "Contre"),
    (VoteChoice.ABSTAIN, "Abstention"),
    (DecisionOutcome.APPROVED, "Approuvé"),
    (DecisionOutcome.REJECTED, "Rejeté"),
    (DecisionOutcome.POSTPONED, "Reporté"),
    (ConventionStatus.DRAFT, "Brouillon"),
    (ConventionStatus.PRINTED, "Imprimée"),
    (ConventionStatus.SIGNED, "Signée"),
    (ConventionStatus.TERMINATED, "Résiliée"),
    (Sex.FEMALE, "Femme"),
    (Sex.MALE, "Homme"),
    (AssignmentStatus.PLANNED, "Programmé"),
    (AssignmentStatus.ACTIVE, "En activité"),
    (AssignmentStatus.COMPLETED, "Terminé"),
    (AssignmentStatus.LEFT, "Abandon"),
    (UserRole.ADMIN, "Administrateur"),
    (UserRole.SECRETARY, "Secrétaire du comité"),
    (UserRole.COMMITTEE_MEMBER, "Membre du comité"),
    (UserRole.VIEWER, "Consultation"),
    (WageKind.SMIG, "Salaire minimum légal (SMIG)"),
    (WageKind.SMAG, "Salaire minimum agricole (SMAG)"),
    (AuditAction.INSERT, "Ajout"),
    (AuditAction.UPDATE, "Modification"),
    (AuditAction.DELETE, "Suppression"),
    (AuditAction.SEAL, "Scellé"),
])

# Both forms of every label, for a window that switches language while open.
LABELS = _LABELS
LABELS_FR = _LABELS_FR
