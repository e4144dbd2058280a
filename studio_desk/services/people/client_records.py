"""Looking after the client list: list and edit clients, see one client's bookings and payments,
and merge two records of the same person into one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table, delete, func, select, true, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Base, Booking, Client, Fee, Pack, Payment, Staff
from studio_desk.services.arguments import whole_number
from studio_desk.services.bookings.permissions import require_admin, require_desk
from studio_desk.services.bookings.reads import (
    MAX_LOCAL_ID,
    booking_view_query,
    parse_id,
    payment_view,
    to_view,
)
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.clients import NewClient, checked_client, client_matches
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import search_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, BookingView, ClientView, PaymentView

CLIENT_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Client not found")
MAX_LISTED = 500


@dataclass(frozen=True)
class ClientHistory:
    """One client with every booking (newest first) and every payment and refund of them."""

    client: ClientView
    bookings: tuple[BookingView, ...]
    payments: tuple[PaymentView, ...]
    # The sessions recorded as no-shows (services.record_no_show), of `bookings`.
    no_shows: int | None = None

    @property
    def paid_total(self) -> int:
        """Payments minus refunds, over all the client's bookings."""
        return sum(payment.amount for payment in self.payments)


def list_clients(db: Database, text: str = "", *, limit: int = MAX_LISTED) -> list[ClientView]:
    """Clients by name: all of them (up to `limit`), or those matching what was typed (part of
    the name, or the start of the phone number)."""
    country = get_settings(db).phone_country_code
    typed = search_text(text)
    most = min(whole_number(limit, low=1, high=MAX_LOCAL_ID), MAX_LISTED)

    def work(session: Session) -> list[ClientView]:
        rows = session.scalars(
            select(Client)
            .where(client_matches(typed, country) if typed else true())
            .order_by(Client.name, Client.id)
            .limit(most)
        )
        return [_view(client) for client in rows]

    return run_read(db, work)


# The languages the desk writes messages to clients in (a promotion from a waitlist).
CLIENT_LANGUAGES = ("id", "en")
KEEP_LANGUAGE = object()  # update_client's default: the client's language stays as it is


def update_client(
    db: Database,
    actor: Actor,
    client_id: object,
    *,
    name: str,
    phone: str | None = None,
    email: str | None = None,
    notes: str | None = None,
    language: object = KEEP_LANGUAGE,
) -> ClientView:
    """Correct a client's name, phone, email and notes. The front desk may: the client stands
    there and tells the receptionist their new number, and the desk already records phones for
    walk-ins; merging and importing, which touch many records, are an admin's. `language` is
    the one messages to the client are written in (one of CLIENT_LANGUAGES, or None for the
    studio's); left out, it stays as it is."""
    require_desk(actor, "change a client's details")
    client = parse_id(client_id, "client")
    typed = checked_client(db, NewClient(name, phone, email, notes))
    keep_language = language is KEEP_LANGUAGE
    spoken = None if keep_language else _language(language)

    def work(session: Session) -> ClientView:
        found = session.get(Client, client)
        if found is None:
            raise NotFound(CLIENT_NOT_FOUND)
        found.name, found.phone, found.email, found.notes = typed.name, typed.phone, typed.email, typed.notes
        if not keep_language:
            found.language = spoken
        return _view(found)

    return run_write_as(db, actor, work)


def client_history(db: Database, client_id: object) -> ClientHistory:
    """The client with their bookings and payments, read in one snapshot."""
    client = parse_id(client_id, "client")
    zone = get_settings(db).zone

    def work(session: Session) -> ClientHistory:
        found = session.get(Client, client)
        if found is None:
            raise NotFound(CLIENT_NOT_FOUND)
        rows = session.execute(
            booking_view_query()
            .where(Booking.client_id == client)
            .order_by(Booking.start_at.desc(), Booking.id)
        )
        payments = session.execute(
            select(Payment, Staff.name)
            .outerjoin(Booking, Booking.id == Payment.booking_id)
            .outerjoin(Pack, Pack.id == Payment.pack_id)  # a pack's sale is the client's too
            .outerjoin(Fee, Fee.id == Payment.fee_id)  # and a fee they paid
            .outerjoin(Staff, Staff.id == Payment.taken_by_id)
            .where(func.coalesce(Booking.client_id, Pack.client_id, Fee.client_id) == client)
            .order_by(Payment.taken_at.desc(), Payment.id.desc())
        )
        bookings = tuple(to_view(row, zone) for row in rows)
        return ClientHistory(
            client=_view(found),
            bookings=bookings,
            no_shows=sum(1 for booking in bookings if booking.no_show),
            payments=tuple(payment_view(payment, staff_name, zone) for payment, staff_name in payments),
        )

    return run_read(db, work)


def merge_clients(db: Database, actor: Actor, keep_id: object, merge_id: object) -> ClientView:
    """Make two records of one person one: everything of `merge_id` (bookings, and with them
    their payments) moves to `keep_id`, the kept record gains the phone and email it lacked,
    the notes of both are kept (with the other's name, phone and email, so nothing is lost),
    and `merge_id` is removed. All in one unit of work."""
    require_admin(actor, "merge clients")
    keep, merge = parse_id(keep_id, "client"), parse_id(merge_id, "client")
    if keep == merge:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Choose two different clients to merge."))

    def work(session: Session) -> ClientView:
        # Both rows locked, in id order, before anything moves: of two admins merging the same
        # pair at once (either way round) one waits, then finds its duplicate gone (NotFound).
        locked = {
            client.id: client
            for client in session.scalars(
                select(Client).where(Client.id.in_((keep, merge))).order_by(Client.id).with_for_update()
            )
        }
        kept, merged = locked.get(keep), locked.get(merge)
        if kept is None or merged is None:
            raise NotFound(CLIENT_NOT_FOUND)
        for table, column in _columns_pointing_at_clients():
            session.execute(update(table).where(column == merge).values({column.name: keep}))
        kept.notes = _combined_notes(kept, merged)
        kept.phone = kept.phone or merged.phone
        kept.email = kept.email or merged.email
        session.flush()  # the moves first: the merged record must have nothing left on it
        session.execute(delete(Client).where(Client.id == merge))
        return _view(kept)

    return run_write_as(db, actor, work)


def _columns_pointing_at_clients() -> list[tuple[Table, Column[Any]]]:
    # Every table that refers to a client, found from the schema rather than listed here, so
    # that a table added later (a pack, a fee) moves with the merge instead of blocking it.
    found: list[tuple[Table, Column[Any]]] = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == Client.__tablename__ and table.name != Client.__tablename__:
                found.append((table, key.parent))
    return found


def _combined_notes(kept: Client, merged: Client) -> str | None:
    # The merged record's own details go into the notes when the kept record differs, so a
    # second phone number or email is still there to read.
    details = [merged.name]
    if merged.phone and merged.phone != kept.phone and kept.phone:
        details.append(f"+{merged.phone}")
    if merged.email and merged.email != kept.email and kept.email:
        details.append(merged.email)
    lines = [kept.notes] if kept.notes else []
    lines.append(f"Merged: {', '.join(details)}")
    if merged.notes and merged.notes != kept.notes:
        lines.append(merged.notes)
    return "\n".join(lines)


def _view(client: Client) -> ClientView:
    return ClientView(client.id, client.name, client.phone, client.email, client.notes, client.language)


def _language(value: object) -> str | None:
    if value is None or value in CLIENT_LANGUAGES:
        return value
    raise ValidationError(QT_TRANSLATE_NOOP(
        "services", "Choose the client's language for messages: Indonesian, English, or the studio's."))
