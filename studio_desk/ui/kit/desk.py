"""The desk's shared state: the database, who is signed in, and the one change signal.

Every screen gets the same `Desk`. It is the only place the UI calls services from:
`desk.read(...)` for a query, `desk.act(...)` for a change made by the signed-in person.
Both run the call through the TaskRunner, off the GUI thread, and report back on it.

`sig_changed` carries a `services.Change` saying what changed: after each successful
`act` (what the action touched), for what other desks commit (the change watcher, through
live_refresh), and for F5 (everything). Views listen through `LiveView` (live_view.py), which
reads only for the views a change concerns; views never call each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from studio_desk import services
from studio_desk.services import (
    Actor,
    BookingAction,
    BookingView,
    Change,
    Database,
    DatabaseUnavailable,
    Forbidden,
    PaymentReceipt,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.messages import is_offline, problem_of
from studio_desk.ui.kit.prompts import Prompts
from studio_desk.ui.kit.tasks import TaskRunner

T = TypeVar("T")
C = TypeVar("C", bound=Callable[..., None] | None)

# The English texts of two refusals (tests compare with them); shown translated, see `act`.
SIGN_IN_FIRST = "Sign in first (Ctrl+L), so the desk knows who is doing this."
OFFLINE_REFUSAL = (
    "The database cannot be reached right now, so this was not saved. The desk keeps trying and "
    "carries on by itself as soon as it answers; then try again."
)
# While offline, the desk asks the database this often whether it is back.
PROBE_MS = 2_000


class Desk(QObject):
    sig_changed = Signal(object)  # services.Change
    actor_changed = Signal(object)  # Actor | None
    # (online, message): False with the reason when the database stopped answering.
    connection_changed = Signal(bool, str)

    def __init__(self, db: Database, tasks: TaskRunner | None = None, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.db = db
        self.tasks = tasks or TaskRunner(parent=self)
        # The web on a pool of its own, one round at a time: a slow web never holds up the
        # database reads the screens wait for.
        self.network_tasks = TaskRunner(synchronous=self.tasks.synchronous, threads=1, parent=self)
        self.prompts = prompts or Prompts()
        self.actor: Actor | None = None
        self.online = True
        # Read once: the currency, zone and phone rules do not change under an open desk.
        self.settings = services.get_settings(db)
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_MS)
        self._probe.timeout.connect(self.retry_connection)
        self._probing = False

    # Who is at the desk -------------------------------------------------------------------

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def allowed_actions(self, booking: BookingView) -> frozenset[BookingAction]:
        """What the signed-in person may do to `booking` now; nothing when nobody is signed in."""
        if self.actor is None:
            return frozenset()
        return services.allowed_actions(booking, self.actor, now=self.db.now())

    def now(self) -> dt.datetime:
        return self.db.now()

    def today(self) -> dt.date:
        return self.now().astimezone(self.settings.zone).date()

    def money(self, amount: int) -> str:
        return formats.money(amount, self.settings.currency)

    def phone(self, stored: str | None) -> str:
        """A stored phone number as every screen shows it ("0813-2222-1111"); "" for none."""
        return services.format_phone(stored, self.settings.phone_country_code)

    # Calling services ---------------------------------------------------------------------

    def read(
        self,
        work: Callable[[Database], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        owner: QObject | None = None,
        network: bool = False,
    ) -> None:
        """Run the query `work(db)`; `on_failed` gets the message to show (default: a box).
        With `owner` (the screen that asked), an answer that comes after it was closed is dropped.
        `network`: the work talks to the web platform, and runs on the network's own thread."""
        runner = self.network_tasks if network else self.tasks
        runner.run(
            lambda: work(self.db), self._succeeded(_for(owner, on_done)), self._failed(_for(owner, on_failed))
        )

    def act(
        self,
        work: Callable[[Database, Actor], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        change: Change | Callable[[T], Change] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run the change `work(db, actor)` as the signed-in person. On success the views it
        concerns refresh (sig_changed) before `on_done` runs. `change` says what it touched
        (or how to tell from the result); by default a booking answered is what it touched,
        and anything else may have touched everything. With `owner`, the answer reaches
        `on_done`/`on_failed` only while that screen is still there (the views hear of the
        change either way)."""
        actor = self.actor
        if actor is None:
            signed_out = self.tr("Sign in first (Ctrl+L), so the desk knows who is doing this.")
            self._failed(on_failed)(Forbidden(signed_out))
            return
        if not self.online:
            # Known to be unreachable: say so at once rather than after a connect time-out.
            refusal = self.tr(
                "The database cannot be reached right now, so this was not saved. The desk keeps trying and "
                "carries on by itself as soon as it answers; then try again."
            )
            self._failed(on_failed)(DatabaseUnavailable(refusal))
            return
        done = self._succeeded(_for(owner, on_done), change=change or _touched)
        self.tasks.run(lambda: work(self.db, actor), done, self._failed(_for(owner, on_failed)))

    def announce(self, change: Change) -> None:
        """Tell the views what changed (they read again only if it concerns them)."""
        if change:
            self.sig_changed.emit(change)

    def _succeeded(
        self, on_done: Callable[[T], None], *, change: Change | Callable[[T], Change] | None = None
    ) -> Callable[[T], None]:
        def done(result: T) -> None:
            self.set_online(True, "")
            if change is not None:
                self.announce(change if isinstance(change, Change) else change(result))
            on_done(result)

        return done

    def _failed(self, on_failed: Callable[[str], None] | None) -> Callable[[Exception], None]:
        def failed(error: Exception) -> None:
            message = problem_of(error)
            if is_offline(error):
                self.set_online(False, message)
            if on_failed is None:
                self.prompts.error(None, message)
            else:
                on_failed(message)

        return failed

    def set_online(self, online: bool, message: str) -> None:
        """What the last call or the change watcher found; offline, the desk probes until it
        answers again."""
        if online != self.online:
            self.online = online
            if online:
                self._probe.stop()
            else:
                self._probe.start()
            self.connection_changed.emit(online, message)

    def retry_connection(self) -> None:
        """Ask the database again (the offline banner's Retry, and the probe while offline);
        views refresh if it answers. One question at a time: an unreachable server may take
        seconds to say so."""
        if self._probing:
            return
        self._probing = True

        def answered(_: object) -> None:
            self._probing = False
            self.announce(Change.of_everything())  # whatever happened while it was away

        def unanswered(_: str) -> None:
            self._probing = False

        self.read(services.list_coaches, answered, unanswered)


def _touched(result: object) -> Change:
    """What an action touched, told from its answer: a booking (also a payment's), or (not
    knowing) everything."""
    if isinstance(result, PaymentReceipt):
        return Change.of_bookings(result.booking)
    if isinstance(result, BookingView):
        return Change.of_bookings(result)
    return Change.of_everything()


def _for(owner: QObject | None, callback: C) -> C:
    """`callback`, skipped once `owner` (a screen closed while the work ran) is gone."""
    if owner is None or callback is None:
        return callback

    def delivered(value: object) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return cast(C, delivered)
