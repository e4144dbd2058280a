"""New booking offers the client's packs: the usable one chosen, the others with why not, and
"Pay later" for today's way; all by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingFilter, BookingStatus, Database
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown


def sell(db: Database, studio: Studio, product: int) -> services.PackView:
    return services.sell_pack(
        db, studio.desk, client_id=studio.jane, product_id=product, method="cash", cash_tendered=2_000_000
    ).pack


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def choose_jane_at_nine(qtbot: QtBot, desk: Desk, studio: Studio) -> NewBookingDialog:
    """Jane, Yoga, 09:00 today, by keys: the dialog as a receptionist leaves it before Enter."""
    dialog = NewBookingDialog(desk, course_id=studio.yoga)
    shown(qtbot, dialog)
    qtbot.keyClicks(focused(), "jane")
    press(dialog, Qt.Key.Key_Return)  # the first match; on to the course
    press(dialog, Qt.Key.Key_Tab)  # the date
    press(dialog, Qt.Key.Key_Tab)  # the free times
    assert focused() is dialog.times
    press(dialog, Qt.Key.Key_Right)  # 08:00 -> 08:30
    press(dialog, Qt.Key.Key_Right)  # -> 09:00
    assert dialog.chosen_slot() is not None and dialog.chosen_slot().label == "09:00"  # type: ignore[union-attr]
    return dialog


def jane_bookings(db: Database) -> list[services.BookingView]:
    return list(services.list_bookings(db, BookingFilter()).rows)


def test_the_usable_pack_is_chosen_and_enter_books_and_pays_with_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    pack = sell(db, studio, add_product(db, valid_days=30))
    dialog = choose_jane_at_nine(qtbot, desk, studio)

    assert dialog.pack_choice.isVisible()
    assert dialog.pack_choice.chosen_pack() == pack.id
    [button] = dialog.pack_choice.pack_buttons()
    assert button.isChecked() and button.isEnabled()
    assert button.text() == f"Pack #{pack.id}, 10 sessions — 10 left, until 22 Nov 2025"
    assert dialog.create_and_pay_button.text() == "&Book, paid with pack"
    assert not dialog.create_button.isVisible()

    press(dialog, Qt.Key.Key_Return)  # the default button

    [booking] = jane_bookings(db)
    assert booking.status is BookingStatus.PAID and booking.client_id == studio.jane
    assert services.get_pack(db, studio.desk, pack.id).balance == 9
    assert dialog.result() == NewBookingDialog.DialogCode.Accepted and dialog.payment_dialog is None
    assert prompts.infos[-1].endswith(f"Paid with pack #{pack.id}.")


def test_a_used_up_pack_is_shown_disabled_with_the_reason(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    used_up = sell(db, studio, add_product(db, name="1 session", sessions=1))
    services.book_with_pack(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                            date="2025-10-25", start_time="10:00", pack_id=used_up.id)
    dialog = choose_jane_at_nine(qtbot, desk, studio)

    [button] = dialog.pack_choice.pack_buttons()
    assert not button.isEnabled()
    assert button.text() == f"1 session — Pack #{used_up.id} has no sessions left."
    assert dialog.pack_choice.pay_later.isChecked() and dialog.pack_choice.chosen_pack() is None
    assert dialog.create_and_pay_button.text() == "Create and &pay"


def test_pay_later_by_its_mnemonic_makes_a_pending_booking_as_before(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    pack = sell(db, studio, add_product(db))
    dialog = choose_jane_at_nine(qtbot, desk, studio)
    assert dialog.pack_choice.chosen_pack() == pack.id

    press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Pay &later / at the desk
    assert dialog.pack_choice.pay_later.isChecked() and dialog.create_button.isVisible()
    press(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # C&reate

    [booking] = jane_bookings(db)
    assert booking.status is BookingStatus.PENDING
    assert services.get_pack(db, studio.desk, pack.id).balance == 10


def test_alt_u_goes_to_the_packs_and_arrows_choose_between_them(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    sell(db, studio, add_product(db))
    dialog = choose_jane_at_nine(qtbot, desk, studio)

    press(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Use pack
    [button] = dialog.pack_choice.pack_buttons()
    assert focused() is button
    press(dialog, Qt.Key.Key_Down)  # on to Pay later
    assert dialog.pack_choice.pay_later.isChecked()


def test_a_new_client_is_offered_no_packs(qtbot: QtBot, db: Database, desk: Desk, studio: Studio) -> None:
    sell(db, studio, add_product(db))
    dialog = choose_jane_at_nine(qtbot, desk, studio)
    press(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &New client
    assert dialog.new_client.isChecked()
    assert not dialog.pack_choice.isVisible() and dialog.pack_choice.chosen_pack() is None
