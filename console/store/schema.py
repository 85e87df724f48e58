"""The store's tables as SQLAlchemy Core objects.

Portable types only (String, Integer, DateTime with time zone, JSON), so the same schema runs on
SQLite and PostgreSQL. The Alembic migrations in ``console/store/migrations`` create exactly this;
a test compares the two.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: The user list of each connection, cached so the next start shows it at once.
accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("user_id", sa.String(100), primary_key=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("given_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("family_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("slug", sa.String(200), nullable=True),
    sa.Column("timezone", sa.String(100), nullable=True),
    sa.Column("meeting_type_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("booking_url", sa.String(1000), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("raw", sa.JSON, nullable=False),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Index("ix_accounts_connection_email", accounts.c.connection, accounts.c.email)

#: One onboarding run (the journal's header).
jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("connection", sa.String(200), nullable=False),
    sa.Column("source_name", sa.String(500), nullable=False, server_default=""),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("state", sa.String(20), nullable=False),
    # Which process runs the job (see console/jobs/lease.py); NULL when none does.
    sa.Column("lease_owner", sa.String(300), nullable=True),
    sa.Column("lease_since", sa.DateTime(timezone=True), nullable=True),
    sa.Column("lease_expires", sa.DateTime(timezone=True), nullable=True),
    # What the job was made from, so rerunning the same CSV continues it instead of a new job.
    sa.Column("fingerprint", sa.String(64), nullable=True),
)
sa.Index("ix_jobs_connection_state", jobs.c.connection, jobs.c.state)

#: One CSV row of a job; every status change is written here before it is acted on.
job_rows = sa.Table(
    "job_rows",
    metadata,
    sa.Column(
        "job_id", sa.String(36), sa.ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("row_index", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("input", sa.JSON, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("user_id", sa.String(100), nullable=True),
    sa.Column("booking_url", sa.String(1000), nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

#: Every change the console sent: who, when, where, to whom, before and after.
audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("connection", sa.String(200), nullable=False),
    sa.Column("account_id", sa.String(100), nullable=True),
    sa.Column("account_email", sa.String(320), nullable=True),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("before", sa.JSON, nullable=True),
    sa.Column("after", sa.JSON, nullable=True),
    sa.Column("change_set_id", sa.String(36), nullable=True),
    # The computer the change was sent from (a team's consoles share one trail).
    sa.Column("machine", sa.String(255), nullable=False, server_default=""),
)
sa.Index("ix_audit_connection_at", audit.c.connection, audit.c.at)
sa.Index("ix_audit_change_set", audit.c.change_set_id)

#: A fleet change: one edit planned for many accounts (console/jobs/engine.py).
change_sets = sa.Table(
    "change_sets",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("connection", sa.String(200), nullable=False),
    sa.Column("name", sa.String(500), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("planned_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("undo_of", sa.String(36), nullable=True),
    sa.Column("lease_owner", sa.String(300), nullable=True),
    sa.Column("lease_since", sa.DateTime(timezone=True), nullable=True),
    sa.Column("lease_expires", sa.DateTime(timezone=True), nullable=True),
)
sa.Index("ix_change_sets_connection_created", change_sets.c.connection, change_sets.c.created_at)

#: One operation of a change set; its status is written before the request is sent.
change_operations = sa.Table(
    "change_operations",
    metadata,
    sa.Column(
        "change_set_id",
        sa.String(36),
        sa.ForeignKey("change_sets.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("op_index", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("id", sa.String(36), nullable=False, unique=True),
    sa.Column("account_id", sa.String(100), nullable=False),
    sa.Column("account_label", sa.String(500), nullable=False, server_default=""),
    sa.Column("resource", sa.String(40), nullable=False),
    sa.Column("resource_id", sa.String(100), nullable=True),
    sa.Column("before", sa.JSON, nullable=False),
    sa.Column("after", sa.JSON, nullable=False),
    sa.Column("request", sa.JSON, nullable=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("conflicts", sa.JSON, nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

#: Every booking event the live feed received (webhook, poll or the console's own action), kept
#: with its raw body before it is shown; one per (appointment, event type, updatedAt).
booking_events = sa.Table(
    "booking_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("connection", sa.String(200), nullable=False),
    sa.Column("appointment_id", sa.String(100), nullable=False),
    sa.Column("event_type", sa.String(50), nullable=False),
    # As the payload spelled it (normalised to UTC ISO); "" when the payload had none.
    sa.Column("updated_at", sa.String(40), nullable=False, server_default=""),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("raw", sa.Text, nullable=False),
    sa.Column("result", sa.String(20), nullable=False),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("previous_appointment_id", sa.String(100), nullable=True),
    sa.UniqueConstraint(
        "connection", "appointment_id", "event_type", "updated_at", name="uq_booking_events_key"
    ),
)
sa.Index("ix_booking_events_connection_id", booking_events.c.connection, booking_events.c.id)

#: The appointments as last read from the API: the bookings table of the live view.
bookings = sa.Table(
    "bookings",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("appointment_id", sa.String(100), primary_key=True),
    sa.Column("host_id", sa.String(100), nullable=True),
    sa.Column("meeting_type_id", sa.String(100), nullable=True),
    sa.Column("meeting_type_name", sa.String(300), nullable=True),
    sa.Column("start", sa.DateTime(timezone=True), nullable=True),
    sa.Column("end", sa.DateTime(timezone=True), nullable=True),
    sa.Column("client_name", sa.String(300), nullable=False, server_default=""),
    sa.Column("client_email", sa.String(320), nullable=False, server_default=""),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("previous_appointment_id", sa.String(100), nullable=True),
    sa.Column("raw", sa.JSON, nullable=False),
)
sa.Index("ix_bookings_connection_start", bookings.c.connection, bookings.c.start)
#: Brand kits: a set of booking-page values saved under a client's name, per connection.
brand_kits = sa.Table(
    "brand_kits",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("fields", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # Stable across renames: the change-set journal names the kit an account got by this id.
    sa.Column("kit_id", sa.String(36), nullable=False, server_default=""),
)

#: Meeting-type templates the console created or was given an id for, with the body last sent
#: (the API has no route that lists or reads templates, so this is the only record of them).
templates = sa.Table(
    "templates",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("template_id", sa.String(100), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False, server_default=""),
    sa.Column("body", sa.JSON, nullable=False),
    sa.Column("locked_fields", sa.JSON, nullable=False),
    # "created" (by this console) or "registered" (an id the user entered).
    sa.Column("origin", sa.String(20), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

#: Which meeting type of which account assigning a template made.
template_assignments = sa.Table(
    "template_assignments",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("template_id", sa.String(100), primary_key=True),
    sa.Column("account_id", sa.String(100), primary_key=True),
    sa.Column("meeting_type_id", sa.String(100), nullable=False),
    sa.Column("account_label", sa.String(320), nullable=False, server_default=""),
    sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
)

#: The last health check of each account (console/health): the facts as JSON, when they were
#: read, and when the console itself last changed the account (which makes them stale).
account_health = sa.Table(
    "account_health",
    metadata,
    sa.Column("connection", sa.String(200), primary_key=True),
    sa.Column("account_id", sa.String(100), primary_key=True),
    sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("invalidated_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("facts", sa.JSON, nullable=False),
)

#: One request bucket per API key (named by a hash, never the key) that every console on a
#: shared store leases tokens from: ``tokens`` left at ``updated`` (seconds since the epoch, by
#: the database's clock), refilled at ``per_minute`` up to ``burst``; ``granted`` is what the
#: last lease got (so one UPDATE … RETURNING both takes and reports it).
rate_buckets = sa.Table(
    "rate_buckets",
    metadata,
    sa.Column("key_digest", sa.String(64), primary_key=True),
    sa.Column("tokens", sa.Float, nullable=False),
    sa.Column("updated", sa.Float, nullable=False),
    sa.Column("per_minute", sa.Float, nullable=False),
    sa.Column("burst", sa.Float, nullable=False),
    sa.Column("granted", sa.Float, nullable=False, server_default="0"),
)
