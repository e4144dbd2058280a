"""Desks in separate processes, released together, guessing one person's PIN: what each guess
was told, read from the refusal's template (checked and wrong, checked and now locked, or
refused unchecked while locked)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk import services
from studio_desk.db import Database
from studio_desk.services.people.pin_attempts import LOCKED_OUT, WRONG_PIN, WRONG_PIN_NOW_LOCKED
from tests.support.race import _together

SIGNED_IN = "signed in"
OUTCOMES = {WRONG_PIN: "wrong", WRONG_PIN_NOW_LOCKED: "wrong, now locked", LOCKED_OUT: "locked"}


@dataclass(frozen=True)
class Guesses:
    url: str
    staff_id: int
    now: dt.datetime
    tries: int  # guesses per desk, one after another


def _guessing_desk(guesses: Guesses, pin: str, barrier: object, results: object) -> None:
    db = Database.open(guesses.url, migrate=False, clock=lambda: guesses.now)
    outcome: list[str] = []
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    for _ in range(guesses.tries):
        try:
            services.sign_in(db, guesses.staff_id, pin)
            outcome.append(SIGNED_IN)
        except services.Forbidden as refusal:
            outcome.append(OUTCOMES.get(refusal.template, f"refused: {refusal}"))
        except Exception as error:  # reported, and the test fails on it
            outcome.append(f"error: {error!r} caused by {error.__cause__!r}")
    db.dispose()
    results.put((pin, outcome))  # type: ignore[attr-defined]


def guess_together(guesses: Guesses, pins: list[str]) -> list[tuple[str, str]]:
    """One desk per entry of `pins`, each trying its PIN `guesses.tries` times; returns every
    (pin, outcome)."""
    outcomes = _together(_guessing_desk, [(guesses, pin) for pin in pins])
    return [(pin, item) for pin, outcome in outcomes for item in outcome]
