"""The installed Qt binding does not slowly break the interpreter.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call that returns
nothing; a desk then aborted with "deallocating None" after some minutes of ordinary use.
pyproject.toml keeps that release out; this test tells when an install lets it back in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_leave_none_alone() -> None:
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        thing.setObjectName("desk")
    assert sys.getrefcount(None) - before in range(-50, 51)
