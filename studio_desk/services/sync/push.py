"""Sending the outbox to the web platform: one item at a time, each booking's in order.

The network call happens outside any transaction; only its outcome is written. An answer lost
after the server acted must not make a second booking, whether it was lost to a time-out or to
the desk dying before it wrote the answer down. So a create's try is written down, in its own
transaction, before the request goes out (`outbox.begin_try`), and a create tried before is
looked for among the bookings its account made before it is sent again. That list is read once
per account and round at most, and only when a create was tried before.

A create's date and time are the booking's start on the web's clock, worked out as it is sent
(not as it was queued), so an item that waited through a change of the web's zone is still right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, OutboxOutcome, SyncState
from studio_desk.services import outbox
from studio_desk.services.bookings.reads import load_view
from studio_desk.services.errors import QT_TRANSLATE_NOOP, SyncError
from studio_desk.services.outbox import OutboxKind, PendingItem
from studio_desk.services.sentences import Sentence, to_json
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.sync.answers import WebBooking
from studio_desk.services.sync.pull import link_to_web
from studio_desk.services.sync.web_api import (
    WebAccount,
    WebRefused,
    WebServerError,
    WebSlotTaken,
    WebUnavailable,
)
from studio_desk.services.sync.web_time import web_date_and_time, web_instant
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import BookingView

# Statuses at or past each target: the web already being there means the change arrived.
_REACHED = {
    "paid": {"paid", "confirmed", "done"},
    "confirmed": {"confirmed", "done"},
    "done": {"done"},
    "canceled": {"canceled"},
}
# A web booking in one of these is not moved by the desk: the platform would let it.
_FINAL_ON_THE_WEB = frozenset({"done", "canceled"})
# What the web refused, as whole sentences; {error} is the web platform's own words.
_REFUSED = {
    OutboxKind.MARK_PAID: QT_TRANSLATE_NOOP(
        "services", "The web platform refused to take the payment: {error}"
    ),
    OutboxKind.STATUS: QT_TRANSLATE_NOOP(
        "services", "The web platform refused to change the status: {error}"
    ),
}


@dataclass
class PushCounts:
    sent: int = 0
    refused: int = 0
    retrying: int = 0
    unreachable: bool = False  # the round stopped: the server is out of reach or failing
    stopped: bool = False  # the round stopped: `keep_going` said no (the desk lost its lease)
    problems: list[Sentence] = field(default_factory=list)


AccountFor = Callable[[int], WebAccount]  # a booking's coach id -> its signed-in account


class _WebLists:
    """What the web lists, read once a round per account unless a fresh read is asked for: the
    bookings an account made (`role=user`), where a create an earlier try made is found; and the
    statuses of a coach's bookings (`role=coach`), because the status endpoint checks no
    transition, so the desk looks before it sets one."""

    def __init__(self) -> None:
        self._own: dict[WebAccount, list[WebBooking]] = {}
        self._statuses: dict[WebAccount, dict[int, str]] = {}

    def own(self, account: WebAccount, *, fresh: bool = False) -> list[WebBooking]:
        if fresh or account not in self._own:
            self._own[account] = account.bookings("user")
        return self._own[account]

    def status(self, account: WebAccount, remote_id: int, *, fresh: bool = False) -> str | None:
        """The web status of booking `remote_id`, None when the coach's list lacks it. `fresh`
        reads the list again, for this answer only: the round's list is kept as it was read, and
        the items after this one are checked against that."""
        if fresh:
            return next((web.status for web in account.bookings("coach") if web.id == remote_id), None)
        if account not in self._statuses:
            self._statuses[account] = {web.id: web.status for web in account.bookings("coach")}
        return self._statuses[account].get(remote_id)


def _always() -> bool:
    return True


def push_due(
    db: Database,
    account_for: AccountFor,
    *,
    web_zone: ZoneInfo,
    limit: int = 500,
    keep_going: Callable[[], bool] = _always,
) -> PushCounts:
    """Send what is due, up to `limit` items, with times on the clock of `web_zone`. Stops at
    the first sign that the server is out of reach: the rest waits for the next round instead of
    each timing out in turn. Asks `keep_going` before each item, and stops when it says no."""
    counts = PushCounts()
    zone_of = get_settings(db).zone
    lists = _WebLists()
    while counts.sent + counts.refused < limit:
        items = run_read(db, lambda session: outbox.due_items(session, db.now(), limit))
        if not items:
            break
        progressed = False
        for item in items:
            if not keep_going():
                counts.stopped = True
                return counts
            booking = run_read(db, partial(_booking, number=item.booking_id, zone=zone_of))
            try:
                account = account_for(booking.coach_id)
                outcome = _send(db, account, item, booking, web_zone, lists)
            except WebUnavailable as error:
                _try_later(db, item, str(error))
                counts.retrying += 1
                counts.unreachable = True
                counts.problems.append(error.sentence)
                return counts
            except WebRefused as error:
                _refused(db, item, booking, error)
                counts.refused += 1
                counts.problems.append(
                    Sentence(
                        QT_TRANSLATE_NOOP("services", "Booking {booking}: {error}"),
                        {"booking": booking.id, "error": error.sentence},
                    )
                )
                progressed = True
                continue
            except SyncError as error:  # no password, or the account cannot sign in
                _try_later(db, item, str(error))
                counts.retrying += 1
                counts.problems.append(error.sentence)
                continue
            counts.sent += outcome
            progressed = True
        if not progressed:
            break
    return counts


def _booking(session: Session, *, number: int, zone: ZoneInfo) -> BookingView:
    return load_view(session, number, zone)


def _send(
    db: Database,
    account: WebAccount,
    item: PendingItem,
    booking: BookingView,
    web_zone: ZoneInfo,
    lists: _WebLists,
) -> int:
    """Do one item on the web and write that it is done; 1 when it was sent."""
    if item.kind is OutboxKind.CREATE:
        remote = _create(db, account, item, booking, web_zone, lists)
        run_write(db, lambda session: link_to_web(session, booking.id, remote, db.now()))
        return 1
    if booking.remote_id is None:  # its create was refused; nothing on the web to change
        run_write(db, lambda session: outbox.finish(session, item.id, OutboxOutcome.SKIPPED, db.now()))
        return 0
    target = str(item.payload.get("status", "paid"))
    if item.kind is OutboxKind.STATUS:
        now_there = lists.status(account, booking.remote_id)
        if now_there in _REACHED[target] or now_there in _FINAL_ON_THE_WEB:
            # Already there (an answer lost after the web acted): sent. Ended on the web in
            # another way, which the pull brings to the desk: setting it would move the web
            # backwards, so it is skipped.
            outcome = OutboxOutcome.SENT if now_there in _REACHED[target] else OutboxOutcome.SKIPPED
            run_write(db, lambda session: outbox.finish(session, item.id, outcome, db.now()))
            return 0
    try:
        if item.kind is OutboxKind.MARK_PAID:
            account.mark_paid(
                booking.remote_id, str(item.payload["payment_id"]), str(item.payload["payment_method"])
            )
        else:
            account.set_status(booking.remote_id, target)
    except WebRefused as error:
        # Sent before, with the answer lost? Then the web is already where the desk wanted it.
        if error.status != 400 or (
            lists.status(account, booking.remote_id, fresh=True) not in _REACHED[target]
        ):
            raise
    except WebServerError:
        # The platform answers an id it does not know with a 500 page: a booking deleted on the
        # web is refused for good, not retried for ever. Any other 500 is tried again later.
        if lists.status(account, booking.remote_id, fresh=True) is None:
            raise WebRefused(
                404, QT_TRANSLATE_NOOP("services", "The web platform no longer has this booking.")
            ) from None
        raise
    run_write(db, lambda session: outbox.finish(session, item.id, OutboxOutcome.SENT, db.now()))
    return 1


def _create(
    db: Database,
    account: WebAccount,
    item: PendingItem,
    booking: BookingView,
    web_zone: ZoneInfo,
    lists: _WebLists,
) -> int:
    """The web booking of a create: the one an earlier try made, or a new one."""
    tried_before = item.attempts > 0  # by this desk or by one that died waiting for the answer
    remote = _already_made(db, lists.own(account), booking, web_zone) if tried_before else None
    if remote is not None:
        return remote
    # Written down before the request goes out: from here on, a desk that dies before it hears
    # back leaves a mark that makes whoever sends this next look for the booking first.
    run_write(db, lambda session: outbox.begin_try(session, item.id, item.attempts + 1))
    # The queued date and time are the studio's; the web reads them on its own clock.
    payload: dict[str, object] = {
        **web_date_and_time(booking.start_at, web_zone),
        "client_name": item.payload["client_name"],
    }
    try:
        return account.create(int(str(item.payload["course"])), payload)
    except WebSlotTaken:
        # Taken by the earlier try itself, made on the web after this round read the list?
        listed = lists.own(account, fresh=True) if tried_before else []
        remote = _already_made(db, listed, booking, web_zone)
        if remote is None:
            raise
        return remote


def _already_made(
    db: Database, listed: list[WebBooking], booking: BookingView, web_zone: ZoneInfo
) -> int | None:
    """The web booking an earlier, unanswered try made: one of the account's own bookings
    (`listed`) starting at the booking's instant, active, and not yet any desk booking's.
    Instants, not wall times: the web may list its times with an offset, or on a clock not the
    studio's."""
    active = {s.value for s in ACTIVE_STATUSES}
    candidates = [
        web.id
        for web in listed
        if web.status in active and web_instant(web.start(), web_zone) == booking.start_at
    ]
    if not candidates:
        return None
    taken = set(
        run_read(
            db,
            lambda session: session.scalars(
                select(Booking.remote_id).where(Booking.remote_id.in_(candidates))
            ).all(),
        )
    )
    free = [remote for remote in candidates if remote not in taken]
    return free[0] if free else None


def _try_later(db: Database, item: PendingItem, error: str) -> None:
    run_write(db, lambda session: outbox.try_later(session, item.id, item.attempts + 1, db.now(), error))


def _refused(db: Database, item: PendingItem, booking: BookingView, error: WebRefused) -> None:
    def work(session: Session) -> None:
        now = db.now()
        outbox.finish(session, item.id, OutboxOutcome.REFUSED, now, str(error))
        if item.kind is OutboxKind.CREATE:
            slot_taken = isinstance(error, WebSlotTaken)
            problem = Sentence(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The web platform has another booking at this time ({error}). Cancel this "
                    "booking, or send it again once the web booking is gone.",
                )
                if slot_taken
                else QT_TRANSLATE_NOOP("services", "The web platform refused this booking: {error}"),
                {"error": error.sentence},
            )
            state = SyncState.CONFLICT if slot_taken else SyncState.REJECTED
            outbox.skip_rest(session, booking.id, now, "the booking never reached the web platform")
        else:
            problem = Sentence(_REFUSED[item.kind], {"error": error.sentence})
            state = SyncState.LINKED
        session.execute(
            update(Booking)
            .where(Booking.id == booking.id)
            .values(sync_state=state, sync_problem=str(problem), sync_problem_words=to_json(problem))
        )

    run_write(db, work)
