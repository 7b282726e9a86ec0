"""Therapy: drug catalogue, history parsing, regulatory timeline, anthracycline dose, options."""

from sarcnav.therapy.catalogue import (
    DrugMatch,
    agents_in_class,
    drug_classes,
    in_class,
    is_anthracycline,
    resolve_drug,
)
from sarcnav.therapy.history import Mention, ParsedLine, TreatmentHistory, UnknownTerm
from sarcnav.therapy.parse import parse_history

__all__ = [
    "DrugMatch",
    "Mention",
    "ParsedLine",
    "TreatmentHistory",
    "UnknownTerm",
    "agents_in_class",
    "drug_classes",
    "in_class",
    "is_anthracycline",
    "parse_history",
    "resolve_drug",
]
