"""Bodies that carry projects (associations, cooperatives, enterprises) and stored files."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import PartnerKind
from app.storage.models.base import Base, Keyed, Versioned, enum_type


class PartnerRow(Versioned, Keyed, Base):
    __tablename__ = "partners"
    __table_args__ = (
        Index("ix_partners_name_id", "name_ar", "id"),
        Index("ix_partners_commune_name", "commune_id", "name_ar", "id"),
    )

    kind: Mapped[PartnerKind] = mapped_column(enum_type(PartnerKind), index=True)
    name_ar: Mapped[str] = mapped_column(String(400))
    name_fr: Mapped[str] = mapped_column(String(400), default="")
    registration_number: Mapped[str] = mapped_column(String(80), default="", index=True)
    legal_representative: Mapped[str] = mapped_column(default="")
    representative_title: Mapped[str] = mapped_column(default="")
    # "m" or "f": the convention writes السيد/السيدة and بصفته/بصفتها after it.
    representative_sex: Mapped[str] = mapped_column(String(1), default="",
                                                    server_default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    commune_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("communes.id"))
    bank_name: Mapped[str] = mapped_column(default="")
    rib: Mapped[str] = mapped_column(String(24), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The employer's CNSS affiliate number (7 digits), needed to declare its beneficiaries.
    cnss_affiliate: Mapped[str] = mapped_column(String(7), default="", server_default="")
    # Folded text of the searched columns, written by app.services.search on every flush.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class AttachmentRow(Keyed, Base):
    """A file copied into the data folder (statutes, scans of signed copies...).

    `owner_table`/`owner_id` point at any record, so one table serves every capability.
    """

    __tablename__ = "attachments"

    owner_table: Mapped[str] = mapped_column(String(60), index=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    original_name: Mapped[str] = mapped_column(String(400))
    stored_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]
