"""Every row of every table, to show that a refused action wrote nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from studio_desk.db import Database
from studio_desk.models import Base


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as connection:
        return {
            table.name: sorted(
                (tuple(row) for row in connection.execute(select(table))), key=repr
            )
            for table in Base.metadata.sorted_tables
        }
