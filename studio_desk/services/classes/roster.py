"""A class's check-in roster: who has a place, what the desk should know about each, checking
in (one or all), and finishing the class: the checked-in places become done, the others are
recorded as no-shows under the studio's rules.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingAction,
    BookingStatus,
    CheckIn,
    Client,
    Fee,
    FeeState,
    RuleEvent,
    StaffRole,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings import status
from studio_desk.services.bookings.permissions import is_desk, may, require
from studio_desk.services.bookings.reads import booking_view_query, load_view, parse_id, to_view
from studio_desk.services.classes.reads import ended, load_occurrence, lock_occurrence
from studio_desk.services.classes.views import (
    CheckInAll,
    FinishedClass,
    OccurrenceView,
    PlaceFlags,
    RosterPlace,
    RosterView,
    WaitingClient,
)
from studio_desk.services.classes.waitlist import promotion_open, promotions
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, InvalidTransition, ValidationError
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.use import usable_pack_for
from studio_desk.services.people.acting import optional_actor, run_read_as, run_write_as
from studio_desk.services.rules.outcomes import apply_rules, checked_waiver, preview
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import read_settings
from studio_desk.services.views import SYSTEM_ACTOR, Actor, BookingView

EXPIRING_WITHIN = dt.timedelta(days=7)
NOT_A_PLACE = QT_TRANSLATE_NOOP("services", "This booking is not a place in a class.")
PAY_FIRST = QT_TRANSLATE_NOOP(
    "services", "{client} has not paid for this class yet: take the payment (or a pack's credit) first."
)
CANNOT_CHECK_IN = QT_TRANSLATE_NOOP("services", "Only a paid or confirmed place can be checked in.")
NOT_CHECKED_IN = QT_TRANSLATE_NOOP("services", "This place was not checked in.")
NOT_IN_THIS_CLASS = QT_TRANSLATE_NOOP("services", "Booking #{booking} is not a place in this class.")
NOT_ENDED = QT_TRANSLATE_NOOP("services", "The class has not ended yet: finish it once it is over.")
ROSTER_ROLES = QT_TRANSLATE_NOOP("services", "Only the front desk and the class's coach run its roster.")
CHECKED_IN = QT_TRANSLATE_NOOP("services", "checked in")
CONFIRMED_AT_CHECK_IN = QT_TRANSLATE_NOOP("services", "confirmed: checked in for the class")
UNPAID_AT_END = QT_TRANSLATE_NOOP("services", "the class ended and the place was never paid")


def _may_run(actor: Actor, occurrence: OccurrenceView) -> None:
    acting = optional_actor(actor)  # nobody signed in, or a checked Actor
    if is_desk(acting) or (
        acting is not None and acting.role is StaffRole.COACH and acting.coach_id == occurrence.coach_id
    ):
        return
    raise Forbidden(ROSTER_ROLES)


def _flags(session: Session, place: BookingView, now: dt.datetime, zone: ZoneInfo, owed: bool) -> PlaceFlags:
    """`owed`: the client owes a fee (read for the whole roster at once, by `_owing`)."""
    if place.status not in ACTIVE_STATUSES:
        return PlaceFlags()
    soon = now + EXPIRING_WITHIN
    if place.status is BookingStatus.PENDING:
        pack = usable_pack_for(session, place, now, zone)
        expiring = pack is not None and pack.expires_at is not None and pack.expires_at <= soon
        return PlaceFlags(not_paid=True, no_usable_credit=pack is None, pack_expiring=expiring, fee_owed=bool(owed))
    expiring = False
    if place.paid_with_pack is not None:
        pack = load_pack(session, place.paid_with_pack, now, zone)
        expiring = pack.expires_at is not None and pack.expires_at <= soon
    return PlaceFlags(pack_expiring=expiring, fee_owed=bool(owed))


def _owing(session: Session, places: list[BookingView]) -> set[int]:
    """The clients among `places` who owe a fee, in one query for the roster."""
    clients = {place.client_id for place in places}
    if not clients:
        return set()
    return set(session.scalars(
        select(Fee.client_id).where(Fee.client_id.in_(clients), Fee.state == FeeState.OWED).distinct()))


def places_of(session: Session, occurrence_id: int, zone: ZoneInfo) -> list[BookingView]:
    rows = session.execute(booking_view_query().where(Booking.occurrence_id == occurrence_id)
                           .order_by(Booking.id))
    return [to_view(row, zone) for row in rows]


def roster_of(session: Session, occurrence_id: int, now: dt.datetime) -> RosterView:
    settings = read_settings(session)
    zone = settings.zone
    occurrence = load_occurrence(session, occurrence_id, zone)
    checked = dict(session.execute(
        select(CheckIn.booking_id, CheckIn.at).join(Booking, Booking.id == CheckIn.booking_id)
        .where(Booking.occurrence_id == occurrence_id)).all())
    promoted = set(session.scalars(select(Booking.id).where(
        Booking.occurrence_id == occurrence_id, Booking.waitlist_entry_id.is_not(None))))
    booked = places_of(session, occurrence_id, zone)
    owing = _owing(session, booked)
    places = []
    for place in booked:
        at = checked.get(place.id)
        places.append(RosterPlace(
            place.id, place.client_id, place.client_name, place.client_phone, place.status,
            None if at is None else at.astimezone(zone), place.paid_with_pack, place.paid_total,
            place.id in promoted, place.no_show, _flags(session, place, now, zone, place.client_id in owing),
        ))
    places.sort(key=lambda p: (p.status is BookingStatus.CANCELED, p.client_name.casefold(), p.booking_id))
    waiting = []
    position = 0
    for row in session.execute(
        select(WaitlistEntry.id, WaitlistEntry.client_id, Client.name, Client.phone, WaitlistEntry.status,
               WaitlistEntry.added_at)
        .join(Client, Client.id == WaitlistEntry.client_id)
        .where(WaitlistEntry.occurrence_id == occurrence_id).order_by(WaitlistEntry.id)
    ):
        is_waiting = row.status is WaitlistStatus.WAITING
        position += is_waiting
        waiting.append(WaitingClient(row.id, row.client_id, row.name, row.phone, row.status,
                                     row.added_at.astimezone(zone), position if is_waiting else 0))
    return RosterView(
        occurrence, tuple(places), tuple(waiting),
        tuple(promotions(session, settings, occurrence_id=occurrence_id)),
        ended(occurrence, now), promotion_open(occurrence.start_at, now, settings),
    )


def class_roster(db: Database, actor: Actor, occurrence_id: object) -> RosterView:
    """The class's places with their flags, its waitlist and who moved up from it."""
    number = parse_id(occurrence_id, "class")

    def work(session: Session) -> RosterView:
        roster = roster_of(session, number, db.now())
        _may_run(actor, roster.occurrence)
        return roster

    return run_read_as(db, actor, work)


def _place(session: Session, booking_id: int, zone: ZoneInfo) -> BookingView:
    place = load_view(session, booking_id, zone)
    if place.occurrence_id is None:
        raise ValidationError(NOT_A_PLACE)
    return place


def _check_in(session: Session, actor: Actor, place: BookingView, now: dt.datetime) -> bool:
    """Check `place` in; False when it already was."""
    if place.status is BookingStatus.PENDING:
        raise ValidationError(PAY_FIRST, client=place.client_name)
    if place.status not in (BookingStatus.PAID, BookingStatus.CONFIRMED):
        raise InvalidTransition(CANNOT_CHECK_IN)
    if session.scalar(select(CheckIn.booking_id).where(CheckIn.booking_id == place.id)) is not None:
        return False
    session.execute(insert(CheckIn).values(booking_id=place.id, by_id=actor.staff_id, at=now))
    return True


def check_in(db: Database, actor: Actor, booking_id: object) -> RosterView:
    """The client of a paid (or confirmed) place has arrived. Returns the roster as it is now."""
    number = parse_id(booking_id, "booking")

    def work(session: Session) -> RosterView:
        zone = read_settings(session).zone
        place = _place(session, number, zone)
        assert place.occurrence_id is not None
        _may_run(actor, load_occurrence(session, place.occurrence_id, zone))
        now = db.now()
        _check_in(session, actor, place, now)
        return roster_of(session, place.occurrence_id, now)

    return run_write_as(db, actor, work)


def undo_check_in(db: Database, actor: Actor, booking_id: object) -> RosterView:
    """A check-in by mistake, taken back while the class is still open."""
    number = parse_id(booking_id, "booking")

    def work(session: Session) -> RosterView:
        zone = read_settings(session).zone
        place = _place(session, number, zone)
        assert place.occurrence_id is not None
        _may_run(actor, load_occurrence(session, place.occurrence_id, zone))
        gone = session.connection().execute(delete(CheckIn).where(CheckIn.booking_id == number))
        if not gone.rowcount:
            raise ValidationError(NOT_CHECKED_IN)
        return roster_of(session, place.occurrence_id, db.now())

    return run_write_as(db, actor, work)


def check_in_all(db: Database, actor: Actor, occurrence_id: object) -> CheckInAll:
    """Check in every paid place not yet checked in; the unpaid ones are named, to pay first."""
    number = parse_id(occurrence_id, "class")

    def work(session: Session) -> CheckInAll:
        zone = read_settings(session).zone
        _may_run(actor, load_occurrence(session, number, zone))
        now = db.now()
        count, unpaid = 0, []
        for place in places_of(session, number, zone):
            if place.status is BookingStatus.PENDING:
                unpaid.append(place.client_name)
            elif place.status in (BookingStatus.PAID, BookingStatus.CONFIRMED):
                count += _check_in(session, actor, place, now)
        return CheckInAll(count, tuple(unpaid))

    return run_write_as(db, actor, work)


def may_confirm_class(actor: Actor, occurrence: OccurrenceView) -> bool:
    """Whether `actor` confirms the class's paid places: its coach, or an admin."""
    return may(actor, BookingAction.CONFIRM, one_of(occurrence, OccurrenceView).coach_id)


def confirm_class(db: Database, actor: Actor, occurrence_id: object) -> int:
    """The class's coach (or an admin) confirms its paid places at once: what the studio does
    when `confirm_places_on_payment` is off. Returns how many were confirmed."""
    number = parse_id(occurrence_id, "class")

    def work(session: Session) -> int:
        zone = read_settings(session).zone
        occurrence = load_occurrence(session, number, zone)
        require(actor, BookingAction.CONFIRM, occurrence.coach_id)
        now = db.now()
        confirmed = 0
        for place in places_of(session, number, zone):
            if place.status is BookingStatus.PAID:
                status.transition(session, place, BookingAction.CONFIRM, actor, now)
                confirmed += 1
        return confirmed

    return run_write_as(db, actor, work)


def finish_class(
    db: Database, actor: Actor, occurrence_id: object, *, no_shows: object = (), waive_reason: str | None = None,
) -> FinishedClass:
    """Once the class is over: checked-in places become done (confirmed first if they were
    only paid), the places in `no_shows` are recorded as no-shows with the course's rules
    (an admin may waive them), and places never paid are canceled. A paid place neither checked
    in nor in `no_shows` is done too: the person finishing saw the client there."""
    number = parse_id(occurrence_id, "class")
    if not isinstance(no_shows, list | tuple | set | frozenset):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Say which places were no-shows."))
    absent = {parse_id(value, "booking") for value in no_shows}
    waiver = checked_waiver(actor, waive_reason)

    def work(session: Session) -> FinishedClass:
        settings = read_settings(session)
        zone = settings.zone
        lock_occurrence(session, number)
        occurrence = load_occurrence(session, number, zone)
        _may_run(actor, occurrence)
        now = db.now()
        if not ended(occurrence, now):
            raise ValidationError(NOT_ENDED)
        places = places_of(session, number, zone)
        strangers = absent - {place.id for place in places}
        if strangers:
            raise ValidationError(NOT_IN_THIS_CLASS, booking=min(strangers))
        done = missing = unpaid = 0
        for place in places:
            if place.status is BookingStatus.PENDING:
                status.transition(session, place, BookingAction.CANCEL, SYSTEM_ACTOR, now,
                                  reason=Sentence(UNPAID_AT_END))
                unpaid += 1
                continue
            if place.status not in (BookingStatus.PAID, BookingStatus.CONFIRMED):
                continue
            if place.id in absent:
                seen = preview(session, place, RuleEvent.NO_SHOW, now, settings.currency)
                said = apply_rules(session, place, seen, actor, now, expected_late=None, waiver=waiver)
                status.transition(session, place, BookingAction.NO_SHOW, actor, now, reason=said)
                missing += 1
                continue
            if place.status is BookingStatus.PAID:
                place = status.transition(session, place, BookingAction.CONFIRM, SYSTEM_ACTOR, now,
                                          reason=Sentence(CONFIRMED_AT_CHECK_IN))
            status.transition(session, place, BookingAction.COMPLETE, SYSTEM_ACTOR, now,
                              reason=Sentence(CHECKED_IN))
            done += 1
        return FinishedClass(done, missing, unpaid)

    return run_write_as(db, actor, work)


def missing_places(roster: RosterView) -> list[RosterPlace]:
    """The paid places not checked in: what finishing the class offers as no-shows."""
    roster = one_of(roster, RosterView)
    return [p for p in roster.places if p.status in (BookingStatus.PAID, BookingStatus.CONFIRMED)
            and p.checked_in_at is None]
