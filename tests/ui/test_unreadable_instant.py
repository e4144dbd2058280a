"""Booking details of a booking whose payment another program dated with junk (before the
database refused it): the dialog says what the database holds, not "Something went wrong"."""

from __future__ import annotations

from alembic import command
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from studio_desk import services
from studio_desk.db import alembic_config
from studio_desk.services import Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.messages import UNEXPECTED
from tests.support.studio import Studio


def test_a_payment_dated_with_junk_is_named_in_the_details(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-24", start_time="10:00"
    )
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")  # a desk from before the guard
        connection.execute(text("UPDATE receipt_counters SET last_number = last_number + 1"))
        connection.execute(
            text(
                "INSERT INTO payments (booking_id, amount, method, taken_at, receipt_number)"
                " VALUES (:b, 150000, 'cash', 'yesterday', (SELECT last_number FROM receipt_counters))"
            ),
            {"b": booking.id},
        )
    db.upgrade()

    dialog = BookingDetailsDialog(desk, booking.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text() != UNEXPECTED
    assert "cannot read ('yesterday')" in dialog.message.text()
    assert "another program wrote it" in dialog.message.text()
