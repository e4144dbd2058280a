"""One class occurrence changed by an admin: a substitute coach takes it, or it is canceled with
its places (no late-cancel rule: the studio canceled, not the client)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingAction,
    Coach,
    Occurrence,
    OccurrenceStatus,
    PaymentMethod,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings import status
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.calendar import schedule
from studio_desk.services.classes.reads import load_occurrence, lock_occurrence
from studio_desk.services.classes.roster import places_of, roster_of
from studio_desk.services.classes.views import CanceledPlace, OccurrenceCancellation, OccurrenceView
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, SlotConflict, ValidationError
from studio_desk.services.money.payments import add_line
from studio_desk.services.money.refund_methods import booking_lines
from studio_desk.services.packs.credits import forfeit_credit, pack_of_booking, return_credit
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import read_settings
from studio_desk.services.text import REASON_LENGTH, required_text
from studio_desk.services.views import Actor

ALREADY_CANCELED = QT_TRANSLATE_NOOP("services", "This class was already canceled.")
CLASS_CANCELED_REASON = QT_TRANSLATE_NOOP("services", "The class was canceled: {why}")
CREDIT_KEPT = QT_TRANSLATE_NOOP("services", "The class was canceled; the studio kept the credit")
# The reference a refund of a canceled class carries when it went back by a method that needs
# one: the studio's own words, for the bank's statement to be matched by hand.
REFUND_REFERENCE = "class {occurrence} canceled"
SAME_COACH = QT_TRANSLATE_NOOP("services", "{coach} already takes this class.")
COACH_BUSY = QT_TRANSLATE_NOOP("services", "{coach} has another session at that time.")
STARTED = QT_TRANSLATE_NOOP("services", "The class has already started.")


def cancel_occurrence(
    db: Database, actor: Actor, occurrence_id: object, *, reason: str, refund_money: bool = True,
    return_credits: bool = True,
) -> OccurrenceCancellation:
    """Cancel a class and all its places. Money paid goes back by the methods that took it
    (`refund_money`), or stays; pack credits go back to their packs (`return_credits`), or the
    studio keeps them. No late-cancel rule applies. Returns each client with their phone, and
    the waitlist, for the desk to tell them."""
    require_admin(actor, "cancel classes")
    number = parse_id(occurrence_id, "class")
    why = required_text(reason, what="the reason for canceling", max_length=REASON_LENGTH)
    refund, give_back = yes_or_no(refund_money), yes_or_no(return_credits)

    def work(session: Session) -> OccurrenceCancellation:
        settings = read_settings(session)
        zone, now = settings.zone, db.now()
        lock_occurrence(session, number)
        before = load_occurrence(session, number, zone)
        if before.status is OccurrenceStatus.CANCELED:
            raise ValidationError(ALREADY_CANCELED)
        # Canceled first, so that no freed place below goes to the waitlist.
        session.execute(update(Occurrence).where(Occurrence.id == number).values(
            status=OccurrenceStatus.CANCELED, cancel_reason=why, canceled_by_id=actor.staff_id, canceled_at=now))
        told = []
        for place in places_of(session, number, zone):
            if place.status not in ACTIVE_STATUSES:
                continue
            refunded = 0
            if refund and place.paid_total > 0:
                for method, amount in _net_by_method(booking_lines(session, place.id)):
                    reference = None if method is PaymentMethod.CASH else REFUND_REFERENCE.format(occurrence=number)
                    add_line(session, place.id, -amount, method, reference, actor, now, zone)
                    refunded += amount
            pack = pack_of_booking(session, place.id)
            if pack is not None and give_back:
                return_credit(session, place.id, actor, now)
            elif pack is not None:
                forfeit_credit(session, place.id, pack, actor, now, Sentence(CREDIT_KEPT))
            status.transition(session, place, BookingAction.CANCEL, actor, now,
                              reason=Sentence(CLASS_CANCELED_REASON, {"why": why}), money=-refunded)
            told.append(CanceledPlace(place.client_name, place.client_phone, refunded,
                                      pack if pack is not None and give_back else None))
        waiting = session.execute(
            update(WaitlistEntry)
            .where(WaitlistEntry.occurrence_id == number, WaitlistEntry.status == WaitlistStatus.WAITING)
            .values(status=WaitlistStatus.LEFT, changed_at=now)
            .returning(WaitlistEntry.id)
        ).scalars().all()
        roster = roster_of(session, number, now)
        left = tuple(entry for entry in roster.waitlist if entry.entry_id in set(waiting))
        return OccurrenceCancellation(roster.occurrence, tuple(told), left)

    return run_write_as(db, actor, work)


def _net_by_method(lines: list[tuple[PaymentMethod, int]]) -> list[tuple[PaymentMethod, int]]:
    """What each method holds of a booking's money (payments less refunds), largest first."""
    held: dict[PaymentMethod, int] = {}
    for method, amount in lines:
        held[method] = held.get(method, 0) + amount
    return sorted(((m, a) for m, a in held.items() if a > 0), key=lambda pair: -pair[1])


def substitute_coach(db: Database, actor: Actor, occurrence_id: object, *, coach_id: object) -> OccurrenceView:
    """Another coach takes this one class (their time is checked as any booking's); its places
    go with it, and the timetable's coach is kept to show. Giving it back to the timetable's
    coach clears the substitute."""
    require_admin(actor, "change the timetable")
    number = parse_id(occurrence_id, "class")
    coach = parse_id(coach_id, "coach")

    def work(session: Session) -> OccurrenceView:
        zone, now = read_settings(session).zone, db.now()
        lock_occurrence(session, number)
        before = load_occurrence(session, number, zone)
        if before.status is OccurrenceStatus.CANCELED:
            raise ValidationError(ALREADY_CANCELED)
        if now >= before.start_at:
            raise ValidationError(STARTED)
        name = session.scalar(select(Coach.name).where(Coach.id == coach, Coach.active.is_(True)))
        if name is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
        if coach == before.coach_id:
            raise ValidationError(SAME_COACH, coach=name)
        row = session.execute(select(Occurrence.busy_until, Occurrence.usual_coach_id)
                              .where(Occurrence.id == number)).one()
        session.execute(schedule.COACH_FOR_BOOKING, {"coach_id": coach})
        start = before.start_at
        if (schedule.clashing_booking(session, db.backend, coach, start, row.busy_until) is not None
                or schedule.clashing_class(session, db.backend, coach, start, row.busy_until) is not None):
            raise SlotConflict(COACH_BUSY, coach=name)
        usual = row.usual_coach_id if row.usual_coach_id is not None else before.coach_id
        session.execute(update(Occurrence).where(Occurrence.id == number).values(
            coach_id=coach, usual_coach_id=None if usual == coach else usual))
        session.execute(update(Booking).where(Booking.occurrence_id == number).values(
            coach_id=coach, version=Booking.version + 1, updated_at=now))
        return load_occurrence(session, number, zone)

    return run_write_as(db, actor, work)
