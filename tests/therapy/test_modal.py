"""Issue #4 families: known wrong readings of the clause-mood rule. A modal in a relative clause
about a drug's effects does not drop it; a drug offered as the alternative ("or") to another under
a proposal is not given, the other keeps its own evidence; "kept for later" wordings defer a drug.
Each family has near misses that must not change. Synthetic one-line histories; the tables say
"wording", not "text", so the backstop's trainer leaves them unseen (as test_given.py)."""

from __future__ import annotations

import pytest

from tests.therapy.lines import DOX
from tests.therapy.lines import sorted_agents as _agents

PAZ = [["pazopanib"]]
TRAB = [["trabectedin"]]


@pytest.mark.parametrize(
    ("wording", "agents"),
    [  # a future cue in a relative clause about effects: the drug was given
        ("Pazopanib 800 mg daily since March, which could cause hypertension.", PAZ),
        ("Trabectedin 1.5 mg/m2, which might need a dose reduction later.", TRAB),
        ("Pazopanib 800 mg, which would raise her blood pressure.", PAZ),
        ("Trabectedine 1,5 mg/m2, die een dosisverlaging zal vereisen.", TRAB),
        ("Pazopanib 800 mg, som kommer att kräva dosjustering.", PAZ),
        ("Pazopanib 800 mg, który będzie wymagał redukcji dawki.", PAZ),
        ("Pazopanib 800 mg, care ar putea cauza hipertensiune.", PAZ),
        # near misses: a relative clause about giving it still defers it
        ("Pazopanib 800 mg daily, which she will start on Monday.", []),
        ("Trabectedin, which was recommended by the board.", []),
    ],
)
def test_effect_relative_clause(wording: str, agents: list[list[str]]) -> None:
    assert _agents(wording) == agents


@pytest.mark.parametrize(
    ("wording", "agents"),
    [  # an "or" alternative under a proposal head is not given; the current drug stays
        ("Options: continue letrozole or switch to exemestane.", [["letrozole"]]),
        ("Opciones: continuar con letrozol o cambiar a exemestano.", [["letrozole"]]),
        ("Opções: manter letrozol ou passar a exemestano.", [["letrozole"]]),
        ("Opzioni: continuare letrozolo o passare a exemestane.", [["letrozole"]]),
        # near misses: no proposal, or a given word in the alternative's own clause
        ("Received doxorubicin or ifosfamide in 2019.", [["doxorubicin", "ifosfamide"]]),
        (
            "Options: continue letrozole or stop it; she switched to exemestane.",
            [["letrozole"], ["exemestane"]],
        ),
    ],
)
def test_or_alternative(wording: str, agents: list[list[str]]) -> None:
    assert _agents(wording) == agents


@pytest.mark.parametrize(
    ("wording", "agents"),
    [  # kept for later: not given
        ("Doxorubicin x6 in 2023. Eribulin sits on the shelf for now.", DOX),
        ("Doxorubicin x6 in 2023. Trabectedin saved for later.", DOX),
        ("Doxorrubicina 6 ciclos. A ifosfamida fica para depois.", DOX),
        ("Doxorrubicina 6 ciclos. La eribulina queda para más adelante.", DOX),
        ("Doxorubicine x6. L'éribuline est gardée pour plus tard.", DOX),
        ("Doxorubicina 6 cicli. La gemcitabina resta per dopo.", DOX),
        ("Doxorubicin 6 Zyklen. Trabectedin bleibt für später.", DOX),
        ("Doxorubicine 6 kuren. Eribuline houden we voor later.", DOX),
        ("Doxorubicin 6 cykler. Eribulin sparas till senare.", DOX),
        # near misses: the drug's own clause shows it given, or "later" means after something
        ("Doxorubicin x6, surgery kept for later.", DOX),
        ("Fez 6 ciclos de doxorrubicina; a cirurgia ficou para depois.", DOX),
        ("Doxorubicin x6, later trabectedin x4.", [["doxorubicin"], ["trabectedin"]]),
    ],
)
def test_kept_for_later(wording: str, agents: list[list[str]]) -> None:
    assert _agents(wording) == agents
