"""What an admin does to one class: cancel it (with the reason, money back or kept, pack credits
back or kept, then the clients and the waitlist to call), or give it to a substitute coach.

The roster and the calendar open these with the occurrence's number; the services decide what
is allowed and refuse with a sentence, shown inside the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    Change,
    ChangeKind,
    CoachView,
    Database,
    OccurrenceCancellation,
    OccurrenceStatus,
    OccurrenceView,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError

# A canceled class frees its places and may move money and credits; a substitute moves places.
CLASS_CANCELED = Change.of_kinds(
    ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.PACKS
)
COACH_SUBSTITUTED = Change.of_kinds(ChangeKind.CLASSES, ChangeKind.BOOKINGS)
LIST_ROWS = 9  # the lists of whom to call scroll beyond about this many


def class_summary(occurrence: OccurrenceView) -> str:
    """`<b>Vinyasa Flow</b> with Coach Sari (usually Coach Smith)<br>Tue 28 Oct 2025, 18:00–19:00 ·
    Studio A · 7/12 places, 2 waiting`, in the desk's language."""
    coach = occurrence.coach_name
    if occurrence.usual_coach_name:
        coach = QCoreApplication.translate("ClassSummary", "{coach} (usually {usual})").format(
            coach=coach, usual=occurrence.usual_coach_name
        )
    when = (f"{formats.weekday_date(occurrence.start_at.date())}, "
            f"{formats.time(occurrence.start_at)}–{formats.time(occurrence.end_at)}")
    parts = [when]
    if occurrence.room_name:
        parts.append(occurrence.room_name)
    if occurrence.status is OccurrenceStatus.CANCELED:
        parts.append(QCoreApplication.translate("ClassSummary", "canceled"))
    else:
        parts.append(QCoreApplication.translate("ClassSummary", "{taken} places, {waiting} waiting").format(
            taken=occurrence.fill_text, waiting=occurrence.waiting
        ))
    return QCoreApplication.translate("ClassSummary", "<b>{course}</b> with {coach}<br>{details}").format(
        course=occurrence.course_title, coach=coach, details=" · ".join(parts)
    )


class CancelClassDialog(DeskDialog):
    """Nothing is canceled until the service accepts; then the dialog shows whom to call."""

    def __init__(self, desk: Desk, occurrence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.occurrence_id = occurrence_id
        self.setWindowTitle(self.tr("Cancel class"))
        self.setMinimumWidth(480)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is it canceled? e.g. the coach is ill"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason (required):"), self.reason)
        self.refund_box = QCheckBox(self.tr("Re&fund the money paid, by the way it was paid"))
        self.refund_box.setChecked(True)
        self.credits_box = QCheckBox(self.tr("Return the &pack credits to their packs"))
        self.credits_box.setChecked(True)
        self.message = InlineError()

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.places = QListWidget()
        self.places_label = QLabel(self.tr("Clients to &tell:"))
        self.places_label.setBuddy(self.places)
        self.waiting = QListWidget()
        self.waiting_label = QLabel(self.tr("They were on the &waitlist:"))
        self.waiting_label.setBuddy(self.waiting)
        for widget in (self.outcome, self.places_label, self.places, self.waiting_label, self.waiting):
            widget.hide()
        for entries in (self.places, self.waiting):
            entries.setMaximumHeight(self.fontMetrics().height() * LIST_ROWS)

        # Not "Cancel": here that word is the action itself, so the way out says what it keeps.
        self.cancel_class_button = QPushButton(self.tr("Cancel the &class"))
        self.keep_button = QPushButton(self.tr("&Keep the class"))
        self.keep_button.clicked.connect(self.reject)
        self.close_button = self.make_close_button()
        self.close_button.hide()  # once the class is canceled
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_button, self.cancel_class_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.refund_box)
        layout.addWidget(self.credits_box)
        for widget in (self.outcome, self.places_label, self.places, self.waiting_label, self.waiting):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.cancel_class_button.clicked.connect(self.submit)
        self.set_main_button(self.cancel_class_button)
        self.set_first_field(self.reason)
        self.name_field("the reason for canceling", self.reason)
        self.watch_input(self.reason, self.refund_box, self.credits_box)
        desk.read(lambda db: services.get_occurrence(db, occurrence_id), self.show_occurrence,
                  self.refused, owner=self)

    def show_occurrence(self, occurrence: OccurrenceView) -> None:
        self.summary.setText(class_summary(occurrence))

    def submit(self) -> None:
        reason, number = self.reason.text(), self.occurrence_id
        refund, credits = self.refund_box.isChecked(), self.credits_box.isChecked()
        self.message.clear_message()
        self.desk.act(
            lambda db, actor: services.cancel_occurrence(
                db, actor, number, reason=reason, refund_money=refund, return_credits=credits
            ),
            self.canceled, self.refused, change=CLASS_CANCELED, owner=self,
        )

    def canceled(self, result: OccurrenceCancellation) -> None:
        self.forget_input()
        self.summary.setText(class_summary(result.occurrence))
        for field in (self.reason, self.refund_box, self.credits_box):
            field.setEnabled(False)
        self.cancel_class_button.hide()
        self.keep_button.hide()
        self.close_button.show()
        self.set_main_button(self.close_button)
        self.close_button.setFocus()
        if result.places:
            self.outcome.setText(self.tr("The class is canceled. Call or message each client below."))
        else:
            self.outcome.setText(self.tr("The class is canceled. Nobody had a place in it."))
        self.outcome.show()
        self.places.clear()
        for place in result.places:
            line = f"{place.client_name} · {self.phone(place.client_phone)}"
            if place.refunded:
                line += " · " + self.tr("{amount} refunded").format(amount=self.desk.money(place.refunded))
            if place.credit_returned_to is not None:
                line += " · " + self.tr("credit back to the pack")
            self.places.addItem(line)
        self.waiting.clear()
        for waiting in result.waitlist:
            self.waiting.addItem(f"{waiting.client_name} · {self.phone(waiting.client_phone)}")
        for label, entries in ((self.places_label, self.places), (self.waiting_label, self.waiting)):
            label.setVisible(entries.count() > 0)
            entries.setVisible(entries.count() > 0)

    def phone(self, stored: str | None) -> str:
        return self.desk.phone(stored) if stored else self.tr("no phone number")

    def refused(self, message: str) -> None:
        self.show_problem(self.message, message)


@dataclass(frozen=True)
class SubstituteChoice:
    occurrence: OccurrenceView
    coaches: list[CoachView]


def read_substitute_choice(db: Database, occurrence_id: int) -> SubstituteChoice:
    return SubstituteChoice(services.get_occurrence(db, occurrence_id), services.list_coaches(db))


class SubstituteCoachDialog(DeskDialog):
    """Another coach takes this one class; choosing the timetable's coach again gives it back."""

    def __init__(self, desk: Desk, occurrence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.occurrence_id = occurrence_id
        self.setWindowTitle(self.tr("Substitute coach"))
        self.setMinimumWidth(420)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.coach_box = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Coac&h:"), self.coach_box)
        self.message = InlineError()
        self.substitute_button = QPushButton(self.tr("&Substitute"))
        self.substitute_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.substitute_button)
        buttons.addWidget(self.make_cancel_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_main_button(self.substitute_button)
        self.set_first_field(self.coach_box)
        desk.read(lambda db: read_substitute_choice(db, occurrence_id), self.show_choice, self.refused,
                  owner=self)

    def show_choice(self, choice: SubstituteChoice) -> None:
        occurrence = choice.occurrence
        self.summary.setText(class_summary(occurrence))
        self.coach_box.clear()
        for coach in choice.coaches:
            self.coach_box.addItem(coach.name, coach.id)
        # The first coach who is not taking it now: the one a substitute most likely is.
        others = [row for row, coach in enumerate(choice.coaches) if coach.id != occurrence.coach_id]
        self.coach_box.setCurrentIndex(others[0] if others else 0)
        self.watch_input(self.coach_box)

    def submit(self) -> None:
        coach, number = self.coach_box.currentData(), self.occurrence_id
        self.message.clear_message()
        self.desk.act(
            lambda db, actor: services.substitute_coach(db, actor, number, coach_id=coach),
            self.substituted, self.refused, change=COACH_SUBSTITUTED, owner=self,
        )

    def substituted(self, _occurrence: OccurrenceView) -> None:
        self.forget_input()
        self.accept()

    def refused(self, message: str) -> None:
        self.show_problem(self.message, message)
