"""Setting up group classes by keys, as an admin would: a course's capacity, a room, a weekly
timetable line with the dates it skipped, a line ended, a one-off class; then one class canceled
(money and credits back, or kept) with the clients to call, a substitute coach, and the class
settings. Each outcome is read back through the services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QListWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database, OccurrenceStatus
from studio_desk.ui.catalog.courses_dialog import CoursesDialog
from studio_desk.ui.classes.class_actions import CancelClassDialog, SubstituteCoachDialog
from studio_desk.ui.classes.rooms_dialog import RoomsDialog
from studio_desk.ui.classes.timetable_dialog import TimetableDialog
from studio_desk.ui.classes.timetable_model import Column
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import MainWindow
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from tests.support.classes import make_class
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk
from tests.ui.test_desk_menus import open_menu_by_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date(2025, 10, 24)  # the test clock's Friday
TUESDAY = dt.date(2025, 11, 4)


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    return synchronous_desk(db, studio.admin)


def type_into(dialog: QDialog, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, select what is there, type `text` over it."""
    press(dialog, letter, ALT)
    press(dialog, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.focusWidget(), text)


def items(entries: QListWidget) -> list[str]:
    return [entries.item(row).text() for row in range(entries.count())]


def class_course(db: Database, studio: Studio, capacity: int = 12) -> int:
    return services.create_course(
        db, studio.admin, coach_id=studio.coach_a, title="Vinyasa Flow", duration_minutes=60, price=100_000,
        capacity=capacity,
    ).id


# The menu ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("letter", "screen"), [(Qt.Key.Key_R, RoomsDialog), (Qt.Key.Key_I, TimetableDialog)])
def test_an_admin_opens_rooms_and_timetable_from_settings_and_a_receptionist_does_not_see_them(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path, letter: Qt.Key, screen: type[QDialog]
) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    try:
        for action in (window.rooms_action, window.timetable_action):
            assert not action.isVisible() and not action.isEnabled()
        desk.set_actor(studio.admin)
        names = [action.text() for action in window.desk_actions.settings_menu.actions()]
        assert names.index("&Rooms…") == names.index("&Products…") + 1
        assert names.index("T&imetable…") == names.index("&Rooms…") + 1
        open_menu_by_keys(qtbot, window, Qt.Key.Key_S, letter)
        assert isinstance(window.dialog, screen)
    finally:
        window.sync_driver.stop()


# A course's capacity -----------------------------------------------------------------------------


def test_a_new_course_with_a_capacity_is_a_group_class(qtbot: QtBot, admin_desk: Desk, db: Database) -> None:
    dialog = CoursesDialog(admin_desk)
    shown(qtbot, dialog)
    assert dialog.capacity_spin.text() == "1: private sessions"
    QTest.keyClicks(dialog.focusWidget(), "Vinyasa Flow")  # focus starts on the title
    type_into(dialog, Qt.Key.Key_D, "60")
    type_into(dialog, Qt.Key.Key_P, "100000")
    type_into(dialog, Qt.Key.Key_Y, "12")
    press(dialog, Qt.Key.Key_Return)

    [made] = [course for course in services.list_courses(db) if course.title == "Vinyasa Flow"]
    assert (made.capacity, made.is_class) == (12, True)
    assert any(text.endswith("· class of 12") for text in items(dialog.course_list))
    assert not dialog.note.isVisible() and not dialog.has_typed_input()


def test_a_booked_private_course_cannot_become_a_class_and_the_refusal_shows_inline(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25",
                            start_time="10:00")
    dialog = CoursesDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_R, ALT)  # the list: HIIT, Pilates, Yoga Pemula
    press(dialog, Qt.Key.Key_End)
    assert dialog.title_edit.text() == "Yoga Pemula"
    type_into(dialog, Qt.Key.Key_Y, "8")
    press(dialog, Qt.Key.Key_Return)

    assert dialog.note.isVisible()
    assert "cannot switch between private sessions and a group class" in dialog.note.text()
    assert dialog.capacity_spin.value() == 8  # what was typed stays
    assert services.get_course(db, studio.yoga).capacity == 1


# Rooms -------------------------------------------------------------------------------------------


def test_add_a_room_set_it_aside_bring_it_back_and_rename_it(
    qtbot: QtBot, admin_desk: Desk, db: Database
) -> None:
    dialog = RoomsDialog(admin_desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Studio A")  # focus starts on the name
    type_into(dialog, Qt.Key.Key_C, "20")
    press(dialog, Qt.Key.Key_Return)
    [room] = services.list_rooms(db, include_inactive=True)
    assert (room.name, room.capacity, room.active) == ("Studio A", 20, True)
    assert dialog.room_list.topLevelItem(0).text(0) == "Studio A"

    press(dialog, Qt.Key.Key_A, ALT)  # Set aside
    assert services.list_rooms(db) == []
    assert dialog.room_list.topLevelItem(0).text(0) == "Studio A (set aside)"
    press(dialog, Qt.Key.Key_B, ALT)  # Bring back
    assert [r.name for r in services.list_rooms(db)] == ["Studio A"]

    type_into(dialog, Qt.Key.Key_N, "Studio Bawah")
    press(dialog, Qt.Key.Key_Return)
    assert [(r.name, r.capacity) for r in services.list_rooms(db)] == [("Studio Bawah", 20)]

    press(dialog, Qt.Key.Key_E, ALT)  # New room, with a name already taken
    QTest.keyClicks(dialog.focusWidget(), "Studio Bawah")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "There is already a room called Studio Bawah."
    assert dialog.name_edit.text() == "Studio Bawah"
    assert len(services.list_rooms(db, include_inactive=True)) == 1


# The timetable -----------------------------------------------------------------------------------


def test_a_weekly_line_schedules_its_classes_and_names_the_date_it_skipped(
    qtbot: QtBot, qtmodeltester: object, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    course = class_course(db, studio)
    room = services.add_room(db, studio.admin, name="Studio A", capacity=20)
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TUESDAY,
                            start_time="18:00")  # Coach Smith is busy that Tuesday
    dialog = TimetableDialog(admin_desk)
    shown(qtbot, dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.focusWidget() is dialog.course_box
    # The course brings its coach and its places.
    assert (dialog.coach_box.currentData(), dialog.capacity_spin.value()) == (studio.coach_a, 12)

    press(dialog, Qt.Key.Key_K, ALT)  # day of the week: Monday ... Sunday
    press(dialog, Qt.Key.Key_Home)
    press(dialog, Qt.Key.Key_Down)
    type_into(dialog, Qt.Key.Key_M, "18:00")
    press(dialog, Qt.Key.Key_R, ALT)  # No room, Studio A
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Return)

    [line] = services.list_timetable(db)
    assert (line.course_id, line.weekday, line.start_time, line.coach_id, line.room_id, line.capacity) == (
        course, 1, dt.time(18, 0), studio.coach_a, room.id, 12,
    )
    assert (line.starts_on, line.ends_on) == (TODAY, None)
    assert dialog.outcome.text().endswith("7 classes scheduled.")
    assert items(dialog.details) == [f"{formats.weekday_date(TUESDAY)}: the coach has another session then"]
    assert dialog.details.isVisible()
    model = dialog.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, column)) for column in (Column.TIME, Column.COURSE, Column.ROOM)] == [
        "18:00–19:00", "Vinyasa Flow", "Studio A",
    ]
    assert dialog.chosen_entry() == line  # the line just added is the one chosen
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    made = services.occurrences_between(db, TODAY, TODAY + dt.timedelta(weeks=9))
    assert len([o for o in made if o.timetable_entry_id == line.id]) == 7


def test_ending_a_line_cancels_its_empty_classes_and_lists_those_with_places(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    made = make_class(db, studio)  # Tuesdays at 18:00, eight of them
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    dialog = TimetableDialog(admin_desk)
    shown(qtbot, dialog)
    assert not dialog.end_button.isEnabled()
    press(dialog, Qt.Key.Key_T, ALT)  # the timetable
    press(dialog, Qt.Key.Key_Down)
    assert dialog.end_button.isEnabled()
    press(dialog, Qt.Key.Key_D, ALT)  # the last day: today, as it stands
    press(dialog, Qt.Key.Key_E, ALT)  # End line

    prompts = admin_desk.prompts
    assert isinstance(prompts, ScriptedPrompts)
    assert prompts.questions[-1].startswith("End Vinyasa Flow on Tuesday after")
    assert prompts.defaults[-1] is False  # Enter would keep the line
    [line] = services.list_timetable(db)
    assert line.ends_on == TODAY
    left = services.occurrences_between(db, TODAY, TODAY + dt.timedelta(weeks=9))
    assert [o.id for o in left] == [made.first]  # the class with a place stays
    assert dialog.outcome.text().endswith("Classes canceled after it: 7.")
    first = made.occurrences[0].start_at
    assert items(dialog.details) == [f"{formats.weekday_date(first.date())}, 18:00: 1 places booked"]


def test_a_one_off_class_and_a_time_already_past(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    course = class_course(db, studio)
    dialog = TimetableDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_N, ALT)  # Once: no weekday, no last day
    assert not dialog.weekday_box.isVisible() and not dialog.until_box.isVisible()
    assert dialog.first_day_label.text() == "Date o&f the class"
    type_into(dialog, Qt.Key.Key_M, "07:00")  # the clock says 08:00
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "That time has already passed. Pick a time from now on."
    assert dialog.time_edit.text() == "07:00"

    type_into(dialog, Qt.Key.Key_M, "10:00")
    press(dialog, Qt.Key.Key_Return)
    [one_off] = services.occurrences_between(db, TODAY, TODAY)
    assert (one_off.course_id, one_off.timetable_entry_id, one_off.capacity) == (course, None, 12)
    assert one_off.start_at.time() == dt.time(10, 0)
    assert dialog.outcome.text().startswith("Added a one-off class: Vinyasa Flow with Coach Smith")
    assert not dialog.note.isVisible() and not dialog.details.isVisible()
    assert services.list_timetable(db) == []


# One class ---------------------------------------------------------------------------------------


def a_full_class(db: Database, studio: Studio) -> tuple[int, int, int, int]:
    """A class of two: John paid by card, Jane with her pack, and a member waiting. Returns the
    class, John's place, Jane's pack and the waiting member."""
    made = make_class(db, studio, capacity=2)
    pack = services.sell_pack(db, studio.desk, client_id=studio.jane, product_id=add_product(db),
                              method="cash", cash_tendered=2_000_000).pack.id
    john = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    services.mark_paid(db, studio.desk, john.id, method="card", reference="EDC-1")
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.jane, with_pack=True)
    waiting = services.create_client(db, name="Putri", phone="0813-5555-6666").id
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=waiting)
    return made.first, john.id, pack, waiting


def test_cancel_a_class_refunds_returns_credits_and_lists_whom_to_call(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    occurrence, john_place, pack, waiting = a_full_class(db, studio)
    assert services.get_pack(db, studio.admin, pack).balance == 9
    dialog = CancelClassDialog(admin_desk, occurrence)
    shown(qtbot, dialog)
    assert "Vinyasa Flow" in dialog.summary.text() and "2/2 places, 1 waiting" in dialog.summary.text()
    QTest.keyClicks(dialog.focusWidget(), "Coach ill")  # focus starts on the reason
    press(dialog, Qt.Key.Key_Return)

    assert services.get_occurrence(db, occurrence).status is OccurrenceStatus.CANCELED
    assert services.get_booking(db, john_place).paid_total == 0  # the card payment went back
    assert services.get_pack(db, studio.admin, pack).balance == 10  # and Jane's credit
    phone = admin_desk.phone
    assert sorted(items(dialog.places)) == [
        f"Jane Roe · {phone(services.get_client(db, studio.jane).phone)} · credit back to the pack",
        f"John Doe · {phone(services.get_client(db, studio.john).phone)} · "
        f"{admin_desk.money(100_000)} refunded",
    ]
    assert items(dialog.waiting) == [f"Putri · {phone(services.get_client(db, waiting).phone)}"]
    assert dialog.outcome.text() == "The class is canceled. Call or message each client below."
    assert dialog.main_button is dialog.close_button and dialog.close_button.isVisible()
    assert not dialog.cancel_class_button.isVisible()
    press(dialog, Qt.Key.Key_Escape)  # nothing typed is lost: it closes at once
    assert not dialog.isVisible()


def test_cancel_a_class_keeping_the_money_and_the_credits(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    occurrence, john_place, pack, _ = a_full_class(db, studio)
    dialog = CancelClassDialog(admin_desk, occurrence)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_Return)  # no reason yet
    assert dialog.message.isVisible()
    assert services.get_occurrence(db, occurrence).status is OccurrenceStatus.SCHEDULED
    QTest.keyClicks(dialog.reason, "Studio flooded")
    press(dialog, Qt.Key.Key_F, ALT)  # no refund
    press(dialog, Qt.Key.Key_P, ALT)  # the studio keeps the credits
    assert not dialog.refund_box.isChecked() and not dialog.credits_box.isChecked()
    press(dialog, Qt.Key.Key_C, ALT)  # Cancel the class

    assert services.get_occurrence(db, occurrence).status is OccurrenceStatus.CANCELED
    assert services.get_booking(db, john_place).paid_total == 100_000
    assert services.get_pack(db, studio.admin, pack).balance == 9
    assert all("refunded" not in text and "credit" not in text for text in items(dialog.places))


def test_a_receptionist_is_told_only_an_admin_cancels_a_class(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    made = make_class(db, studio)
    dialog = CancelClassDialog(desk, made.first)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Coach ill")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.message.text() == "Only an admin can cancel a class."
    assert services.get_occurrence(db, made.first).status is OccurrenceStatus.SCHEDULED


def test_a_substitute_coach_takes_one_class(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    made = make_class(db, studio)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    dialog = SubstituteCoachDialog(admin_desk, made.first)
    shown(qtbot, dialog)
    assert dialog.focusWidget() is dialog.coach_box
    assert dialog.coach_box.currentData() == studio.coach_b  # the first coach not taking it
    press(dialog, Qt.Key.Key_Return)

    moved = services.get_occurrence(db, made.first)
    assert (moved.coach_id, moved.usual_coach_name) == (studio.coach_b, "Coach Smith")
    assert services.get_booking(db, place.id).coach_id == studio.coach_b
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.get_occurrence(db, made.occurrences[1].id).coach_id == studio.coach_a  # one class only


def test_a_substitute_who_is_busy_is_refused_inline(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    made = make_class(db, studio)
    day = made.occurrences[0].start_at.date()
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.hiit, date=day,
                            start_time="18:00")  # Coach Sari is busy then
    dialog = SubstituteCoachDialog(admin_desk, made.first)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_Return)
    assert dialog.message.text() == "Coach Sari has another session at that time."
    assert dialog.isVisible()
    assert services.get_occurrence(db, made.first).coach_id == studio.coach_a


# The class settings ------------------------------------------------------------------------------


def test_the_class_settings_by_keys(qtbot: QtBot, admin_desk: Desk, db: Database) -> None:
    before = services.get_settings(db)
    assert before.waitlist_cutoff_minutes == 120 and before.waitlist_hold_minutes == 120
    assert before.confirm_places_on_payment
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)
    assert dialog.waitlist_cutoff.value() == 120 and dialog.confirm_places.isChecked()
    type_into(dialog, Qt.Key.Key_W, "60")
    type_into(dialog, Qt.Key.Key_Y, "30")
    press(dialog, Qt.Key.Key_O, ALT)  # no longer confirmed at once
    press(dialog, Qt.Key.Key_Return)

    after = services.get_settings(db)
    assert (after.waitlist_cutoff_minutes, after.waitlist_hold_minutes, after.confirm_places_on_payment) == (
        60, 30, False,
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
