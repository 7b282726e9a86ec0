"""Hypothesis profiles: `make test` runs the same examples on every run (a red CI is then a
change in the code, not a new draw); `make explore` draws new examples to look for bugs."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("SARCNAV_HYPOTHESIS", "repeatable"))
