"""What the therapy family tests compare: each parsed line's agents, and the usual agent sets."""

from __future__ import annotations

from sarcnav.therapy import parse_history

AI = ["doxorubicin", "ifosfamide"]
GD = ["docetaxel", "gemcitabine"]
CP = ["carboplatin", "paclitaxel"]
DOX = [["doxorubicin"]]


def sorted_agents(text: str) -> list[list[str]]:
    """Each parsed line's agents, sorted (the order of agents within a line is not tested)."""
    return [sorted(line.agents) for line in parse_history(text).lines]
