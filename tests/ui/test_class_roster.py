"""The check-in roster of a class, by the keys a receptionist presses at the door: Space checks a
client in (paying first with their pack, or through the payment dialog), Alt+I checks in all,
Ctrl+Z undoes, a walk-in goes from the finder through payment to check-in, a full class offers
its waitlist, a client moved up is told by WhatsApp, and an ended class is finished with its
no-shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, Database, RosterPlace, WaitlistStatus
from studio_desk.ui.classes import promotions_panel
from studio_desk.ui.classes.promotions_panel import PromotionsPanel
from studio_desk.ui.classes.roster_dialog import RosterDialog
from studio_desk.ui.classes.roster_places_model import Column
from studio_desk.ui.kit.desk import Desk
from tests.support.classes import TestClass as MadeClass
from tests.support.classes import make_class
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, in_front, press, shown

ALT = Qt.KeyboardModifier.AltModifier
# The class's first session: Tuesday 28 October 2025, 18:00-19:00; the clock starts on the Friday before.
AFTER_THE_CLASS = dt.datetime(2025, 10, 28, 19, 5, tzinfo=JAKARTA)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def client(db: Database, name: str, phone: str) -> int:
    return services.create_client(db, name=name, phone=phone).id


def place_for(db: Database, studio: Studio, made: MadeClass, client_id: int, *, paid: bool = False) -> int:
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client_id)
    if paid:
        services.mark_paid(db, studio.desk, place.id, method="cash")
    return place.id


def places(db: Database, studio: Studio, made: MadeClass) -> dict[str, RosterPlace]:
    return {p.client_name: p for p in services.class_roster(db, studio.desk, made.first).places}


def open_roster(qtbot: QtBot, desk: Desk, made: MadeClass) -> RosterDialog:
    roster = RosterDialog(desk, made.first)
    shown(qtbot, roster)
    return roster


def test_space_checks_in_a_paid_place_and_ctrl_z_takes_it_back(
    qtbot: QtBot, qtmodeltester, db: Database, desk: Desk, studio: Studio  # type: ignore[no-untyped-def]
) -> None:
    made = make_class(db, studio, capacity=12, room_capacity=12)
    place_for(db, studio, made, client(db, "Ani Paid", "081211110001"), paid=True)
    place_for(db, studio, made, client(db, "Budi Unpaid", "081211110002"))
    roster = open_roster(qtbot, desk, made)
    qtmodeltester.check(roster.model)

    assert roster.title.text() == "Vinyasa Flow"
    for shown_text in ("18:00–19:00", "Coach Smith", "Room for Vinyasa Flow", "2/12 places", "0 waiting"):
        assert shown_text in roster.details.text()
    # The unpaid place says so in words, with its marker; the paid one has nothing to look out for.
    notes = [roster.model.index(row, Column.NOTES).data() for row in range(2)]
    assert notes == ["", "⚠ not paid, no usable credit"]
    assert focused() is roster.table and roster.chosen_place().client_name == "Ani Paid"  # type: ignore[union-attr]

    press(roster, Qt.Key.Key_Space)

    assert places(db, studio, made)["Ani Paid"].checked_in_at is not None
    assert roster.model.index(0, Column.CHECKED_IN).data() == "08:00"
    assert roster.note.text() == "Ani Paid is checked in."
    qtmodeltester.check(roster.model)

    press(roster, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert places(db, studio, made)["Ani Paid"].checked_in_at is None
    assert roster.model.index(0, Column.CHECKED_IN).data() == ""

    press(roster, Qt.Key.Key_Escape)
    assert not roster.isVisible()


def test_space_on_a_pending_place_pays_with_the_clients_pack_and_checks_in(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    made = make_class(db, studio)
    member = client(db, "Citra Pack", "081211110003")
    pack = services.sell_pack(db, studio.desk, client_id=member, product_id=add_product(db), method="cash",
                              cash_tendered=2_000_000).pack
    place_for(db, studio, made, member)
    roster = open_roster(qtbot, desk, made)
    assert roster.model.index(0, Column.NOTES).data() == "⚠ not paid"  # a pack can pay: no "no usable credit"

    press(roster, Qt.Key.Key_Space)

    now = places(db, studio, made)["Citra Pack"]
    assert now.status in (BookingStatus.PAID, BookingStatus.CONFIRMED) and now.paid_with_pack == pack.id
    assert now.checked_in_at is not None
    assert services.get_pack(db, studio.desk, pack.id).balance == 9
    assert roster.payment_dialog is None
    assert roster.note.text() == f"Citra Pack: paid with pack #{pack.id}, and checked in."


def test_check_in_all_by_its_mnemonic_leaves_out_who_has_not_paid(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    made = make_class(db, studio, capacity=4)
    for name, phone in (("Ani", "081211110001"), ("Budi", "081211110002")):
        place_for(db, studio, made, client(db, name, phone), paid=True)
    place_for(db, studio, made, client(db, "Dewi", "081211110004"))
    roster = open_roster(qtbot, desk, made)

    press(roster, Qt.Key.Key_I, ALT)  # Check &in all

    now = places(db, studio, made)
    assert [name for name, p in now.items() if p.checked_in_at is not None] == ["Ani", "Budi"]
    assert roster.note.text() == "Checked in: 2. Left out, to pay first: Dewi."


def test_a_walk_in_gets_a_place_pays_cash_and_is_checked_in(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    made = make_class(db, studio)
    roster = open_roster(qtbot, desk, made)

    press(roster, Qt.Key.Key_W, ALT)  # Add &walk-in…
    walk_in = roster.walk_in_dialog
    assert walk_in is not None and walk_in.isVisible()
    in_front(walk_in)
    assert focused() is walk_in.finder.search
    qtbot.keyClicks(focused(), "Eka Baru")
    press(walk_in, Qt.Key.Key_N, ALT)  # &New client: the name typed comes along
    assert walk_in.finder.new_name.text() == "Eka Baru" and focused() is walk_in.finder.new_name
    press(walk_in, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "0813 5555 0001")
    press(walk_in, Qt.Key.Key_Return)  # &Book a place

    payment = roster.payment_dialog
    assert payment is not None and payment.isVisible() and payment.booking.client_name == "Eka Baru"
    in_front(payment)
    press(payment, Qt.Key.Key_Return)  # cash, the class's price

    place = places(db, studio, made)["Eka Baru"]
    # Confirmed at once by the studio's setting, and the payment's page says so.
    assert place.status is BookingStatus.CONFIRMED and place.paid_total == 100_000
    assert payment.success_text.text() == "Paid and confirmed: the place in the class is theirs."
    assert place.checked_in_at is not None
    assert roster.note.text() == "Eka Baru is checked in."
    press(payment, Qt.Key.Key_Return)  # Close the receipt page


def test_a_full_class_offers_its_waitlist_and_remove_takes_them_off(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    made = make_class(db, studio, capacity=2)
    for name, phone in (("Ani", "081211110001"), ("Budi", "081211110002")):
        place_for(db, studio, made, client(db, name, phone), paid=True)
    roster = open_roster(qtbot, desk, made)

    press(roster, Qt.Key.Key_W, ALT)
    walk_in = roster.walk_in_dialog
    assert walk_in is not None
    in_front(walk_in)
    qtbot.keyClicks(focused(), "john")
    press(walk_in, Qt.Key.Key_Return)  # the first match
    assert focused() is walk_in.main
    press(walk_in, Qt.Key.Key_Return)  # Book a place: full, so the waitlist is offered (yes)

    assert prompts.questions[-1] == (
        "The class is full: all 2 places are taken. Put John Doe on its waitlist instead?"
    )
    roster_now = services.class_roster(db, studio.desk, made.first)
    assert [(w.client_name, w.position) for w in roster_now.waitlist] == [("John Doe", 1)]
    assert len(roster_now.places) == 2
    assert [(w.client_name, w.position) for w in roster.waitlist.entries()] == [("John Doe", 1)]
    assert roster.note.text() == "John Doe is number 1 on the waitlist."

    in_front(roster)  # back in front once the walk-in closed, as the window manager does
    press(roster, Qt.Key.Key_T, ALT)  # Wai&tlist
    press(roster, Qt.Key.Key_Down)
    press(roster, Qt.Key.Key_Return)  # Enter in the waitlist checks nobody in
    assert all(p.checked_in_at is None for p in places(db, studio, made).values())
    press(roster, Qt.Key.Key_R, ALT)  # &Remove from waitlist (the question answered yes)
    assert prompts.defaults[-1] is False  # Enter would keep them waiting
    [left] = services.class_roster(db, studio.desk, made.first).waitlist
    assert left.status is WaitlistStatus.LEFT


def test_send_whatsapp_opens_the_message_and_records_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def open_url(url: str) -> bool:  # instead of the browser
        opened.append(url)
        return True

    monkeypatch.setattr(promotions_panel, "open_url", open_url)
    made = make_class(db, studio, capacity=1)
    first = place_for(db, studio, made, client(db, "Ani", "081211110001"))
    waiting = client(db, "Budi", "081211110002")
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=waiting)
    services.cancel_booking(db, studio.desk, first, reason="Sick")
    [promotion] = services.untold_promotions(db, studio.desk)
    panel = PromotionsPanel(desk)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.list.promotions == (promotion,)
    roster = open_roster(qtbot, desk, made)
    assert roster.promotions_box.isVisible()
    assert roster.promotions.message_text(promotion) == "not sent yet"

    press(roster, Qt.Key.Key_O, ALT)  # M&oved up from the waitlist
    press(roster, Qt.Key.Key_S, ALT)  # &Send WhatsApp

    assert opened == [promotion.whatsapp_url]
    assert services.untold_promotions(db, studio.desk) == []
    [told] = roster.promotions.promotions
    assert told.message_sent_at is not None
    assert roster.promotions.tree.topLevelItem(0).text(3) == "sent at 08:00"
    assert panel.list.promotions == () and panel.empty_note.isVisible()  # the desk-wide reminder heard too


def test_a_link_that_does_not_open_copies_the_message_and_a_second_press_notes_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(promotions_panel, "open_url", lambda url: False)  # a PC with no browser
    made = make_class(db, studio, capacity=1)
    first = place_for(db, studio, made, client(db, "Ani", "081211110001"))
    services.join_waitlist(db, studio.desk, occurrence_id=made.first,
                           client_id=client(db, "Budi", "081211110002"))
    services.cancel_booking(db, studio.desk, first, reason="Sick")
    roster = open_roster(qtbot, desk, made)
    press(roster, Qt.Key.Key_O, ALT)
    press(roster, Qt.Key.Key_S, ALT)
    assert "could not open WhatsApp" in roster.promotions.error.text()
    assert QApplication.clipboard().text().startswith("Halo Budi, ada tempat kosong")
    assert len(services.untold_promotions(db, studio.desk)) == 1
    press(roster, Qt.Key.Key_S, ALT)  # sent from a phone: noted now
    assert services.untold_promotions(db, studio.desk) == []


def test_finishing_an_ended_class_records_the_ticked_no_show(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=4)
    ids = {name: place_for(db, studio, made, client(db, name, phone), paid=True)
           for name, phone in (("Ani", "081211110001"), ("Budi", "081211110002"), ("Citra", "081211110003"))}
    services.check_in(db, studio.desk, ids["Ani"])
    clock.set(AFTER_THE_CLASS)
    roster = open_roster(qtbot, desk, made)
    assert roster.finish_button.isVisible()

    press(roster, Qt.Key.Key_F, ALT)  # &Finish class…
    finish = roster.finish_dialog
    assert finish is not None and finish.isVisible()
    in_front(finish)
    assert focused() is finish.no_shows and finish.chosen_no_shows() == [ids["Budi"], ids["Citra"]]
    press(finish, Qt.Key.Key_Down)  # Citra was there after all
    press(finish, Qt.Key.Key_Space)
    assert finish.chosen_no_shows() == [ids["Budi"]]
    press(finish, Qt.Key.Key_Return)

    now = {name: services.get_booking(db, booking) for name, booking in ids.items()}
    assert {name: (b.status, b.no_show) for name, b in now.items()} == {
        "Ani": (BookingStatus.DONE, False), "Budi": (BookingStatus.DONE, True),
        "Citra": (BookingStatus.DONE, False),
    }
    assert roster.note.text() == "Class finished: 2 done, 1 no-shows, 0 unpaid places canceled."
    assert not roster.finish_button.isVisible()


def test_the_coach_confirms_the_paid_places_by_alt_n_when_the_studio_does_not_at_once(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    services.update_settings(db, studio.admin, confirm_places_on_payment=False)
    made = make_class(db, studio, capacity=12, room_capacity=12)
    place_for(db, studio, made, client(db, "Ani Paid", "081211110001"), paid=True)
    place_for(db, studio, made, client(db, "Budi Paid", "081211110002"), paid=True)
    roster = open_roster(qtbot, desk, made)
    assert not roster.confirm_button.isVisible()  # the front desk does not confirm
    roster.close()
    desk.set_actor(studio.coach_a_actor)
    roster = open_roster(qtbot, desk, made)
    assert roster.confirm_button.isVisible()
    press(roster, Qt.Key.Key_N, ALT)
    assert {p.status for p in places(db, studio, made).values()} == {BookingStatus.CONFIRMED}
    assert not roster.confirm_button.isVisible()


def test_alt_d_opens_the_places_booking_where_a_cancel_moves_the_waitlist_up(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    made = make_class(db, studio, capacity=1, room_capacity=12)
    place_for(db, studio, made, client(db, "Ani Paid", "081211110001"), paid=True)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first,
                           client_id=client(db, "Budi Waiting", "081211110002"))
    roster = open_roster(qtbot, desk, made)
    press(roster, Qt.Key.Key_D, ALT)
    details = roster.details_dialog
    assert details is not None and details.isVisible()
    press(details, Qt.Key.Key_B, ALT)  # Cancel &booking…
    cancel = details.cancel_dialog
    assert cancel is not None and cancel.isVisible()
    QTest.keyClicks(cancel.reason, "Sakit")
    press(cancel, Qt.Key.Key_F, ALT)  # Re&fund: all of it, in cash as it was paid
    press(cancel, Qt.Key.Key_Return)
    assert places(db, studio, made)["Budi Waiting"].promoted
    assert [p.client_name for p in roster.model.places() if p.promoted] == ["Budi Waiting"]
