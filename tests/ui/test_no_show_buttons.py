"""Recording a no-show by keys: Alt+N in Booking details and in the coach queue, asked first (in
the no-show dialog: Enter records, Escape leaves it), offered only once the session has begun and
only to its coach or an admin."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingAction, BookingStatus, BookingView, Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.no_show_dialog import NoShowDialog
from studio_desk.ui.calendar.coach_queue import CoachQueue
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.ui import in_front, press, shown

TODAY = dt.date(2025, 10, 24)
ALT = Qt.KeyboardModifier.AltModifier


def confirmed_yoga(db: Database, studio: Studio, at: str = "10:00") -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time=at
    )
    services.mark_paid(db, studio.desk, booking.id, method="cash")
    return services.confirm_booking(db, studio.admin, booking.id)


def asked(dialog: NoShowDialog | None) -> NoShowDialog:
    """The no-show dialog, in front as a person sees it."""
    assert dialog is not None and dialog.isVisible()
    in_front(dialog)
    return dialog


def test_alt_n_in_the_details_records_a_no_show_after_asking(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    booking = confirmed_yoga(db, studio)
    desk.set_actor(studio.coach_a_actor)
    before = BookingDetailsDialog(desk, booking.id)
    shown(qtbot, before)
    assert BookingAction.NO_SHOW not in before.action_buttons  # not before the session starts
    press(before, Qt.Key.Key_Escape)

    clock.set(dt.datetime(2025, 10, 24, 10, 20, tzinfo=JAKARTA))
    dialog = BookingDetailsDialog(desk, booking.id)
    shown(qtbot, dialog)
    assert BookingAction.NO_SHOW in dialog.action_buttons
    press(dialog, Qt.Key.Key_N, ALT)
    no_show = asked(dialog.no_show_dialog)
    assert "did not come" in no_show.question.text()
    assert not no_show.waiver.isVisibleTo(no_show)  # a coach waives nothing
    press(no_show, Qt.Key.Key_Escape)
    assert not no_show.isVisible()
    assert services.get_booking(db, booking.id).status is BookingStatus.CONFIRMED

    in_front(dialog)
    press(dialog, Qt.Key.Key_N, ALT)
    press(asked(dialog.no_show_dialog), Qt.Key.Key_Return)
    stored = services.get_booking(db, booking.id)
    assert (stored.status, stored.no_show) == (BookingStatus.DONE, True)
    assert dialog.status.text() == "Done · no-show"
    assert dialog.action_buttons == {}


def test_the_front_desk_is_not_offered_a_no_show(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    booking = confirmed_yoga(db, studio)
    clock.set(dt.datetime(2025, 10, 24, 10, 20, tzinfo=JAKARTA))
    dialog = BookingDetailsDialog(desk, booking.id)  # the receptionist is signed in
    shown(qtbot, dialog)
    assert BookingAction.NO_SHOW not in dialog.action_buttons


def test_alt_n_in_the_coach_queue_records_the_chosen_session(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    early = confirmed_yoga(db, studio, "10:00")
    later = confirmed_yoga(db, studio, "16:00")
    clock.set(dt.datetime(2025, 10, 24, 10, 30, tzinfo=JAKARTA))
    desk.set_actor(studio.coach_a_actor)
    queue = CoachQueue(desk)
    shown(qtbot, queue)
    assert queue.no_show_button.isVisible()

    queue.today_table.setFocus()
    press(queue, Qt.Key.Key_Down)  # the first row: 10:00, begun
    press(queue, Qt.Key.Key_Down)  # the second: 16:00, not yet
    assert not queue.no_show_button.isEnabled()
    press(queue, Qt.Key.Key_Up)
    assert queue.no_show_button.isEnabled()
    press(queue, Qt.Key.Key_N, ALT)
    no_show = asked(queue.no_show_dialog)
    assert "did not come to Yoga Pemula at 10:00" in no_show.question.text()
    press(no_show, Qt.Key.Key_Return)

    assert services.get_booking(db, early.id).no_show
    assert services.get_booking(db, later.id).status is BookingStatus.CONFIRMED
    assert queue.done_note.text().startswith("No-show recorded: John")
