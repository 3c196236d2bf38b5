"""Awareness sessions and their anonymous counts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "awareness_sessions",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_awareness_sessions")),
    )
    op.create_table(
        "awareness_counts",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("item", sa.String(64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", "metric", "item", name=op.f("pk_awareness_counts")),
    )


def downgrade() -> None:
    op.drop_table("awareness_counts")
    op.drop_table("awareness_sessions")
