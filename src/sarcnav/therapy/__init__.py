"""Therapy: drug catalogue, history parsing, regulatory timeline, anthracycline dose, options.

Public API (pure functions over the cited packs):

- ``resolve_drug(name) -> DrugMatch | None``: any name (generic, brand, abbreviation, misspelling,
  Spanish) to the catalogue drug, with the matched words and score as evidence;
- ``parse_history(text) -> TreatmentHistory``: free text to ordered lines of therapy;
- ``find_drugs(text)``: every drug/regimen/class name in any text (e.g. an enquiry);
- ``is_anthracycline``, ``drug_classes``, ``in_class``, ``agents_in_class``: drug-class lookups;
- ``lines_with(lines, name_or_class)``: line numbers where a drug or class was given;
- ``drug_report``, ``cumulative_anthracycline``, ``therapy_options``: the engines behind the CLI.
"""

from sarcnav.therapy.catalogue import (
    DrugMatch,
    agents_in_class,
    drug_classes,
    in_class,
    is_anthracycline,
    lines_with,
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
from sarcnav.therapy.parse import find_drugs, parse_history
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
    "find_drugs",
    "in_class",
    "is_anthracycline",
    "lines_with",
    "parse_history",
    "resolve_drug",
    "therapy_options",
]
