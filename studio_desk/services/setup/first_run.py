"""A new studio's first minute: its admin, one coach with their desk PIN, one course, and the
coach's weekly hours from today on, so that the first walk-in can be booked straight away and
the calendar never runs out of hours.

The steps are separate units of work (each service owns its own); every input is checked
before the first write, so bad input leaves the database empty and the first-run screen
simply asks again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk.db import Database
from studio_desk.models import NAME_LENGTH, TITLE_LENGTH, StaffRole
from studio_desk.services.arguments import one_of
from studio_desk.services.calendar import hours_admin
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people import catalog, staff
from studio_desk.services.people.pins import check_pin_format
from studio_desk.services.setup.demo import is_empty
from studio_desk.services.setup.settings import get_settings, studio_today
from studio_desk.services.studio_time import parse_time
from studio_desk.services.text import required_text
from studio_desk.services.views import Actor

# No longer used: the first run sets a weekly pattern, which holds with no end (it made four
# weeks of dated hours once). Kept because it is a name of the services' API.
WEEKS_OF_HOURS = 4
# The coach works the chosen hours every day of the week; Settings > Hours changes that.
EVERY_DAY = range(7)


@dataclass(frozen=True)
class NewStudio:
    admin_name: str
    admin_pin: str
    coach_name: str
    coach_pin: str
    course_title: str
    duration_minutes: object
    price: object
    hours_from: dt.time | str = "08:00"
    hours_to: dt.time | str = "17:00"


def start_studio(db: Database, new: NewStudio) -> Actor:
    """Set up an empty studio and return its admin, signed in."""
    new = one_of(new, NewStudio)
    if not is_empty(db):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "This database already has a studio in it."))
    required_text(new.admin_name, what="your name", max_length=NAME_LENGTH)
    required_text(new.coach_name, what="the coach's name", max_length=NAME_LENGTH)
    required_text(new.course_title, what="the course's name", max_length=TITLE_LENGTH)
    check_pin_format(new.admin_pin)
    check_pin_format(new.coach_pin)
    if new.admin_pin == new.coach_pin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Give the coach a PIN of their own, different from yours.")
        )
    catalog.parse_duration(new.duration_minutes)
    parse_amount(new.price, what="The price", currency=get_settings(db).currency)
    opens, closes = parse_time(new.hours_from), parse_time(new.hours_to)
    if closes <= opens:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The coach's hours must end after they start."))

    admin_view = staff.create_staff(db, None, name=new.admin_name, role=StaffRole.ADMIN, pin=new.admin_pin)
    admin = Actor(admin_view.id, admin_view.name, admin_view.role)
    coach = catalog.create_coach(db, admin, name=new.coach_name)
    staff.create_staff(db, admin, name=new.coach_name, role=StaffRole.COACH, pin=new.coach_pin,
                       coach_id=coach.id)
    catalog.create_course(db, admin, coach_id=coach.id, title=new.course_title,
                          duration_minutes=new.duration_minutes, price=new.price)
    hours_admin.set_weekly_hours(db, admin, coach_id=coach.id, valid_from=studio_today(db),
                                 windows={weekday: [(opens, closes)] for weekday in EVERY_DAY})
    return admin
