"""Checks every command applies to a user's file before reading it as text."""

from __future__ import annotations

_HEAD = 4096
"""How many leading bytes the binary check looks at."""


def looks_binary(data: bytes) -> bool:
    """A NUL byte, or more than one control byte in twenty, near the start: not a text file."""
    head = data[:_HEAD]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls > len(head) // 20
