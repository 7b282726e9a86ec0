"""Round-9 phrasing families (blind7 retired and tuned on), each in other wordings and languages
than blind7's, with near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from tests.therapy.lines import AI, CP, GD
from tests.therapy.lines import sorted_agents as _agents

AD = ["dacarbazine", "doxorubicin"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # a chain of steps back: each "before that" reaches further back
        (
            "Ahora recibe eribulina. Antes, pazopanib; y con anterioridad a ello, doxorrubicina.",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Ora fa eribulina. In precedenza pazopanib e, prima ancora, doxorubicina.",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Agora faz eribulina; antes fez pazopanibe e, antes ainda, doxorrubicina.",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Momenteel eribuline. Voorafgaand hieraan pazopanib, en daarvoor doxorubicine.",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "she's on halaven now. votrient b4 that, n doxorubicin b4 that",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "He is on pazopanib now. The one preceding that was eribulin, and the one preceding "
            "eribulin was doxorubicin.",
            [["doxorubicin"], ["eribulin"], ["pazopanib"]],
        ),
        (
            "Currently trabectedin. Before that gemcitabine, and her very first treatment, "
            "back in 2020, was doxorubicin.",
            [["doxorubicin"], ["gemcitabine"], ["trabectedin"]],
        ),
        (
            "Now pazopanib. Before the pazopanib she had eribulin, and the first one was AIM.",
            [AI, ["eribulin"], ["pazopanib"]],
        ),
        (
            "Ahora eribulina. Antes trabectedina, y su primera terapia, en 2020, fue "
            "doxorrubicina.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (  # guard: the first line of a recurrence is not the first of all
            "Doxorubicin x6 in 2020, then the first line of her recurrence was gemcitabine.",
            [["doxorubicin"], ["gemcitabine"]],
        ),
        (  # guard: a first cycle is no line
            "Eribulin now. Before that AIM x6, the first cycle was delayed by a week.",
            [AI, ["eribulin"]],
        ),
        (  # a before-word with no drug leads on to the drug after the comma
            "Ela já está na 2ª dose do Halaven. Antes disso tudo ela fez a temida vermelhinha, "
            "a Adriamicina, 6 vezes.",
            [["doxorubicin"], ["eribulin"]],
        ),
        (  # "X after Y" inside a stretch that leads back
            "On trabectedin since May. Previously eribulin x4 after gemcitabine x6.",
            [["gemcitabine"], ["eribulin"], ["trabectedin"]],
        ),
        (  # Portuguese and Dutch "after"
            "Está na 3ª dose de eribulina, depois de 6 da trabectedina.",
            [["trabectedin"], ["eribulin"]],
        ),
        (
            "vandaag gestart met pazopanib, na de 4 kuren gemcitabine",
            [["gemcitabine"], ["pazopanib"]],
        ),
        (
            "Treatment history (newest → oldest): eribulin; trabectedin; doxorubicin",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Background: LMS, AIM x6 in 2022. Now admitted with neutropenia on trabectedin.",
            [AI, ["trabectedin"]],
        ),
    ],
)
def test_steps_back_in_time(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # the same regimen given again is a line of its own
        (
            "Gem/doce x6 in 2021. In 2023 she had the same combination once more, x4.",
            [GD, GD],
        ),
        (
            "2021 Carboplatin/Paclitaxel 6 Zyklen. 2024 dieselbe Chemo nochmals, 3 Zyklen.",
            [CP, CP],
        ),
        (
            "Carboplatine-paclitaxel x6 en 2021. En 2024, re-traitement par "
            "carboplatine-paclitaxel x3.",
            [CP, CP],
        ),
        (
            "Carboplatino e paclitaxel x6 nel 2021; nel 2024 ritrattamento con carboplatino e "
            "paclitaxel x4.",
            [CP, CP],
        ),
        # guard: the same drug named again in a remark is no new line
        ("Carboplatin/paclitaxel x6; the paclitaxel caused neuropathy.", [CP]),
    ],
)
def test_same_regimen_again(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # proposed, advised against, kept for later or left unticked: no line
        ("Had AIM x6. Eribulin prescribed in May but never started.", [AI]),
        ("Had AIM x6. The oncologist wants her on pazopanib now but she said no.", [AI]),
        ("Had AIM x6. Trabectedin is the next option if she progresses.", [AI]),
        ("Had AIM x6. Gemcitabine-based therapy would be the choice at relapse.", [AI]),
        ("Had AIM x6. Options discussed: trabectedin or eribulin.", [AI]),
        ("Ha fatto AI x6. Proposta: trabectedina; la paziente ci pensa.", [AI]),
        ("Ha fatto AI x6. La trabectedina gliel'hanno sconsigliata per il fegato.", [AI]),
        ("Miała AI x6, teraz lekarz proponuje trabektedynę.", [AI]),
        ("Prior lines: Doxorubicin ☑ | Trabectedin ☐ | Eribulin [ ]", [["doxorubicin"]]),
        # guards: a drug given after a proposal, a ticked box
        ("Had AIM x6. Eribulin prescribed in May and started in June.", [AI, ["eribulin"]]),
        ("Prior lines: Doxorubicin ☑ | Trabectedin ☑", [["doxorubicin"], ["trabectedin"]]),
    ],
)
def test_drugs_not_given_make_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # names: a j for a y said alike, Polish instrumental endings
        ("Jondelis x8, then eribulin.", [["trabectedin"], ["eribulin"]]),
        ("Leczona paklitakselem z karboplatyną, 6 cykli.", [CP]),
        ("AI x6, potem leczenie pazopanibem od maja.", [AI, ["pazopanib"]]),
        # guard: an ordinary Polish word in -em is no drug
        ("AI x6, potem leczenie z problemem nerek.", [AI]),
    ],
)
def test_names(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # an unknown combination shares its negation: no empty line
        ("AI x6. Options discussed: pembrolizumab + lenvatinib.", [AI]),
        ("AI x6. Eine Therapie mit Pembrolizumab/Lenvatinib wird bei Progress erwogen.", [AI]),
        ("AI x6. Pembrolizumab/lenvatinib was not given.", [AI]),
        # guard: an unknown combination given is a line
        ("AI x6, then pembrolizumab + lenvatinib x4.", [AI, []]),
    ],
)
def test_unknown_combinations_not_given(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents
