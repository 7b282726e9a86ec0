"""Shared fixtures: the 33 real registry records, parsed once per session."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sarcnav.model.trial import Trial
from sarcnav.trials.records import trial_from_study
from tests.trials.helpers import SAMPLE


@pytest.fixture(scope="session")
def studies() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def trials(studies: list[dict[str, Any]]) -> dict[str, Trial]:
    return {t.nct_id: t for t in (trial_from_study(s) for s in studies)}
