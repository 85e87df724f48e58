"""Live bookings: the event log (booking_events) and the bookings as last read (bookings).

Revision ID: 0003_events
Revises: 0002_change_sets
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_events"
down_revision = "0002_change_sets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booking_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("connection", sa.String(200), nullable=False),
        sa.Column("appointment_id", sa.String(100), nullable=False),
        sa.Column("event_type", sa.String(50), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False, server_default=""),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("result", sa.String(20), nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("previous_appointment_id", sa.String(100), nullable=True),
        sa.UniqueConstraint(
            "connection",
            "appointment_id",
            "event_type",
            "updated_at",
            name="uq_booking_events_key",
        ),
    )
    op.create_index("ix_booking_events_connection_id", "booking_events", ["connection", "id"])
    op.create_table(
        "bookings",
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
    op.create_index("ix_bookings_connection_start", "bookings", ["connection", "start"])


def downgrade() -> None:
    op.drop_index("ix_bookings_connection_start", "bookings")
    op.drop_table("bookings")
    op.drop_index("ix_booking_events_connection_id", "booking_events")
    op.drop_table("booking_events")
