"""How New booking pays: with one of the client's packs, or later at the desk.

Shown only when the client has packs for the chosen session (services.usable_packs): the one
the services would use is chosen at once, the others are listed disabled with the services'
reason why not, and "Pay later / at the desk" keeps today's way (a pending booking).
The widget only asks and shows; which pack can pay is the services' decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Actor, BookingView, Database, PackChoice, PackView
from studio_desk.ui.bookings.receipt import session_text
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.messages import translated


def pack_label(pack: PackView) -> str:
    """"Pack #12, 10 sessions — 7 left, until 22 Nov 2025"; a membership without its count."""
    if pack.is_membership:
        what = QCoreApplication.translate("pack_choice", "Membership #{pack}, {name}")
    else:
        what = QCoreApplication.translate("pack_choice", "Pack #{pack}, {name}")
    facts = [] if pack.is_membership else [
        QCoreApplication.translate("pack_choice", "{left} left").format(left=pack.balance)
    ]
    if pack.last_day is None:
        facts.append(QCoreApplication.translate("pack_choice", "starts with its first session"))
    else:
        until = QCoreApplication.translate("pack_choice", "until {day}")
        facts.append(until.format(day=formats.date(pack.last_day)))
    return f"{what.format(pack=pack.id, name=pack.name)} — {', '.join(facts)}"


def refused_label(choice: PackChoice) -> str:
    """"10 sessions — Pack #3 has no sessions left.": the services' reason, in the desk's language."""
    assert choice.why_not is not None
    return f"{choice.pack.name} — {translated(choice.why_not)}"


def booking_with_pack(
    client_id: int, course_id: int, day: dt.date, start: dt.time, pack_id: int
) -> Callable[[Database, Actor], BookingView]:
    """The desk's work of booking the session and paying for it with `pack_id`, in one step."""

    def work(db: Database, actor: Actor) -> BookingView:
        return services.book_with_pack(
            db, actor, client_id=client_id, course_id=course_id, date=day, start_time=start, pack_id=pack_id
        )

    return work


def paid_with_pack_note(booking: BookingView, pack_id: int) -> str:
    """What the desk says once a booking is paid with a pack: "... Paid with pack #12."."""
    note = QCoreApplication.translate(
        "pack_choice", "{client} is booked for {session}. Paid with pack #{pack}."
    )
    return note.format(client=booking.client_name, session=session_text(booking), pack=pack_id)


class PackChoiceBox(QWidget):
    """The client's packs for one session, as radio buttons, and "Pay later / at the desk" (or
    the `without_pack` words the caller gives, as the payment dialog's "Pay with money").
    Hidden while the client has no pack to show. `changed` follows the choice."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, without_pack: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.choices: list[PackChoice] = []
        self._generation = 0  # answers to older questions are dropped: only the newest counts
        self.title = QLabel(self.tr("&Use pack:"))
        self.group = QButtonGroup(self)
        # Not paying with a pack: named for New booking, whatever its words say.
        self.pay_later = QRadioButton(without_pack or self.tr("Pay &later / at the desk"))
        self.group.addButton(self.pay_later)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.pay_later)
        self.title.setBuddy(self.pay_later)
        self.setFocusProxy(self.pay_later)
        self.group.buttonToggled.connect(lambda _button, _on: self.changed.emit())
        self.hide()

    def ask(self, client_id: int | None, course_id: int | None, start: dt.datetime | None) -> None:
        """Read the client's packs for the session of `course_id` at `start`; nothing to offer
        until all three are known."""
        self._generation += 1
        generation = self._generation
        actor = self.desk.actor  # signed out: no packs offered; Book asks the person to sign in
        if client_id is None or course_id is None or start is None or actor is None:
            self.show_choices([])
            return
        day, time = start.date(), start.time()  # time() keeps the fold of a repeated hour
        self.desk.read(
            lambda db: services.usable_packs(
                db, actor, client_id=client_id, course_id=course_id, date=day, start_time=time
            ),
            lambda found: self._answered(generation, found),
            lambda _message: self._answered(generation, []),  # no packs shown: paying later still works
            owner=self,
        )

    def _answered(self, generation: int, found: list[PackChoice]) -> None:
        if generation == self._generation:
            self.show_choices(found)

    def show_choices(self, choices: list[PackChoice]) -> None:
        """One radio button per pack, the usable ones enabled; the first usable is chosen (the
        services put the one that ends first there), else Pay later."""
        kept = self.chosen_pack()
        for button in self.pack_buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.choices = choices
        for index, choice in enumerate(choices):
            text = pack_label(choice.pack) if choice.usable else refused_label(choice)
            button = QRadioButton(text.replace("&", "&&"))  # "Yoga & Pilates" is no Alt+letter
            button.setProperty("pack_id", choice.pack.id)
            button.setEnabled(choice.usable)
            self.group.addButton(button)
            self._layout.insertWidget(1 + index, button)
        usable = [button for button in self.pack_buttons() if button.isEnabled()]
        again = [button for button in usable if kept is not None and button.property("pack_id") == kept]
        chosen = (again or usable or [self.pay_later])[0]
        chosen.setChecked(True)
        self.title.setBuddy(chosen)
        self.setFocusProxy(chosen)
        self.setVisible(bool(choices))
        self.changed.emit()

    def pack_buttons(self) -> list[QRadioButton]:
        return [b for b in self.group.buttons() if isinstance(b, QRadioButton) and b is not self.pay_later]

    def chosen_pack(self) -> int | None:
        """The pack to pay with, or None: pay later (or no pack to offer)."""
        if not self.choices:
            return None
        button = self.group.checkedButton()
        if button is None or button is self.pay_later:
            return None
        pack = button.property("pack_id")
        return int(pack) if pack is not None else None
