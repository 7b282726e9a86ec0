"""The seam for a treatment history given as free text ("AIM x6, then gem/doc, now trabectedin").

The therapy capability reads such text into :class:`TherapyLine` objects; this module only
defines the reader's shape and puts its lines on the case before matching.
"""

from __future__ import annotations

from collections.abc import Callable

from sarcnav.model.therapy_record import TherapyLine
from sarcnav.model.trial import MatchInput

TherapyReader = Callable[[str], list[TherapyLine]]


def with_history(match_input: MatchInput, text: str, read: TherapyReader) -> MatchInput:
    """A copy of ``match_input`` whose treatments are the lines ``read`` finds in ``text``.

    The history is treated as complete only if the input said so: a short description may
    leave lines out, so "no prior X" criteria stay unknown unless ``treatments_complete`` is set.
    """
    lines = read(text)
    case = match_input.case.model_copy(update={"treatments": lines})
    facts = match_input.facts
    if facts.treatments_complete is None:
        facts = facts.model_copy(update={"treatments_complete": False})
    return MatchInput(case=case, facts=facts)
