"""Which way a refund may go back: by a method that took at least that much on the booking (net
of what was already given back by it), or, only with an admin's reason, by another.

Why: money given back by a method that took nothing makes the cash-up show, say, −Rp 100,000 by
card with nothing taken by card; the till and the bank then disagree with the bookings and no
one wrote down why. An admin may still do it (the client has no card any more), and the reason
is kept with the refund line for the cash-up to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, Payment, PaymentMethod
from studio_desk.services.bookings.permissions import is_admin
from studio_desk.services.bookings.reads import BOOKING_NOT_FOUND, parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, NotFound, ValidationError, about_field
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import METHOD_LABELS
from studio_desk.services.sentences import Sentence
from studio_desk.services.text import REASON_LENGTH, clean_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor

# The fields a refusal names (the cancel dialog puts it next to that field).
REASON_FIELD = "the reason"
METHOD_FIELD = "the refund method"

# Refused because the chosen method took nothing (or less than the refund) on the booking or
# pack: one sentence for an admin, who may give a reason, and one for everyone else, who may not.
@dataclass(frozen=True)
class _MethodRefusals:
    took_nothing_admin: str
    took_nothing: str
    took_less_admin: str
    took_less: str


RefundSubject = Literal["booking", "pack"]
_REFUSALS: dict[str, _MethodRefusals] = {
    "booking": _MethodRefusals(
        QT_TRANSLATE_NOOP(
            "services",
            "Nothing was paid by {method} for this booking. Give the refund back by {usual}, or say why it "
            "goes back by {method}.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Nothing was paid by {method} for this booking, so the refund goes back by {usual}. Only an "
            "admin can give it back another way, with a reason.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Only {taken} was paid by {method} for this booking. Give the refund back by {usual}, or say "
            "why it goes back by {method}.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Only {taken} was paid by {method} for this booking, so the refund goes back by {usual}. Only "
            "an admin can give it back another way, with a reason.",
        ),
    ),
    "pack": _MethodRefusals(
        QT_TRANSLATE_NOOP(
            "services",
            "Nothing was paid by {method} for this pack. Give the refund back by {usual}, or say why it "
            "goes back by {method}.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Nothing was paid by {method} for this pack, so the refund goes back by {usual}. Only an "
            "admin can give it back another way, with a reason.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Only {taken} was paid by {method} for this pack. Give the refund back by {usual}, or say "
            "why it goes back by {method}.",
        ),
        QT_TRANSLATE_NOOP(
            "services",
            "Only {taken} was paid by {method} for this pack, so the refund goes back by {usual}. Only "
            "an admin can give it back another way, with a reason.",
        ),
    ),
}
_ADMINS_ONLY = QT_TRANSLATE_NOOP(
    "services", "Only an admin can give a refund back by a method that did not take the money."
)
_REASON_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "services",
    "The money was paid by {method}, so the refund needs no reason for its method. Clear the reason.",
)


@dataclass(frozen=True)
class RefundMethods:
    """What a refund may go back by: the methods that took money on the booking, with what each
    can still give back (most first), then the others, which need an admin's reason."""

    took: tuple[tuple[PaymentMethod, int], ...]
    others: tuple[PaymentMethod, ...]
    others_allowed: bool  # whether the person asking is an admin, who may use the others

    @property
    def usual(self) -> PaymentMethod | None:
        """The method a refund goes back by unless someone chooses otherwise."""
        return self.took[0][0] if self.took else None

    def can_give_back(self, method: PaymentMethod) -> int:
        """What `method` took on the booking, less what was already given back by it."""
        return next((amount for took, amount in self.took if took is method), 0)

    def needs_reason(self, method: PaymentMethod, amount: int) -> bool:
        """Whether a refund of `amount` by `method` needs an admin's reason."""
        return amount > self.can_give_back(method)


def refund_methods_of(lines: Iterable[tuple[PaymentMethod, int]], actor: Actor | None) -> RefundMethods:
    """The refund methods of a booking whose payment and refund lines are `lines` (method,
    amount; refunds negative), as `actor` may use them."""
    net: dict[PaymentMethod, int] = {}
    for method, amount in lines:
        net[PaymentMethod(method)] = net.get(PaymentMethod(method), 0) + amount
    order = list(PaymentMethod)
    took = sorted(
        ((method, amount) for method, amount in net.items() if amount > 0),
        key=lambda pair: (-pair[1], order.index(pair[0])),
    )
    others = tuple(method for method in PaymentMethod if method not in dict(took))
    return RefundMethods(tuple(took), others, is_admin(actor))


_LINES = select(Payment.method, Payment.amount).where(Payment.booking_id == bindparam("booking_id"))
_PACK_LINES = select(Payment.method, Payment.amount).where(Payment.pack_id == bindparam("pack_id"))


def booking_lines(session: Session, booking_id: int) -> list[tuple[PaymentMethod, int]]:
    """The booking's payment and refund lines as (method, amount), in the caller's transaction."""
    return [(row.method, row.amount) for row in session.execute(_LINES, {"booking_id": booking_id})]


def pack_lines(session: Session, pack_id: int) -> list[tuple[PaymentMethod, int]]:
    """A pack's sale and refund lines as (method, amount), in the caller's transaction."""
    return [(row.method, row.amount) for row in session.execute(_PACK_LINES, {"pack_id": pack_id})]


def refund_methods(db: Database, actor: Actor | None, booking_id: object) -> RefundMethods:
    """What a refund of the booking may go back by, for `actor` (the cancel dialog asks)."""
    booking = parse_id(booking_id, "booking")
    asking = actor if isinstance(actor, Actor) else None

    def work(session: Session) -> RefundMethods:
        if session.scalar(select(Booking.id).where(Booking.id == booking)) is None:
            raise NotFound(BOOKING_NOT_FOUND)
        return refund_methods_of(booking_lines(session, booking), asking)

    return run_read(db, work)


def method_words(method: PaymentMethod) -> Sentence:
    """"card", "bank transfer": a method inside a sentence, in the reader's language."""
    return Sentence(METHOD_LABELS[method])


def clean_method_reason(value: object) -> str | None:
    """An admin's reason for the refund's method as typed; None when none was given."""
    return clean_text(value, what="the reason", max_length=REASON_LENGTH, required=False)


def checked_refund_method(
    methods: RefundMethods,
    actor: Actor,
    *,
    amount: int,
    method: PaymentMethod,
    reason: str | None,
    currency: str,
    subject: RefundSubject = "booking",
) -> str | None:
    """The reason to keep with a refund of `amount` by `method`: None when that method took at
    least as much on the booking (or the pack: `subject`); the admin's reason when it did not.
    Refused when the method did not and there is no reason or no admin, and when a reason is
    given that is not needed (it would be kept and shown with an ordinary refund)."""
    if not methods.needs_reason(method, amount):
        if reason is not None:
            refusal = ValidationError(_REASON_NOT_NEEDED, method=method_words(method))
            raise about_field(refusal, REASON_FIELD)
        return None
    if reason is not None and not is_admin(actor):
        raise Forbidden(_ADMINS_ONLY)
    if reason is not None:
        return reason
    taken = methods.can_give_back(method)
    usual = methods.usual
    fields: dict[str, object] = {
        "method": method_words(method),
        "usual": method_words(usual) if usual is not None else "",
    }
    if taken:
        fields["taken"] = Money(taken, currency)
    admin = is_admin(actor)
    refusals = _REFUSALS[subject]
    if taken:
        template = refusals.took_less_admin if admin else refusals.took_less
    else:
        template = refusals.took_nothing_admin if admin else refusals.took_nothing
    refusal = ValidationError(template, **fields)
    raise about_field(refusal, REASON_FIELD if admin else METHOD_FIELD)
