"""A studio upgrading from a desk that posted status changes to a path the platform lacks: what
was refused then reaches the web after the upgrade, within one round."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from studio_desk import services
from studio_desk.db import Database, alembic_config
from studio_desk.services import sync
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform

OLD_REFUSAL = "The web platform refused a status change (HTTP 404)."
PROBLEM = f"The web platform refused to change the status: {OLD_REFUSAL}"


@pytest.fixture
def linked(
    db: Database, studio: Studio, clock: SettableClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Linked]:
    with WebPlatform() as web:
        yield link_studio(db, studio, clock, web, monkeypatch)


def refused_as_the_old_desk_did(db: Database, booking_id: int) -> None:
    """The outbox and the booking as a desk before 0011 left them after its 404."""
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE outbox_items SET outcome = 'refused', attempts = 1, last_error = :error, "
                "sent_at = created_at "
                "WHERE booking_id = :booking AND kind = 'status'"
            ),
            {"error": OLD_REFUSAL, "booking": booking_id},
        )
        connection.execute(
            text("UPDATE bookings SET sync_problem = :problem WHERE id = :booking"),
            {"problem": PROBLEM, "booking": booking_id},
        )


def test_status_changes_the_old_path_lost_are_sent_after_the_upgrade(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    lost, kept_aside = (
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time=start
        )
        for start in ("10:00", "13:00")
    )
    for booking in (lost, kept_aside):
        services.mark_paid(db, studio.desk, booking.id, method="cash")
    linked.sync()
    services.confirm_booking(db, studio.coach_a_actor, lost.id)
    services.cancel_booking(
        db, studio.desk, kept_aside.id, reason="Moved away", refund=services.Refund(150_000, "cash")
    )
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    refused_as_the_old_desk_did(db, lost.id)
    # A refusal for another reason stays refused: a person decides about it.
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE outbox_items SET outcome = 'refused', last_error = 'Only the coach may', "
                "sent_at = created_at "
                "WHERE booking_id = :booking AND kind = 'status'"
            ),
            {"booking": kept_aside.id},
        )
    assert sync.sync_status(db).waiting == 0

    db.upgrade()

    assert services.get_booking(db, lost.id).sync_problem is None
    report = linked.sync()
    assert report.sent == 1, report.lines()
    assert linked.web.booking(services.get_booking(db, lost.id).remote_id or 0).status == "confirmed"
    assert linked.web.booking(services.get_booking(db, kept_aside.id).remote_id or 0).status == "paid"
