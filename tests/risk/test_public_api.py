"""The risk and survival packages' ``__all__`` resolve and name every public re-export."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("name", ["sarcnav.risk", "sarcnav.survival"])
def test_all_is_complete_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    public = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_") and getattr(value, "__module__", "").startswith("sarcnav")
    }
    assert public <= set(module.__all__), public - set(module.__all__)
    assert all(getattr(module, attr) is not None for attr in module.__all__)
