"""Alembic environment: always run by studio_desk.db with a connection handed over."""

from alembic import context

from studio_desk.db import include_in_autogenerate
from studio_desk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `studio-desk db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_name=include_in_autogenerate,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
