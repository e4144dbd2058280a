"""Domain errors: each carries a message a receptionist can read and the web API's HTTP status.

A message is a template with named `{fields}` and their values (sentences.Sentence): `str(error)`
is the English sentence, and the desk looks the template up in its translations and fills in the
same values, written its own way (an amount, a day, a status).
Templates are written as `QT_TRANSLATE_NOOP("services", "...")` so that Qt's lupdate, which
reads that name, collects them; the services themselves never import Qt.
"""

from __future__ import annotations

from typing import TypeVar

from studio_desk.services.sentences import Sentence

TRANSLATION_CONTEXT = "services"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


class DomainError(Exception):
    """Base of every error a service raises on purpose. `str(error)` is the message to show."""

    http_status = 400
    # The field the message is about, named as the caller named it to the service ("the
    # client's name"), so a screen can put the message next to that field; None when general.
    about: str | None = None

    def __init__(self, template: str, **fields: object) -> None:
        self.sentence = Sentence(template, fields)
        self.message = str(self.sentence)
        super().__init__(self.message)
        self.template = template
        self.fields = fields


E = TypeVar("E", bound=DomainError)


def about_field(error: E, what: str) -> E:
    """`error`, marked as being about the field its caller called `what`."""
    error.about = what
    return error


class ValidationError(DomainError):
    """Bad input: a date that does not parse, a past slot, an empty name."""

    http_status = 400


class InvalidTransition(DomainError):
    """The booking is not in a status that allows this."""

    http_status = 400


class Forbidden(DomainError):
    """This person may not do this."""

    http_status = 403


class NotFound(DomainError):
    """No such booking, course, client, coach or staff member."""

    http_status = 404


class SlotConflict(DomainError):
    """The coach already has an active booking that overlaps."""

    http_status = 409


class ClassFull(SlotConflict):
    """Every place of the class is taken: the desk offers its waitlist."""


class DatabaseUnavailable(DomainError):
    """The database did not answer in time (busy, stopped, or out of reach). Try again."""

    http_status = 503


class DatabaseCannotSave(DomainError):
    """The database answers but takes no writes: it is read-only, or the disk holding it is
    full. Not "offline": trying again does not help until a person fixes the cause."""

    http_status = 503


class DamagedData(DomainError):
    """The database holds something no desk writes and the desk cannot read (another program
    wrote it). Nothing the person does at the desk mends it: whoever looks after the database
    must."""

    http_status = 500


class SyncError(DomainError):
    """The web platform could not be reached, refused the desk, or answered nonsense."""

    http_status = 502


class BookingsInTheWay(ValidationError):
    """Saving this (time off, a holiday) would leave active bookings outside the hours. Nothing
    was saved; `bookings` are the ones in the way, and the same call with `anyway=True` saves."""

    def __init__(self, template: str, bookings: tuple[object, ...], **fields: object) -> None:
        super().__init__(template, **fields)
        self.bookings = bookings
