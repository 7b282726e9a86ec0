"""Checks every command applies to a user's file before reading it as text."""

from __future__ import annotations

_HEAD = 4096
"""How many leading bytes the binary check looks at."""


def looks_binary(data: bytes, nul_is_binary: bool = True) -> bool:
    """More than one control byte in twenty near the start (or, by default, any NUL byte there).

    A message keeps ``nul_is_binary=False``: a stray NUL in a patient's text must not lose it.
    """
    head = data[:_HEAD]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return (nul_is_binary and b"\x00" in head) or controls > len(head) // 20
