"""PINs are kept only as a slow, salted scrypt hash; checking one takes tens of milliseconds."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError

# scrypt cost: 2**14 rounds, 8 MiB of memory per check. A four-digit PIN has only 10,000
# values, so the cost per guess is what protects a stolen database file.
_N, _R, _P = 2**14, 8, 1
_MIN_DIGITS, _MAX_DIGITS = 4, 8


def check_pin_format(pin: object) -> str:
    """`pin` if it is one: text of 4 to 8 ASCII digits (the keypad's)."""
    if not (
        isinstance(pin, str) and pin.isdigit() and pin.isascii() and _MIN_DIGITS <= len(pin) <= _MAX_DIGITS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A PIN is {fewest} to {most} digits."),
            fewest=_MIN_DIGITS,
            most=_MAX_DIGITS,
        )
    return pin


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = os.urandom(16)
    digest = _scrypt(pin, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _scrypt(pin, base64.b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
