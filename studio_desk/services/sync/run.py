"""One sync round (push the outbox, pull each linked coach's bookings) and how sync stands.

Only one desk syncs at a time: a round first takes a lease in `studio_settings`, so that two
desks never send the same outbox item twice. The lease is short and renewed while the round
runs (services.lease.KeptLease): a desk that dies mid-round holds the sync up for LEASE at
most, and a round that loses its lease stops between two items. The desk's timer and
`studio-desk sync --once` both call `run_sync_once`; it never raises for the web's sake, it
reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import StudioSetting
from studio_desk.services.arguments import whole_number
from studio_desk.services.errors import QT_TRANSLATE_NOOP, SyncError, ValidationError
from studio_desk.services.lease import KeptLease, keep_lease
from studio_desk.services.sentences import Sentence, to_json
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.sync.config import SyncConfig, password_for, read_sync_config
from studio_desk.services.sync.links import CoachLink
from studio_desk.services.sync.pull import PullCounts, pull_coach
from studio_desk.services.sync.push import PushCounts, push_due
from studio_desk.services.sync.status import LAST_ERROR, LAST_OK, LAST_RUN, sync_status
from studio_desk.services.sync.web_api import DEFAULT_TIMEOUT, WebAccount, WebUnavailable
from studio_desk.services.text import shown
from studio_desk.services.unit_of_work import run_read, run_write

LEASE_KEY = "sync.lease"
# A desk that died mid-round frees the sync this long after its last renewal; a live one
# renews every RENEW_EVERY seconds, however long one web call takes.
LEASE = dt.timedelta(seconds=30)
RENEW_EVERY = 10.0
_LEASE_LOST = QT_TRANSLATE_NOOP(
    "services",
    "The round stopped partway: this desk could not keep its turn to sync (another desk took it "
    "over, or the database was out of reach). The rest goes with the next round.",
)
# Kept as the last problem by migration 0014 when it took a password out of the server address
# an older desk stored (the migration writes its own copy of these words: it imports no service).
PASSWORD_REMOVED = QT_TRANSLATE_NOOP(
    "services",
    "The web platform's address held a password; it was removed from the database. Type the "
    "coaches' web passwords in the desk's sync settings.",
)


@dataclass(frozen=True)
class SyncReport:
    sent: int
    refused: int
    retrying: int
    pulled_new: int
    pulled_updated: int
    conflicts: int
    waiting: int
    problems: tuple[Sentence, ...]
    skipped_reason: str | None = None  # set when the round did not run
    # Desk bookings the web refused and web bookings that collide, this round's and earlier ones.
    needs_person: int = 0
    # Worth knowing but not a problem: said once per round.
    notes: tuple[Sentence, ...] = ()

    @property
    def ok(self) -> bool:
        """The round ran and every call went through (what waits for a person aside)."""
        return not self.problems and self.skipped_reason is None

    @property
    def all_settled(self) -> bool:
        """Nothing went wrong and nothing waits for a person: what `sync --once` exits 0 on."""
        return self.ok and self.needs_person == 0

    def sentences(self) -> list[Sentence]:
        """What the round did, for a person (the desk translates them)."""
        if self.skipped_reason:
            return [Sentence(self.skipped_reason)]
        sent = QT_TRANSLATE_NOOP(
            "services",
            "Sent to the web: {sent} change(s); refused by the web: {refused}; "
            "waiting to be sent again: {waiting}.",
        )
        pulled = QT_TRANSLATE_NOOP(
            "services",
            "From the web: {new} new booking(s), {updated} updated, {conflicts} in conflict with the desk.",
        )
        problem = QT_TRANSLATE_NOOP("services", "Problem: {problem}")
        note = QT_TRANSLATE_NOOP("services", "Note: {note}")
        lines = [
            Sentence(sent, {"sent": self.sent, "refused": self.refused, "waiting": self.waiting}),
            Sentence(
                pulled, {"new": self.pulled_new, "updated": self.pulled_updated, "conflicts": self.conflicts}
            ),
            *(Sentence(problem, {"problem": text}) for text in self.problems),
            *(Sentence(note, {"note": text}) for text in self.notes),
        ]
        if self.needs_person:
            lines.append(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{count} booking(s) need a person: `studio-desk sync` lists them, and the "
                        "desk's web sync settings resolve them.",
                    ),
                    {"count": self.needs_person},
                )
            )
        return lines

    def lines(self) -> list[str]:
        return [str(sentence) for sentence in self.sentences()]


class _Accounts:
    """One signed-in account per linked coach for the length of a round."""

    def __init__(self, config: SyncConfig, timeout: httpx.Timeout | float) -> None:
        self.config, self.timeout = config, timeout
        self.open: dict[int, WebAccount] = {}

    def for_coach(self, coach_id: int) -> WebAccount:
        link = self.config.coach(coach_id)
        if link is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("services", "This booking's coach is no longer linked to a web account.")
            )
        if coach_id not in self.open:
            password = password_for(self.config.server, link.username)
            self.open[coach_id] = WebAccount(
                self.config.server, self.config.login_path, link.username, password, timeout=self.timeout
            )
        return self.open[coach_id]

    def notes(self) -> list[Sentence]:
        if not any(account.secure_cookies_over_http for account in self.open.values()):
            return []
        return [
            Sentence(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The web platform marks its sign-in cookies Secure (for https), but its address "
                    "{server} is plain http. The desk sends them back anyway; use https where the "
                    "platform is reached over the internet.",
                ),
                {"server": self.config.server},
            )
        ]

    def close(self) -> None:
        for account in self.open.values():
            account.close()


def run_sync_once(
    db: Database, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT, push_limit: int = 500
) -> SyncReport:
    """Push what waits in the outbox, then pull every linked coach's bookings."""
    push_limit = whole_number(push_limit, low=1, high=100_000)
    if not (
        isinstance(timeout, httpx.Timeout)
        or (isinstance(timeout, int | float) and not isinstance(timeout, bool) and 0 < timeout <= 3600)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not a whole number from {low} to {high}."),
            value=shown(timeout), low=1, high=3600,
        )
    config = run_read(db, read_sync_config)
    if not config.is_on:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "services",
                "Web sync is off. Set it up with `studio-desk sync configure` "
                "or in the desk's sync settings.",
            )
        )
    kept = keep_lease(db, LEASE_KEY, LEASE, RENEW_EVERY)
    if kept is None:
        busy = QT_TRANSLATE_NOOP("services", "Another desk is syncing right now.")
        return _report(db, PushCounts(), PullCounts(), skipped=busy)
    with kept:
        pushed, pulled, notes = _round(db, kept, _Accounts(config, timeout), config, push_limit)
    report = _report(db, pushed, pulled, notes=notes)
    _remember(db, report)
    return report


def _round(
    db: Database, kept: KeptLease, accounts: _Accounts, config: SyncConfig, push_limit: int
) -> tuple[PushCounts, PullCounts, list[Sentence]]:
    """Push, then pull coach by coach, while this desk keeps the lease."""
    pulled = PullCounts()
    web_zone = config.web_zone_info
    try:
        pushed = push_due(
            db, accounts.for_coach, web_zone=web_zone, limit=push_limit, keep_going=lambda: kept.held
        )
        if pushed.stopped:
            pushed.problems.append(Sentence(_LEASE_LOST))
        if pushed.unreachable or pushed.stopped:
            return pushed, pulled, accounts.notes()
        zone = get_settings(db).zone
        for link in config.coaches:
            if not kept.held:
                pulled.problems.append(Sentence(_LEASE_LOST))
                break
            try:
                pulled.add(_pull(db, accounts, link, zone, web_zone))
            except SyncError as error:
                pulled.problems.append(
                    Sentence(
                        QT_TRANSLATE_NOOP("services", "{coach}: {error}"),
                        {"coach": link.coach_name, "error": error.sentence},
                    )
                )
                if isinstance(error, WebUnavailable):
                    break
        return pushed, pulled, accounts.notes()
    finally:
        accounts.close()


def _pull(
    db: Database, accounts: _Accounts, link: CoachLink, zone: ZoneInfo, web_zone: ZoneInfo
) -> PullCounts:
    account = accounts.for_coach(link.coach_id)
    listed = account.bookings("coach")
    ours = {web.id for web in account.bookings("user")}
    return pull_coach(db, link, listed, ours, zone, web_zone)


def _report(
    db: Database,
    pushed: PushCounts,
    pulled: PullCounts,
    skipped: str | None = None,
    notes: list[Sentence] | None = None,
) -> SyncReport:
    status = sync_status(db)
    return SyncReport(
        sent=pushed.sent,
        refused=pushed.refused,
        retrying=pushed.retrying,
        pulled_new=pulled.added,
        pulled_updated=pulled.updated,
        conflicts=pulled.conflicts,
        waiting=status.waiting,
        problems=tuple({str(problem): problem for problem in pushed.problems + pulled.problems}.values()),
        skipped_reason=skipped,
        needs_person=status.problems,
        notes=tuple(notes or ()),
    )


def _remember(db: Database, report: SyncReport) -> None:
    now = db.now().isoformat()
    values = {LAST_RUN: now, LAST_ERROR: to_json(report.problems[0]) if report.problems else ""}
    if report.ok:
        values[LAST_OK] = now

    def work(session: Session) -> None:
        for key, value in values.items():
            session.merge(StudioSetting(key=key, value=value))

    run_write(db, work)
