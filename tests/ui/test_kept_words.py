"""Words the desk keeps with a booking (its history's reasons, a problem with the web platform)
and the services' refusals are shown in the language of the desk that reads them, with that
language's money and dates, whatever language the desk that wrote them was in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from studio_desk import services
from studio_desk.models import BookingAction, BookingStatus, ChangeSource, StatusChange
from studio_desk.services import Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import install_language
from studio_desk.ui.kit.messages import translated, user_message
from tests.support.studio import Studio

TODAY = "2025-10-24"


@pytest.fixture
def indonesian() -> Iterator[None]:
    install_language("id")
    try:
        yield
    finally:
        install_language("en")


def reasons(qtbot: QtBot, desk: Desk, booking_id: int) -> list[str]:
    dialog = BookingDetailsDialog(desk, booking_id)
    qtbot.addWidget(dialog)
    table: QTableWidget = dialog.history
    return [item.text() if (item := table.item(row, 3)) else "" for row in range(table.rowCount())]


def discounted_then_moved(db: Database, studio: Studio) -> int:
    """Paid Rp 120.000 of Rp 150.000 at 10:00 today, then moved to 14:00 tomorrow by the desk."""
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="10:00"
    )
    services.mark_paid(db, studio.desk, booking.id, method="cash", amount="120.000")
    services.reschedule_booking(
        db, studio.desk, booking.id, date="2025-10-25", start_time="14:00", reason="Klien minta"
    )
    return booking.id


def test_the_history_is_written_in_english_money_and_dates(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking_id = discounted_then_moved(db, studio)
    assert reasons(qtbot, desk, booking_id)[1:] == [
        "Paid Rp 120,000 of Rp 150,000",
        "Moved from 24 Oct 2025 10:00. Klien minta",
    ]


def test_the_same_history_reads_in_indonesian_at_an_indonesian_desk(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, indonesian: None
) -> None:
    booking_id = discounted_then_moved(db, studio)
    assert reasons(qtbot, desk, booking_id)[1:] == [
        "Dibayar Rp 120.000 dari Rp 150.000",
        "Dipindah dari 24 Okt 2025 10:00. Klien minta",  # what the person typed stays as typed
    ]


def test_lines_from_before_the_desk_kept_sentences_are_shown_as_written(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, indonesian: None
) -> None:
    """A line with no kept sentence (written by an older desk): a fixed phrase of the services is
    still translated, anything else is shown as it was written."""
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="10:00"
    )
    with db.engine.begin() as connection:
        for reason in ("hold expired", "Paid Rp 100.000 of Rp 150.000"):
            connection.execute(
                insert(StatusChange).values(
                    booking_id=booking.id, action=BookingAction.PAY, from_status=BookingStatus.PENDING,
                    to_status=BookingStatus.PENDING, at=db.now(), reason=reason, source=ChangeSource.SYSTEM,
                )
            )
    assert reasons(qtbot, desk, booking.id)[1:] == ["waktu tahan habis", "Paid Rp 100.000 of Rp 150.000"]


def test_a_refusal_names_the_money_as_the_desk_writes_it(db: Database, studio: Studio) -> None:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="10:00"
    )
    services.mark_paid(db, studio.desk, booking.id, method="cash")
    with pytest.raises(services.ValidationError) as refused:
        services.cancel_booking(db, studio.desk, booking.id, reason="Sakit")
    assert user_message(refused.value).startswith("This booking has Rp 150,000 paid.")
    install_language("id")
    try:
        assert user_message(refused.value).startswith("Booking ini sudah dibayar Rp 150.000.")
    finally:
        install_language("en")


def test_a_refusal_names_the_day_in_the_desk_language(db: Database, studio: Studio) -> None:
    with pytest.raises(services.ValidationError) as refused:
        services.close_day(db, studio.admin, "2025-10-23", counted_cash=0)
    assert "(24 Oct 2025)" in user_message(refused.value)
    install_language("id")
    try:
        assert "(24 Okt 2025)" in user_message(refused.value)
    finally:
        install_language("en")


def test_a_refusal_inside_a_sync_report_is_translated_with_it(indonesian: None) -> None:
    """A sync round's problem names the booking and carries the refusal as a sentence of its
    own, so neither half stays English at an Indonesian desk."""
    refusal = services.Sentence(
        "This booking has {paid} paid. Choose a refund or 'no refund' before canceling.",
        {"paid": services.Money(150_000, "IDR")},
    )
    problem = services.Sentence("Booking {booking}: {error}", {"booking": 7, "error": refusal})
    assert translated(problem) == (
        "Booking 7: Booking ini sudah dibayar Rp 150.000. Pilih pengembalian dana atau "
        "'tanpa pengembalian dana' sebelum membatalkan."
    )


def test_a_mistake_in_one_row_of_the_sync_links_names_the_row_in_the_desk_language() -> None:
    with pytest.raises(services.ValidationError) as refused:
        services.sync.coach_web_link("tujuh belas", "ayu", row="Coach Ayu")
    assert user_message(refused.value) == "Coach Ayu: 'tujuh belas' is not a web coach number."
    install_language("id")
    try:
        said = user_message(refused.value)
        assert said.startswith("Coach Ayu: ") and "is not" not in said
    finally:
        install_language("en")
