"""The web platform's wall clock, which need not be the studio's.

The web reads the date and time of a create in its own time zone (a setting of the sync, by
default Asia/Jakarta), and lists its bookings either with an offset, which is absolute, or as a
bare wall time on that same clock. The desk stores instants, so every time that crosses to the
web is turned into or out of the web's zone here, and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def web_date_and_time(instant: dt.datetime, web_zone: ZoneInfo) -> dict[str, str]:
    """A create's `date` and `start_time`: the booking's start on the web's wall clock."""
    on_the_web = instant.astimezone(web_zone)
    return {"date": on_the_web.date().isoformat(), "start_time": f"{on_the_web:%H:%M}"}


def web_instant(moment: dt.datetime, web_zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of a time the web wrote: one with an offset says so itself; one without
    is the web's wall clock, never the studio's. Read as the web's own code reads it (the zone
    attached, as Django does): a wall time the clocks skip is not refused, so one odd booking
    never stops a round."""
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC)
    return moment.replace(tzinfo=web_zone).astimezone(dt.UTC)
