"""The studio's local dates and wall-clock times, and the UTC instants they stand for.

Wall-clock times that do not exist (the hour skipped when clocks go forward) are refused;
times that happen twice (when clocks go back) mean the first one unless `fold=1` is set.

Dates are read only as year-month-day (2025-10-25) and times only as hours:minutes (09:00), in
ASCII digits: Python's own readers also take 20251025, ISO week dates (2025-W43-6) and digits of
other scripts, none of which a person at the desk means to type, and a look-alike that is taken
silently is worse than a clear no. A time with a UTC offset is refused rather than read without
it: a wall-clock time of the studio has no offset, and which one it would be converted to depends
on the day (the clocks change), which a time alone does not carry.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.text import shown

# The days the desk works with: far beyond any booking, report or pattern, and far inside what
# every part of it can count with (Python's dates end in 9999, a day's bounds in UTC or a week
# from a date near there do not exist). The date fields of the desk offer these days only.
EARLIEST_DAY = dt.date(2000, 1, 1)
LATEST_DAY = dt.date(2099, 12, 31)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

# [0-9], not \d: \d also matches the digits of other scripts (full-width １, Arabic-Indic ٣).
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")
# What a time with a UTC offset or zone looks like: 09:00Z, 09:00+07:00, 09:00 -0500, 09:00 UTC.
_TIME_WITH_OFFSET = re.compile(
    r"[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*(Z|((UTC|GMT)\s*)?[+-][0-9]{1,2}(:?[0-9]{2})?|UTC|GMT)", re.IGNORECASE
)
_NOT_A_TIME = QT_TRANSLATE_NOOP(
    "services", "'{value}' is not a time of day. Write it as hours:minutes, like 09:00."
)
_TIME_WITH_ZONE = QT_TRANSLATE_NOOP(
    "services",
    "'{value}' has a time zone or UTC offset. Give the time as the studio's clocks show it, like 09:00.",
)


def parse_date(value: dt.date | str) -> dt.date:
    """A local date: a date, or text written year-month-day (2025-10-25), from EARLIEST_DAY to
    LATEST_DAY. Other ISO forms (20251025, week dates) are refused: nobody types them meaning a
    day, and a slip of the keyboard should not become one."""
    if isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Give a date without a time of day."))
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _not_a_date(value) from None
    else:
        raise _not_a_date(value)
    return supported_day(day)


def supported_day(day: dt.date) -> dt.date:
    """`day` if the desk works with it (EARLIEST_DAY to LATEST_DAY), else a ValidationError."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk works with dates from {first} to {last}, not {day}."),
            day=day,
            first=EARLIEST_DAY,
            last=LATEST_DAY,
        )
    return day


def _not_a_date(value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "'{value}' is not a date. Write it as year-month-day, like 2025-10-25."
        ),
        value=_shorten(value.strip() if isinstance(value, str) else value),
    )


def parse_instant(value: object) -> dt.datetime:
    """A moment given by a caller ("now" for a check): a datetime with its time zone, on a day
    the desk works with."""
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Give a moment as a date and time with its time zone.")
        )
    supported_day(value.date())
    return value


def parse_time(value: dt.time | str) -> dt.time:
    """A wall-clock time of the studio, to the minute; a `dt.time` keeps its fold (which of a
    repeated hour's two times it is)."""
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            written = value.isoformat(timespec="minutes")
            if value.utcoffset() is None:  # a zone such as Europe/Berlin: no offset without a date
                written = f"{written} {value.tzinfo}"
            raise ValidationError(_TIME_WITH_ZONE, value=_shorten(written))
        return value.replace(second=0, microsecond=0)
    if not isinstance(value, str):  # a number, bytes, a list: not a time either
        raise ValidationError(_NOT_A_TIME, value=_shorten(value))
    text = value.strip()
    match = _TIME.fullmatch(text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return dt.time(int(match[1]), int(match[2]))
    if _TIME_WITH_OFFSET.fullmatch(text):
        raise ValidationError(_TIME_WITH_ZONE, value=_shorten(text))
    raise ValidationError(_NOT_A_TIME, value=_shorten(text))


def known_zone(name: str) -> ZoneInfo:
    """The time zone called `name` (an IANA name such as Asia/Jakarta); a ValidationError for a
    name the computer's zone database does not have. Both the studio's zone and the web
    platform's are checked here."""
    if isinstance(name, str):
        try:
            return ZoneInfo(name)
        # A path-like name is a ValueError, and a region alone ("Asia") is a folder: an OSError.
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("services", "There is no time zone called '{zone}'. Use a name like Asia/Jakarta."),
        zone=_shorten(name),
    )


def to_instant(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of a local date and wall-clock time; refuses a time the clocks skip."""
    local = dt.datetime.combine(day, time.replace(tzinfo=None), tzinfo=zone).replace(fold=time.fold)
    instant = local.astimezone(dt.UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "{time} does not exist on {day}: the clocks go forward then."),
            time=f"{time:%H:%M}",
            day=day,
        )
    return instant


def first_instant_at(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The first UTC instant at which the studio's clocks show `time` on `day`, or have passed
    it: where a window of hours starts or ends. A time that happens twice (clocks going back) is
    its first occurrence. A time the clocks skip (going forward) is the moment they jump, so
    hours of 02:30-03:30 on a day when 02:00-03:00 does not exist keep 03:00-03:30, what exists
    of them, instead of shrinking to nothing."""
    local = dt.datetime.combine(day, time.replace(tzinfo=None, fold=0), tzinfo=zone)
    instant = local.astimezone(dt.UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return instant
    # In the gap: read with either offset, the time lands on both sides of the jump. The jump
    # is the first second with the later side's offset; zones jump on whole seconds.
    sides = sorted((instant, local.replace(fold=1).astimezone(dt.UTC)))
    before, after = (int(side.timestamp()) for side in sides)
    jumped = sides[1].astimezone(zone).utcoffset()
    while after - before > 1:
        middle = (before + after) // 2
        if dt.datetime.fromtimestamp(middle, zone).utcoffset() == jumped:
            after = middle
        else:
            before = middle
    return dt.datetime.fromtimestamp(after, dt.UTC)


def occurrence(moment: dt.datetime) -> int:
    """Which time of a repeated wall-clock time `moment` (aware, in the studio's zone) is: 0
    when the clocks show that time only once that day, 1 for the first and 2 for the second
    of a night the clocks go back."""
    earlier, later = moment.replace(fold=0), moment.replace(fold=1)
    if earlier.utcoffset() == later.utcoffset():
        return 0
    return 2 if moment.fold else 1


def day_bounds(day: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which the local `day` starts and the next one starts."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(dt.UTC)
    return start, end


def _shorten(value: object, limit: int = 40) -> str:
    return shown(value, limit)
