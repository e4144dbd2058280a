"""The studio's local dates and wall-clock times, and the UTC instants they stand for.

Wall-clock times that do not exist (the hour skipped when clocks go forward) are refused;
times that happen twice (when clocks go back) mean the first one unless `fold=1` is set.
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
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = value.strip() if isinstance(value, str) else ""  # anything else is not a time either
    hours, sep, minutes = text.partition(":")
    if (
        sep
        and hours.isdigit()
        and minutes.isdigit()
        and len(hours) <= 2
        and len(minutes) == 2
        and int(hours) < 24
        and int(minutes) < 60
    ):
        return dt.time(int(hours), int(minutes))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "'{value}' is not a time of day. Write it as hours:minutes, like 09:00."
        ),
        value=_shorten(value.strip() if isinstance(value, str) else value),
    )


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


def day_bounds(day: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which the local `day` starts and the next one starts."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(dt.UTC)
    return start, end


def _shorten(value: object, limit: int = 40) -> str:
    return shown(value, limit)
