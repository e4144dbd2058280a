"""Domain errors: each carries a message a receptionist can read and the web API's HTTP status."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a service raises on purpose. `str(error)` is the message to show."""

    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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


class DatabaseUnavailable(DomainError):
    """The database did not answer in time (busy, stopped, or out of reach). Try again."""

    http_status = 503


class SyncError(DomainError):
    """The web platform could not be reached, refused the desk, or answered nonsense."""

    http_status = 502
