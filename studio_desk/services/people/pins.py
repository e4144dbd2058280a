"""PINs are kept only as a slow, salted scrypt hash; checking one takes about half a second.

A hash reads `scrypt$N$r$p$salt$digest`: it carries its own cost, so a hash made at an older,
lower cost still verifies, and `needs_rehash` tells the sign-in to make it again at today's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError

# scrypt cost: N=2**17, r=8, p=1, OWASP's minimum (2025), 128 MiB of memory per check. A
# four-digit PIN has only 10,000 values, so no cost makes a stolen database file safe: the
# lockout (pin_attempts) is what protects the desk. The cost slows an offline guesser down.
N, R, P = 2**17, 8, 1
# hashlib refuses to use more memory than this: room for today's cost with some to spare, so
# that a damaged hash asking for gigabytes fails instead of exhausting the desk PC.
_MAX_MEMORY = 2 * 128 * R * (N + P + 2)
# The test suites create the same people thousands of times; tests/conftest.py (and nothing
# else) sets this to a power of two below N so that they run in seconds. It only ever lowers
# the cost of new hashes; a desk never sets it.
TEST_COST_VARIABLE = "STUDIO_DESK_PIN_SCRYPT_N_FOR_TESTS_ONLY"
_MIN_DIGITS, _MAX_DIGITS = 4, 8


def check_pin_format(pin: object) -> str:
    """`pin` if it is one: text of 4 to 8 ASCII digits (the keypad's)."""
    if not (isinstance(pin, str) and _is_pin(pin)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A PIN is {fewest} to {most} digits."),
            fewest=_MIN_DIGITS,
            most=_MAX_DIGITS,
        )
    return pin


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = os.urandom(16)
    n = target_cost()
    digest = _scrypt(pin, salt, n, R, P)
    return f"scrypt${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from, at whatever cost `stored` was made."""
    parsed = _parse(stored)
    if parsed is None or not _is_pin(pin):  # only PINs are ever hashed; nothing else can match
        return False
    n, r, p, salt, digest = parsed
    try:
        candidate = _scrypt(pin, salt, n, r, p)
    except ValueError:  # parameters scrypt refuses, or more memory than a PIN deserves
        return False
    return hmac.compare_digest(candidate, digest)


def needs_rehash(stored: str) -> bool:
    """Whether `stored` was made at a lower cost than new hashes are (or cannot be read): the
    next right PIN makes it again."""
    parsed = _parse(stored)
    if parsed is None:
        return True
    n, r, p, _, _ = parsed
    return n < target_cost() or r < R or p < P


def target_cost() -> int:
    """N for new hashes: the real cost, or the tests' lower one (see TEST_COST_VARIABLE)."""
    lowered = os.environ.get(TEST_COST_VARIABLE, "")
    if lowered.isdigit():
        n = int(lowered)
        if 2 <= n < N and n & (n - 1) == 0:  # scrypt takes powers of two only
            return n
    return N


def _is_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and _MIN_DIGITS <= len(pin) <= _MAX_DIGITS


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return None
        return int(n), int(r), int(p), base64.b64decode(salt), base64.b64decode(digest)
    except ValueError:  # not six fields, not numbers, not base64 (binascii.Error is a ValueError)
        return None


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=32)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
