"""Packs and memberships: products, the packs sold with their own terms, and a ledger of credits
whose rules the database keeps by itself, on both backends and under racing desks.

- `payments.booking_id` may be NULL and `payments.pack_id` is new: a pack's sale (and its
  refund) is a payment line like any other, in the till, the closings and the closed-period
  lock. A trigger wants exactly one of the two. On SQLite this rebuilds `payments` and
  `closing_payments` (its only child), keeping every trigger and index verbatim; the renames
  run under `legacy_alter_table` so that triggers on other tables that name `payments` are left
  as they are (they name the rebuilt table again after the rename).
- `products` and `product_courses`: what the studio offers.
- `packs`: a product sold to a client, with a copy of its terms that never changes. Its
  `balance` and `active_bookings` are counters: a CHECK refuses a balance below zero and a
  membership over its limit of active bookings; the ledger's triggers alone move them, and a
  guard refuses any value but the ledger's own sum and count. So two desks taking the last
  credit at once cannot both succeed: on PostgreSQL the second waits for the pack's row, then
  meets the CHECK with the first desk's credit counted; on SQLite writers take turns.
- `credit_lines`: the ledger, append-only. Unique partial indexes: a booking uses at most one
  credit (and gets it back, or forfeits it, at most once), a pack is bought once. A `used`
  line is refused for a pack that is closed, run out or not for that booking's client or
  course; `returned` needs the booking's `used`, `forfeited` its `returned`.
- A booking that leaves pending/paid/confirmed gives its membership place back (a trigger on
  `bookings`, which gets no column and no rebuild).
- `pack_freezes`: a pack on hold; each counts against `freezes_used` (the guard wants the count),
  only a freeze moves `expires_at` on (besides a first use), and no credit is used for a session
  inside one.
- `cancel_rules` per course; `rule_outcomes`, what the rules did to a booking (a waiver only by an
  admin, with a reason); `fees` a client owes, whose state moves only owed -> collected (by a
  payment line with `payments.fee_id`, for the fee's amount, once: a unique index) or owed ->
  waived (by a `fee_waivers` row of an admin's); `client_blocks` keep a member who did not show
  from booking with a membership until they end or an admin lifts them (`block_lifts`).
- A payment line is for exactly one of a booking, a pack or a fee.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Markers the services turn into sentences (services/database_refusals.py).
SUBJECT_MESSAGE = "studio_desk.payment_subject"
COUNTERS_MESSAGE = "studio_desk.pack_counters"
TERMS_MESSAGE = "studio_desk.pack_terms"
NOT_USABLE_MESSAGE = "studio_desk.pack_not_usable"
CREDIT_LINE_MESSAGE = "studio_desk.credit_line_refused"
INSTANT_MESSAGE = "studio_desk.instant_unreadable"  # 0012's
# Append-only tables, each with its keys (a REPLACE on SQLite is refused on any of them, as 0014).
APPEND_ONLY: dict[str, tuple[tuple[str, ...], ...]] = {
    "credit_lines": (("id",),),
    "pack_courses": (("pack_id", "course_id"),),
    "pack_freezes": (("id",),),
    "rule_outcomes": (("booking_id",),),
    "fee_waivers": (("fee_id",),),
    "client_blocks": (("id",), ("booking_id",)),
    "block_lifts": (("block_id",),),
}
ACTIVE = "('pending', 'paid', 'confirmed')"
CHANNEL = "studio_desk_changes"
# What each new table's change notices are noted as (services/change.py reads these names).
NOTED_AS = {
    "products": "products", "product_courses": "products", "cancel_rules": "products",
    "packs": "packs", "credit_lines": "packs", "pack_freezes": "packs", "fees": "packs",
    "fee_waivers": "packs", "client_blocks": "packs", "block_lifts": "packs", "rule_outcomes": "packs",
}
WAIVER_MESSAGE = "studio_desk.waiver_by_admin"
FEE_MESSAGE = "studio_desk.fee_refused"
PACK_TERMS = (
    "product_id", "kind", "name", "sessions", "max_active", "valid_days", "valid_from", "price",
    "scope", "coach_id", "freezes_allowed", "freeze_days_max", "sold_at", "sold_by_id",
)
SQLITE_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
INSTANTS = {
    "products": ("created_at",), "packs": ("sold_at", "first_used_at", "expires_at", "closed_at"),
    "credit_lines": ("at",), "pack_freezes": ("starts_at", "ends_at", "at"), "rule_outcomes": ("at",),
    "fees": ("created_at",), "fee_waivers": ("at",), "client_blocks": ("until", "at"), "block_lifts": ("at",),
}
# The tables this revision makes, in the order they are made (dropped in reverse).
TABLES = (
    "products", "product_courses", "packs", "pack_courses", "credit_lines", "pack_freezes",
    "cancel_rules", "rule_outcomes", "fees", "fee_waivers", "client_blocks", "block_lifts",
)

# The payments table as 0013 left it, and as this revision makes it (frozen copies). 0013's
# CHECK stays on its column, so that 0013's downgrade can drop the column with it.
_PAYMENT_COLUMNS = """
    id INTEGER NOT NULL,
    booking_id INTEGER{booking_null},{pack_column}
    amount BIGINT NOT NULL,
    method VARCHAR(13) NOT NULL,
    reference VARCHAR(64),
    taken_by_id INTEGER,
    taken_at DATETIME NOT NULL,
    receipt_number BIGINT,
    method_reason TEXT CONSTRAINT ck_payments_method_reason_only_on_refunds
        CHECK (method_reason IS NULL OR amount < 0),
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT ck_payments_amount_not_zero CHECK (amount <> 0),
    CONSTRAINT fk_payments_booking_id_bookings FOREIGN KEY(booking_id) REFERENCES bookings (id),{pack_key}
    CONSTRAINT ck_payments_payment_method CHECK (method IN ('cash', 'card', 'bank_transfer', 'qris', 'ewallet')),
    CONSTRAINT fk_payments_taken_by_id_staff FOREIGN KEY(taken_by_id) REFERENCES staff (id)
"""  # noqa: E501 (a frozen copy of the table's SQL, kept verbatim)
_CLOSING_PAYMENTS = """
    payment_id INTEGER NOT NULL,
    closing_id INTEGER NOT NULL,
    CONSTRAINT pk_closing_payments PRIMARY KEY (payment_id),
    CONSTRAINT fk_closing_payments_payment_id_payments FOREIGN KEY(payment_id) REFERENCES {payments} (id),
    CONSTRAINT fk_closing_payments_closing_id_day_closings FOREIGN KEY(closing_id) REFERENCES day_closings (id)
"""  # noqa: E501 (a frozen copy of the table's SQL, kept verbatim)
_PAYMENT_FIELDS = (
    "id, booking_id, amount, method, reference, taken_by_id, taken_at, receipt_number, method_reason"
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _create_tables(sqlite)
    if sqlite:
        _rebuild_sqlite_payments(with_packs=True)
        _sqlite_triggers()
    else:
        op.alter_column("payments", "booking_id", nullable=True)
        op.add_column("payments", sa.Column("pack_id", sa.Integer(), nullable=True))
        op.add_column("payments", sa.Column("fee_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_payments_pack_id_packs", "payments", "packs", ["pack_id"], ["id"])
        op.create_foreign_key("fk_payments_fee_id_fees", "payments", "fees", ["fee_id"], ["id"])
        _payment_indexes()
        _postgresql_triggers()


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM payments WHERE booking_id IS NULL")).scalar():
        raise RuntimeError(
            "payment lines of packs or fees exist: the schema before 0016 has no room for them, so the "
            "database stays as it is"
        )
    tables = TABLES[::-1]
    if connection.dialect.name == "sqlite":
        for trigger in _sqlite_trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for table in tables:  # before the rebuild: credit_lines points at payments
            op.drop_table(table)
        _rebuild_sqlite_payments(with_packs=False)
        return
    for trigger in ("trg_payments_subject", "trg_payments_fee_check", "trg_payments_fee_collected"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON payments")
    op.execute("DROP TRIGGER IF EXISTS trg_bookings_pack_place ON bookings")
    for index in _PAYMENT_INDEXES:
        op.drop_index(index, table_name="payments")
    op.drop_constraint("fk_payments_pack_id_packs", "payments", type_="foreignkey")
    op.drop_constraint("fk_payments_fee_id_fees", "payments", type_="foreignkey")
    op.drop_column("payments", "pack_id")
    op.drop_column("payments", "fee_id")
    op.alter_column("payments", "booking_id", nullable=False)
    for table in tables:
        op.drop_table(table)
    for function in _PG_FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")


# Tables ----------------------------------------------------------------------------------------


def _fk(table: str, column: str, target: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True,
                   length=max(map(len, values)))


def _instant() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _instant_check(table: str, column: str, sqlite: bool) -> list[sa.CheckConstraint]:
    if not sqlite:
        return []
    return [sa.CheckConstraint(f"{column} GLOB '{SQLITE_INSTANT_GLOB}'", name=f"{column}_canonical")]


_SESSIONS_OR_LIMIT = (
    "(kind = 'pack' AND sessions > 0 AND max_active IS NULL)"
    " OR (kind = 'membership' AND sessions IS NULL AND max_active > 0)"
)


def _terms(table: str) -> list[sa.Column[object] | sa.CheckConstraint]:
    return [
        sa.Column("kind", _enum(f"{table[:-1]}_kind", "pack", "membership"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=True),
        sa.Column("max_active", sa.Integer(), nullable=True),
        sa.Column("valid_days", sa.Integer(), nullable=False),
        sa.Column("valid_from", _enum(f"{table[:-1]}_valid_from", "sale", "first_use"), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("scope", _enum(f"{table[:-1]}_scope", "all", "coach", "courses"), nullable=False),
        sa.Column("coach_id", sa.Integer(), _fk(table, "coach_id", "coaches"), nullable=True),
        sa.CheckConstraint(_SESSIONS_OR_LIMIT, name="sessions_or_limit"),
        sa.CheckConstraint("valid_days > 0", name="valid_days_positive"),
        sa.CheckConstraint("price >= 0", name="price_not_negative"),
        sa.CheckConstraint("(scope = 'coach') = (coach_id IS NOT NULL)", name="coach_scope_has_coach"),
    ]


def _create_tables(sqlite: bool) -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        *_terms("products"),
        sa.Column("freezes_allowed", sa.Integer(), nullable=False),
        sa.Column("freeze_days_max", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_products"),
        sa.CheckConstraint("freezes_allowed >= 0 AND freeze_days_max >= 0", name="freezes_not_negative"),
    )
    op.create_table(
        "product_courses",
        sa.Column("product_id", sa.Integer(), _fk("product_courses", "product_id", "products"),
                  nullable=False),
        sa.Column("course_id", sa.Integer(), _fk("product_courses", "course_id", "courses"), nullable=False),
        sa.PrimaryKeyConstraint("product_id", "course_id", name="pk_product_courses"),
    )
    op.create_table(
        "packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), _fk("packs", "client_id", "clients"), nullable=False),
        sa.Column("product_id", sa.Integer(), _fk("packs", "product_id", "products"), nullable=False),
        *_terms("packs"),
        sa.Column("freezes_allowed", sa.Integer(), nullable=False),
        sa.Column("freeze_days_max", sa.Integer(), nullable=False),
        sa.Column("sold_at", _instant(), nullable=False),
        sa.Column("sold_by_id", sa.Integer(), _fk("packs", "sold_by_id", "staff"), nullable=True),
        sa.Column("first_used_at", _instant(), nullable=True),
        sa.Column("expires_at", _instant(), nullable=True),
        sa.Column("closed_at", _instant(), nullable=True),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("active_bookings", sa.Integer(), nullable=False),
        sa.Column("freezes_used", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_packs"),
        sa.CheckConstraint("balance >= 0", name="balance_not_negative"),
        sa.CheckConstraint("max_active IS NULL OR active_bookings <= max_active",
                           name="active_bookings_within_limit"),
        sa.CheckConstraint("active_bookings >= 0", name="active_bookings_not_negative"),
        sa.CheckConstraint("freezes_used <= freezes_allowed", name="freezes_within_allowed"),
        *_instant_check("packs", "sold_at", sqlite),
    )
    op.create_index("ix_packs_product_id", "packs", ["product_id"])
    op.create_index("ix_packs_client_id_expires_at", "packs", ["client_id", "expires_at"])
    op.create_index("ix_packs_expires_at", "packs", ["expires_at"])
    op.create_table(
        "pack_courses",
        sa.Column("pack_id", sa.Integer(), _fk("pack_courses", "pack_id", "packs"), nullable=False),
        sa.Column("course_id", sa.Integer(), _fk("pack_courses", "course_id", "courses"), nullable=False),
        sa.PrimaryKeyConstraint("pack_id", "course_id", name="pk_pack_courses"),
    )
    op.create_table(
        "credit_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), _fk("credit_lines", "pack_id", "packs"), nullable=False),
        sa.Column("kind",
                  _enum("credit_kind", "bought", "used", "returned", "forfeited", "expired", "adjusted"),
                  nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), _fk("credit_lines", "booking_id", "bookings"), nullable=True),
        sa.Column("payment_id", sa.Integer(), _fk("credit_lines", "payment_id", "payments"), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reason_words", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Integer(), _fk("credit_lines", "actor_id", "staff"), nullable=True),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_credit_lines"),
        sa.CheckConstraint(
            "(kind = 'bought' AND delta >= 0 AND booking_id IS NULL)"
            " OR (kind IN ('used', 'forfeited') AND delta IN (-1, 0) AND booking_id IS NOT NULL)"
            " OR (kind = 'returned' AND delta IN (0, 1) AND booking_id IS NOT NULL)"
            " OR (kind = 'expired' AND delta < 0 AND booking_id IS NULL)"
            " OR (kind = 'adjusted' AND booking_id IS NULL AND reason IS NOT NULL"
            " AND (delta <> 0 OR payment_id IS NOT NULL))",
            name="kind_delta_booking",
        ),
        *_instant_check("credit_lines", "at", sqlite),
    )
    op.create_index("ix_credit_lines_pack_id", "credit_lines", ["pack_id"])
    for kind, column in (("used", "booking_id"), ("returned", "booking_id"), ("forfeited", "booking_id"),
                         ("bought", "pack_id")):
        op.create_index(
            f"uq_credit_lines_{kind}_{column.removesuffix('_id')}", "credit_lines", [column], unique=True,
            sqlite_where=sa.text(f"kind = '{kind}'"), postgresql_where=sa.text(f"kind = '{kind}'"),
        )
    _create_rule_tables(sqlite)


def _create_rule_tables(sqlite: bool) -> None:
    """Freezes, the cancellation rules, what they did, fees and blocks."""
    op.create_table(
        "pack_freezes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), _fk("pack_freezes", "pack_id", "packs"), nullable=False),
        sa.Column("starts_at", _instant(), nullable=False),
        sa.Column("ends_at", _instant(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), _fk("pack_freezes", "actor_id", "staff"), nullable=True),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pack_freezes"),
        sa.CheckConstraint("days > 0", name="days_positive"),
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        *_instant_check("pack_freezes", "starts_at", sqlite),
        *_instant_check("pack_freezes", "ends_at", sqlite),
    )
    op.create_index("ix_pack_freezes_pack_id", "pack_freezes", ["pack_id"])
    costs = ("nothing", "credit", "fee")
    op.create_table(
        "cancel_rules",
        sa.Column("course_id", sa.Integer(), _fk("cancel_rules", "course_id", "courses"), nullable=False),
        sa.Column("late_cancel_hours", sa.Integer(), nullable=False),
        sa.Column("late_cancel_cost", _enum("late_cancel_cost", *costs), nullable=False),
        sa.Column("late_cancel_fee", sa.BigInteger(), nullable=False),
        sa.Column("no_show_cost", _enum("no_show_cost", *costs), nullable=False),
        sa.Column("no_show_fee", sa.BigInteger(), nullable=False),
        sa.Column("member_block_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("course_id", name="pk_cancel_rules"),
        sa.CheckConstraint("late_cancel_hours >= 0 AND late_cancel_hours <= 720", name="hours_in_range"),
        sa.CheckConstraint("(late_cancel_cost = 'fee') = (late_cancel_fee > 0)",
                           name="late_fee_with_fee_cost"),
        sa.CheckConstraint("(no_show_cost = 'fee') = (no_show_fee > 0)", name="no_show_fee_with_fee_cost"),
        sa.CheckConstraint("member_block_days >= 0 AND member_block_days <= 365", name="block_days_in_range"),
    )
    events = ("late_cancel", "no_show")
    op.create_table(
        "rule_outcomes",
        sa.Column("booking_id", sa.Integer(), _fk("rule_outcomes", "booking_id", "bookings"), nullable=False),
        sa.Column("event", _enum("rule_event", *events), nullable=False),
        sa.Column("hours_before", sa.Integer(), nullable=True),
        sa.Column("cost", _enum("rule_outcome_cost", *costs), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("block_days", sa.Integer(), nullable=False),
        sa.Column("waived", sa.Boolean(), nullable=False),
        sa.Column("waiver_reason", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Integer(), _fk("rule_outcomes", "actor_id", "staff"), nullable=True),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", name="pk_rule_outcomes"),
        sa.CheckConstraint("NOT waived OR waiver_reason IS NOT NULL", name="waiver_has_reason"),
        sa.CheckConstraint("fee >= 0", name="fee_not_negative"),
        *_instant_check("rule_outcomes", "at", sqlite),
    )
    op.create_table(
        "fees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), _fk("fees", "client_id", "clients"), nullable=False),
        sa.Column("booking_id", sa.Integer(), _fk("fees", "booking_id", "bookings"), nullable=True),
        sa.Column("cause", _enum("fee_cause", *events), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("state", _enum("fee_state", "owed", "collected", "waived", "kept"), nullable=False),
        sa.Column("actor_id", sa.Integer(), _fk("fees", "actor_id", "staff"), nullable=True),
        sa.Column("created_at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_fees"),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        *_instant_check("fees", "created_at", sqlite),
    )
    op.create_index("ix_fees_booking_id", "fees", ["booking_id"])
    op.create_index("ix_fees_client_id_state", "fees", ["client_id", "state"])
    op.create_table(
        "fee_waivers",
        sa.Column("fee_id", sa.Integer(), _fk("fee_waivers", "fee_id", "fees"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), _fk("fee_waivers", "actor_id", "staff"), nullable=False),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("fee_id", name="pk_fee_waivers"),
        *_instant_check("fee_waivers", "at", sqlite),
    )
    op.create_table(
        "client_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), _fk("client_blocks", "client_id", "clients"), nullable=False),
        sa.Column("booking_id", sa.Integer(), _fk("client_blocks", "booking_id", "bookings"), nullable=False),
        sa.Column("until", _instant(), nullable=False),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_client_blocks"),
        sa.UniqueConstraint("booking_id", name="uq_client_blocks_booking_id"),
        *_instant_check("client_blocks", "until", sqlite),
        *_instant_check("client_blocks", "at", sqlite),
    )
    op.create_index("ix_client_blocks_client_id", "client_blocks", ["client_id"])
    op.create_table(
        "block_lifts",
        sa.Column("block_id", sa.Integer(), _fk("block_lifts", "block_id", "client_blocks"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), _fk("block_lifts", "actor_id", "staff"), nullable=False),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("block_id", name="pk_block_lifts"),
        *_instant_check("block_lifts", "at", sqlite),
    )


# SQLite: payments rebuilt ----------------------------------------------------------------------


def _rebuild_sqlite_payments(*, with_packs: bool) -> None:
    """Rebuild `payments` (and `closing_payments`, whose rows point at it) in this transaction.
    SQLite cannot drop NOT NULL, and with foreign keys on, dropping a parent that has children
    fails at commit however its rows come back; so the child is rebuilt first against the new
    parent, and both are renamed into place. Triggers and indexes are recreated verbatim."""
    connection = op.get_bind()
    kept = connection.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        "AND tbl_name IN ('payments', 'closing_payments') ORDER BY type = 'trigger', name"
    )).scalars().all()
    if not with_packs:
        kept = [sql for sql in kept if not any(name in sql for name in _PAYMENT_INDEXES)]
    columns = _PAYMENT_COLUMNS.format(
        booking_null="" if with_packs else " NOT NULL",
        pack_column="\n    pack_id INTEGER,\n    fee_id INTEGER," if with_packs else "",
        pack_key="\n    CONSTRAINT fk_payments_pack_id_packs FOREIGN KEY(pack_id) REFERENCES packs (id),"
        "\n    CONSTRAINT fk_payments_fee_id_fees FOREIGN KEY(fee_id) REFERENCES fees (id),"
        if with_packs else "",
    )
    op.execute(f"CREATE TABLE payments_rebuilt ({columns})")
    op.execute(f"INSERT INTO payments_rebuilt ({_PAYMENT_FIELDS}) SELECT {_PAYMENT_FIELDS} FROM payments")
    op.execute(f"CREATE TABLE closing_payments_rebuilt "
               f"({_CLOSING_PAYMENTS.format(payments='payments_rebuilt')})")
    op.execute("INSERT INTO closing_payments_rebuilt (payment_id, closing_id) "
               "SELECT payment_id, closing_id FROM closing_payments")
    op.execute("DROP TABLE closing_payments")  # its triggers and indexes go with it
    op.execute("DROP TABLE payments")
    op.execute("PRAGMA legacy_alter_table=ON")
    op.execute("ALTER TABLE payments_rebuilt RENAME TO payments")  # the child's key follows
    op.execute("ALTER TABLE closing_payments_rebuilt RENAME TO closing_payments")
    op.execute("PRAGMA legacy_alter_table=OFF")
    for sql in kept:
        op.execute(sql)
    if with_packs:
        _payment_indexes()


# This revision's indexes on payments: a pack's lines, a fee's, and a fee collected once.
_PAYMENT_INDEXES = ("ix_payments_pack_id", "ix_payments_fee_id", "uq_payments_fee_collected")


def _payment_indexes() -> None:
    op.create_index("ix_payments_pack_id", "payments", ["pack_id"])
    op.create_index("ix_payments_fee_id", "payments", ["fee_id"])
    op.create_index(
        "uq_payments_fee_collected", "payments", ["fee_id"], unique=True,
        sqlite_where=sa.text("amount > 0"), postgresql_where=sa.text("amount > 0"),
    )


# Shared SQL ------------------------------------------------------------------------------------

# The ledger's sums, as the counters must equal them (SQL over the pack row `{row}`).
_BALANCE_OF = "(SELECT coalesce(sum(delta), 0) FROM credit_lines WHERE pack_id = {row}.id)"
_ACTIVE_OF = (
    "(SELECT count(*) FROM credit_lines AS line JOIN bookings AS booking ON booking.id = line.booking_id "
    f"WHERE line.pack_id = {{row}}.id AND line.kind = 'used' AND booking.status IN {ACTIVE})"
)
_FREEZES_OF = "(SELECT count(*) FROM pack_freezes WHERE pack_id = {row}.id)"
# A line's delta must suit its kind and its pack's kind: a pack's booking lines move one credit, a
# membership's none; what is bought is the pack's sessions (nothing for a membership).
_DELTA_FITS = """(
    (NEW.kind = 'bought' AND NEW.delta = coalesce(pack.sessions, 0))
    OR (NEW.kind IN ('used', 'forfeited') AND NEW.delta = CASE pack.kind WHEN 'pack' THEN -1 ELSE 0 END)
    OR (NEW.kind = 'returned' AND NEW.delta = CASE pack.kind WHEN 'pack' THEN 1 ELSE 0 END)
    OR (NEW.kind IN ('expired', 'adjusted') AND (pack.kind = 'pack' OR NEW.delta = 0)))"""
_CHAIN_BROKEN = """(
    (NEW.kind = 'returned' AND NOT EXISTS (SELECT 1 FROM credit_lines AS used
        WHERE used.booking_id = NEW.booking_id AND used.kind = 'used' AND used.pack_id = NEW.pack_id))
    OR (NEW.kind = 'forfeited' AND NOT EXISTS (SELECT 1 FROM credit_lines AS back
        WHERE back.booking_id = NEW.booking_id AND back.kind = 'returned' AND back.pack_id = NEW.pack_id)))"""
# A credit is used only for an active booking of the pack's client, in its scope, while the pack
# is open, has days left for both the booking and its session, is not frozen at the session, and
# (a membership) its client is not blocked. Over `pack`, `booking` and NEW.
_USABLE = f"""(
    pack.closed_at IS NULL AND booking.client_id = pack.client_id AND booking.status IN {ACTIVE}
    AND (pack.expires_at IS NULL OR (booking.start_at < pack.expires_at AND NEW.at < pack.expires_at))
    AND (pack.scope = 'all'
         OR (pack.scope = 'coach' AND booking.coach_id = pack.coach_id)
         OR (pack.scope = 'courses' AND EXISTS (SELECT 1 FROM pack_courses AS course
             WHERE course.pack_id = pack.id AND course.course_id = booking.course_id)))
    AND NOT EXISTS (SELECT 1 FROM pack_freezes AS held WHERE held.pack_id = pack.id
        AND booking.start_at >= held.starts_at AND booking.start_at < held.ends_at)
    AND (pack.kind = 'pack' OR NOT EXISTS (SELECT 1 FROM client_blocks AS blocked
        WHERE blocked.client_id = pack.client_id AND blocked.until > NEW.at
        AND NOT EXISTS (SELECT 1 FROM block_lifts AS lift WHERE lift.block_id = blocked.id))))"""
_BY_ADMIN = "EXISTS (SELECT 1 FROM staff WHERE staff.id = NEW.actor_id AND staff.role = 'admin')"
# A fee's state moves only owed -> collected (its payment line is there) or owed -> waived (its
# waiver is there); nothing else of it changes but its client (a merge).
_FEE_MOVE_ALLOWED = """(
    NEW.state = OLD.state
    OR (OLD.state = 'owed' AND NEW.state = 'collected' AND EXISTS (SELECT 1 FROM payments
        WHERE payments.fee_id = NEW.id AND payments.amount = NEW.amount))
    OR (OLD.state = 'owed' AND NEW.state = 'waived' AND EXISTS (SELECT 1 FROM fee_waivers
        WHERE fee_waivers.fee_id = NEW.id)))"""
_FEE_FIXED = ("amount", "booking_id", "cause", "actor_id", "created_at")
_PAYMENT_SUBJECTS = (
    "(NEW.booking_id IS NOT NULL) + (NEW.pack_id IS NOT NULL) + (NEW.fee_id IS NOT NULL) <> 1"
)


# SQLite: triggers ------------------------------------------------------------------------------


def _sqlite_trigger_names() -> list[str]:
    return [
        "trg_payments_subject", "trg_payments_fee_check", "trg_payments_fee_collected",
        *(f"trg_{table}_append_only_{event}" for table in APPEND_ONLY for event in ("update", "delete")),
        *(f"trg_{table}_no_replace" for table in APPEND_ONLY),
        "trg_packs_no_delete", "trg_packs_new", "trg_packs_guard", "trg_credit_lines_check",
        "trg_credit_lines_usable", "trg_credit_lines_count", "trg_bookings_pack_place",
        "trg_rule_outcomes_waiver", "trg_fee_waivers_by_admin", "trg_fee_waivers_waive",
        "trg_block_lifts_by_admin", "trg_fees_new", "trg_fees_guard", "trg_fees_no_delete",
        *(f"trg_{table}_instants_{event}" for table in INSTANTS for event in ("insert", "update")),
        *(f"trg_{table}_note_{event}" for table in NOTED_AS for event in ("insert", "update", "delete")),
    ]


def _raise(marker: str) -> str:
    return f"SELECT RAISE(ABORT, '{marker}')"


def _sqlite_unreadable(value: str) -> str:
    """0012's test of an instant the desk cannot read back (see there)."""
    readable = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_INSTANT_GLOB}'"
        f" AND datetime({value}, '+0 seconds') IS {value} AND {value} >= '0001-01-01 00:00:00'"
    )
    return f"({value} IS NOT NULL AND NOT ({readable}))"


def _taken(table: str, key: tuple[str, ...]) -> str:
    """0014's test of a key already held (an INTEGER PRIMARY KEY left out reads -1)."""
    match = " AND ".join(f"kept.{column} = NEW.{column}" for column in key)
    new_row = " AND ".join(f"NEW.{column} IS NOT -1" for column in key if column == "id")
    taken = f"EXISTS (SELECT 1 FROM {table} AS kept WHERE {match})"
    return f"({new_row} AND {taken})" if new_row else taken


def _sqlite_trigger(name: str, when: str, table: str, body: str, timing: str = "BEFORE INSERT") -> None:
    condition = f"WHEN {when} " if when else ""
    op.execute(f"CREATE TRIGGER {name} {timing} ON {table} {condition}BEGIN {body}; END")


def _sqlite_triggers() -> None:
    _sqlite_trigger("trg_payments_subject", _PAYMENT_SUBJECTS, "payments", _raise(SUBJECT_MESSAGE))
    _sqlite_trigger(
        "trg_payments_fee_check",
        "NEW.fee_id IS NOT NULL AND (NEW.amount <= 0 OR NOT EXISTS (SELECT 1 FROM fees "
        "WHERE fees.id = NEW.fee_id AND fees.state = 'owed' AND fees.amount = NEW.amount))",
        "payments", _raise(FEE_MESSAGE),
    )
    _sqlite_trigger(
        "trg_payments_fee_collected", "NEW.fee_id IS NOT NULL", "payments",
        "UPDATE fees SET state = 'collected' WHERE id = NEW.fee_id", timing="AFTER INSERT",
    )
    for table, keys in APPEND_ONLY.items():
        refused = _raise(f"studio_desk.{table}_append_only")
        for event in ("UPDATE", "DELETE"):
            _sqlite_trigger(f"trg_{table}_append_only_{event.lower()}", "", table, refused,
                            timing=f"BEFORE {event}")
        _sqlite_trigger(f"trg_{table}_no_replace", " OR ".join(_taken(table, key) for key in keys),
                        table, refused)
    # A pack sold is money and a ledger: it stays (REPLACE included).
    _sqlite_trigger("trg_packs_no_delete", "", "packs", _raise(TERMS_MESSAGE), timing="BEFORE DELETE")
    _sqlite_trigger(
        "trg_packs_new",
        "NEW.balance <> 0 OR NEW.active_bookings <> 0 OR NEW.freezes_used <> 0 "
        "OR NEW.first_used_at IS NOT NULL OR NEW.closed_at IS NOT NULL "
        "OR (NEW.expires_at IS NULL) <> (NEW.valid_from = 'first_use') "
        "OR EXISTS (SELECT 1 FROM packs AS kept WHERE NEW.id IS NOT -1 AND kept.id = NEW.id)",
        "packs", _raise(TERMS_MESSAGE),
    )
    terms_changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in PACK_TERMS)
    _sqlite_trigger(
        "trg_packs_guard",
        f"NEW.balance IS NOT {_BALANCE_OF.format(row='NEW')} "
        f"OR NEW.active_bookings IS NOT {_ACTIVE_OF.format(row='NEW')} "
        f"OR NEW.freezes_used IS NOT {_FREEZES_OF.format(row='NEW')} "
        "OR (OLD.first_used_at IS NOT NULL AND NEW.first_used_at IS NOT OLD.first_used_at) "
        "OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT OLD.closed_at) "
        "OR (NEW.expires_at IS NOT OLD.expires_at AND NOT ("
        "(OLD.expires_at IS NULL AND NEW.first_used_at IS NOT NULL AND NEW.expires_at > NEW.first_used_at) "
        "OR (NEW.freezes_used = OLD.freezes_used + 1 AND NEW.expires_at > OLD.expires_at))) "
        f"OR {terms_changed}",
        "packs", _raise(COUNTERS_MESSAGE), timing="BEFORE UPDATE",
    )
    _sqlite_trigger(
        "trg_credit_lines_check",
        f"NOT EXISTS (SELECT 1 FROM packs AS pack WHERE pack.id = NEW.pack_id AND {_DELTA_FITS}) "
        f"OR {_CHAIN_BROKEN}",
        "credit_lines", _raise(CREDIT_LINE_MESSAGE),
    )
    _sqlite_trigger(
        "trg_credit_lines_usable",
        "NEW.kind = 'used' AND NOT EXISTS (SELECT 1 FROM packs AS pack "
        f"JOIN bookings AS booking ON booking.id = NEW.booking_id WHERE pack.id = NEW.pack_id AND {_USABLE})",
        "credit_lines", _raise(NOT_USABLE_MESSAGE),
    )
    _sqlite_trigger(
        "trg_credit_lines_count", "", "credit_lines",
        "UPDATE packs SET balance = balance + NEW.delta, "
        "active_bookings = active_bookings + (NEW.kind = 'used') WHERE id = NEW.pack_id",
        timing="AFTER INSERT",
    )
    _sqlite_trigger(
        "trg_bookings_pack_place", f"OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE}", "bookings",
        "UPDATE packs SET active_bookings = active_bookings - 1 WHERE id IN "
        "(SELECT pack_id FROM credit_lines WHERE booking_id = NEW.id AND kind = 'used')",
        timing="AFTER UPDATE OF status",
    )
    _sqlite_trigger("trg_rule_outcomes_waiver", f"NEW.waived AND NOT {_BY_ADMIN}", "rule_outcomes",
                    _raise(WAIVER_MESSAGE))
    _sqlite_trigger("trg_fee_waivers_by_admin", f"NOT {_BY_ADMIN}", "fee_waivers", _raise(WAIVER_MESSAGE))
    _sqlite_trigger("trg_block_lifts_by_admin", f"NOT {_BY_ADMIN}", "block_lifts", _raise(WAIVER_MESSAGE))
    _sqlite_trigger("trg_fee_waivers_waive", "", "fee_waivers",
                    "UPDATE fees SET state = 'waived' WHERE id = NEW.fee_id", timing="AFTER INSERT")
    _sqlite_trigger("trg_fees_new", "NEW.state NOT IN ('owed', 'kept') OR "
                    "EXISTS (SELECT 1 FROM fees AS kept WHERE NEW.id IS NOT -1 AND kept.id = NEW.id)",
                    "fees", _raise(FEE_MESSAGE))
    fixed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in _FEE_FIXED)
    _sqlite_trigger("trg_fees_guard", f"{fixed} OR NEW.id IS NOT OLD.id OR NOT {_FEE_MOVE_ALLOWED}", "fees",
                    _raise(FEE_MESSAGE), timing="BEFORE UPDATE")
    _sqlite_trigger("trg_fees_no_delete", "", "fees", _raise(FEE_MESSAGE), timing="BEFORE DELETE")
    for table, columns in INSTANTS.items():
        unreadable = " OR ".join(_sqlite_unreadable(f"NEW.{column}") for column in columns)
        _sqlite_trigger(f"trg_{table}_instants_insert", unreadable, table, _raise(INSTANT_MESSAGE))
        _sqlite_trigger(f"trg_{table}_instants_update", unreadable, table, _raise(INSTANT_MESSAGE),
                        timing=f"BEFORE UPDATE OF {', '.join(columns)}")
    for table, noted in NOTED_AS.items():
        for event in ("insert", "update", "delete"):
            _sqlite_trigger(f"trg_{table}_note_{event}", "", table,
                            f"INSERT INTO change_notices (table_name) VALUES ('{noted}')",
                            timing=f"AFTER {event.upper()}")


# PostgreSQL ------------------------------------------------------------------------------------

_PG_FUNCTIONS = (
    "studio_desk_payment_subject", "studio_desk_payment_fee", "studio_desk_fee_collected",
    "studio_desk_packs_new", "studio_desk_packs_guard",
    "studio_desk_credit_lines_check", "studio_desk_credit_lines_count", "studio_desk_bookings_pack_place",
    "studio_desk_by_admin", "studio_desk_fee_waivers_waive", "studio_desk_fees_new", "studio_desk_fees_guard",
    "studio_desk_note_table", "studio_desk_refuse",
)


def _pg_function(name: str, body: str, declare: str = "") -> None:
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"{'DECLARE ' + declare if declare else ''} BEGIN {body} END $$"
    )


def _pg_trigger(
    name: str, timing: str, table: str, function: str, when: str = "", *, statement: bool = False
) -> None:
    condition = f"WHEN ({when}) " if when else ""
    each = "STATEMENT" if statement else "ROW"
    op.execute(f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH {each} "
               f"{condition}EXECUTE FUNCTION {function}")


def _pg_refuse_if(condition: str, marker: str) -> str:
    return f"IF {condition} THEN RAISE EXCEPTION '{marker}'; END IF;"


def _postgresql_triggers() -> None:
    _pg_function("studio_desk_refuse", "RAISE EXCEPTION '%', TG_ARGV[0];")
    subjects = _PAYMENT_SUBJECTS.replace("IS NOT NULL)", "IS NOT NULL)::int")
    _pg_function("studio_desk_payment_subject", _pg_refuse_if(subjects, SUBJECT_MESSAGE) + " RETURN NEW;")
    _pg_trigger("trg_payments_subject", "BEFORE INSERT", "payments", "studio_desk_payment_subject()")
    _pg_function(
        "studio_desk_payment_fee",
        _pg_refuse_if(
            "NEW.amount <= 0 OR NOT EXISTS (SELECT 1 FROM fees WHERE fees.id = NEW.fee_id "
            "AND fees.state = 'owed' AND fees.amount = NEW.amount)", FEE_MESSAGE)
        + " RETURN NEW;",
    )
    _pg_trigger("trg_payments_fee_check", "BEFORE INSERT", "payments", "studio_desk_payment_fee()",
                "NEW.fee_id IS NOT NULL")
    # The fee's row lock: a second desk collecting the same fee waits here, then finds it collected.
    _pg_function("studio_desk_fee_collected",
                 "UPDATE fees SET state = 'collected' WHERE id = NEW.fee_id AND state = 'owed'; "
                 + _pg_refuse_if("NOT FOUND", FEE_MESSAGE) + " RETURN NULL;")
    _pg_trigger("trg_payments_fee_collected", "AFTER INSERT", "payments", "studio_desk_fee_collected()",
                "NEW.fee_id IS NOT NULL")
    # 0008's studio_desk_append_only() names the table in its message.
    for table in APPEND_ONLY:
        _pg_trigger(f"trg_{table}_append_only", "BEFORE UPDATE OR DELETE", table, "studio_desk_append_only()")
        _pg_trigger(f"trg_{table}_no_truncate", "BEFORE TRUNCATE", table, "studio_desk_append_only()",
                    statement=True)
    for table, marker in (("packs", TERMS_MESSAGE), ("fees", FEE_MESSAGE)):
        _pg_trigger(f"trg_{table}_no_delete", "BEFORE DELETE", table, f"studio_desk_refuse('{marker}')")
        _pg_trigger(f"trg_{table}_no_truncate", "BEFORE TRUNCATE", table, f"studio_desk_refuse('{marker}')",
                    statement=True)
    _pg_function(
        "studio_desk_packs_new",
        _pg_refuse_if(
            "NEW.balance <> 0 OR NEW.active_bookings <> 0 OR NEW.freezes_used <> 0 "
            "OR NEW.first_used_at IS NOT NULL OR NEW.closed_at IS NOT NULL "
            "OR (NEW.expires_at IS NULL) <> (NEW.valid_from = 'first_use')", TERMS_MESSAGE)
        + " RETURN NEW;",
    )
    _pg_trigger("trg_packs_new", "BEFORE INSERT", "packs", "studio_desk_packs_new()")
    terms_changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in PACK_TERMS)
    _pg_function(
        "studio_desk_packs_guard",
        _pg_refuse_if(
            f"NEW.balance IS DISTINCT FROM {_BALANCE_OF.format(row='NEW')} "
            f"OR NEW.active_bookings IS DISTINCT FROM {_ACTIVE_OF.format(row='NEW')} "
            f"OR NEW.freezes_used IS DISTINCT FROM {_FREEZES_OF.format(row='NEW')} "
            "OR (OLD.first_used_at IS NOT NULL AND NEW.first_used_at IS DISTINCT FROM OLD.first_used_at) "
            "OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS DISTINCT FROM OLD.closed_at) "
            "OR (NEW.expires_at IS DISTINCT FROM OLD.expires_at AND NOT coalesce("
            "(OLD.expires_at IS NULL AND NEW.first_used_at IS NOT NULL "
            "AND NEW.expires_at > NEW.first_used_at) "
            "OR (NEW.freezes_used = OLD.freezes_used + 1 AND NEW.expires_at > OLD.expires_at), false)) "
            f"OR {terms_changed}", COUNTERS_MESSAGE)
        + " RETURN NEW;",
    )
    _pg_trigger("trg_packs_guard", "BEFORE UPDATE", "packs", "studio_desk_packs_guard()")
    _pg_function(
        "studio_desk_credit_lines_check",
        declare="pack packs%ROWTYPE; booking bookings%ROWTYPE;",
        body=f"""
        SELECT * INTO pack FROM packs WHERE id = NEW.pack_id;
        {_pg_refuse_if(f"NOT FOUND OR NOT coalesce({_DELTA_FITS}, false) OR {_CHAIN_BROKEN}",
                       CREDIT_LINE_MESSAGE)}
        IF NEW.kind = 'used' THEN
            SELECT * INTO booking FROM bookings WHERE id = NEW.booking_id;
            {_pg_refuse_if(f"NOT coalesce({_USABLE}, false)", NOT_USABLE_MESSAGE)}
        END IF;
        RETURN NEW;
        """,
    )
    _pg_trigger("trg_credit_lines_check", "BEFORE INSERT", "credit_lines", "studio_desk_credit_lines_check()")
    _pg_function(
        "studio_desk_credit_lines_count",
        "UPDATE packs SET balance = balance + NEW.delta, "
        "active_bookings = active_bookings + (NEW.kind = 'used')::int WHERE id = NEW.pack_id; RETURN NULL;",
    )
    _pg_trigger("trg_credit_lines_count", "AFTER INSERT", "credit_lines", "studio_desk_credit_lines_count()")
    _pg_function(
        "studio_desk_bookings_pack_place",
        "UPDATE packs SET active_bookings = active_bookings - 1 WHERE id IN "
        "(SELECT pack_id FROM credit_lines WHERE booking_id = NEW.id AND kind = 'used'); RETURN NULL;",
    )
    _pg_trigger("trg_bookings_pack_place", "AFTER UPDATE OF status", "bookings",
                "studio_desk_bookings_pack_place()", f"OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE}")
    _pg_function("studio_desk_by_admin", _pg_refuse_if(f"NOT {_BY_ADMIN}", WAIVER_MESSAGE) + " RETURN NEW;")
    _pg_trigger("trg_rule_outcomes_waiver", "BEFORE INSERT", "rule_outcomes", "studio_desk_by_admin()",
                "NEW.waived")
    for table in ("fee_waivers", "block_lifts"):
        _pg_trigger(f"trg_{table}_by_admin", "BEFORE INSERT", table, "studio_desk_by_admin()")
    _pg_function("studio_desk_fee_waivers_waive",
                 "UPDATE fees SET state = 'waived' WHERE id = NEW.fee_id AND state = 'owed'; "
                 + _pg_refuse_if("NOT FOUND", FEE_MESSAGE) + " RETURN NULL;")
    _pg_trigger("trg_fee_waivers_waive", "AFTER INSERT", "fee_waivers", "studio_desk_fee_waivers_waive()")
    _pg_function("studio_desk_fees_new", _pg_refuse_if("NEW.state NOT IN ('owed', 'kept')", FEE_MESSAGE)
                 + " RETURN NEW;")
    _pg_trigger("trg_fees_new", "BEFORE INSERT", "fees", "studio_desk_fees_new()")
    fixed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in (*_FEE_FIXED, "id"))
    _pg_function("studio_desk_fees_guard",
                 _pg_refuse_if(f"{fixed} OR NOT coalesce({_FEE_MOVE_ALLOWED}, false)", FEE_MESSAGE)
                 + " RETURN NEW;")
    _pg_trigger("trg_fees_guard", "BEFORE UPDATE", "fees", "studio_desk_fees_guard()")
    # 0012's instants.
    for table, columns in INSTANTS.items():
        arguments = ", ".join(f"'{column}'" for column in columns)
        _pg_trigger(f"trg_{table}_instants", "BEFORE INSERT OR UPDATE", table,
                    f"studio_desk_instants({arguments})")
    _pg_function(
        "studio_desk_note_table",
        f"PERFORM pg_notify('{CHANNEL}', json_build_object("
        "'t', TG_ARGV[0], 'a', current_setting('application_name'))::text); RETURN NULL;",
    )
    for table, noted in NOTED_AS.items():
        _pg_trigger(f"trg_{table}_note", "AFTER INSERT OR UPDATE OR DELETE", table,
                    f"studio_desk_note_table('{noted}')")
