"""Brand kits get a stable id, so the accounts a kit was applied to (recorded in the change-set
journal by that id) still belong to it after the kit is renamed.

Revision ID: 0007_brand_kit_applied
Revises: 0006_health
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_brand_kit_applied"
down_revision = "0006_health"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("brand_kits") as batch:
        batch.add_column(sa.Column("kit_id", sa.String(36), nullable=False, server_default=""))
    if op.get_context().as_sql:
        return  # rendering DDL only: there are no rows to give ids
    kits = sa.table(
        "brand_kits",
        sa.column("connection", sa.String),
        sa.column("name", sa.String),
        sa.column("kit_id", sa.String),
    )
    conn = op.get_bind()
    for row in conn.execute(sa.select(kits.c.connection, kits.c.name)).all():
        conn.execute(
            sa.update(kits)
            .where(kits.c.connection == row.connection, kits.c.name == row.name)
            .values(kit_id=str(uuid.uuid4()))
        )


def downgrade() -> None:
    with op.batch_alter_table("brand_kits") as batch:
        batch.drop_column("kit_id")
