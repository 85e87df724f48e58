"""Initial schema: accounts cache, onboarding journal (jobs, job_rows), audit trail.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
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
    op.create_index("ix_accounts_connection_email", "accounts", ["connection", "email"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("connection", sa.String(200), nullable=False),
        sa.Column("source_name", sa.String(500), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
    )
    op.create_index("ix_jobs_connection_state", "jobs", ["connection", "state"])
    op.create_table(
        "job_rows",
        sa.Column(
            "job_id",
            sa.String(36),
            sa.ForeignKey("jobs.id", ondelete="CASCADE"),
            primary_key=True,
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
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("connection", sa.String(200), nullable=False),
        sa.Column("account_id", sa.String(100), nullable=True),
        sa.Column("account_email", sa.String(320), nullable=True),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
    )
    op.create_index("ix_audit_connection_at", "audit", ["connection", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_connection_at", "audit")
    op.drop_table("audit")
    op.drop_table("job_rows")
    op.drop_index("ix_jobs_connection_state", "jobs")
    op.drop_table("jobs")
    op.drop_index("ix_accounts_connection_email", "accounts")
    op.drop_table("accounts")
