"""A walk-in for a class, from its roster: find the client (or type a new one) as New booking
does, and give them a place (`book_place`); the roster then takes the payment and checks them
in. A full class is offered its waitlist instead (`join_waitlist`). The same dialog puts a
client on the waitlist directly ("Add to waitlist…").

The new client and their place are one service call: a refusal (a bad phone number, a client
already in the class) saves nothing, shows here, and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import (
    Actor,
    BookingView,
    Change,
    ChangeKind,
    ClassFull,
    ClientView,
    Database,
    NewClient,
    OccurrenceView,
    WaitingClient,
)
from studio_desk.ui.bookings.client_finder import ClientFinder
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError

PLACE_CHANGE = Change.of_kinds(
    ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.CLIENTS
)
NOTHING_CHANGED = Change()


def class_title(occurrence: OccurrenceView) -> str:
    """"Vinyasa Flow, Tue 28 Oct 2025 18:00"."""
    when = f"{formats.weekday_date(occurrence.start_at.date())} {formats.time(occurrence.start_at)}"
    return f"{occurrence.course_title}, {when}"


def booked_or_full(
    occurrence_id: int, client_id: int | None, new_client: NewClient | None
) -> Callable[[Database, Actor], BookingView | ClassFull]:
    """The place asked for, or the class's refusal for being full (which the dialog answers by
    offering the waitlist, not as an error)."""

    def work(db: Database, actor: Actor) -> BookingView | ClassFull:
        try:
            return services.book_place(db, actor, occurrence_id=occurrence_id, client_id=client_id,
                                       new_client=new_client)
        except ClassFull as full:
            return full

    return work


class WalkInDialog(DeskDialog):
    """A place in `occurrence` for a client found or typed; with `waitlist`, a place on its
    waitlist instead. Emits `sig_booked` (the pending place) or `sig_waitlisted`."""

    sig_booked = Signal(object)  # BookingView, pending: the roster takes the payment next
    sig_waitlisted = Signal(object)  # WaitingClient

    def __init__(
        self, desk: Desk, occurrence: OccurrenceView, parent: QWidget | None = None, *, waitlist: bool = False
    ) -> None:
        super().__init__(desk, parent)
        self.occurrence = occurrence
        self.waitlist = waitlist
        if waitlist:
            self.setWindowTitle(self.tr("Add to waitlist — {class_}").format(class_=class_title(occurrence)))
        else:
            self.setWindowTitle(self.tr("Walk-in — {class_}").format(class_=class_title(occurrence)))
        self.setMinimumWidth(480)

        self.finder = ClientFinder(desk)
        self.finder.sig_picked.connect(self._picked)
        self.finder.sig_read_failed.connect(self._failed)
        self.error = InlineError()
        if waitlist:
            self.main = QPushButton(self.tr("Put on the &waitlist"))
            explanation = self.tr("They get the first place that frees up; the desk then tells them.")
        else:
            self.main = QPushButton(self.tr("&Book a place"))
            explanation = self.tr("Next: the payment (a pack's credit when they have one), then check-in.")
        self.main.clicked.connect(self.submit)
        note = QLabel(explanation)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.main)
        buttons.addWidget(self.make_cancel_button())
        heading = QLabel(self.tr("{class_} · {fill} places").format(
            class_=class_title(occurrence), fill=occurrence.fill_text))
        heading.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.finder)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.set_main_button(self.main)
        self.set_first_field(self.finder.search)
        self.watch_input(*self.finder.input_fields())
        self.name_field("the client's name", self.finder.new_name)

    def _picked(self, _client: ClientView) -> None:
        self.error.clear_message()
        self.main.setFocus()  # Enter books: nothing else to fill in

    # Doing it -------------------------------------------------------------------------------------

    def submit(self) -> None:
        self.error.clear_message()
        finder = self.finder
        if not finder.has_choice():
            self.error.show_message(
                self.tr("Choose the client from the list, or tick “New client” and type their name.")
            )
            finder.search.setFocus()
            return
        client_id, new_client = finder.chosen_client_id(), finder.new_client_typed()
        if self.waitlist:
            self._join_waitlist(client_id, new_client)
            return
        self.main.setEnabled(False)
        self.desk.act(
            booked_or_full(self.occurrence.id, client_id, new_client),
            self._booked,
            self._failed,
            change=lambda result: NOTHING_CHANGED if isinstance(result, ClassFull) else PLACE_CHANGE,
            owner=self,
        )

    def _booked(self, result: BookingView | ClassFull) -> None:
        self.main.setEnabled(True)
        if isinstance(result, ClassFull):
            self._offer_waitlist()
            return
        self.forget_input()
        self.accept()
        self.sig_booked.emit(result)

    def _offer_waitlist(self) -> None:
        question = self.tr(
            "The class is full: all {places} places are taken. Put {client} on its waitlist instead?"
        )
        text = question.format(places=self.occurrence.capacity, client=self.finder.who())
        if self.desk.prompts.confirm(self, text):
            self._join_waitlist(self.finder.chosen_client_id(), self.finder.new_client_typed())
        else:
            self.error.show_message(self.tr("The class is full: nobody was added."))

    def _join_waitlist(self, client_id: int | None, new_client: NewClient | None) -> None:
        occurrence_id = self.occurrence.id
        self.main.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.join_waitlist(
                db, actor, occurrence_id=occurrence_id, client_id=client_id, new_client=new_client
            ),
            self._waitlisted,
            self._failed,
            change=PLACE_CHANGE,
            owner=self,
        )

    def _waitlisted(self, waiting: WaitingClient) -> None:
        self.main.setEnabled(True)
        self.forget_input()
        self.accept()
        self.sig_waitlisted.emit(waiting)

    def _failed(self, message: str) -> None:
        self.main.setEnabled(True)
        self.show_problem(self.error, message)
