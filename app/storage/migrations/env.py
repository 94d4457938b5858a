"""Alembic environment: runs on the connection the program hands it (see storage.upgrade)."""

from __future__ import annotations

import re
from typing import Any

from alembic import context

from app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through app.storage.upgrade, which opens the connection.")

# The search indexes of 0007 (FTS5 tables with their shadow tables on SQLite, trigram
# indexes on PostgreSQL) are written by hand, not from the models: autogenerate leaves them.
_SEARCH_INDEX = re.compile(r"^\w+_search(_\w+)?$|^ix_\w+_search_trgm$")


def include_object(_obj: Any, name: str | None, _type: str, reflected: bool,
                   compare_to: Any) -> bool:
    return not (reflected and compare_to is None and name and _SEARCH_INDEX.match(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
