"""A client's packs and fees on the Clients screen, by keys: listed, a fee collected into the
till with its receipt and the change said, a card without its reference refused, a fee waived by an admin."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database, FeeState, PackView, ProductKind
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.packs.collect_fee_dialog import CollectFeeDialog
from studio_desk.ui.packs.fees_panel import OWED_TEXT
from studio_desk.ui.packs.waive_fee_dialog import WaiveFeeDialog
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, in_front, press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier
DAY = "2025-10-25"
START = dt.datetime(2025, 10, 25, 10, 0, tzinfo=JAKARTA)
OWED = "Owes Rp 100,000 for a late cancel on 25 Oct 2025"
SETTLED = OWED.removeprefix("Owes ")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def two_packs_and_a_fee(db: Database, studio: Studio, clock: SettableClock) -> tuple[PackView, PackView]:
    """John: a pack of ten, a membership holding one booking, and a late cancel's fee owed."""
    ten = add_product(db, name="10 sessions")
    monthly = add_product(db, name="Unlimited month", kind=ProductKind.MEMBERSHIP, price=900_000)
    pack = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=ten, method="card",
                              reference="EDC-1").pack
    member = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=monthly, method="card",
                                reference="EDC-2").pack
    services.book_with_pack(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-27",
                            start_time="10:00", pack_id=member.id)
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=100_000, no_show_cost="credit")
    late = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                   start_time="10:00")
    clock.set(START - dt.timedelta(hours=1))
    services.cancel_booking(db, studio.desk, late.id, reason="Lupa")
    return services.get_pack(db, studio.desk, pack.id), services.get_pack(db, studio.desk, member.id)


def open_john(qtbot: QtBot, desk: Desk) -> ClientsDialog:
    dialog = ClientsDialog(desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.search, "john")
    return dialog


def lines(dialog: ClientsDialog, which: str) -> list[str]:
    shown_list = dialog.packs.list if which == "packs" else dialog.fees.list
    return [shown_list.item(row).text() for row in range(shown_list.count())]


def fee_state(db: Database, studio: Studio) -> FeeState:
    [fee] = services.client_fees(db, studio.desk, studio.john)
    return fee.state


def test_the_clients_packs_and_owed_fee_are_listed(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock
) -> None:
    pack, member = two_packs_and_a_fee(db, studio, clock)
    dialog = open_john(qtbot, desk)
    assert pack.last_day is not None and member.last_day is not None
    assert lines(dialog, "packs") == [
        f"#{member.id} · Unlimited month · unlimited, 1 of 2 bookings open · last day "
        f"{formats.date(member.last_day)} · Open",
        f"#{pack.id} · 10 sessions · 10 of 10 left · last day {formats.date(pack.last_day)} · Open",
    ]
    assert lines(dialog, "fees") == [f"{OWED} · Owed"]
    assert dialog.fees.list.item(0).foreground().color() == OWED_TEXT  # what is owed stands out
    assert dialog.fees.list.item(0).font().bold()
    assert dialog.fees.owed.text() == "Owed now: Rp 100,000" and not dialog.fees.owed.isHidden()
    assert dialog.fees.collect.isEnabled()

    desk.set_actor(None)  # locked: nothing of theirs shows; signed in again, it is back
    assert lines(dialog, "packs") == [] and lines(dialog, "fees") == []
    desk.set_actor(studio.desk)
    assert len(lines(dialog, "packs")) == 2 and len(lines(dialog, "fees")) == 1
    QTest.keyClicks(dialog.search, "x")  # no one found: nothing of John's is left showing
    assert lines(dialog, "packs") == [] and lines(dialog, "fees") == []


def test_a_fee_is_collected_by_keys_with_cash_and_change_into_the_till(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock, prompts: ScriptedPrompts
) -> None:
    two_packs_and_a_fee(db, studio, clock)
    till = services.cash_up(db, studio.desk, DAY).net
    dialog = open_john(qtbot, desk)
    press(dialog, Qt.Key.Key_T, ALT)  # Collec&t fee…
    collect = dialog.side_dialog
    assert isinstance(collect, CollectFeeDialog) and collect.isVisible()
    assert collect.fields.amount.text() == "100,000" and collect.fields.amount.isReadOnly()
    assert focused() is collect.fields.method  # cash, as the desk takes most fees
    press(collect, Qt.Key.Key_Tab)  # the reference
    press(collect, Qt.Key.Key_Tab)  # the cash given
    assert focused() is collect.fields.cash_given
    QTest.keyClicks(focused(), "150000")
    assert collect.fields.change.text() == "Rp 50,000"
    press(collect, Qt.Key.Key_Return)  # Collect

    assert not collect.isVisible() and fee_state(db, studio) is FeeState.COLLECTED
    receipt = dialog.findChild(ReceiptDialog)  # the fee's receipt opens over the Clients screen
    assert isinstance(receipt, ReceiptDialog) and receipt.isVisible() and prompts.infos == []
    note = receipt.note.text()
    assert note.startswith("Collected Rp 100,000 from John Doe. Receipt ")
    assert note.endswith("Give back Rp 50,000 change.")
    text = receipt.preview.toPlainText()
    assert "Fee: late cancel on 25 Oct 2025" in text and "Rp 150,000" in text and "Rp 50,000" in text
    in_front(receipt)
    assert focused() is receipt.close_button
    press(receipt, Qt.Key.Key_Escape)
    assert not receipt.isVisible()
    assert services.cash_up(db, studio.desk, DAY).net == till + 100_000
    assert lines(dialog, "fees") == [f"{SETTLED} · Collected"]  # the screen heard of it
    assert not dialog.fees.collect.isEnabled() and dialog.fees.owed.isHidden()  # nothing owed is left


def test_a_card_without_its_reference_is_refused_in_the_dialog(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock
) -> None:
    two_packs_and_a_fee(db, studio, clock)
    dialog = open_john(qtbot, desk)
    press(dialog, Qt.Key.Key_T, ALT)
    collect = dialog.side_dialog
    assert isinstance(collect, CollectFeeDialog)
    press(collect, Qt.Key.Key_Down)  # cash -> card
    assert collect.fields.chosen_method() is services.PaymentMethod.CARD
    press(collect, Qt.Key.Key_Return)

    assert collect.isVisible() and "reference" in collect.error.text().lower()
    assert focused() is collect.fields.reference  # where it is put right
    assert fee_state(db, studio) is FeeState.OWED
    QTest.keyClicks(focused(), "EDC-77")
    press(collect, Qt.Key.Key_Return)
    assert not collect.isVisible() and fee_state(db, studio) is FeeState.COLLECTED


def test_an_admin_waives_a_fee_with_a_reason_by_keys(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock
) -> None:
    two_packs_and_a_fee(db, studio, clock)
    desk.set_actor(studio.admin)
    dialog = open_john(qtbot, desk)
    press(dialog, Qt.Key.Key_W, ALT)  # &Waive fee…
    waive = dialog.side_dialog
    assert isinstance(waive, WaiveFeeDialog) and waive.isVisible()
    assert focused() is waive.reason
    press(waive, Qt.Key.Key_Return)  # no reason yet
    assert waive.isVisible() and waive.error.isVisible() and "reason" in waive.error.text().lower()
    assert fee_state(db, studio) is FeeState.OWED
    QTest.keyClicks(waive.reason, "Pelanggan lama, pertama kali")
    assert not waive.error.isVisible()  # the note goes once the reason is there
    press(waive, Qt.Key.Key_Return)

    assert not waive.isVisible() and fee_state(db, studio) is FeeState.WAIVED
    assert lines(dialog, "fees") == [f"{SETTLED} · Waived"]


def test_only_an_admin_sees_waive_and_a_coach_neither_button(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    two_packs_and_a_fee(db, studio, clock)
    screens = {}
    for who in (studio.desk, studio.coach_a_actor, studio.admin):
        screen = ClientsDialog(synchronous_desk(db, who))
        qtbot.addWidget(screen)
        screens[who.role] = (not screen.fees.collect.isHidden(), not screen.fees.waive.isHidden())
    assert screens == {
        services.StaffRole.RECEPTIONIST: (True, False),
        services.StaffRole.COACH: (False, False),
        services.StaffRole.ADMIN: (True, True),
    }


def test_escape_closes_either_dialog_without_a_change(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock, prompts: ScriptedPrompts
) -> None:
    two_packs_and_a_fee(db, studio, clock)
    desk.set_actor(studio.admin)
    dialog = open_john(qtbot, desk)
    for letter in (Qt.Key.Key_T, Qt.Key.Key_W):
        in_front(dialog)  # back to the Clients screen, as closing the other leaves it
        press(dialog, letter, ALT)
        side = dialog.side_dialog
        assert side is not None and side.isVisible()
        press(side, Qt.Key.Key_Escape)
        assert not side.isVisible()
    assert fee_state(db, studio) is FeeState.OWED and prompts.questions == [] and prompts.infos == []
