"""The waitlist moving up: a freed place goes to the first waiting client, and the desk tells them.

`fill_freed_places` runs in the unit of work that freed the place (a cancel, a hold that ran
out), after the occurrence's row is locked: two desks freeing places of one class at once
take turns there, and the second reads the list after the first desk's promotion, so they
promote two different clients. The database backs it: an entry is promoted into one place only
(a unique index on `bookings.waitlist_entry_id`), and only while it is waiting.

A promoted client gets a pending place held for `waitlist_hold_minutes`, or a paid one at once
when a pack of theirs can pay for it. Promotion stops `waitlist_cutoff_minutes` before the
class: a late place is the desk's to fill, and the list is only shown.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from sqlalchemy import exc, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    BookingStatus,
    Client,
    Course,
    OccurrenceStatus,
    WaitlistEntry,
    WaitlistMessage,
    WaitlistStatus,
)
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.bookings.reads import paid_with_pack, parse_id
from studio_desk.services.classes.places import active_place_of, insert_place, occurrence_row
from studio_desk.services.classes.reads import lock_occurrence
from studio_desk.services.classes.views import Promotion
from studio_desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from studio_desk.services.packs.use import pay_in_unit, usable_pack_for
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.setup.settings import StudioSettings, read_settings
from studio_desk.services.text import shown
from studio_desk.services.views import SYSTEM_ACTOR, Actor, BookingView

NOT_PROMOTED = QT_TRANSLATE_NOOP("services", "This client was not moved up from a waitlist.")
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "services", "The desk writes messages in Indonesian (id) or English (en), not '{language}'."
)


def promotion_open(start_at: dt.datetime, now: dt.datetime, settings: StudioSettings) -> bool:
    """Whether a place freed now still goes to the waitlist (before the cut-off)."""
    cutoff = start_at.astimezone(dt.UTC) - dt.timedelta(minutes=settings.waitlist_cutoff_minutes)
    return now.astimezone(dt.UTC) < cutoff


def fill_freed_places(db: Database, session: Session, occurrence_id: int, now: dt.datetime) -> list[BookingView]:
    """Promote waiting clients into the occurrence's free places, first come first; the places
    made. Nothing when the class was canceled or the cut-off has passed."""
    settings = read_settings(session)
    zone = settings.zone
    lock_occurrence(session, occurrence_id)
    occurrence = occurrence_row(session, occurrence_id)
    if occurrence.status is not OccurrenceStatus.SCHEDULED or not promotion_open(occurrence.start_at, now, settings):
        return []
    promoted: list[BookingView] = []
    while occurrence.active_places < occurrence.capacity:
        entry = session.execute(
            select(WaitlistEntry.id, WaitlistEntry.client_id)
            .where(WaitlistEntry.occurrence_id == occurrence_id, WaitlistEntry.status == WaitlistStatus.WAITING)
            .order_by(WaitlistEntry.id).limit(1)
        ).first()
        if entry is None:
            break
        if active_place_of(session, occurrence_id, entry.client_id) is not None:
            # They got a place another way meanwhile: off the list, and the next one moves up.
            session.execute(update(WaitlistEntry).where(WaitlistEntry.id == entry.id)
                            .values(status=WaitlistStatus.LEFT, changed_at=now))
            continue
        hold = now + dt.timedelta(minutes=settings.waitlist_hold_minutes)
        place = insert_place(session, occurrence, entry.client_id, SYSTEM_ACTOR, now, zone,
                             entry_id=entry.id, hold_until=min(hold, occurrence.start_at))
        promoted.append(_paid_if_a_pack_can(db, session, place, now, zone))
        occurrence = occurrence_row(session, occurrence_id)
    return promoted


def _paid_if_a_pack_can(db: Database, session: Session, place: BookingView, now: dt.datetime, zone: dt.tzinfo) -> BookingView:
    """The promoted place paid with the client's usable pack, when one can pay (in a savepoint:
    a pack another desk emptied a moment ago leaves the place pending, not the promotion undone)."""
    pack = usable_pack_for(session, place, now, zone)  # type: ignore[arg-type]
    if pack is None:
        return place
    try:
        with session.begin_nested():
            return pay_in_unit(db, session, SYSTEM_ACTOR, place, zone, pack.id)  # type: ignore[arg-type]
    except (DomainError, exc.IntegrityError):
        return place


def whatsapp_text(language: str, *, name: str, course: str, start: dt.datetime, studio: str,
                  pack: int | None, pay_by: dt.datetime | None) -> str:
    """The message to a client moved up from a waitlist, in their language ("id" or "en")."""
    language = one_of(language, str)
    if language not in ("id", "en"):
        raise ValidationError(UNKNOWN_LANGUAGE, language=shown(language, 10))
    name, course, studio = (one_of(text, str) for text in (name, course, studio))
    start = one_of(start, dt.datetime)
    pay_by = None if pay_by is None else one_of(pay_by, dt.datetime)
    pack = None if pack is None else parse_id(pack, "pack")
    day = start.strftime("%d-%m-%Y")
    time = start.strftime("%H:%M")
    where = f" ({studio})" if studio else ""
    if language == "id":
        text = (f"Halo {name}, ada tempat kosong untuk Anda di kelas {course} pada {day} pukul {time}{where}. "
                "Tempat ini sekarang milik Anda.")
        if pack is not None:
            text += f" Satu kredit dari paket #{pack} sudah dipakai untuk kelas ini."
        elif pay_by is not None:
            text += f" Mohon lakukan pembayaran sebelum {pay_by:%d-%m-%Y %H:%M} agar tempat tetap untuk Anda."
        return text + " Sampai jumpa!"
    text = (f"Hello {name}, a place opened up for you in {course} on {day} at {time}{where}. "
            "It is yours now.")
    if pack is not None:
        text += f" One credit of your pack #{pack} has paid for it."
    elif pay_by is not None:
        text += f" Please pay before {pay_by:%d-%m-%Y %H:%M} to keep it."
    return text + " See you there!"


def whatsapp_url(phone: str | None, text: str) -> str | None:
    """A wa.me link that opens WhatsApp with `text` written to `phone` (digits with the
    country code, as the desk keeps phone numbers); None without a number."""
    text = one_of(text, str)
    if phone is None:
        return None
    digits = "".join(ch for ch in one_of(phone, str) if ch.isascii() and ch.isdigit())
    # A character no encoding can write (a lone surrogate) becomes "?" rather than a crash.
    return f"https://wa.me/{digits}?text={quote(text, errors='replace')}" if digits else None


def client_language(language: str | None, settings: StudioSettings) -> str:
    """The client's own language, else the studio's country's (Indonesian for +62)."""
    if language in ("id", "en"):
        return language
    return "id" if settings.phone_country_code == "62" else "en"


_PROMOTIONS = (
    select(
        WaitlistEntry.id.label("entry_id"), Booking.id.label("booking_id"), Booking.occurrence_id,
        Client.name.label("client_name"), Client.phone.label("client_phone"), Client.language,
        Course.title.label("course_title"), Booking.start_at, Booking.hold_until, Booking.status,
        paid_with_pack().label("pack"),
        select(WaitlistMessage.sent_at).where(WaitlistMessage.waitlist_entry_id == WaitlistEntry.id)
        .order_by(WaitlistMessage.id.desc()).limit(1).correlate(WaitlistEntry).scalar_subquery().label("sent_at"),
    )
    .join(Booking, Booking.waitlist_entry_id == WaitlistEntry.id)
    .join(Client, Client.id == Booking.client_id)
    .join(Course, Course.id == Booking.course_id)
    .where(WaitlistEntry.status == WaitlistStatus.PROMOTED)
)


def promotions(session: Session, settings: StudioSettings, *, occurrence_id: int | None = None,
               since: dt.datetime | None = None) -> list[Promotion]:
    """Clients moved up from a waitlist, newest first, with their message's link and whether
    the desk sent it."""
    zone = settings.zone
    query = _PROMOTIONS
    if occurrence_id is not None:
        query = query.where(Booking.occurrence_id == occurrence_id)
    if since is not None:
        query = query.where(Booking.start_at >= since)
    found = []
    for row in session.execute(query.order_by(Booking.created_at.desc(), Booking.id.desc())):
        pack, sent = row.pack, row.sent_at
        start = row.start_at.astimezone(zone)
        # "Pay before …" only while the place waits for its money.
        unpaid = row.status is BookingStatus.PENDING and pack is None
        hold = row.hold_until.astimezone(zone) if unpaid and row.hold_until is not None else None
        text = whatsapp_text(client_language(row.language, settings), name=row.client_name,
                             course=row.course_title, start=start, studio=settings.studio_name,
                             pack=pack, pay_by=hold)
        found.append(Promotion(
            row.entry_id, row.booking_id, row.occurrence_id, row.client_name, row.client_phone, row.course_title,
            start, pack, hold, whatsapp_url(row.client_phone, text), None if sent is None else sent.astimezone(zone),
        ))
    return found


def untold_promotions(db: Database, actor: Actor) -> list[Promotion]:
    """Clients moved up for classes still to come whose message the desk has not sent yet."""
    require_desk(actor, "see the waitlists")

    def work(session: Session) -> list[Promotion]:
        settings = read_settings(session)
        return [p for p in promotions(session, settings, since=db.now()) if p.message_sent_at is None]

    return run_read_as(db, actor, work)


def record_message_sent(db: Database, actor: Actor, entry_id: object) -> None:
    """The desk opened the WhatsApp message to a promoted client: recorded, with who."""
    require_desk(actor, "tell clients about their place")
    number = parse_id(entry_id, "waitlist entry")

    def work(session: Session) -> None:
        promoted = session.scalar(select(WaitlistEntry.id).where(
            WaitlistEntry.id == number, WaitlistEntry.status == WaitlistStatus.PROMOTED))
        if promoted is None:
            raise NotFound(NOT_PROMOTED)
        session.execute(insert(WaitlistMessage).values(waitlist_entry_id=number, sent_by_id=actor.staff_id,
                                                       sent_at=db.now()))

    run_write_as(db, actor, work)
