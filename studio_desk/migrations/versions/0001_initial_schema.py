"""Initial schema: people, courses, availability, bookings, payments, audit, outbox, settings.

Also the two guards against double booking that autogenerate cannot see: on SQLite, triggers
that refuse an active booking overlapping another of the same coach; on PostgreSQL, an
exclusion constraint over the coach and the busy range of active bookings.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the vocabularies as they were when this migration was written.
ACTIVE = "('pending', 'paid', 'confirmed')"
STATUSES = ("pending", "paid", "confirmed", "done", "canceled")
INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
# The marker the services look for to turn the trigger's refusal into SlotConflict.
SQLITE_CONFLICT_MESSAGE = "studio_desk.slot_conflict"


def instant(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def str_enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"

    op.create_table(
        "coaches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("remote_id", sa.BigInteger(), nullable=True),
        instant("created_at"),
        sa.UniqueConstraint("remote_id", name="uq_coaches_remote_id"),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        instant("created_at"),
    )
    op.create_index("ix_clients_name", "clients", ["name"])
    op.create_index("ix_clients_phone", "clients", ["phone"])
    op.create_table(
        "studio_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", str_enum("staff_role", "admin", "receptionist", "coach"), nullable=False),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_pin_attempts", sa.Integer(), nullable=False),
        instant("locked_until", nullable=True),
        instant("created_at"),
        sa.CheckConstraint("role <> 'coach' OR coach_id IS NOT NULL", name=op.f("ck_staff_coach_has_coach")),
        sa.UniqueConstraint("coach_id", name="uq_staff_coach_id"),
    )
    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(120), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("remote_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_courses_duration_positive")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_courses_price_not_negative")),
        sa.CheckConstraint("buffer_minutes >= 0", name=op.f("ck_courses_buffer_not_negative")),
        sa.UniqueConstraint("remote_id", name="uq_courses_remote_id"),
    )
    op.create_index("ix_courses_coach_id", "courses", ["coach_id"])
    op.create_table(
        "availabilities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.CheckConstraint("end_time > start_time", name=op.f("ck_availabilities_end_after_start")),
    )
    op.create_index("ix_availabilities_coach_id_date", "availabilities", ["coach_id", "date"])

    booking_checks = [
        sa.CheckConstraint("end_at > start_at", name=op.f("ck_bookings_end_after_start")),
        sa.CheckConstraint("busy_until >= end_at", name=op.f("ck_bookings_busy_until_after_end")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_bookings_price_not_negative")),
    ]
    if sqlite:
        # Text instants compare correctly only in one fixed format; refuse any other.
        booking_checks += [
            sa.CheckConstraint(
                f"{column} GLOB '{INSTANT_GLOB}'", name=op.f(f"ck_bookings_{column}_canonical")
            )
            for column in ("start_at", "end_at", "busy_until")
        ]
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("course_id", sa.Integer(), sa.ForeignKey("courses.id"), nullable=False),
        instant("start_at"),
        instant("end_at"),
        instant("busy_until"),
        sa.Column("status", str_enum("booking_status", *STATUSES), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("origin", str_enum("booking_origin", "desk", "web"), nullable=False),
        sa.Column("remote_id", sa.BigInteger(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        instant("created_at"),
        instant("updated_at"),
        *booking_checks,
        sa.UniqueConstraint("remote_id", name="uq_bookings_remote_id"),
    )
    op.create_index("ix_bookings_coach_id_start_at", "bookings", ["coach_id", "start_at"])
    op.create_index("ix_bookings_coach_id_busy_until", "bookings", ["coach_id", "busy_until"])
    op.create_index("ix_bookings_status_start_at", "bookings", ["status", "start_at"])
    op.create_index("ix_bookings_client_id_start_at", "bookings", ["client_id", "start_at"])
    op.create_index("ix_bookings_start_at", "bookings", ["start_at"])
    op.create_index("ix_bookings_status_created_at", "bookings", ["status", "created_at"])
    op.create_index("ix_bookings_course_id", "bookings", ["course_id"])

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("booking_id", sa.Integer(), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            str_enum("payment_method", "cash", "card", "bank_transfer", "qris", "ewallet"),
            nullable=False,
        ),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("taken_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        instant("taken_at"),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_payments_amount_not_zero")),
    )
    op.create_index("ix_payments_booking_id", "payments", ["booking_id"])
    op.create_index("ix_payments_taken_at", "payments", ["taken_at"])

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("booking_id", sa.Integer(), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column(
            "action",
            str_enum(
                "booking_action",
                "create", "pay", "confirm", "complete", "cancel", "expire", "reschedule",
            ),
            nullable=False,
        ),
        sa.Column("from_status", str_enum("status_change_from", *STATUSES), nullable=True),
        sa.Column("to_status", str_enum("status_change_to", *STATUSES), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        instant("at"),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", str_enum("change_source", "desk", "web", "system"), nullable=False),
    )
    op.create_index("ix_status_changes_booking_id", "status_changes", ["booking_id"])

    op.create_table(
        "outbox_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("booking_id", sa.Integer(), sa.ForeignKey("bookings.id"), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        instant("created_at"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        instant("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
        instant("sent_at", nullable=True),
    )
    op.create_index("ix_outbox_items_booking_id", "outbox_items", ["booking_id"])
    op.create_index(
        "ix_outbox_items_sent_at_next_attempt_at", "outbox_items", ["sent_at", "next_attempt_at"]
    )

    if sqlite:
        create_sqlite_overlap_triggers()
    else:
        create_postgresql_overlap_exclusion()


def create_sqlite_overlap_triggers() -> None:
    # Text comparison is time order thanks to the canonical-format checks above. busy_until
    # is bounded from below first, so the (coach_id, busy_until) index skips the past.
    overlapping = f"""
        SELECT RAISE(ABORT, '{SQLITE_CONFLICT_MESSAGE}')
        WHERE EXISTS (
            SELECT 1 FROM bookings AS other
            WHERE other.coach_id = NEW.coach_id
              AND other.busy_until > NEW.start_at
              AND other.start_at < NEW.busy_until
              AND other.status IN {ACTIVE}
              {{same_row}}
        );
    """
    op.execute(
        f"""
        CREATE TRIGGER trg_bookings_no_overlap_insert
        BEFORE INSERT ON bookings
        WHEN NEW.status IN {ACTIVE}
        BEGIN {overlapping.format(same_row="")} END
        """
    )
    # Only a change that can create an overlap is checked: a booking becoming active, or an
    # active one moving in time or to another coach. pending -> paid -> confirmed cannot.
    op.execute(
        f"""
        CREATE TRIGGER trg_bookings_no_overlap_update
        BEFORE UPDATE OF coach_id, start_at, end_at, busy_until, status ON bookings
        WHEN NEW.status IN {ACTIVE} AND (
            OLD.status NOT IN {ACTIVE}
            OR NEW.coach_id IS NOT OLD.coach_id
            OR NEW.start_at IS NOT OLD.start_at
            OR NEW.busy_until IS NOT OLD.busy_until
        )
        BEGIN {overlapping.format(same_row="AND other.id <> NEW.id")} END
        """
    )


def create_postgresql_overlap_exclusion() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        f"""
        ALTER TABLE bookings ADD CONSTRAINT ex_bookings_coach_no_overlap
        EXCLUDE USING gist (coach_id WITH =, tstzrange(start_at, busy_until, '[)') WITH &&)
        WHERE (status IN {ACTIVE})
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_bookings_no_overlap_update")
        op.execute("DROP TRIGGER IF EXISTS trg_bookings_no_overlap_insert")
    for table in (
        "outbox_items", "status_changes", "payments", "bookings", "availabilities",
        "courses", "staff", "studio_settings", "clients", "coaches",
    ):
        op.drop_table(table)
