"""Fleet changes (change sets and their operations), process leases on jobs and change sets,
a job's source fingerprint, and the change set an audit entry belongs to.

Revision ID: 0002_change_sets
Revises: 0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002_change_sets"
down_revision = "0001"
branch_labels = None
depends_on = None


def _lease_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("lease_owner", sa.String(300), nullable=True),
        sa.Column("lease_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_expires", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    for column in _lease_columns():
        op.add_column("jobs", column)
    op.add_column("jobs", sa.Column("fingerprint", sa.String(64), nullable=True))
    op.add_column("audit", sa.Column("change_set_id", sa.String(36), nullable=True))
    op.create_index("ix_audit_change_set", "audit", ["change_set_id"])
    op.create_table(
        "change_sets",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("connection", sa.String(200), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("planned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("undo_of", sa.String(36), nullable=True),
        *_lease_columns(),
    )
    op.create_index(
        "ix_change_sets_connection_created", "change_sets", ["connection", "created_at"]
    )
    op.create_table(
        "change_operations",
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


def downgrade() -> None:
    op.drop_table("change_operations")
    op.drop_index("ix_change_sets_connection_created", table_name="change_sets")
    op.drop_table("change_sets")
    op.drop_index("ix_audit_change_set", table_name="audit")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("change_set_id")
    with op.batch_alter_table("jobs") as batch:
        for name in ("fingerprint", "lease_expires", "lease_since", "lease_owner"):
            batch.drop_column(name)
