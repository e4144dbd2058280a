"""What a person reads when something goes wrong: the service's own words, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from studio_desk.services import TRANSLATION_CONTEXT, DatabaseUnavailable, DomainError

log = logging.getLogger("studio_desk")

# The English text (tests compare with it); `user_message` shows it translated.
UNEXPECTED = (
    "Something went wrong and nothing was saved. Try again; if it happens again, "
    "tell the studio's owner (the details are in the desk's log)."
)


def translated(error: DomainError) -> str:
    """The error's message in the desk's language: its template translated, its values kept."""
    template = QCoreApplication.translate(TRANSLATION_CONTEXT, error.template)
    if template == error.template:
        return str(error)
    try:
        return template.format(**error.fields) if error.fields else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English is better
        return str(error)


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


def is_offline(error: BaseException) -> bool:
    return isinstance(error, DatabaseUnavailable)
