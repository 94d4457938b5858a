"""Regions > provinces and prefectures > communes (HCP codes)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import CommuneKind, ProvinceKind
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class RegionRow(Keyed, Base):
    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_ar: Mapped[str]
    name_fr: Mapped[str]

    provinces: Mapped[list[ProvinceRow]] = relationship(back_populates="region")


class ProvinceRow(Keyed, Base):
    __tablename__ = "provinces"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_ar: Mapped[str]
    name_fr: Mapped[str]
    kind: Mapped[ProvinceKind] = mapped_column(enum_type(ProvinceKind))
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("regions.id"), index=True)

    region: Mapped[RegionRow] = relationship(back_populates="provinces")
    communes: Mapped[list[CommuneRow]] = relationship(back_populates="province")


class CommuneRow(Versioned, Keyed, Base):
    __tablename__ = "communes"

    code: Mapped[str | None] = mapped_column(String(16), unique=True)
    name_ar: Mapped[str] = mapped_column(index=True)
    name_fr: Mapped[str]
    kind: Mapped[CommuneKind] = mapped_column(enum_type(CommuneKind))
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provinces.id"), index=True)
    # A reload of the shipped list neither deletes rows users added nor undoes their fixes.
    added_by_user: Mapped[bool] = mapped_column(default=False)
    corrected_by_user: Mapped[bool] = mapped_column(default=False)

    province: Mapped[ProvinceRow] = relationship(back_populates="communes")
