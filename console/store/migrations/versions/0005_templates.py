"""Meeting-type templates the console created or was given (the API cannot list them), and the
meeting types assigning one made, per account.

Revision ID: 0005_templates
Revises: 0004_brand_kits
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_templates"
down_revision = "0004_brand_kits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "templates",
        sa.Column("connection", sa.String(200), primary_key=True),
        sa.Column("template_id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("locked_fields", sa.JSON, nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "template_assignments",
        sa.Column("connection", sa.String(200), primary_key=True),
        sa.Column("template_id", sa.String(100), primary_key=True),
        sa.Column("account_id", sa.String(100), primary_key=True),
        sa.Column("meeting_type_id", sa.String(100), nullable=False),
        sa.Column("account_label", sa.String(320), nullable=False, server_default=""),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("template_assignments")
    op.drop_table("templates")
