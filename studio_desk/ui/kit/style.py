"""How statuses look everywhere in the desk: one colour pair per status (their words: labels)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from studio_desk.services import BookingStatus

# (fill, text): light fills with dark text, readable on screen and on a grey-scale printout.
_COLOURS = {
    BookingStatus.PENDING: ("#fff4cc", "#5c4400"),
    BookingStatus.PAID: ("#d6ecff", "#0b3c66"),
    BookingStatus.CONFIRMED: ("#d9f2dc", "#1d4d24"),
    BookingStatus.DONE: ("#e6e6e6", "#333333"),
    BookingStatus.CANCELED: ("#fbe0e0", "#7a1f1f"),
}

AVAILABILITY_FILL = "#f3f8ef"
UNAVAILABLE_FILL = "#f0f0f0"
# Darker than closed time and without its hatching: hours that were open but have gone by.
PAST_FILL = "#dddddd"
# A group class: violet, a colour no booking status has; darker when full (only the waitlist left).
CLASS_FILL = "#eee6fb"
FULL_CLASS_FILL = "#cfbdf0"
CLASS_INK = "#43237a"


def status_fill(status: BookingStatus) -> QColor:
    return QColor(_COLOURS[status][0])


def status_text(status: BookingStatus) -> QColor:
    return QColor(_COLOURS[status][1])
