"""Recording a no-show: what it does to the booking and what the course's rules charge
(`no_show_outcome`), shown before the coach or admin confirms. An admin may waive the rules
with a reason. Enter records it, Escape leaves the booking as it was.

Final, and counted in the coach's report, so the dialog says so; it opens from Booking details
and from the coach's queue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import BookingView, RulePreview
from studio_desk.ui.bookings.rule_notes import RuleSummary, RuleWaiver
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError


def no_show_question(booking: BookingView) -> str:
    """What the person confirms (worded as the desk asked it before the rules came)."""
    question = QCoreApplication.translate(
        "booking_details",
        "Record that {client} did not come to {course} at {time}? The booking ends as done, "
        "marked as a no-show. This cannot be undone.",
    )
    return question.format(
        client=booking.client_name, course=booking.course_title, time=formats.time(booking.start_at)
    )


class NoShowDialog(DeskDialog):
    """Nothing is recorded until the services accept; a refusal shows here and the dialog stays."""

    recorded = Signal(object)  # BookingView: done, marked as a no-show

    def __init__(self, desk: Desk, booking: BookingView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.booking = booking
        self.preview: RulePreview | None = None
        self.setWindowTitle(self.tr("Record a no-show"))
        self.setMinimumWidth(440)

        self.question = QLabel(no_show_question(booking))
        self.question.setWordWrap(True)
        self.rules_summary = RuleSummary()
        self.waiver = RuleWaiver()
        self.message = InlineError()
        self.record_button = QPushButton(self.tr("&Record no-show"))
        self.record_button.setEnabled(False)  # until the person can see what it costs
        self.record_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.make_cancel_button())

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.rules_summary)
        layout.addWidget(self.waiver)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.set_main_button(self.record_button)
        self.set_first_field(self.record_button)
        self.name_field("the reason", self.waiver.reason)
        self.watch_input(self.waiver.waive, self.waiver.reason)
        self._read_outcome()

    def _read_outcome(self) -> None:
        actor, booking_id = self.desk.actor, self.booking.id
        if actor is None:
            self.record_button.setEnabled(True)  # recording then asks the person to sign in
            return
        self.desk.read(
            lambda db: services.no_show_outcome(db, actor, booking_id), self._show_outcome, self._failed,
            owner=self,
        )

    def _show_outcome(self, preview: RulePreview) -> None:
        self.preview = preview
        self.rules_summary.show_preview(preview)
        self.waiver.offer(preview, self.desk.actor)
        self.record_button.setEnabled(True)
        if self.isVisible() and self.focusWidget() is None:
            self.record_button.setFocus()  # it opened before the answer came: Enter records

    def submit(self) -> None:
        booking_id, waive_reason = self.booking.id, self.waiver.waive_reason()
        self.message.hide()
        self.record_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.record_no_show(db, actor, booking_id, waive_reason=waive_reason),
            self._recorded, self._refused,
        )

    def _recorded(self, booking: BookingView) -> None:
        self.forget_input()
        self.accept()
        self.recorded.emit(booking)

    def _refused(self, text: str) -> None:
        self.record_button.setEnabled(True)
        self.show_problem(self.message, text)

    def _failed(self, text: str) -> None:
        # The outcome could not be read: say why; recording waits until it can be shown.
        self.show_problem(self.message, text)
