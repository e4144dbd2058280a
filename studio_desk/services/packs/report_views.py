"""What the pack reports answer: what the studio still owes in sessions and days, the packs sold
and refunded, the packs about to end, and the credits that ended unused. Money in the smallest
unit of the studio's currency; days are the studio's local days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk.models import ProductKind


@dataclass(frozen=True)
class UnusedPack:
    """A pack with sessions still owed: its credits not yet booked (`balance`) and those booked
    for sessions not yet done (`held`), each at the price paid per session."""

    pack_id: int
    client_id: int
    client_name: str
    name: str
    sold_on: dt.date
    last_day: dt.date | None  # None: valid from its first use, not used yet
    sessions: int
    price: int  # what was paid for it
    balance: int
    held: int
    value: int  # price × balance // sessions
    held_value: int  # price × held // sessions


@dataclass(frozen=True)
class UnusedMembership:
    """A running membership: what is left of it is its days, the day of the report included."""

    pack_id: int
    client_id: int
    client_name: str
    name: str
    sold_on: dt.date
    last_day: dt.date | None  # None: valid from its first use, not used yet
    valid_days: int
    price: int
    days_left: int
    value: int  # price × days_left // valid_days


@dataclass(frozen=True)
class UnusedCredits:
    """"Sold, not yet used": what the studio still owes, at the end of a day or now."""

    as_at: dt.datetime  # the instant it is counted at, in the studio's zone
    currency: str
    packs: tuple[UnusedPack, ...]  # by client, then pack number
    memberships: tuple[UnusedMembership, ...]

    @property
    def balance(self) -> int:
        return sum(pack.balance for pack in self.packs)

    @property
    def held(self) -> int:
        return sum(pack.held for pack in self.packs)

    @property
    def packs_value(self) -> int:
        return sum(pack.value for pack in self.packs)

    @property
    def held_value(self) -> int:
        return sum(pack.held_value for pack in self.packs)

    @property
    def memberships_value(self) -> int:
        return sum(membership.value for membership in self.memberships)

    @property
    def total_value(self) -> int:
        """Everything still owed: credits not booked, credits booked, days of memberships."""
        return self.packs_value + self.held_value + self.memberships_value


@dataclass(frozen=True)
class PackSales:
    """Packs and memberships sold, and refunds of them, over a day, a month or the whole range.
    A free product's sale takes no money and has no line: it is not counted."""

    start: dt.date  # the day, or the first day of the month (or of the range) counted
    packs: int
    packs_money: int
    memberships: int
    memberships_money: int
    refunds: int
    refunded: int  # given back, as a positive amount

    @property
    def net(self) -> int:
        return self.packs_money + self.memberships_money - self.refunded


@dataclass(frozen=True)
class PacksSold:
    start: dt.date
    end: dt.date  # included
    currency: str
    days: tuple[PackSales, ...]  # the days with a sale or a refund, in order
    months: tuple[PackSales, ...]  # every month the range touches (within the range), in order
    total: PackSales


@dataclass(frozen=True)
class ExpiringPack:
    """A running pack with credits left, or a running membership, whose last day is near."""

    pack_id: int
    client_id: int
    client_name: str
    phone: str  # as the desk shows phones ("0812-3456-7890"); "" for none
    kind: ProductKind
    name: str
    last_day: dt.date
    days_left: int  # its last day included: 1 when it ends today
    balance: int  # credits left (0 for a membership)
    value: int  # the credits left at the price paid per session (0 for a membership)

    @property
    def is_membership(self) -> bool:
        return self.kind is ProductKind.MEMBERSHIP


@dataclass(frozen=True)
class ExpiredPack:
    """The credits of one pack that ended unused, on the day it ended."""

    day: dt.date
    pack_id: int
    client_name: str
    name: str
    credits: int
    value: int  # price × credits // sessions


@dataclass(frozen=True)
class ExpiredDay:
    day: dt.date
    packs: int
    credits: int
    value: int


@dataclass(frozen=True)
class ExpiredCredits:
    start: dt.date
    end: dt.date  # included
    currency: str
    packs: tuple[ExpiredPack, ...]  # by day, then pack number
    days: tuple[ExpiredDay, ...]  # the days with expired credits, in order

    @property
    def credits(self) -> int:
        return sum(pack.credits for pack in self.packs)

    @property
    def value(self) -> int:
        return sum(pack.value for pack in self.packs)
