"""Studio settings: who the studio is, the tax and paper of its receipts, the currency as an
ISO code, and the time zone and currency fixed once bookings or payments depend on them."""

from __future__ import annotations

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, Database, Forbidden, ValidationError
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio


def refused(db: Database, studio: Studio, **change: object) -> ValidationError:
    before = snapshot(db)
    with pytest.raises(ValidationError) as refusal:
        services.update_settings(db, studio.admin, **change)
    assert snapshot(db) == before
    return refusal.value


def test_the_studios_details_and_receipt_settings_are_kept(db: Database, studio: Studio) -> None:
    services.update_settings(
        db, studio.admin,
        studio_name=" Sanggar Yoga Kemang ", studio_address="Jl. Kemang Raya 12\nJakarta Selatan 12730",
        studio_phone="021 719 3344", tax_number="01.234.567.8-901.000", tax_mode="PPN",
        receipt_footer="Terima kasih!", paper_size="80MM", idle_lock_minutes=5,
    )
    db.settings_cache = None  # as another desk: read back from the database
    settings = services.get_settings(db)
    assert (settings.studio_name, settings.studio_address, settings.studio_phone) == (
        "Sanggar Yoga Kemang", "Jl. Kemang Raya 12\nJakarta Selatan 12730", "021 719 3344",
    )
    assert (settings.tax_number, settings.tax_mode) == ("01.234.567.8-901.000", "ppn")
    assert settings.paper_size == "80mm"
    assert (settings.receipt_footer, settings.idle_lock_minutes) == ("Terima kasih!", 5)


def test_a_lowercase_currency_is_read_as_its_code(db: Database, studio: Studio) -> None:
    services.update_settings(db, studio.admin, currency="eur")
    assert services.get_settings(db).currency == "EUR"
    services.update_settings(db, studio.admin, currency=" idr ")
    assert services.get_settings(db).currency == "IDR"
    assert services.format_money(150_000, services.get_settings(db).currency) == "Rp 150,000"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"currency": "XYZ"}, "XYZ is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR."),
        ({"currency": "rupiah"}, "The currency must be a three-letter code such as IDR."),
        ({"tax_number": "12345"}, "The tax number (NPWP) has 15 or 16 digits, such as 01.234.567.8-901.000."),
        ({"tax_mode": "vat"}, "Choose the tax on receipts: none, PPN or a regional tax."),
        ({"paper_size": "letter"}, "Choose the receipt paper: A4, A5, 80 mm or 58 mm."),
        ({"studio_name": "x" * 81}, "The studio's name can be at most 80 characters."),
        ({"studio_name": "Two\nlines"},
         "Remove the invisible characters (such as tabs) from the studio's details."),
        ({"regional_tax_percent": 40}, "The regional tax rate must be between 1 and 25 percent."),
        ({"tax_mode": "regional", "regional_tax_name": " "},
         "Enter the name of the regional tax, such as PBJT."),
        ({"receipt_footer": 5}, "The receipt footer must be text."),
    ],
)
def test_bad_settings_are_refused_in_a_sentence_and_nothing_is_saved(
    db: Database, studio: Studio, change: dict[str, object], words: str
) -> None:
    assert str(refused(db, studio, **change)) == words


def test_the_currency_is_fixed_once_payments_exist_and_the_screen_is_told_why(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    assert services.settings_locks(db) == services.SettingsLocks(timezone=None, currency=None)
    booking_in(db, studio, clock, BookingStatus.PENDING)
    locks = services.settings_locks(db)
    assert locks.timezone is not None and locks.currency is None
    services.update_settings(db, studio.admin, currency="EUR")  # bookings alone do not fix it
    services.update_settings(db, studio.admin, currency="IDR")

    booking_in(db, studio, clock, BookingStatus.PAID, start="12:00")
    locks = services.settings_locks(db)
    assert str(locks.currency) == (
        "The currency cannot change once payments have been taken: their amounts would all change meaning."
    )
    refusal = refused(db, studio, currency="EUR")
    assert (refusal.sentence, refusal.about) == (locks.currency, "the currency")
    services.update_settings(db, studio.admin, currency="idr", studio_name="Kemang")  # the same code: fine
    assert refused(db, studio, timezone="Asia/Makassar").sentence == locks.timezone


def test_only_an_admin_changes_the_settings(db: Database, studio: Studio) -> None:
    with pytest.raises(Forbidden, match="Only an admin can change the studio's settings."):
        services.update_settings(db, studio.desk, studio_name="Mine now")
