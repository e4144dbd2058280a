"""What a person reads when something goes wrong: the service's own words, never a traceback."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication

from studio_desk.services import (
    TRANSLATION_CONTEXT,
    BookingStatus,
    DatabaseUnavailable,
    DomainError,
    Money,
    Sentence,
    fill,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import status_label

log = logging.getLogger("studio_desk")

# The English text (tests compare with it); `user_message` shows it translated.
UNEXPECTED = (
    "Something went wrong and nothing was saved. Try again; if it happens again, "
    "tell the studio's owner (the details are in the desk's log)."
)


def field(value: object) -> str:
    """A value inside a service's sentence, written as the desk writes it elsewhere."""
    if isinstance(value, Money):
        return formats.money(value.amount, value.currency)
    if isinstance(value, dt.datetime):
        return formats.date_time(value)
    if isinstance(value, dt.date):
        return formats.date(value)
    if isinstance(value, BookingStatus):
        return status_label(value).lower()
    if isinstance(value, Sentence):  # a refusal inside a report: in the desk's language too
        return translated(value)
    return str(value)


def translated(words: DomainError | Sentence) -> str:
    """A service's words in the desk's language: the template translated, its values written
    in that language too."""
    sentence = words.sentence if isinstance(words, DomainError) else words
    template = QCoreApplication.translate(TRANSLATION_CONTEXT, sentence.template)
    try:
        return fill(template, sentence.fields, field)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English is better
        return fill(sentence.template, sentence.fields, field)


def service_words(words: str | Sentence) -> str:
    """Words a service kept with a booking, in the desk's language: a Sentence translated; text
    from before the desk kept sentences translated where it is one of the services' fixed
    phrases ("hold expired"), and shown as written otherwise (a reason a person typed)."""
    if isinstance(words, Sentence):
        return translated(words)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, words)


def user_message(error: BaseException) -> str:
    """The message to show for `error`. Domain errors say what to do; anything else is logged
    with its traceback, for whoever fixes it, and the person gets a calm sentence."""
    if isinstance(error, DomainError):
        return translated(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "messages",
        "Something went wrong and nothing was saved. Try again; if it happens again, "
        "tell the studio's owner (the details are in the desk's log).",
    )


class Problem(str):
    """The message to show, which also knows the field it is about (the `what` the screen gave
    the service, such as "the client's name"), so the screen can show it next to that field."""

    about: str | None

    def __new__(cls, message: str, about: str | None = None) -> Problem:
        problem = super().__new__(cls, message)
        problem.about = about
        return problem


def problem_of(error: BaseException) -> Problem:
    return Problem(user_message(error), error.about if isinstance(error, DomainError) else None)


def is_offline(error: BaseException) -> bool:
    return isinstance(error, DatabaseUnavailable)
