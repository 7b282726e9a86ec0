"""Cited clinical knowledge: versioned YAML packs, their schemas and loaders."""

from sarcnav.knowledge.base import Citation, Pack, Record, Verification
from sarcnav.knowledge.loader import KnowledgeError, bibliography, load_pack

__all__ = [
    "Citation",
    "KnowledgeError",
    "Pack",
    "Record",
    "Verification",
    "bibliography",
    "load_pack",
]
