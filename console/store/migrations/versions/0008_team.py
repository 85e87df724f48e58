"""Team mode: the request bucket every console on a shared store leases its tokens from, and
the machine each audit entry was sent from.

Revision ID: 0008_team
Revises: 0007_brand_kit_applied
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_team"
down_revision = "0007_brand_kit_applied"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit", sa.Column("machine", sa.String(255), nullable=False, server_default=""))
    op.create_table(
        "rate_buckets",
        sa.Column("key_digest", sa.String(64), primary_key=True),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("updated", sa.Float, nullable=False),
        sa.Column("per_minute", sa.Float, nullable=False),
        sa.Column("burst", sa.Float, nullable=False),
        sa.Column("granted", sa.Float, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("rate_buckets")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("machine")
