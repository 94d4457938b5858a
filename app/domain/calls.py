"""Calls for project proposals (طلبات عروض المشاريع)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from app.domain.enums import Component
from app.domain.rules import RuleCheck, is_blank
from app.language import tr


@dataclass
class Call:
    edition_id: UUID
    title_ar: str
    opens_on: date
    closes_on: date
    component: Component = Component.TEMPORARY_WORKSITES
    province_id: UUID | None = None
    region_id: UUID | None = None
    reference: str = ""
    accepted_domain_codes: list[str] = field(default_factory=list)
    id: UUID | None = None
    edition_title: str = ""
    territory_name_ar: str = ""
    row_version: int | None = None  # as read; a save from an older one is refused

    def is_open_on(self, day: date) -> bool:
        return self.opens_on <= day <= self.closes_on


def validate_call(call: Call) -> None:
    check = RuleCheck()
    check.require(not is_blank(call.title_ar), "title_ar", tr("عنوان طلب العروض: إلزامي."),
                  "call.title")
    check.require(call.closes_on >= call.opens_on, "closes_on",
                  tr("تاريخ الإغلاق: لا يمكن أن يسبق تاريخ الفتح."), "call.dates")
    if call.component is Component.TEMPORARY_WORKSITES:
        check.require(call.province_id is not None, "province_id",
                      tr("الإقليم: الأوراش العامة المؤقتة تدبر على مستوى الإقليم أو العمالة."),
                      "call.province")
    else:
        check.require(call.region_id is not None or call.province_id is not None, "region_id",
                      tr("الجهة: دعم الإدماج المستدام يدبر على مستوى الجهة."), "call.region")
    check.require(bool(call.accepted_domain_codes), "accepted_domain_codes",
                  tr("المجالات المقبولة: اختر مجالا واحدا على الأقل."), "call.domains")
    check.raise_if_failed()
