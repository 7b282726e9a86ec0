"""case results (derived, with what they were computed from), case revision, list indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 18:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_index("ix_cases_assessed_diagnosis")
        batch_op.drop_index("ix_cases_figo_stage")
        batch_op.create_index(
            "ix_cases_diagnosis_updated", ["assessed_diagnosis", "updated_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_cases_stage_updated", ["figo_stage", "updated_at", "id"], unique=False
        )

    op.create_table(
        "case_results",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("case_revision", sa.Integer(), nullable=False),
        sa.Column("engine_version", sa.String(length=64), nullable=False),
        sa.Column("trials_revision", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
    )


def downgrade() -> None:
    op.drop_table("case_results")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_stage_updated")
        batch_op.drop_index("ix_cases_diagnosis_updated")
        batch_op.create_index("ix_cases_figo_stage", ["figo_stage"], unique=False)
        batch_op.create_index("ix_cases_assessed_diagnosis", ["assessed_diagnosis"], unique=False)
        batch_op.drop_column("revision")
