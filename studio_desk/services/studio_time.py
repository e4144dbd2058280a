"""The studio's local dates and wall-clock times, and the UTC instants they stand for.

Wall-clock times that do not exist (the hour skipped when clocks go forward) are refused;
times that happen twice (when clocks go back) mean the first one unless `fold=1` is set.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError


def parse_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Give a date without a time of day."))
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "'{value}' is not a date. Write it as year-month-day, like 2025-10-25."
            ),
            value=_shorten(text),
        ) from None


def parse_time(value: dt.time | str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = str(value).strip()
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
        value=_shorten(text),
    )


def known_zone(name: str) -> ZoneInfo:
    """The time zone called `name` (an IANA name such as Asia/Jakarta); a ValidationError for a
    name the computer's zone database does not have. Both the studio's zone and the web
    platform's are checked here."""
    try:
        return ZoneInfo(name)
    # A path-like name is a ValueError, and a region alone ("Asia") is a folder: an OSError.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "There is no time zone called '{zone}'. Use a name like Asia/Jakarta."
            ),
            zone=_shorten(name),
        ) from None


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


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
