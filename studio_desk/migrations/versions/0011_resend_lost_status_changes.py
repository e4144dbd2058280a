"""Status changes that went to a path the web platform does not have are sent again.

Desks before this version posted a coach's confirm, done and cancel to
/booking/api/booking/<id>/update-status/, which the platform does not have. Its 404 page was
taken as a refusal: the outbox item was closed as refused, its booking marked with the problem,
and the web stayed where it was. The desk now posts to the platform's status endpoint; this
puts those items back in the queue (their next try is already in the past, so they are due at
once, in their order) and takes the problem off their bookings. The next round then brings the
web to the desk's status; a booking the web has since ended is not moved back (sync/push.py).

No schema change; downgrading leaves the items queued.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# How the old desk wrote such a refusal: its own words, since a 404 page carries none.
_LOST = "%refused a status change (HTTP 40_).%"

_outbox = sa.table(
    "outbox_items",
    sa.column("id", sa.Integer),
    sa.column("booking_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("outcome", sa.String),
    sa.column("attempts", sa.Integer),
    sa.column("last_error", sa.Text),
    sa.column("sent_at", sa.DateTime),
)
_bookings = sa.table(
    "bookings",
    sa.column("id", sa.Integer),
    sa.column("sync_problem", sa.Text),
    sa.column("sync_problem_words", sa.Text),
)


def upgrade() -> None:
    lost = sa.and_(
        _outbox.c.kind == "status", _outbox.c.outcome == "refused", _outbox.c.last_error.like(_LOST)
    )
    op.execute(
        _bookings.update()
        .where(
            _bookings.c.id.in_(sa.select(_outbox.c.booking_id).where(lost)),
            _bookings.c.sync_problem.like(_LOST),
        )
        .values(sync_problem=None, sync_problem_words=None)
    )
    op.execute(
        _outbox.update().where(lost).values(outcome=None, attempts=0, last_error=None, sent_at=None)
    )


def downgrade() -> None:
    pass
