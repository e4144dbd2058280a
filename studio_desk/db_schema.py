"""Which schema a database has, read without alembic.

Every desk start opens the database, and nearly always finds it at the newest schema. Asking
alembic would import it and read every migration script (0.1 s of the desk's start, more in
the bundle), only to learn there is nothing to do. The newest revision is written here
instead, and the database's `alembic_version` is read with a plain query: alembic is loaded
only when they differ (a new or older database, or one made by a newer desk).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

# The revision of the newest script in migrations/versions. A new migration changes it too:
# tests/integration/test_migrations.py fails until it names alembic's head.
HEAD_REVISION = "0017"
# Where alembic keeps the revision a database is at (its default name, which env.py keeps).
VERSION_TABLE = "alembic_version"


def stored_revisions(connection: Connection) -> list[str]:
    """The revisions recorded in the database, sorted: none for a database alembic never
    touched, one for the desk's straight line of migrations."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return []
    return sorted(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
