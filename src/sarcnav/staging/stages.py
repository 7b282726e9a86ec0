"""Stage strings as a hierarchy, to find the most specific stage several candidates share."""

from __future__ import annotations

import re
from functools import lru_cache

_STAGE = re.compile(r"^(IV|III|II|I)([A-C])?([1-3])?(i{1,2})?$")


@lru_cache(maxsize=1024)
def parts(stage: str) -> tuple[str, ...]:
    """``"IIIC1ii"`` → ``("III", "C", "1", "ii")``; an unparsable stage is one opaque part."""
    match = _STAGE.match(stage)
    if not match:
        return (stage,)
    return tuple(p for p in match.groups() if p)


def common_stage(stages: list[str]) -> str | None:
    """The most specific stage all ``stages`` fall under (``IA``, ``IB`` → ``I``), or None."""
    if not stages:
        return None
    split = [parts(s) for s in stages]
    shared: list[str] = []
    for level in zip(*split, strict=False):
        if len(set(level)) != 1:
            break
        shared.append(level[0])
    return "".join(shared) or None
