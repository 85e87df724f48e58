"""Brand kits: booking-page values saved under a client's name.

Revision ID: 0004_brand_kits
Revises: 0003_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_brand_kits"
down_revision = "0003_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brand_kits",
        sa.Column("connection", sa.String(200), primary_key=True),
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("brand_kits")
