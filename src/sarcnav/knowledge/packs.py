"""Cached accessors for the foundation packs."""

from __future__ import annotations

from functools import cache

from sarcnav.knowledge.diagnosis import DiagnosisPack
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.staging import StagingPack


@cache
def diagnosis_pack() -> DiagnosisPack:
    return load_pack("diagnosis_who2020", DiagnosisPack)


@cache
def staging_pack() -> StagingPack:
    return load_pack("staging_figo_ajcc", StagingPack)
