"""The studio's settings: who the studio is, time zone, currency, booking grid, hold time, phone
country code, idle lock, and what its receipts print (tax, footer, paper)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, Payment, StudioSetting
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.money.currencies import known_currency
from studio_desk.services.money.tax import PAPER_SIZES, TaxMode
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.phones import checked_country_code
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.studio_details import TEXT_FIELDS, checked_tax_rate, checked_text
from studio_desk.services.studio_time import known_zone
from studio_desk.services.text import normalized, readable, shown, visible
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor

# How long a desk trusts the settings it read: another desk's change reaches it within this.
CACHE_SECONDS = 10.0


@dataclass(frozen=True)
class StudioSettings:
    timezone: str = "Asia/Jakarta"  # as the web platform
    currency: str = "IDR"
    # Free start times are offered every this many minutes from the start of availability.
    slot_step_minutes: int = 30
    # A pending booking older than this is released by expire_stale_holds; 0 never expires.
    # Off by default: at a desk, "pending" is often a reservation the client pays on arrival.
    hold_minutes: int = 0
    # Phone numbers typed with a leading 0 are local: the 0 becomes this code.
    phone_country_code: str = "62"
    # The desk locks after this many minutes without a key or a click; 0 never locks. A studio
    # PC stands where clients walk by, so it is on by default.
    idle_lock_minutes: int = 15
    # Who the studio is, as its receipts say at the top; empty until the owner fills them in.
    studio_name: str = ""
    studio_address: str = ""
    studio_phone: str = ""
    tax_number: str = ""  # the NPWP
    # The tax printed on receipts, always included in the prices (services/money/tax.py).
    tax_mode: str = TaxMode.NONE.value
    regional_tax_name: str = "PBJT"  # Jakarta's tax on services (Pajak Barang dan Jasa Tertentu)
    regional_tax_percent: int = 10
    receipt_footer: str = ""  # the studio's own words under every receipt
    paper_size: str = "a5"  # a4, a5, 80mm or 58mm (services/money/tax.py PAPER_SIZES)
    # Whether a client who owes a fee (a late cancel, a no-show) may not book until it is paid
    # or waived. Off by default: the desk shows the fee either way.
    unpaid_fee_blocks_booking: bool = False
    # Group classes: a freed place goes to the first on the waitlist until this long before
    # the class; after it the desk only shows the list (a late place is hard to fill anyway).
    waitlist_cutoff_minutes: int = 120
    # How long a client promoted from a waitlist has to pay before the place moves on.
    waitlist_hold_minutes: int = 120
    # A paid place in a class is confirmed at once by the studio's rule (the history says so),
    # instead of waiting for the coach to confirm the class's places.
    confirm_places_on_payment: bool = True

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_INT_FIELDS = {
    "slot_step_minutes", "hold_minutes", "idle_lock_minutes", "regional_tax_percent",
    "waitlist_cutoff_minutes", "waitlist_hold_minutes",
}
_BOOL_FIELDS = {"unpaid_fee_blocks_booking", "confirm_places_on_payment"}
_NOT_YES_OR_NO = {
    "unpaid_fee_blocks_booking": QT_TRANSLATE_NOOP(
        "services", "Whether an unpaid fee blocks new bookings must be yes or no."
    ),
    "confirm_places_on_payment": QT_TRANSLATE_NOOP(
        "services", "Whether a paid place in a class is confirmed at once must be yes or no."
    ),
}
_FIELDS = {field.name for field in dataclasses.fields(StudioSettings)}
# What a setting of the wrong type is refused with, one whole sentence per setting.
_NOT_MINUTES = {
    "slot_step_minutes": QT_TRANSLATE_NOOP("services", "The booking step must be a whole number of minutes."),
    "hold_minutes": QT_TRANSLATE_NOOP("services", "The hold time must be a whole number of minutes."),
    "idle_lock_minutes": QT_TRANSLATE_NOOP(
        "services", "The minutes before the desk locks must be a whole number."
    ),
    "regional_tax_percent": QT_TRANSLATE_NOOP("services", "The tax rate must be a whole number of percent."),
    "waitlist_cutoff_minutes": QT_TRANSLATE_NOOP(
        "services", "The waitlist's cut-off must be a whole number of minutes."
    ),
    "waitlist_hold_minutes": QT_TRANSLATE_NOOP(
        "services", "The time a promoted client has to pay must be a whole number of minutes."
    ),
}
_NOT_TEXT = {
    "timezone": QT_TRANSLATE_NOOP("services", "The time zone must be text."),
    "currency": QT_TRANSLATE_NOOP("services", "The currency must be text."),
    "phone_country_code": QT_TRANSLATE_NOOP("services", "The phone country code must be text."),
    "tax_mode": QT_TRANSLATE_NOOP("services", "Choose the tax on receipts: none, PPN or a regional tax."),
    "paper_size": QT_TRANSLATE_NOOP("services", "Choose the receipt paper: A4, A5, 80 mm or 58 mm."),
    **{name: field.not_text for name, field in TEXT_FIELDS.items()},
}
TIME_ZONE_LOCKED = QT_TRANSLATE_NOOP(
    "services", "The time zone cannot change once there are bookings: their times would all move."
)
CURRENCY_LOCKED = QT_TRANSLATE_NOOP(
    "services",
    "The currency cannot change once payments have been taken: their amounts would all change meaning.",
)


@dataclass
class _Cached:
    settings: StudioSettings
    read_at: float


def _typed(name: str, value: object) -> object:
    """`value` as the setting keeps it: text trimmed, a currency as its upper-case code."""
    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(_NOT_MINUTES[name])
        return value
    if name in _BOOL_FIELDS:
        if not isinstance(value, bool):
            raise ValidationError(_NOT_YES_OR_NO[name])
        return value
    if not isinstance(value, str):
        raise ValidationError(_NOT_TEXT[name])
    if name == "currency":
        return value.strip().upper()  # "idr" is the rupiah, not an unknown currency with cents
    if name in ("tax_mode", "paper_size"):
        return value.strip().lower()
    if name in TEXT_FIELDS:
        # Checked as text people read (studio_details.checked_text); one with nothing visible
        # in it is empty, as the studio's details are until the owner fills them in.
        text = normalized(value, multi_line=TEXT_FIELDS[name].multi_line)
        return text if visible(text) or not readable(text) else ""
    return value.strip()


def _validated(settings: StudioSettings) -> StudioSettings:
    known_zone(settings.timezone)
    if not 5 <= settings.slot_step_minutes <= 240:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The booking step must be between 5 and 240 minutes.")
        )
    if not 0 <= settings.hold_minutes <= 7 * 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The hold time must be between 0 (off) and a week in minutes.")
        )
    if not 0 <= settings.idle_lock_minutes <= 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk can lock after 0 (never) to 1440 minutes without use.")
        )
    if not 0 <= settings.waitlist_cutoff_minutes <= 7 * 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "The waitlist's cut-off must be between 0 and a week before the class, in minutes."
            )
        )
    if not 5 <= settings.waitlist_hold_minutes <= 7 * 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "The time a promoted client has to pay must be between 5 minutes and a week."
            )
        )
    checked_country_code(settings.phone_country_code)
    if not (len(settings.currency) == 3 and settings.currency.isalpha() and settings.currency.isascii()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The currency must be a three-letter code such as IDR.")
        )
    if known_currency(settings.currency) != settings.currency:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "{code} is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR."
            ),
            code=settings.currency,
        )
    if settings.tax_mode not in {mode.value for mode in TaxMode}:
        raise ValidationError(_NOT_TEXT["tax_mode"])
    if settings.paper_size not in PAPER_SIZES:
        raise ValidationError(_NOT_TEXT["paper_size"])
    for name in TEXT_FIELDS:
        checked_text(name, getattr(settings, name))
    checked_tax_rate(settings.regional_tax_percent)
    if settings.tax_mode == TaxMode.REGIONAL and not settings.regional_tax_name:
        raise about_field(
            ValidationError(
                QT_TRANSLATE_NOOP("services", "Enter the name of the regional tax, such as PBJT.")
            ),
            "the tax's name",
        )
    return settings


def _from_rows(rows: dict[str, str]) -> StudioSettings:
    values: dict[str, object] = {}
    for name, text in rows.items():
        if name not in _FIELDS:
            continue
        if name in _INT_FIELDS:
            if not (text.isdigit() and text.isascii() and len(text) <= 9):
                continue  # hand-edited nonsense: keep the default rather than stop every desk
            values[name] = int(text)
        elif name in _BOOL_FIELDS:
            values[name] = text == "True"  # as update_settings writes it
        else:
            values[name] = text.upper() if name == "currency" else text
    try:
        return _validated(StudioSettings(**values))  # type: ignore[arg-type]
    except ValidationError:
        return StudioSettings()


def read_settings(session: Session) -> StudioSettings:
    rows = session.execute(select(StudioSetting.key, StudioSetting.value))
    return _from_rows(dict(rows.all()))


def get_settings(db: Database) -> StudioSettings:
    """The settings, kept for CACHE_SECONDS; update_settings refreshes them at once."""
    cached = db.settings_cache
    if isinstance(cached, _Cached) and time.monotonic() - cached.read_at < CACHE_SECONDS:
        return cached.settings
    settings = run_read(db, read_settings)
    db.settings_cache = _Cached(settings, time.monotonic())
    return settings


def studio_today(db: Database) -> dt.date:
    """Today's date where the studio is."""
    return db.now().astimezone(get_settings(db).zone).date()


def update_settings(db: Database, actor: Actor, **changes: object) -> StudioSettings:
    """Change settings (an admin only). The time zone is fixed once there are bookings: their
    local times, and the coaches' hours, would all shift."""
    require_admin(actor, "change the studio's settings")
    unknown = set(changes) - _FIELDS
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Unknown setting: {names}."),
            names=", ".join(shown(name, 30) for name in sorted(unknown)),
        )
    typed = {name: _typed(name, value) for name, value in changes.items()}

    def work(session: Session) -> StudioSettings:
        current = read_settings(session)
        new = _validated(dataclasses.replace(current, **typed))  # type: ignore[arg-type]
        locks = _locks(session)
        if new.timezone != current.timezone and locks.timezone is not None:
            raise about_field(ValidationError(locks.timezone.template), "the time zone")
        if new.currency != current.currency and locks.currency is not None:
            raise about_field(ValidationError(locks.currency.template), "the currency")
        for name in typed:
            session.merge(StudioSetting(key=name, value=str(getattr(new, name))))
        return new

    new = run_write_as(db, actor, work)
    db.settings_cache = _Cached(new, time.monotonic())
    return new


@dataclass(frozen=True)
class SettingsLocks:
    """Settings that can no longer change, each with why (None: it still may)."""

    timezone: Sentence | None
    currency: Sentence | None


def _locks(session: Session) -> SettingsLocks:
    has_bookings = session.scalar(select(exists().where(Booking.id.isnot(None))))
    has_payments = session.scalar(select(exists().where(Payment.id.isnot(None))))
    return SettingsLocks(
        timezone=Sentence(TIME_ZONE_LOCKED) if has_bookings else None,
        currency=Sentence(CURRENCY_LOCKED) if has_payments else None,
    )


def settings_locks(db: Database) -> SettingsLocks:
    """Which settings are fixed by now and why: the settings screen shows them read-only."""
    return run_read(db, _locks)
