"""The studio's clients: find them by name or phone as the receptionist types; add a walk-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, insert, or_, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import NAME_LENGTH, Client
from studio_desk.services.arguments import whole_number
from studio_desk.services.bookings.reads import MAX_LOCAL_ID, parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.phones import checked_country_code
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import (
    LIKE_ESCAPE,
    clean_text,
    contains_pattern,
    required_text,
    search_text,
    shown,
)
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import ClientView

_PHONE_PUNCTUATION = str.maketrans("", "", " -().")
NOTES_LENGTH = 2000
EMAIL_LENGTH = 254


def _digits_with_country(text: str, country_code: str) -> str:
    """"0812-3456" -> "628123456"; "+44 20" -> "4420"; "0044 20" -> "4420"."""
    compact = text.translate(_PHONE_PUNCTUATION)
    if compact.startswith("+"):
        return compact[1:]
    if compact.startswith("00"):
        return compact[2:]
    if compact.startswith("0"):
        return country_code + compact[1:]
    return compact


def normalize_phone(text: str | None, country_code: str) -> str | None:
    """A phone number as stored: digits only, country code first; None when empty."""
    country = checked_country_code(country_code)
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    digits = _digits_with_country(text.strip(), country) if isinstance(text, str) else ""
    if not (digits.isdigit() and digits.isascii() and 6 <= len(digits) <= 15):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "'{value}' does not look like a phone number. Use digits, like 0812 3456 7890."
            ),
            value=shown(text.strip() if isinstance(text, str) else text, 30),
        )
    return digits


def phone_prefixes(text: str, country_code: str) -> list[str]:
    """Stored-phone prefixes that what was typed may be the start of."""
    compact = text.strip().translate(_PHONE_PUNCTUATION)
    digits = _digits_with_country(compact, country_code)
    if not (digits.isdigit() and digits.isascii()):
        return []
    if compact[:1] in ("+", "0"):
        return [digits]
    # "812..." typed without the leading 0 is most likely a local number.
    return [digits, country_code + digits]


def _looks_like_phone(text: str) -> bool:
    compact = text.translate(_PHONE_PUNCTUATION).lstrip("+")
    return len(compact) >= 3 and compact.isdigit()


def client_matches(text: str, country_code: str) -> ColumnElement[bool]:
    """Clients whose name contains `text` (any case) or whose phone starts with it."""
    text = text.strip()
    if not text:
        return false()
    by_name = Client.name.ilike(contains_pattern(text), escape=LIKE_ESCAPE)
    if not _looks_like_phone(text):
        return by_name
    by_phone = [
        Client.phone.startswith(prefix, autoescape=True)
        for prefix in phone_prefixes(text, country_code)
    ]
    return or_(by_name, *by_phone)


def find_clients(db: Database, text: str, *, limit: int = 20) -> list[ClientView]:
    """Clients matching what was typed (part of the name, or the start of the phone number)."""
    query_text = search_text(text)[:NAME_LENGTH]
    most = min(whole_number(limit, low=1, high=MAX_LOCAL_ID), 200)
    country = get_settings(db).phone_country_code

    def work(session: Session) -> list[ClientView]:
        rows = session.scalars(
            select(Client)
            .where(client_matches(query_text, country))
            .order_by(Client.name, Client.id)
            .limit(most)
        )
        return [_view(client) for client in rows]

    return run_read(db, work)


def get_client(db: Database, client_id: object) -> ClientView:
    client = parse_id(client_id, "client")

    def work(session: Session) -> ClientView:
        found = session.get(Client, client)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
        return _view(found)

    return run_read(db, work)


@dataclass(frozen=True)
class NewClient:
    """A client to add, as typed: a walk-in needs only a name."""

    name: str
    phone: str | None = None
    email: str | None = None
    notes: str | None = None


def create_client(
    db: Database,
    *,
    name: str,
    phone: str | None = None,
    email: str | None = None,
    notes: str | None = None,
) -> ClientView:
    """Add a client; a walk-in needs only a name."""
    client = checked_client(db, NewClient(name, phone, email, notes))
    return run_write(db, lambda session: add_client(session, client, db.now()))


def checked_client(db: Database, typed: NewClient) -> NewClient:
    """`typed` cleaned as it will be stored, or the ValidationError a receptionist reads."""
    return clean_client(typed, get_settings(db).phone_country_code)


def clean_client(typed: NewClient, country_code: str) -> NewClient:
    """checked_client with the studio's phone country code already read (an import checks
    thousands of rows in one go)."""
    clean_name = required_text(typed.name, what="the client's name", max_length=NAME_LENGTH)
    clean_phone = normalize_phone(typed.phone, country_code)
    clean_email = clean_text(typed.email, what="the email address", max_length=EMAIL_LENGTH, required=False)
    if clean_email is not None and not _plausible_email(clean_email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' does not look like an email address."),
            value=clean_email[:40],
        )
    clean_notes = clean_text(
        typed.notes, what="the notes", max_length=NOTES_LENGTH, required=False, multi_line=True
    )
    return NewClient(clean_name, clean_phone, clean_email, clean_notes)


def add_client(session: Session, client: NewClient, now: dt.datetime) -> ClientView:
    """Insert `client` (as checked_client returned it) in the caller's unit of work."""
    client_id = session.execute(
        insert(Client)
        .values(name=client.name, phone=client.phone, email=client.email, notes=client.notes, created_at=now)
        .returning(Client.id)
    ).scalar_one()
    return ClientView(client_id, client.name, client.phone, client.email, client.notes)


def _plausible_email(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(local and at and "." in domain.strip(".") and " " not in text)


def _view(client: Client) -> ClientView:
    return ClientView(client.id, client.name, client.phone, client.email, client.notes, client.language)
