"""Declarative base and the column conventions every table shares.

UUID keys let two offline laptops create records independently and merge them later;
`created_at`/`updated_at` in UTC let an exchange tell which copy is newer.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric, String, Uuid, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2, asdecimal=True)
Rate = Numeric(6, 4, asdecimal=True)


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_type(enum_cls: type[PyEnum]) -> SAEnum:
    """Store enums by value as plain strings, so the database stays readable and portable."""
    return SAEnum(enum_cls, native_enum=False, create_constraint=False, length=40,
                  values_callable=lambda cls: [m.value for m in cls],
                  validate_strings=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: DateTime(timezone=True),
        Decimal: Money,
        str: String(255),
    }


class Keyed:
    """A UUID primary key and the two timestamps."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Versioned:
    """A number raised by every UPDATE, so that a save based on an old read is refused.

    Two people may open the same record; without it the second save silently replaces
    what the first one changed. SQLAlchemy adds `WHERE row_version = <read>` to each UPDATE
    (a race between read and write inside one transaction), and the services compare it
    with the version a form was read at (`app.services.versions`). The name is not
    `version` because a convention already has one: the version of its printed text.
    """

    row_version: Mapped[int] = mapped_column(default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class-level directive)
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]
