"""Setting the studio's cancellation rules up, by keys (issue 17): a course's rules in the Courses
screen, the setting that lets an unpaid fee block new bookings, and the fees a client owes shown
in New booking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import CancelRules, Database, RuleCost
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.catalog.courses_dialog import CoursesDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    return synchronous_desk(db, studio.admin)


def retype(dialog: QDialog, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, select what is there, type `text` over it."""
    press(dialog, letter, ALT)
    press(dialog, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.focusWidget(), text)


def open_yoga(qtbot: QtBot, desk: Desk) -> CoursesDialog:
    dialog = CoursesDialog(desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_R, ALT)  # the list: HIIT, Pilates, Yoga Pemula
    press(dialog, Qt.Key.Key_End)
    assert dialog.title_edit.text() == "Yoga Pemula"
    return dialog


def test_an_admin_types_a_courses_rules_and_saving_the_course_saves_them(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = open_yoga(qtbot, admin_desk)
    form = dialog.rules_form
    assert not form.on_box.isChecked() and not form.window_edit.isEnabled()

    press(dialog, Qt.Key.Key_U, ALT)  # R&ules for this course
    assert form.on_box.isChecked() and form.window_edit.isEnabled()
    retype(dialog, Qt.Key.Key_I, "6")  # Late-cancel w&indow
    press(dialog, Qt.Key.Key_C, ALT)  # A late &cancel costs
    assert dialog.focusWidget() is form.late_cost and not form.late_fee.isEnabled()
    press(dialog, Qt.Key.Key_Down)  # a fee
    assert form.late_fee.isEnabled()
    press(dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is form.late_fee
    QTest.keyClicks(form.late_fee, "50.000")
    press(dialog, Qt.Key.Key_O, ALT)  # A n&o-show costs
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Down)  # nothing
    assert not form.no_show_fee.isEnabled()
    retype(dialog, Qt.Key.Key_M, "3")  # &Membership blocked
    press(dialog, Qt.Key.Key_Return)

    assert dialog.note.isHidden()
    assert services.get_cancel_rules(db, studio.admin, studio.yoga) == CancelRules(
        studio.yoga, 6, RuleCost.FEE, 50_000, RuleCost.NOTHING, 0, 3
    )
    assert not dialog.has_typed_input()  # saved: Escape closes without asking
    assert form.late_fee.text() == "50,000"  # read back as stored

    press(dialog, Qt.Key.Key_U, ALT)  # no rules any more
    press(dialog, Qt.Key.Key_Return)
    assert services.get_cancel_rules(db, studio.admin, studio.yoga) is None


def test_a_refused_rule_is_shown_beside_its_field(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = open_yoga(qtbot, admin_desk)
    form = dialog.rules_form
    press(dialog, Qt.Key.Key_U, ALT)
    retype(dialog, Qt.Key.Key_I, "1000")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "The late-cancel window must be 0 to 720 hours."
    assert dialog.focusWidget() is form.window_edit
    assert services.get_cancel_rules(db, studio.admin, studio.yoga) is None

    retype(dialog, Qt.Key.Key_I, "12")
    press(dialog, Qt.Key.Key_O, ALT)
    press(dialog, Qt.Key.Key_Down)  # a fee, but none typed
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "The fee must be a number, like Rp 150,000."
    assert dialog.focusWidget() is form.no_show_fee
    QTest.keyClicks(form.no_show_fee, "25000")
    press(dialog, Qt.Key.Key_Return)
    rules = services.get_cancel_rules(db, studio.admin, studio.yoga)
    assert rules is not None and (rules.late_cancel_hours, rules.no_show_fee) == (12, 25_000)


def test_a_new_course_is_kept_when_only_its_rules_are_refused(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = CoursesDialog(admin_desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Meditasi")
    retype(dialog, Qt.Key.Key_D, "30")
    retype(dialog, Qt.Key.Key_P, "90000")
    press(dialog, Qt.Key.Key_U, ALT)
    press(dialog, Qt.Key.Key_C, ALT)
    press(dialog, Qt.Key.Key_Down)  # a fee, but none typed
    press(dialog, Qt.Key.Key_Return)

    [made] = [c for c in services.list_courses(db, include_inactive=True) if c.title == "Meditasi"]
    assert dialog.editing is not None and dialog.editing.id == made.id  # saving again does not add it twice
    assert dialog.note.text() == "The fee must be a number, like Rp 150,000."
    assert dialog.rules_form.on_box.isChecked() and dialog.rules_form.late_fee.isEnabled()  # as typed
    assert dialog.has_typed_input()

    QTest.keyClicks(dialog.rules_form.late_fee, "20000")
    press(dialog, Qt.Key.Key_Return)
    assert [c.title for c in services.list_courses(db, include_inactive=True)].count("Meditasi") == 1
    rules = services.get_cancel_rules(db, studio.admin, made.id)
    assert rules is not None and rules.late_cancel_fee == 20_000
    assert isinstance(admin_desk.prompts, ScriptedPrompts) and admin_desk.prompts.errors == []


def test_an_admin_lets_an_unpaid_fee_block_new_bookings(
    qtbot: QtBot, admin_desk: Desk, db: Database
) -> None:
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)
    assert not dialog.fee_blocks.isChecked()
    press(dialog, Qt.Key.Key_B, ALT)  # An unpaid fee &blocks new bookings
    assert dialog.fee_blocks.isChecked()
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.get_settings(db).unpaid_fee_blocks_booking is True

    again = StudioSettingsDialog(admin_desk)
    shown(qtbot, again)
    assert again.fee_blocks.isChecked()


def test_new_booking_shows_what_the_chosen_client_owes(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=100_000)
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date="2025-10-24", start_time="10:00")
    services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")  # 2 h before: late
    dialog = NewBookingDialog(desk, course_id=studio.yoga)
    shown(qtbot, dialog)
    assert dialog.owed_fees.isHidden()

    QTest.keyClicks(dialog.search, "roe")
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Return)  # Jane owes nothing
    assert dialog.client is not None and dialog.client.id == studio.jane
    assert dialog.owed_fees.isHidden()

    dialog.search.setFocus()
    press(dialog, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.search, "doe")
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.client.id == studio.john
    assert dialog.owed_fees.isVisibleTo(dialog)
    assert dialog.owed_fees.text() == "Owes Rp 100,000 for a late cancel on 24 Oct 2025"

    press(dialog, Qt.Key.Key_N, ALT)  # a new client owes nothing
    assert dialog.owed_fees.isHidden()
