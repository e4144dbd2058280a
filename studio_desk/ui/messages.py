"""What a person reads when something goes wrong: the service's own words, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from studio_desk.services import TRANSLATION_CONTEXT, DatabaseUnavailable, DomainError, Sentence

log = logging.getLogger("studio_desk")

# The English text (tests compare with it); `user_message` shows it translated.
UNEXPECTED = (
    "Something went wrong and nothing was saved. Try again; if it happens again, "
    "tell the studio's owner (the details are in the desk's log)."
)


def translated(words: DomainError | Sentence) -> str:
    """A service's words in the desk's language: the template translated, its values kept."""
    template = QCoreApplication.translate(TRANSLATION_CONTEXT, words.template)
    if template == words.template:
        return str(words)
    try:
        return template.format(**words.fields) if words.fields else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English is better
        return str(words)


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
