"""What a change notice says: the `Change` value (which kinds, bookings, coaches and days), merged.

The database's triggers (migration 0006) note every row a writer changes; `ChangeWatcher` turns
those notes into one `Change` per notice or poll. A view asks `change.concerns(...)` with what
it shows and reloads only when the answer is yes. A fact the notice did not carry (a payment's
coach, a client's days) never narrows the answer: unknown means "may concern you".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.studio_time import parse_instant
from studio_desk.services.text import shown
from studio_desk.services.views import BookingView

T = TypeVar("T")


class ChangeKind(enum.StrEnum):
    BOOKINGS = "bookings"
    PAYMENTS = "payments"
    CLIENTS = "clients"
    CATALOG = "catalog"  # coaches and courses
    HOURS = "hours"  # weekly windows, availabilities (extra hours), absences, holidays
    STAFF = "staff"
    SETTINGS = "settings"
    CLOSINGS = "closings"  # day_closings
    SYNC = "sync"  # web conflicts, sync problems, the sync's own settings
    PACKS = "packs"  # packs sold and their credit ledger
    CLASSES = "classes"  # rooms, timetables, occurrences, waitlists, check-ins


# The tables whose changes the triggers note, and the kind of each.
KIND_OF_TABLE: dict[str, ChangeKind] = {
    "bookings": ChangeKind.BOOKINGS,
    "status_changes": ChangeKind.BOOKINGS,
    "payments": ChangeKind.PAYMENTS,
    "clients": ChangeKind.CLIENTS,
    "coaches": ChangeKind.CATALOG,
    "courses": ChangeKind.CATALOG,
    "availabilities": ChangeKind.HOURS,
    "weekly_windows": ChangeKind.HOURS,
    "absences": ChangeKind.HOURS,
    "holidays": ChangeKind.HOURS,
    "staff": ChangeKind.STAFF,
    "studio_settings": ChangeKind.SETTINGS,
    "day_closings": ChangeKind.CLOSINGS,
    "products": ChangeKind.CATALOG,
    "packs": ChangeKind.PACKS,
    "classes": ChangeKind.CLASSES,
    "web_conflicts": ChangeKind.SYNC,
}
# Settings under this prefix belong to the web sync, which writes them every round.
SYNC_SETTINGS_PREFIX = "sync."


@dataclass(frozen=True)
class Touched:
    """One thing a change touched: its kind, and the booking, coach and studio-local day when
    the notice knew them (None: not known, so it may be any)."""

    kind: ChangeKind
    booking_id: int | None = None
    coach_id: int | None = None
    day: dt.date | None = None

    def matches(
        self,
        kinds: frozenset[ChangeKind],
        coach_id: int | None,
        day: dt.date | None,
        booking_id: int | None,
        between: tuple[dt.date, dt.date] | None = None,
    ) -> bool:
        return (
            self.kind in kinds
            and _may_be(self.coach_id, coach_id)
            and _may_be(self.day, day)
            and _may_be(self.booking_id, booking_id)
            and (between is None or self.day is None or between[0] <= self.day <= between[1])
        )


def _may_be(known: object, asked: object) -> bool:
    return known is None or asked is None or known == asked


ALL_KINDS = frozenset(ChangeKind)


@dataclass(frozen=True)
class Change:
    """What other writers changed since the last notice. `everything`: the scope is unknown
    (after a reconnect, or notes that were lost), so every view is concerned."""

    touched: frozenset[Touched] = frozenset()
    everything: bool = False

    @classmethod
    def of_everything(cls) -> Change:
        return cls(everything=True)

    @classmethod
    def merged(cls, changes: Iterable[Change]) -> Change:
        """A burst of changes as one."""
        touched: set[Touched] = set()
        everything = False
        for change in changes:
            touched |= change.touched
            everything = everything or change.everything
        return cls(frozenset(touched), everything)

    @classmethod
    def of_kinds(cls, *kinds: ChangeKind) -> Change:
        """A change of these kinds whose bookings, coaches and days are not known."""
        return cls(frozenset(Touched(kind) for kind in kinds))

    @classmethod
    def of_bookings(cls, *bookings: BookingView) -> Change:
        """What an action on these bookings touches (before and after, for a move): the
        bookings themselves and their money, on their coach's day."""
        return cls(
            frozenset(
                Touched(kind, booking.id, booking.coach_id, booking.start_at.date())
                for booking in bookings
                for kind in (ChangeKind.BOOKINGS, ChangeKind.PAYMENTS)
            )
        )

    def merge(self, other: Change) -> Change:
        return Change.merged((self, other))

    def __bool__(self) -> bool:
        return self.everything or bool(self.touched)

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        return ALL_KINDS if self.everything else frozenset(item.kind for item in self.touched)

    @property
    def booking_ids(self) -> frozenset[int]:
        return frozenset(item.booking_id for item in self.touched if item.booking_id is not None)

    @property
    def coach_ids(self) -> frozenset[int]:
        return frozenset(item.coach_id for item in self.touched if item.coach_id is not None)

    @property
    def days(self) -> frozenset[dt.date]:
        return frozenset(item.day for item in self.touched if item.day is not None)

    def concerns(
        self,
        *,
        kinds: Iterable[ChangeKind] = ALL_KINDS,
        coach_id: int | None = None,
        day: dt.date | None = None,
        booking_id: int | None = None,
        between: tuple[dt.date, dt.date] | None = None,
    ) -> bool:
        """Whether a view showing `kinds` (of one coach, one day or the days `between` two,
        one booking, when given) may show something else now."""
        if self.everything:
            return True
        wanted = frozenset(kinds)
        return any(item.matches(wanted, coach_id, day, booking_id, between) for item in self.touched)


def local_day(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    return instant.astimezone(zone).date()


def local_days(instants: Iterable[dt.datetime], zone: ZoneInfo) -> frozenset[dt.date]:
    """The studio-local days of UTC instants, in the studio's zone."""
    if (
        not isinstance(zone, ZoneInfo)
        or isinstance(instants, str | bytes)
        or not isinstance(instants, Iterable)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk was given '{value}' where it expects something else."),
            value=shown(instants if isinstance(zone, ZoneInfo) else zone),
        )
    return frozenset(local_day(parse_instant(instant), zone) for instant in instants)


@dataclass(frozen=True)
class Notice:
    """The facts one trigger noted about one changed row, as either database carries them.

    `coach_ids`, `starts` (epoch seconds) and `days` (ISO dates) are given per row version,
    in the same order (the old and the new row of an update); a position where all three are
    None is a row version without these facts."""

    table: str
    booking_id: int | None = None
    coach_ids: tuple[int | None, ...] = ()
    starts: tuple[int | None, ...] = ()
    days: tuple[str | None, ...] = ()
    key: str | None = None

    def change(self, zone: ZoneInfo) -> Change:
        kind = KIND_OF_TABLE.get(self.table)
        if kind is None:
            return Change.of_everything()  # a table this version does not know: play safe
        if kind is ChangeKind.SETTINGS and (self.key or "").startswith(SYNC_SETTINGS_PREFIX):
            kind = ChangeKind.SYNC
        versions = max(len(self.coach_ids), len(self.starts), len(self.days))
        touched = {
            Touched(kind, self.booking_id, coach, day)
            for coach, day in (self._version(index, zone) for index in range(versions))
            if coach is not None or day is not None
        }
        return Change(frozenset(touched or {Touched(kind, self.booking_id)}))

    def _version(self, index: int, zone: ZoneInfo) -> tuple[int | None, dt.date | None]:
        coach = _at(self.coach_ids, index)
        start, day = _at(self.starts, index), _at(self.days, index)
        if start is not None:
            return coach, local_day(dt.datetime.fromtimestamp(start, dt.UTC), zone)
        return coach, _noted_day(day)


def _noted_day(day: object) -> dt.date | None:
    """A noted ISO date; None (not known, so the change may concern any day) for a row's value
    that is no date the desk can read, such as a junk date another program wrote and a person
    now deletes (migration 0014 refuses new ones)."""
    if not isinstance(day, str):
        return None
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return None


def _at(values: tuple[T, ...], index: int) -> T | None:
    return values[index] if index < len(values) else None
