"""Therapy: drug catalogue, history parsing, regulatory timeline, anthracycline dose, options.

Public API (pure functions over the cited packs):

- ``resolve_drug(name) -> DrugMatch | None``: any name (generic, brand, abbreviation, misspelling,
  Spanish) to the catalogue drug, with the matched words and score as evidence;
- ``parse_history(text) -> TreatmentHistory``: free text to ordered lines of therapy;
- ``is_anthracycline``, ``drug_classes``, ``in_class``, ``agents_in_class``: drug-class lookups;
- ``drug_report``, ``cumulative_anthracycline``, ``therapy_options``: the engines behind the CLI.
"""

from sarcnav.therapy.catalogue import (
    DrugMatch,
    agents_in_class,
    drug_classes,
    in_class,
    is_anthracycline,
    resolve_drug,
)
from sarcnav.therapy.dose import DoseResult, cumulative_anthracycline
from sarcnav.therapy.history import (
    Mention,
    OtherTreatment,
    ParsedLine,
    TreatmentHistory,
    UnknownTerm,
)
from sarcnav.therapy.options import OptionEntry, OptionsResult, therapy_options
from sarcnav.therapy.parse import parse_history
from sarcnav.therapy.timeline import DrugReport, drug_report

__all__ = [
    "DoseResult",
    "DrugMatch",
    "DrugReport",
    "Mention",
    "OptionEntry",
    "OptionsResult",
    "OtherTreatment",
    "ParsedLine",
    "TreatmentHistory",
    "UnknownTerm",
    "agents_in_class",
    "cumulative_anthracycline",
    "drug_classes",
    "drug_report",
    "in_class",
    "is_anthracycline",
    "parse_history",
    "resolve_drug",
    "therapy_options",
]
