"""A regional committee ready to meet: the wali and four members, the region's allocation of
30 hires, and two applications waiting for a decision (10 hires, then 25: the second no
longer fits once the first is approved)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.beneficiaries import EligibilityCategory
from app.domain.enums import Component, MeetingKind, MemberFunction, PartnerKind
from app.domain.grants import ContractType, Employer, GrantApplication, GrantPost, Sector
from app.domain.meetings import Meeting, Member
from app.domain.programme import ComponentParams, Edition
from app.services import committees, grants, meetings, programme, territory
from app.services.grants import GrantCall
from app.storage.models import CommitteeRow

MEMBERS = (("والي جهة بني ملال-خنيفرة", MemberFunction.CHAIR, "ولاية الجهة"),
           ("رئيس مجلس الجهة", MemberFunction.COUNCIL_PRESIDENT, "مجلس الجهة"),
           ("المدير الجهوي لـ ANAPEC", MemberFunction.ANAPEC, "ANAPEC"),
           ("المدير الجهوي لـ CNSS", MemberFunction.CNSS, "CNSS"),
           ("المدير الجهوي للتشغيل", MemberFunction.EXTERNAL_SERVICE, "وزارة التشغيل"))


@dataclass
class Regional:
    opened: object
    committee_id: uuid.UUID
    meeting_id: uuid.UUID
    members: list[uuid.UUID]
    small: uuid.UUID  # 10 hires
    large: uuid.UUID  # 25 hires
    region_id: uuid.UUID


def regional_meeting(opened) -> Regional:
    db, actor = opened.db, opened.actor
    edition = programme.save_edition(db, actor, Edition(2023, 2, components=[ComponentParams(
        Component.SUSTAINABLE_INTEGRATION, employer_grant_monthly=Decimal("1500.00"),
        employer_grant_months=9, min_contract_months=12)]))
    [bmk] = [r for r in territory.list_regions(db) if r.code == "05"]
    with grants.writing(db, actor) as session:
        row = CommitteeRow(level=grants.CommitteeLevel.REGIONAL, edition_id=edition.id,
                           region_id=bmk.id, name_ar="اللجنة الجهوية لبني ملال-خنيفرة")
        session.add(row)
        session.flush()
        committee_id = row.id
    members = [committees.save_member(db, actor, Member(committee_id, name, function,
                                                        organisation, position=n)).id
               for n, (name, function, organisation) in enumerate(MEMBERS, start=1)]
    grants.save_allocation(db, actor, edition.id, bmk.id, 30)
    call = grants.save_call(db, actor, GrantCall(edition.id, bmk.id, "BMK-T-2023",
                                                 "طلب عروض تجريبي", date(2023, 3, 1),
                                                 date(2023, 3, 31)))
    khouribga = territory.find_province(db, "05.311")
    ids = []
    for name, cnss, title, count in (("شركة الأطلس للبناء", "1234567", "بناء", 10),
                                     ("تعاونية تادلة للحليب", "7654321", "عامل إنتاج", 25)):
        employer = grants.save_employer(db, actor, Employer(
            PartnerKind.ENTERPRISE, name, cnss, Sector.INDUSTRY, khouribga.id,
            legal_representative="رشيد العلوي"))
        ids.append(grants.save_application(db, actor, GrantApplication(
            call.id, employer.id, [GrantPost(title, count, Decimal("3300"), 12,
                                             ContractType.FIXED_TERM)],
            [EligibilityCategory.ANAPEC], date(2023, 3, 10))).id)
    meeting = meetings.save_meeting(db, actor, Meeting(
        committee_id, MeetingKind.SELECTION, date(2023, 4, 20), place="مقر ولاية الجهة",
        chair_member_id=members[0]))
    assert meeting.meeting.id is not None
    return Regional(opened, committee_id, meeting.meeting.id, members, ids[0], ids[1], bmk.id)
