"""Canceling a booking: the reason, and for a paid one the explicit refund or no-refund choice.

The refund's methods come from the services (`refund_methods`): first the ones that took money on
the booking, then, after a line, the others. Those need an admin's reason, asked for in a field
that shows only while one of them is chosen; for anyone else they are listed but cannot be
chosen, so a person sees the way exists and whose it is.

Before anything is confirmed the dialog shows what the course's cancellation rules do now
(`cancel_outcome`): the summary sentence, and where the rules limit the refund, the refund they
allow chosen already (none when they keep the money). What was shown is passed on
(`expected_late`): if the window passes while the dialog stands open, the services refuse and
the dialog reads the rules' outcome again. An admin may waive the rules with a reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import BookingView, PaymentMethod, RefundMethods, RulePreview
from studio_desk.ui.bookings.refund_method_fields import RefundMethodFields
from studio_desk.ui.bookings.rule_notes import RuleSummary, RuleWaiver
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError


class CancelDialog(DeskDialog):
    """Nothing is canceled until the service accepts; on an error the message shows here and
    everything typed stays."""

    def __init__(
        self,
        desk: Desk,
        booking: BookingView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, parent)
        self.booking = booking
        self.setWindowTitle(self.tr("Cancel booking"))
        self.setMinimumWidth(480)

        start, end = booking.start_at, booking.end_at
        when = f"{formats.weekday_date(start.date())}, {formats.time(start)}–{formats.time(end)}"
        summary = QLabel(
            self.tr("<b>{client}</b> · {course} with {coach}<br>{when}").format(
                client=booking.client_name, course=booking.course_title, coach=booking.coach_name, when=when
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is it canceled? e.g. the client is ill"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason (required):"), self.reason)

        self.preview: RulePreview | None = None  # what the rules do, as the services last said
        self.rules_summary = RuleSummary()
        self.waiver = RuleWaiver()

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.rules_summary)
        layout.addWidget(self.waiver)

        self.has_money = booking.paid_total > 0
        self.refund_choice = QButtonGroup(self)
        self.refund_option = QRadioButton(self.tr("Re&fund"))
        self.keep_option = QRadioButton(self.tr("&Keep the money (no refund)"))
        self.amount = QLineEdit(formats.amount(booking.paid_total, desk.settings.currency))
        refund_form = QFormLayout()
        refund_form.addRow(self.tr("&Amount:"), self.amount)
        # The method, its admin's reason and the reference, as the pack's refund asks for them too.
        self.refund_way = RefundMethodFields(desk, refund_form, self._refund_amount, self)
        self.method = self.refund_way.method
        self.method_reason = self.refund_way.method_reason
        self.method_reason_label = self.refund_way.method_reason_label
        self.reference = self.refund_way.reference
        self.reference_label = self.refund_way.reference_label
        if self.has_money:
            layout.addWidget(self._money_box(refund_form))

        self.message = InlineError()
        layout.addWidget(self.message)

        # Not "Cancel": here that word is the action itself, so the way out says what it keeps.
        self.cancel_booking_button = QPushButton(self.tr("Cancel &booking"))
        self.cancel_booking_button.clicked.connect(self.submit)
        self.keep_button = QPushButton(self.tr("Keep booki&ng"))
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.cancel_booking_button)
        layout.addLayout(buttons)
        self.set_main_button(self.cancel_booking_button)
        self.set_first_field(self.reason)
        self.name_field("the reason for canceling", self.reason)
        self.name_field("The refund", self.amount, self._refund_amount_reads)
        self.name_field("the reference", self.reference)
        self.name_field("the reason", self.method_reason)
        self.name_field("the refund method", self.method)
        self.watch_input(
            self.reason, self.amount, self.method, self.method_reason, self.reference, self.refund_option,
            self.keep_option, self.waiver.waive, self.waiver.reason,
        )
        self._choice_changed()
        self.waiver.waive.toggled.connect(self._waiver_toggled)
        self.read_outcome()
        if self.has_money:
            booking_id, actor = booking.id, desk.actor
            desk.read(
                lambda db: services.refund_methods(db, actor, booking_id), self._show_methods, self._failed,
                owner=self,
            )

    # The rules -------------------------------------------------------------------------------

    def read_outcome(self, *, looked_again: bool = False) -> None:
        """Ask the services what canceling now costs. `looked_again`: after a refusal, the
        refund the rules allow is chosen again if the outcome changed meanwhile."""
        actor, booking_id = self.desk.actor, self.booking.id
        if actor is None:
            return  # signed out: canceling asks the person to sign in first
        self.desk.read(
            lambda db: services.cancel_outcome(db, actor, booking_id),
            lambda preview: self._show_outcome(preview, looked_again=looked_again),
            self._failed,
            owner=self,
        )

    def _show_outcome(self, preview: RulePreview, *, looked_again: bool = False) -> None:
        before, self.preview = self.preview, preview
        # A course without rules, paid without a pack: nothing to say beyond the cancel itself.
        self.rules_summary.show_preview(preview if preview.rules is not None or preview.pack_id else None)
        self.waiver.offer(preview, self.desk.actor)
        changed = before is not None and (before.late, before.refund_allowed) != (
            preview.late, preview.refund_allowed
        )
        if before is None or (looked_again and changed):
            self._choose_allowed_refund()

    def _choose_allowed_refund(self) -> None:
        """Where the rules limit the refund, choose what they allow (none when they keep the
        money); otherwise the person chooses, as for any cancel."""
        preview = self.preview
        if not self.has_money or preview is None:
            return
        waived = self.waiver.waiving
        if not preview.applies and not waived:
            return
        allowed = preview.paid if waived else preview.refund_allowed
        if allowed <= 0:
            self.keep_option.setChecked(True)
        else:
            self.refund_option.setChecked(True)
            self.amount.setText(formats.amount(allowed, self.desk.settings.currency))
        self.watch_input(self.amount, self.refund_option, self.keep_option)  # chosen for them, not typed

    def _waiver_toggled(self, _on: bool) -> None:
        # Waived, the rules do not limit the refund: offer all of it back (and the rules' refund again
        # when the waiver is taken back).
        self._choose_allowed_refund()

    def _money_box(self, refund_form: QFormLayout) -> QGroupBox:
        paid = self.desk.money(self.booking.paid_total)
        box = QGroupBox(self.tr("{amount} was paid. What happens to it?").format(amount=paid))
        self.refund_choice.addButton(self.refund_option)
        self.refund_choice.addButton(self.keep_option)
        self.refund_choice.buttonToggled.connect(self._choice_changed)
        self.amount.textChanged.connect(self.refund_way.refresh)
        indented = QWidget()
        indented.setLayout(refund_form)
        refund_form.setContentsMargins(24, 0, 0, 0)
        self.refund_fields = indented
        layout = QVBoxLayout(box)
        layout.addWidget(self.refund_option)
        layout.addWidget(indented)
        layout.addWidget(self.keep_option)
        return box

    def _show_methods(self, methods: RefundMethods) -> None:
        self.refund_way.show_methods(methods)
        self.watch_input(self.method)  # filled in now: choosing comes after this

    @property
    def methods(self) -> RefundMethods | None:
        """What the services say a refund may go back by; None until they answered."""
        return self.refund_way.methods

    @property
    def needs_method_reason(self) -> bool:
        """Whether the refund as chosen needs an admin's reason for its method."""
        return self.refund_way.needs_method_reason

    def _refund_amount(self) -> int:
        """The refund as typed; an amount that does not read counts as all that was paid."""
        try:
            return services.parse_amount(
                self.amount.text(), what="The refund", currency=self.desk.settings.currency
            )
        except services.ValidationError:
            return self.booking.paid_total

    def _choice_changed(self) -> None:
        if self.has_money:
            self.refund_fields.setEnabled(self.refund_option.isChecked())

    @property
    def chosen_method(self) -> PaymentMethod | None:
        """The method chosen; None until the services said which there are."""
        return self.refund_way.chosen_method

    def submit(self) -> None:
        # Read everything on the GUI thread; the work below only passes plain values on.
        booking_id, reason = self.booking.id, self.reason.text()
        currency = self.desk.settings.currency
        keep_money, refund_money = self.keep_option.isChecked(), self.refund_option.isChecked()
        amount_text, method, reference = self.amount.text(), self.chosen_method, self.reference.text()
        method_reason = self.refund_way.method_reason_text()
        expected_late = None if self.preview is None else self.preview.late
        waive_reason = self.waiver.waive_reason()
        # The services ask for "the reason" of a waiver before that of a refund method.
        waiver_first = waive_reason is not None and not waive_reason.strip()
        self.name_field("the reason", self.waiver.reason if waiver_first else self.method_reason)

        def work(db: services.Database, actor: services.Actor) -> BookingView:
            # No choice at all is passed on as None: the service then says what is missing.
            choice: services.Refund | services.NoRefund | None = None
            if keep_money:
                choice = services.NO_REFUND
            elif refund_money:
                amount = services.parse_amount(amount_text, what="The refund", currency=currency)
                choice = services.Refund(  # no method yet: the service asks for one
                    amount=amount, method=method or "", reference=reference, method_reason=method_reason
                )
            return services.cancel_booking(
                db, actor, booking_id, reason=reason, refund=choice, expected_late=expected_late,
                waive_reason=waive_reason,
            )

        self.message.hide()
        self.cancel_booking_button.setEnabled(False)
        self.desk.act(work, self._canceled, self._refused)

    def _canceled(self, _booking: BookingView) -> None:
        self.accept()

    def _refused(self, text: str) -> None:
        self._failed(text)
        # The window may have passed while the dialog stood open ("Look again"): show what the
        # rules do now. (Read after every refusal: the services' words are not matched here.)
        self.read_outcome(looked_again=True)

    def _failed(self, text: str) -> None:
        self.cancel_booking_button.setEnabled(True)
        self.show_problem(self.message, text)

    def _refund_amount_reads(self) -> bool:
        try:
            services.parse_amount(self.amount.text(), what="The refund", currency=self.desk.settings.currency)
        except services.ValidationError:
            return False
        return True
