"""The walk-in dialog: find or add the client, pick course, date and a free time, create."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingFilter, BookingStatus, Change, Database, SlotConflict
from studio_desk.ui.bookings.new_booking import NO_CLIENT, NO_FREE_TIMES, NewBookingDialog
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown

TODAY = dt.date(2025, 10, 24)  # the test clock's day; it is 08:00 there


def open_dialog(qtbot: QtBot, desk: Desk, **preset: object) -> NewBookingDialog:
    dialog = NewBookingDialog(desk, **preset)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # the active window, so that keyboard focus is real
        dialog.show()
        dialog.activateWindow()
    return dialog


def found_names(dialog: NewBookingDialog) -> list[str]:
    return [client.name for client in dialog.found_clients()]


def bookings(db: Database) -> list[services.BookingView]:
    return list(services.list_bookings(db, BookingFilter()).rows)


def test_search_as_you_type_finds_a_client_by_name_and_by_phone(
    qtbot: QtBot, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk)
    assert dialog.search.hasFocus()

    qtbot.keyClicks(dialog.search, "roe")
    qtbot.waitUntil(lambda: found_names(dialog) == ["Jane Roe"], timeout=2000)

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "0812 3456")
    qtbot.waitUntil(lambda: found_names(dialog) == ["John Doe"], timeout=2000)

    dialog.search.setText("nobody like this")
    dialog.search_clients_now()
    assert found_names(dialog) == []
    assert "No client matches" in dialog.search_hint.text()


def test_down_and_enter_pick_a_client_without_creating_anything(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    dialog.choose_time("10:00")  # so that a stray default button would create a booking
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "doe")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # searches at once, no waiting for the pause
    assert dialog.results.hasFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)

    assert dialog.client is not None and dialog.client.id == studio.john
    assert "John Doe" in dialog.chosen.text()
    assert dialog.course.hasFocus()
    assert dialog.isVisible() and bookings(db) == []


def test_the_time_list_is_the_services_free_start_times(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.pilates,
                            date=TODAY, start_time="11:00")
    dialog = open_dialog(qtbot, desk)
    dialog.set_course(studio.yoga)

    shown = [slot.start_at for slot in dialog.free_times()]
    assert shown == [slot.start_at for slot in services.free_start_times(db, studio.yoga, TODAY)]
    labels = [dialog.times.item(row).text() for row in range(dialog.times.count())]
    # Pilates 11:00-11:45 and its 15 minutes' buffer keep Coach Smith busy until 12:00.
    assert labels[0] == "08:00" and {"10:30", "11:00", "11:30"}.isdisjoint(labels) and "12:00" in labels

    dialog.set_date(dt.date(2025, 12, 5))  # after the coach's last hours
    assert dialog.free_times() == []
    assert dialog.times_note.text() == NO_FREE_TIMES


def test_choosing_a_time_and_create_makes_a_pending_booking_at_that_start(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk)
    dialog.pick_client(services.get_client(db, studio.jane))
    dialog.set_course(studio.hiit)
    dialog.set_date(TODAY + dt.timedelta(days=1))
    dialog.choose_time("14:30")

    with qtbot.waitSignal(dialog.created) as created, qtbot.waitSignal(desk.sig_changed):
        dialog.create_button.click()

    [booking] = bookings(db)
    assert created.args == [booking]
    assert booking.status is BookingStatus.PENDING
    assert (booking.client_id, booking.course_id) == (studio.jane, studio.hiit)
    assert booking.start_at == dt.datetime(2025, 10, 25, 14, 30, tzinfo=desk.settings.zone)
    assert dialog.result() == NewBookingDialog.DialogCode.Accepted
    assert dialog.payment_dialog is None


def test_a_new_client_typed_inline_is_added_with_the_booking(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    qtbot.keyClicks(dialog.search, "Ayu Lestari")
    dialog.new_client.setChecked(True)  # Alt+N
    assert dialog.new_name.text() == "Ayu Lestari" and dialog.new_name.hasFocus()
    dialog.new_phone.setText("0857 1234 5678")
    dialog.choose_time("09:00")

    dialog.create_booking(pay=False)

    [client] = services.find_clients(db, "Ayu")
    assert (client.name, client.phone) == ("Ayu Lestari", "6285712345678")
    [booking] = bookings(db)
    assert booking.client_id == client.id and f"{booking.start_at:%H:%M}" == "09:00"


def test_a_slot_taken_meanwhile_says_so_keeps_everything_and_stops_offering_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, desk)
    dialog.pick_client(services.get_client(db, studio.john))
    dialog.set_course(studio.yoga)
    dialog.set_date(TODAY + dt.timedelta(days=2))
    dialog.choose_time("10:00")
    # Another desk books Coach Smith at 10:00 behind the dialog's back.
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                            date=TODAY + dt.timedelta(days=2), start_time="10:00")
    with pytest.raises(SlotConflict):  # what the service says to anyone trying now
        services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date=TODAY + dt.timedelta(days=2), start_time="10:00")
    expected = "10:00 was just booked at another desk. Choose another time."

    dialog.create_booking(pay=True)

    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text() == expected
    assert prompts.errors == []  # in the dialog, not in a box
    assert dialog.client is not None and dialog.client.id == studio.john
    course = dialog.chosen_course()
    assert course is not None and course.id == studio.yoga
    assert dialog.chosen_date() == TODAY + dt.timedelta(days=2)
    assert "10:00" not in [slot.label for slot in dialog.free_times()]
    assert "10:30" not in [slot.label for slot in dialog.free_times()]
    assert "11:00" in [slot.label for slot in dialog.free_times()]
    assert [b.client_id for b in bookings(db)] == [studio.jane]


def test_a_new_client_refused_a_taken_slot_is_not_saved_and_the_form_is_kept(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    shown(qtbot, dialog)
    dialog.new_client.setChecked(True)
    qtbot.keyClicks(dialog.new_name, "Budi")
    dialog.choose_time("13:00")
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                            date=TODAY, start_time="13:00")

    press(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # C&reate
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    # The refusal is followed by the times now free, and the dialog names the one that went.
    assert dialog.error.text() == "13:00 was just booked at another desk. Choose another time."
    assert services.find_clients(db, "Budi") == []  # one unit of work: no client without a booking
    assert dialog.new_client.isChecked() and dialog.new_name.text() == "Budi"

    dialog.choose_time("14:00")
    press(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == NewBookingDialog.DialogCode.Accepted)

    assert [c.name for c in services.find_clients(db, "Budi")] == ["Budi"]
    assert [b.client_name for b in bookings(db)] == ["Jane Roe", "Budi"]


def test_without_a_client_the_dialog_says_so_and_creates_nothing(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    dialog.choose_time("10:00")

    dialog.create_and_pay_button.click()

    assert dialog.error.isVisible() and dialog.error.text() == NO_CLIENT
    assert dialog.search.hasFocus()
    assert [slot.label for slot in [dialog.chosen_slot()] if slot] == ["10:00"]
    assert bookings(db) == [] and prompts.errors == []

    dialog.new_client.setChecked(True)  # a new client with no name: the service's words
    dialog.create_booking(pay=False)
    assert "name" in dialog.error.text().lower()
    assert bookings(db) == []


def test_create_and_pay_opens_the_payment_of_the_new_booking(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga, start=dt.time(16, 0))
    assert dialog.chosen_slot() is not None and dialog.chosen_slot().label == "16:00"  # type: ignore[union-attr]
    dialog.pick_client(services.get_client(db, studio.john))

    dialog.create_and_pay_button.click()

    payment = dialog.payment_dialog
    assert isinstance(payment, PaymentDialog)
    qtbot.addWidget(payment)
    [booking] = bookings(db)
    assert payment.booking == booking and payment.isVisible()


def test_a_walk_in_is_booked_and_paid_with_the_keyboard_alone(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(focused(), key)

    dialog = open_dialog(qtbot, desk)
    qtbot.keyClicks(focused(), "jane")
    press(Qt.Key.Key_Return)  # the first match
    qtbot.keyClicks(focused(), "H")  # the course combo jumps to HIIT
    press(Qt.Key.Key_Tab, 2)  # past the date, into the free times
    assert focused() is dialog.times
    press(Qt.Key.Key_Right, 2)  # 08:00 -> 08:30 -> 09:00
    press(Qt.Key.Key_Return)  # Create and pay, the default button

    [booking] = bookings(db)
    assert (booking.client_name, booking.course_title) == ("Jane Roe", "HIIT")
    assert f"{booking.start_at:%H:%M}" == "09:00"
    payment = dialog.payment_dialog
    assert payment is not None
    qtbot.addWidget(payment)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is payment, timeout=2000)
    assert focused() is payment.amount
    press(Qt.Key.Key_Tab, 3)  # method (cash), reference, cash given
    qtbot.keyClicks(focused(), "200000")
    press(Qt.Key.Key_Return)  # Pay

    assert services.get_booking(db, booking.id).status is BookingStatus.PAID
    assert payment.success_text.isVisible() and "Rp 25,000" in payment.change_given.text()


def test_the_free_times_follow_changes_made_elsewhere_at_the_desk(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    assert "15:00" in [slot.label for slot in dialog.free_times()]
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                            date=TODAY, start_time="15:00")

    desk.announce(Change.of_everything())  # what the desk says after any change

    assert "15:00" not in [slot.label for slot in dialog.free_times()]


def test_a_chosen_time_booked_at_another_desk_is_named_while_the_form_stays(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    dialog = open_dialog(qtbot, desk, course_id=studio.yoga)
    dialog.show()
    dialog.new_client.setChecked(True)
    dialog.new_name.setText("Budi")
    dialog.choose_time("13:00")
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                            date=TODAY, start_time="13:00")
    desk.announce(Change.of_everything())  # what another desk's booking sets off here

    assert dialog.error.text() == "13:00 was just booked at another desk. Choose another time."
    assert "13:00" not in [slot.label for slot in dialog.free_times()]
    assert (dialog.new_name.text(), dialog.new_client.isChecked()) == ("Budi", True)
    assert dialog.chosen_course() is not None and dialog.chosen_course().id == studio.yoga  # type: ignore[union-attr]


def test_a_start_no_course_of_the_coach_has_free_is_named_not_dropped(
    qtbot: QtBot, desk: Desk, studio: Studio
) -> None:
    late = dt.datetime.combine(TODAY, dt.time(20, 30), tzinfo=desk.settings.zone)  # neither fits before 21:00
    dialog = open_dialog(qtbot, desk, coach_id=studio.coach_a, start=late)

    course = dialog.chosen_course()
    assert course is not None and course.coach_id == studio.coach_a
    assert dialog.chosen_slot() is None
    assert dialog.times_note.text() == "20:30 is not free for this course: choose another start time."
