"""The group classes' pictures of `studio-desk screenshots`: the calendar with classes, a roster in
the middle of check-in, a full class with its waitlist, and the timetable editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from studio_desk import services
from studio_desk.services import Actor, Database, OccurrenceView
from studio_desk.ui.classes.roster_dialog import RosterDialog
from studio_desk.ui.classes.timetable_dialog import TimetableDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import CALENDAR_TAB, MainWindow

Save = Callable[[str, QWidget], None]
# How far around today the pictures look for classes to show.
LOOK_BACK, LOOK_AHEAD = dt.timedelta(days=7), dt.timedelta(days=21)


def class_screens(db: Database, desk: Desk, window: MainWindow, admin: Actor | None, save: Save) -> None:
    """Draw the four pictures from the classes in the database (the demo has a weekly timetable,
    full classes with waitlists and classes being checked in); none when it has no classes."""
    today = desk.today()
    classes = services.occurrences_between(db, today - LOOK_BACK, today + LOOK_AHEAD)
    if not classes:
        return
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    day = _busiest_day(classes, today)
    window.calendar.go_to(day)
    first = next(c for c in classes if c.start_at.date() == day)
    block = window.calendar.calendar.class_rect(first.id)
    if block is not None:  # the morning's first class at the top, not the small hours
        window.calendar.scroll_area.verticalScrollBar().setValue(max(0, block.top() - 60))
    save("calendar-classes", window)
    checking_in = _being_checked_in(classes) or classes[0]
    _roster(desk, window, checking_in, "roster-check-in", save)
    full = next((c for c in classes if c.full and c.waiting and c.start_at.date() >= today), None)
    if full is not None:
        _roster(desk, window, full, "class-waitlist", save)
    if admin is not None:
        signed_in = desk.actor
        desk.set_actor(admin)
        timetable = TimetableDialog(desk, window)
        timetable.resize(1100, 800)
        save("timetable", timetable)
        timetable.close()
        desk.set_actor(signed_in)


def _busiest_day(classes: list[OccurrenceView], today: dt.date) -> dt.date:
    """The day from today on with the most classes (the earliest of those)."""
    days: dict[dt.date, int] = {}
    for occurrence in classes:
        days[occurrence.start_at.date()] = days.get(occurrence.start_at.date(), 0) + 1
    coming = {day: count for day, count in days.items() if day >= today} or days
    return max(coming, key=lambda day: (coming[day], -day.toordinal()))


def _being_checked_in(classes: list[OccurrenceView]) -> OccurrenceView | None:
    """A class some of whose clients have checked in and some not yet."""
    return next((c for c in classes if 0 < c.checked_in < c.active_places), None)


def _roster(desk: Desk, window: MainWindow, occurrence: OccurrenceView, name: str, save: Save) -> None:
    roster = RosterDialog(desk, occurrence.id, window)
    roster.resize(900, 720)
    save(name, roster)
    roster.close()
