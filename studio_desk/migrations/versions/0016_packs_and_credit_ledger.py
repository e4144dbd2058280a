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
APPEND_ONLY = ("credit_lines", "pack_courses")
ACTIVE = "('pending', 'paid', 'confirmed')"
CHANNEL = "studio_desk_changes"
# What each new table's change notices are noted as (services/change.py reads these names).
NOTED_AS = {"products": "products", "product_courses": "products", "packs": "packs", "credit_lines": "packs"}
PACK_TERMS = (
    "product_id", "kind", "name", "sessions", "max_active", "valid_days", "valid_from", "price",
    "scope", "coach_id", "freezes_allowed", "freeze_days_max", "sold_at", "sold_by_id",
)
SQLITE_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
INSTANTS = {"products": ("created_at",), "packs": ("sold_at", "first_used_at", "expires_at", "closed_at"),
            "credit_lines": ("at",)}

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
"""
_CLOSING_PAYMENTS = """
    payment_id INTEGER NOT NULL,
    closing_id INTEGER NOT NULL,
    CONSTRAINT pk_closing_payments PRIMARY KEY (payment_id),
    CONSTRAINT fk_closing_payments_payment_id_payments FOREIGN KEY(payment_id) REFERENCES {payments} (id),
    CONSTRAINT fk_closing_payments_closing_id_day_closings FOREIGN KEY(closing_id) REFERENCES day_closings (id)
"""
_PAYMENT_FIELDS = "id, booking_id, amount, method, reference, taken_by_id, taken_at, receipt_number, method_reason"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _create_tables(sqlite)
    if sqlite:
        _rebuild_sqlite_payments(with_packs=True)
        _sqlite_triggers()
    else:
        op.alter_column("payments", "booking_id", nullable=True)
        op.add_column("payments", sa.Column("pack_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_payments_pack_id_packs", "payments", "packs", ["pack_id"], ["id"])
        op.create_index("ix_payments_pack_id", "payments", ["pack_id"])
        _postgresql_triggers()


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM payments WHERE booking_id IS NULL")).scalar():
        raise RuntimeError(
            "payment lines of packs exist: the schema before 0016 has no room for them, so the "
            "database stays as it is"
        )
    tables = ("credit_lines", "pack_courses", "packs", "product_courses", "products")
    if connection.dialect.name == "sqlite":
        for trigger in _sqlite_trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for table in tables:  # before the rebuild: credit_lines points at payments
            op.drop_table(table)
        _rebuild_sqlite_payments(with_packs=False)
        return
    op.execute("DROP TRIGGER IF EXISTS trg_payments_subject ON payments")
    op.execute("DROP TRIGGER IF EXISTS trg_bookings_pack_place ON bookings")
    op.drop_index("ix_payments_pack_id", table_name="payments")
    op.drop_constraint("fk_payments_pack_id_packs", "payments", type_="foreignkey")
    op.drop_column("payments", "pack_id")
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
        sa.Column("product_id", sa.Integer(), _fk("product_courses", "product_id", "products"), nullable=False),
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
        sa.Column("kind", _enum("credit_kind", "bought", "used", "returned", "forfeited", "expired", "adjusted"),
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
        kept = [sql for sql in kept if "ix_payments_pack_id" not in sql]
    columns = _PAYMENT_COLUMNS.format(
        booking_null="" if with_packs else " NOT NULL",
        pack_column="\n    pack_id INTEGER," if with_packs else "",
        pack_key="\n    CONSTRAINT fk_payments_pack_id_packs FOREIGN KEY(pack_id) REFERENCES packs (id),"
        if with_packs else "",
    )
    op.execute(f"CREATE TABLE payments_rebuilt ({columns})")
    op.execute(f"INSERT INTO payments_rebuilt ({_PAYMENT_FIELDS}) SELECT {_PAYMENT_FIELDS} FROM payments")
    op.execute(f"CREATE TABLE closing_payments_rebuilt ({_CLOSING_PAYMENTS.format(payments='payments_rebuilt')})")
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
        op.execute("CREATE INDEX ix_payments_pack_id ON payments (pack_id)")


# SQLite: triggers ------------------------------------------------------------------------------


def _sqlite_trigger_names() -> list[str]:
    return [
        "trg_payments_subject",
        *(f"trg_{table}_append_only_{event}" for table in APPEND_ONLY for event in ("update", "delete")),
        "trg_credit_lines_no_replace", "trg_pack_courses_no_replace",
        "trg_packs_no_delete", "trg_packs_new", "trg_packs_guard", "trg_credit_lines_check",
        "trg_credit_lines_usable",
        "trg_credit_lines_count", "trg_bookings_pack_place",
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


# The ledger's sums, as the counters must equal them (SQL over the pack row `{row}`).
_BALANCE_OF = "(SELECT coalesce(sum(delta), 0) FROM credit_lines WHERE pack_id = {row}.id)"
_ACTIVE_OF = (
    "(SELECT count(*) FROM credit_lines AS line JOIN bookings AS booking ON booking.id = line.booking_id "
    f"WHERE line.pack_id = {{row}}.id AND line.kind = 'used' AND booking.status IN {ACTIVE})"
)


def _sqlite_triggers() -> None:
    op.execute(
        "CREATE TRIGGER trg_payments_subject BEFORE INSERT ON payments "
        "WHEN (NEW.booking_id IS NULL) = (NEW.pack_id IS NULL) "
        f"BEGIN {_raise(SUBJECT_MESSAGE)}; END"
    )
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_{table}_append_only_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN {_raise(f'studio_desk.{table}_append_only')}; END"
            )
    # 0014's REPLACE guard: a REPLACE deletes the old row without its DELETE triggers.
    op.execute(
        "CREATE TRIGGER trg_credit_lines_no_replace BEFORE INSERT ON credit_lines "
        "WHEN NEW.id IS NOT -1 AND EXISTS (SELECT 1 FROM credit_lines AS kept WHERE kept.id = NEW.id) "
        f"BEGIN {_raise('studio_desk.credit_lines_append_only')}; END"
    )
    op.execute(
        "CREATE TRIGGER trg_pack_courses_no_replace BEFORE INSERT ON pack_courses "
        "WHEN EXISTS (SELECT 1 FROM pack_courses AS kept WHERE kept.pack_id = NEW.pack_id "
        "AND kept.course_id = NEW.course_id) "
        f"BEGIN {_raise('studio_desk.pack_courses_append_only')}; END"
    )
    # A pack sold is money and a ledger: it stays (REPLACE included).
    op.execute(
        f"CREATE TRIGGER trg_packs_no_delete BEFORE DELETE ON packs BEGIN {_raise(TERMS_MESSAGE)}; END"
    )
    op.execute(
        "CREATE TRIGGER trg_packs_new BEFORE INSERT ON packs "
        "WHEN NEW.balance <> 0 OR NEW.active_bookings <> 0 OR NEW.freezes_used <> 0 "
        "OR NEW.first_used_at IS NOT NULL OR NEW.closed_at IS NOT NULL "
        "OR (NEW.expires_at IS NULL) <> (NEW.valid_from = 'first_use') "
        "OR EXISTS (SELECT 1 FROM packs AS kept WHERE NEW.id IS NOT -1 AND kept.id = NEW.id) "
        f"BEGIN {_raise(TERMS_MESSAGE)}; END"
    )
    terms_changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in PACK_TERMS)
    op.execute(
        "CREATE TRIGGER trg_packs_guard BEFORE UPDATE ON packs "
        f"WHEN NEW.balance IS NOT {_BALANCE_OF.format(row='NEW')} "
        f"OR NEW.active_bookings IS NOT {_ACTIVE_OF.format(row='NEW')} "
        "OR NEW.freezes_used < OLD.freezes_used "
        "OR (OLD.first_used_at IS NOT NULL AND NEW.first_used_at IS NOT OLD.first_used_at) "
        "OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT OLD.closed_at) "
        "OR (NEW.expires_at IS NOT OLD.expires_at AND NOT ("
        "(OLD.expires_at IS NULL AND NEW.first_used_at IS NOT NULL AND NEW.expires_at > NEW.first_used_at) "
        "OR (NEW.freezes_used = OLD.freezes_used + 1 AND NEW.expires_at > OLD.expires_at))) "
        f"OR {terms_changed} "
        f"BEGIN {_raise(COUNTERS_MESSAGE)}; END"
    )
    op.execute(f"""
        CREATE TRIGGER trg_credit_lines_check BEFORE INSERT ON credit_lines
        WHEN NOT EXISTS (SELECT 1 FROM packs AS pack WHERE pack.id = NEW.pack_id AND (
            (NEW.kind = 'bought' AND NEW.delta = coalesce(pack.sessions, 0))
            OR (NEW.kind IN ('used', 'forfeited') AND NEW.delta = CASE pack.kind WHEN 'pack' THEN -1 ELSE 0 END)
            OR (NEW.kind = 'returned' AND NEW.delta = CASE pack.kind WHEN 'pack' THEN 1 ELSE 0 END)
            OR (NEW.kind IN ('expired', 'adjusted') AND (pack.kind = 'pack' OR NEW.delta = 0))))
        OR (NEW.kind = 'returned' AND NOT EXISTS (SELECT 1 FROM credit_lines AS used
            WHERE used.booking_id = NEW.booking_id AND used.kind = 'used' AND used.pack_id = NEW.pack_id))
        OR (NEW.kind = 'forfeited' AND NOT EXISTS (SELECT 1 FROM credit_lines AS back
            WHERE back.booking_id = NEW.booking_id AND back.kind = 'returned' AND back.pack_id = NEW.pack_id))
        BEGIN {_raise(CREDIT_LINE_MESSAGE)}; END
    """)
    # A credit is used only for an active booking of the pack's client, in its scope, while
    # the pack is open and has days left for both the booking and its session.
    op.execute(f"""
        CREATE TRIGGER trg_credit_lines_usable BEFORE INSERT ON credit_lines
        WHEN NEW.kind = 'used' AND NOT EXISTS (
            SELECT 1 FROM packs AS pack JOIN bookings AS booking ON booking.id = NEW.booking_id
            WHERE pack.id = NEW.pack_id AND pack.closed_at IS NULL AND booking.client_id = pack.client_id
            AND booking.status IN {ACTIVE}
            AND (pack.expires_at IS NULL OR (booking.start_at < pack.expires_at AND NEW.at < pack.expires_at))
            AND (pack.scope = 'all'
                 OR (pack.scope = 'coach' AND booking.coach_id = pack.coach_id)
                 OR (pack.scope = 'courses' AND EXISTS (SELECT 1 FROM pack_courses AS course
                     WHERE course.pack_id = pack.id AND course.course_id = booking.course_id))))
        BEGIN {_raise(NOT_USABLE_MESSAGE)}; END
    """)
    op.execute(
        "CREATE TRIGGER trg_credit_lines_count AFTER INSERT ON credit_lines BEGIN "
        "UPDATE packs SET balance = balance + NEW.delta, "
        "active_bookings = active_bookings + (NEW.kind = 'used') WHERE id = NEW.pack_id; END"
    )
    op.execute(
        "CREATE TRIGGER trg_bookings_pack_place AFTER UPDATE OF status ON bookings "
        f"WHEN OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE} BEGIN "
        "UPDATE packs SET active_bookings = active_bookings - 1 WHERE id IN "
        "(SELECT pack_id FROM credit_lines WHERE booking_id = NEW.id AND kind = 'used'); END"
    )
    for table, columns in INSTANTS.items():
        unreadable = " OR ".join(_sqlite_unreadable(f"NEW.{column}") for column in columns)
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants_insert BEFORE INSERT ON {table} "
            f"WHEN {unreadable} BEGIN {_raise(INSTANT_MESSAGE)}; END"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants_update BEFORE UPDATE OF {', '.join(columns)} "
            f"ON {table} WHEN {unreadable} BEGIN {_raise(INSTANT_MESSAGE)}; END"
        )
    for table, noted in NOTED_AS.items():
        for event in ("insert", "update", "delete"):
            op.execute(
                f"CREATE TRIGGER trg_{table}_note_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN INSERT INTO change_notices (table_name) VALUES ('{noted}'); END"
            )


# PostgreSQL ------------------------------------------------------------------------------------

_PG_FUNCTIONS = (
    "studio_desk_payment_subject", "studio_desk_packs_new", "studio_desk_packs_guard",
    "studio_desk_credit_lines_check", "studio_desk_credit_lines_count", "studio_desk_bookings_pack_place",
    "studio_desk_note_table", "studio_desk_refuse",
)


def _pg_function(name: str, body: str, declare: str = "") -> None:
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"{'DECLARE ' + declare if declare else ''} BEGIN {body} END $$"
    )


def _postgresql_triggers() -> None:
    _pg_function(
        "studio_desk_payment_subject",
        "IF (NEW.booking_id IS NULL) = (NEW.pack_id IS NULL) THEN "
        f"RAISE EXCEPTION '{SUBJECT_MESSAGE}'; END IF; RETURN NEW;",
    )
    op.execute(
        "CREATE TRIGGER trg_payments_subject BEFORE INSERT ON payments "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_payment_subject()"
    )
    # 0008's studio_desk_append_only() names the table in its message.
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION studio_desk_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION studio_desk_append_only()"
        )
    _pg_function("studio_desk_refuse", "RAISE EXCEPTION '%', TG_ARGV[0];")
    op.execute(
        "CREATE TRIGGER trg_packs_no_delete BEFORE DELETE ON packs "
        f"FOR EACH ROW EXECUTE FUNCTION studio_desk_refuse('{TERMS_MESSAGE}')"
    )
    op.execute(
        "CREATE TRIGGER trg_packs_no_truncate BEFORE TRUNCATE ON packs "
        f"FOR EACH STATEMENT EXECUTE FUNCTION studio_desk_refuse('{TERMS_MESSAGE}')"
    )
    _pg_function(
        "studio_desk_packs_new",
        "IF NEW.balance <> 0 OR NEW.active_bookings <> 0 OR NEW.freezes_used <> 0 "
        "OR NEW.first_used_at IS NOT NULL OR NEW.closed_at IS NOT NULL "
        "OR (NEW.expires_at IS NULL) <> (NEW.valid_from = 'first_use') THEN "
        f"RAISE EXCEPTION '{TERMS_MESSAGE}'; END IF; RETURN NEW;",
    )
    op.execute(
        "CREATE TRIGGER trg_packs_new BEFORE INSERT ON packs FOR EACH ROW EXECUTE FUNCTION studio_desk_packs_new()"
    )
    terms_changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in PACK_TERMS)
    _pg_function(
        "studio_desk_packs_guard",
        f"IF NEW.balance IS DISTINCT FROM {_BALANCE_OF.format(row='NEW')} "
        f"OR NEW.active_bookings IS DISTINCT FROM {_ACTIVE_OF.format(row='NEW')} "
        "OR NEW.freezes_used < OLD.freezes_used "
        "OR (OLD.first_used_at IS NOT NULL AND NEW.first_used_at IS DISTINCT FROM OLD.first_used_at) "
        "OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS DISTINCT FROM OLD.closed_at) "
        "OR (NEW.expires_at IS DISTINCT FROM OLD.expires_at AND NOT coalesce("
        "(OLD.expires_at IS NULL AND NEW.first_used_at IS NOT NULL AND NEW.expires_at > NEW.first_used_at) "
        "OR (NEW.freezes_used = OLD.freezes_used + 1 AND NEW.expires_at > OLD.expires_at), false)) "
        f"OR {terms_changed} THEN RAISE EXCEPTION '{COUNTERS_MESSAGE}'; END IF; RETURN NEW;",
    )
    op.execute(
        "CREATE TRIGGER trg_packs_guard BEFORE UPDATE ON packs FOR EACH ROW EXECUTE FUNCTION studio_desk_packs_guard()"
    )
    _pg_function(
        "studio_desk_credit_lines_check",
        declare="pack packs%ROWTYPE; booking bookings%ROWTYPE;",
        body=f"""
        SELECT * INTO pack FROM packs WHERE id = NEW.pack_id;
        IF NOT FOUND OR NOT coalesce(
            (NEW.kind = 'bought' AND NEW.delta = coalesce(pack.sessions, 0))
            OR (NEW.kind IN ('used', 'forfeited') AND NEW.delta = CASE pack.kind WHEN 'pack' THEN -1 ELSE 0 END)
            OR (NEW.kind = 'returned' AND NEW.delta = CASE pack.kind WHEN 'pack' THEN 1 ELSE 0 END)
            OR (NEW.kind IN ('expired', 'adjusted') AND (pack.kind = 'pack' OR NEW.delta = 0)), false)
        OR (NEW.kind = 'returned' AND NOT EXISTS (SELECT 1 FROM credit_lines AS used
            WHERE used.booking_id = NEW.booking_id AND used.kind = 'used' AND used.pack_id = NEW.pack_id))
        OR (NEW.kind = 'forfeited' AND NOT EXISTS (SELECT 1 FROM credit_lines AS back
            WHERE back.booking_id = NEW.booking_id AND back.kind = 'returned' AND back.pack_id = NEW.pack_id))
        THEN
            RAISE EXCEPTION '{CREDIT_LINE_MESSAGE}';
        END IF;
        IF NEW.kind = 'used' THEN
            SELECT * INTO booking FROM bookings WHERE id = NEW.booking_id;
            IF NOT coalesce(pack.closed_at IS NULL AND booking.client_id = pack.client_id
                AND booking.status IN {ACTIVE}
                AND (pack.expires_at IS NULL OR (booking.start_at < pack.expires_at AND NEW.at < pack.expires_at))
                AND (pack.scope = 'all'
                     OR (pack.scope = 'coach' AND booking.coach_id = pack.coach_id)
                     OR (pack.scope = 'courses' AND EXISTS (SELECT 1 FROM pack_courses AS course
                         WHERE course.pack_id = pack.id AND course.course_id = booking.course_id))), false)
            THEN
                RAISE EXCEPTION '{NOT_USABLE_MESSAGE}';
            END IF;
        END IF;
        RETURN NEW;
        """,
    )
    op.execute(
        "CREATE TRIGGER trg_credit_lines_check BEFORE INSERT ON credit_lines "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_credit_lines_check()"
    )
    _pg_function(
        "studio_desk_credit_lines_count",
        "UPDATE packs SET balance = balance + NEW.delta, "
        "active_bookings = active_bookings + (NEW.kind = 'used')::int WHERE id = NEW.pack_id; RETURN NULL;",
    )
    op.execute(
        "CREATE TRIGGER trg_credit_lines_count AFTER INSERT ON credit_lines "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_credit_lines_count()"
    )
    _pg_function(
        "studio_desk_bookings_pack_place",
        "UPDATE packs SET active_bookings = active_bookings - 1 WHERE id IN "
        "(SELECT pack_id FROM credit_lines WHERE booking_id = NEW.id AND kind = 'used'); RETURN NULL;",
    )
    op.execute(
        "CREATE TRIGGER trg_bookings_pack_place AFTER UPDATE OF status ON bookings FOR EACH ROW "
        f"WHEN (OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE}) "
        "EXECUTE FUNCTION studio_desk_bookings_pack_place()"
    )
    # 0012's instants.
    for table, columns in INSTANTS.items():
        arguments = ", ".join(f"'{column}'" for column in columns)
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION studio_desk_instants({arguments})"
        )
    _pg_function(
        "studio_desk_note_table",
        f"PERFORM pg_notify('{CHANNEL}', json_build_object("
        "'t', TG_ARGV[0], 'a', current_setting('application_name'))::text); RETURN NULL;",
    )
    for table, noted in NOTED_AS.items():
        op.execute(
            f"CREATE TRIGGER trg_{table}_note AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION studio_desk_note_table('{noted}')"
        )
