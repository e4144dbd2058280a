"""What the desk shows of a sold pack, and why a pack cannot pay for a session."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from studio_desk.models import ProductKind, ProductScope
from studio_desk.services.sentences import Sentence
from studio_desk.services.views import PaymentView


class PackState(enum.StrEnum):
    OPEN = "open"  # sessions (or, for a membership, days) left
    NOT_STARTED = "not_started"  # valid from its first use, never used yet
    USED_UP = "used_up"  # a pack with no credit left
    EXPIRED = "expired"  # its days ran out
    CLOSED = "closed"  # refunded or closed by an admin


@dataclass(frozen=True)
class PackView:
    """A pack as sold ("pack #12"), with its counters as the ledger has them now. Instants are
    in the studio's zone."""

    id: int
    client_id: int
    client_name: str
    product_id: int
    kind: ProductKind
    name: str
    sessions: int | None  # a pack's N; None for a membership
    max_active: int | None  # a membership's K
    price: int
    scope: ProductScope
    valid_days: int
    sold_at: dt.datetime
    expires_at: dt.datetime | None  # None: valid from its first use, not used yet
    first_used_at: dt.datetime | None
    closed_at: dt.datetime | None
    balance: int  # credits left (0 for a membership)
    active_bookings: int  # bookings holding one of its credits (or places) now
    freezes_allowed: int
    freezes_used: int
    state: PackState
    freeze_days_max: int = 0  # the most days one freeze may last
    # The last day of its latest freeze, while that freeze has days to come (it is frozen now
    # or will be); None otherwise. A session inside a freeze cannot use the pack.
    frozen_until: dt.date | None = None

    @property
    def is_membership(self) -> bool:
        return self.kind is ProductKind.MEMBERSHIP

    @property
    def last_day(self) -> dt.date | None:
        """The last local day it may be used on."""
        return None if self.expires_at is None else (self.expires_at - dt.timedelta(seconds=1)).date()


@dataclass(frozen=True)
class PackChoice:
    """A client's pack as New booking offers it for one session: usable, or why not."""

    pack: PackView
    why_not: Sentence | None  # None: it can pay for this session

    @property
    def usable(self) -> bool:
        return self.why_not is None


@dataclass(frozen=True)
class SaleOffer:
    """A product the desk can sell now, as the Sell pack dialog lists it."""

    id: int
    name: str
    kind: ProductKind
    sessions: int | None  # a pack's N; None for a membership
    max_active: int | None  # a membership's K
    valid_days: int
    price: int

    @property
    def is_membership(self) -> bool:
        return self.kind is ProductKind.MEMBERSHIP


@dataclass(frozen=True)
class PackRefund:
    """A pack just refunded and closed: the pack as it is now and the refund's money line (None
    when it was closed with nothing given back)."""

    pack: PackView
    line: PaymentView | None


@dataclass(frozen=True)
class PackSale:
    """A pack just sold: the pack, the money line (None for a free product) and the change."""

    pack: PackView
    line: PaymentView | None
    tendered: int | None
    change: int | None
