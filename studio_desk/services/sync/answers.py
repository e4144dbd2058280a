"""The web platform's answers as typed models: what the desk relies on is checked, the rest ignored.

Fields the guide lists but the desk can do without are optional, so a server that leaves one
out still syncs; unknown fields are ignored. Anything else becomes a SyncError in web_api.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class LoginAnswer(_Answer):
    """The platform's api_login says `{"status": true}`; other Django logins `{"success": ...}`."""

    status: bool | None = None
    success: bool | None = None
    message: str | None = None

    @property
    def signed_in(self) -> bool:
        said = self.status if self.status is not None else self.success
        return said is not False


class WebBooking(_Answer):
    """One booking as `GET /booking/api/bookings/` lists it."""

    id: int = Field(gt=0)
    status: str
    user_name: str | None = None
    coach_name: str | None = None
    course_title: str | None = None
    # Not in the guide; used when a server sends it, to find the course without its title.
    course_id: int | None = None
    start_datetime: dt.datetime | None = None
    end_datetime: dt.datetime | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    created_at: dt.datetime | None = None

    @field_validator("status")
    @classmethod
    def _lowercase(cls, value: str) -> str:
        return value.lower()

    @model_validator(mode="after")
    def _has_a_start(self) -> WebBooking:
        if self.start_datetime is None and (self.date is None or self.start_time is None):
            raise ValueError("a booking without start_datetime, or date and start_time")
        return self

    def start(self) -> dt.datetime:
        """The start as the web wrote it: with an offset, or naive (the web's wall clock, in the
        sync's web zone; see web_time)."""
        if self.start_datetime is not None:
            return self.start_datetime
        assert self.date is not None and self.start_time is not None  # _has_a_start
        return dt.datetime.combine(self.date, self.start_time)

    def end(self) -> dt.datetime | None:
        if self.end_datetime is not None:
            return self.end_datetime
        if self.date is not None and self.end_time is not None:
            return dt.datetime.combine(self.date, self.end_time)
        return None


class BookingList(_Answer):
    bookings: list[WebBooking]


class CreateAnswer(_Answer):
    success: bool = True
    booking_id: int = Field(gt=0)


class DoneAnswer(_Answer):
    """What mark-paid and update-status answer. The status the booking now has is required:
    a bare `{"success": true}` proves nothing, and the desk would stop sending a change the
    web never made."""

    success: bool = True
    message: str | None = None
    status: str

    @field_validator("status")
    @classmethod
    def _lowercase(cls, value: str) -> str:
        return value.lower()


class ErrorAnswer(_Answer):
    """`{"error": ...}` or `{"success": false, "message": ...}`, as the platform writes them."""

    error: str | None = None
    message: str | None = None
    detail: str | None = None

    def text(self) -> str | None:
        return self.error or self.message or self.detail
