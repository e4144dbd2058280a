"""PIN hashes at the real scrypt cost (N=2^17), which the rest of the tests lower through
pins.TEST_COST_VARIABLE: hashes made at the old cost (N=2^14) still verify and are made again at
today's cost on the next right PIN, never on a wrong one. Both databases."""

from __future__ import annotations

import base64
import hashlib
import os

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.services import Database
from studio_desk.services.people import pin_attempts, pins
from studio_desk.services.people.pin_attempts import WRONG_PIN
from tests.support.studio import PINS, Studio

REAL = f"scrypt${2**17}$8$1$"


@pytest.fixture
def real_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pins.TEST_COST_VARIABLE, raising=False)


def old_hash(pin: str) -> str:
    """A hash as the desk made them before issue 15: N=2^14, same layout."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def stored_hash(db: Database, staff_id: int | None) -> str:
    with db.engine.connect() as connection:
        found = connection.execute(text("SELECT pin_hash FROM staff WHERE id = :id"), {"id": staff_id})
        return str(found.scalar_one())


def store_hash(db: Database, staff_id: int | None, pin_hash: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE staff SET pin_hash = :h WHERE id = :id"), {"h": pin_hash, "id": staff_id}
        )


def test_new_hashes_are_made_at_the_real_cost(real_cost: None) -> None:
    made = pins.hash_pin("2468")
    assert made.startswith(REAL)
    assert pins.verify_pin("2468", made) and not pins.verify_pin("2469", made)
    assert not pins.needs_rehash(made)
    assert pins.needs_rehash(old_hash("2468"))


def test_an_old_hash_verifies_and_the_next_right_pin_upgrades_it(
    db: Database, studio: Studio, real_cost: None
) -> None:
    person = studio.desk.staff_id
    old = old_hash(PINS["desk"])
    store_hash(db, person, old)
    with pytest.raises(services.Forbidden) as refused:
        services.sign_in(db, person, "0000")
    assert refused.value.template == WRONG_PIN
    assert stored_hash(db, person) == old  # a wrong PIN never re-hashes
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk
    upgraded = stored_hash(db, person)
    assert upgraded.startswith(REAL) and pins.verify_pin(PINS["desk"], upgraded)
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk
    assert stored_hash(db, person) == upgraded  # made once, not at every sign-in


def test_a_rehash_never_puts_back_a_pin_an_admin_reset_meanwhile(
    db: Database, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Below the tests' own cost, so that the right PIN would be re-hashed, quickly.
    monkeypatch.setenv(pins.TEST_COST_VARIABLE, str(pins.target_cost() // 2))
    cheaper = pins.hash_pin(PINS["desk"])
    monkeypatch.undo()
    assert pins.needs_rehash(cheaper)
    person = studio.desk.staff_id
    store_hash(db, person, cheaper)
    real_verify = pins.verify_pin

    def verify_while_the_admin_resets(pin: str, stored: str) -> bool:
        services.reset_pin(db, studio.admin, person, "8642")  # during the right PIN's check
        return real_verify(pin, stored)

    monkeypatch.setattr(pin_attempts, "verify_pin", verify_while_the_admin_resets)
    with pytest.raises(services.Forbidden) as refused:
        services.sign_in(db, person, PINS["desk"])
    assert refused.value.template == WRONG_PIN  # the PIN it was is no longer theirs
    monkeypatch.setattr(pin_attempts, "verify_pin", real_verify)
    assert services.sign_in(db, person, "8642") == studio.desk


@pytest.mark.parametrize(
    "damaged",
    [
        "",
        "plain text",
        "bcrypt$1$2$3$4$5",
        "scrypt$x$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$not base64!$AAAA",
        "scrypt$1000$8$1$AAAA$AAAA",  # not a power of two
        f"scrypt${2**30}$8$1$AAAA$AAAA",  # a gigabyte of memory, refused at once
    ],
)
def test_a_damaged_hash_matches_nothing(damaged: str) -> None:
    assert pins.verify_pin("1234", damaged) is False


@pytest.mark.parametrize("value", ["", "abc", "0", "1", "1000", str(2**17), str(2**20), "-1024"])
def test_the_tests_cost_setting_only_ever_lowers_the_cost(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(pins.TEST_COST_VARIABLE, value)
    assert pins.target_cost() == 2**17
    monkeypatch.setenv(pins.TEST_COST_VARIABLE, "1024")
    assert pins.target_cost() == 1024
