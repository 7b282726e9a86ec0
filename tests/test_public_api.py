"""Every package's ``__all__`` resolves and names every public class or function it re-exports."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = [
    "sarcnav.model",
    "sarcnav.rules",
    "sarcnav.knowledge",
    "sarcnav.diagnosis",
    "sarcnav.staging",
    "sarcnav.services",
    "sarcnav.therapy",
    "sarcnav.enquiries",
    "sarcnav.trials",
    "sarcnav.reports",
    "sarcnav.risk",
    "sarcnav.survival",
    "sarcnav.exchange",
]


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_complete_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    exported = set(module.__all__)
    public = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_") and getattr(value, "__module__", "").startswith("sarcnav")
    }
    assert public <= exported, public - exported
    for attr in exported:
        assert getattr(module, attr) is not None
