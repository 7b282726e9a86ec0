"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 16:21:16.165155
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
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=120), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)

    op.create_table(
        "enquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("triage", sa.JSON(), nullable=True),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.Column("draft_edited_by", sa.String(length=80), nullable=True),
        sa.Column("approved_by", sa.String(length=80), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enquiries", schema=None) as batch_op:
        batch_op.create_index("ix_enquiries_status", ["status", "id"], unique=False)

    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("age_years", sa.Integer(), nullable=True),
        sa.Column("menopausal_status", sa.String(length=20), nullable=True),
        sa.Column("sex", sa.Text(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=120), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("specimen", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("extent", sa.JSON(), nullable=False),
        sa.Column("diagnosis_code", sa.String(length=60), nullable=True),
        sa.Column("assessed_diagnosis", sa.String(length=60), nullable=True),
        sa.Column("figo_stage", sa.String(length=20), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ref"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_assessed_diagnosis"), ["assessed_diagnosis"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_diagnosis_code"), ["diagnosis_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_figo_stage"), ["figo_stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_synthetic"), ["synthetic"], unique=False)
        batch_op.create_index("ix_cases_updated", ["updated_at", "id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("last_follow_up", sa.Date(), nullable=True),
        sa.Column("vital_status", sa.String(length=10), nullable=True),
        sa.Column("recurrence", sa.Boolean(), nullable=True),
        sa.Column("recurrence_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    op.create_table(
        "pathology_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extracted", sa.JSON(), nullable=True),
        sa.Column("reader", sa.String(length=60), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pathology_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pathology_reports_case_id"), ["case_id"], unique=False)

    op.create_table(
        "therapy_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("setting", sa.Text(), nullable=True),
        sa.Column("regimen", sa.Text(), nullable=True),
        sa.Column("agents", sa.JSON(), nullable=False),
        sa.Column("cycles", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("therapy_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_therapy_lines_case_id"), ["case_id"], unique=False)

    op.create_table(
        "trial_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("nct_id", sa.String(length=20), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("matched_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trial_matches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trial_matches_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trial_matches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trial_matches_case_id"))

    op.drop_table("trial_matches")
    with op.batch_alter_table("therapy_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_therapy_lines_case_id"))

    op.drop_table("therapy_lines")
    with op.batch_alter_table("pathology_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathology_reports_case_id"))

    op.drop_table("pathology_reports")
    op.drop_table("outcomes")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_user_id"))

    op.drop_table("sessions")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_updated")
        batch_op.drop_index(batch_op.f("ix_cases_synthetic"))
        batch_op.drop_index(batch_op.f("ix_cases_figo_stage"))
        batch_op.drop_index(batch_op.f("ix_cases_diagnosis_code"))
        batch_op.drop_index(batch_op.f("ix_cases_assessed_diagnosis"))

    op.drop_table("cases")
    op.drop_table("users")
    op.drop_table("patients")
    with op.batch_alter_table("enquiries", schema=None) as batch_op:
        batch_op.drop_index("ix_enquiries_status")

    op.drop_table("enquiries")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_events")
