"""An admin who waives the studio's rules (or a fee) without saying why is asked for the reason,
as for every other reason the desk keeps: a clear refusal about that field, nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, Database, ValidationError
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio


@pytest.mark.parametrize("reason", ["", "   "])
def test_waiving_without_a_reason_asks_for_it(
    db: Database, studio: Studio, clock: SettableClock, reason: str
) -> None:
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=50_000)
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date="2025-10-25", start_time="10:00")
    clock.set(dt.datetime(2025, 10, 25, 8, 0, tzinfo=JAKARTA))
    with pytest.raises(ValidationError, match=r"^Enter the reason\.$") as refused:
        services.cancel_booking(db, studio.admin, booking.id, reason="Sakit", waive_reason=reason)
    assert refused.value.about == "the reason"
    assert services.get_booking(db, booking.id).status is BookingStatus.PENDING

    services.cancel_booking(db, studio.admin, booking.id, reason="Sakit")
    [fee] = services.client_fees(db, studio.admin, studio.john, owed_only=True)
    with pytest.raises(ValidationError, match=r"^Enter the reason\.$"):
        services.waive_fee(db, studio.admin, fee.id, reason=reason)
