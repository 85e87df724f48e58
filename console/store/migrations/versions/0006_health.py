"""The last health check of each account, so a large fleet shows its health at start.

Revision ID: 0006_health
Revises: 0005_templates
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_health"
down_revision = "0005_templates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_health",
        sa.Column("connection", sa.String(200), primary_key=True),
        sa.Column("account_id", sa.String(100), primary_key=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("invalidated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("facts", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("account_health")
