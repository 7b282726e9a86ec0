"""Round-10 families (blind8 retired and tuned on): the mood of a drug's clause decides given or
not given, in wordings and languages other than blind8's, each with near-miss guards where the
drug was given after all. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.therapy import parse_history
from sarcnav.therapy.catalogue import catalogue
from sarcnav.therapy.modality import CUES, NOT_GIVEN, not_given_cue
from tests.therapy.lines import AI, DOX, GD
from tests.therapy.lines import sorted_agents as _agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # a proposal, decision or request governs the drug's clause
        ("Doxorubicin x6 in 2023. Funding application lodged for trabectedin.", DOX),
        (
            "Gemcitabine/docetaxel x5 (2024). The board's advice: eribulin at progression.",
            [GD],
        ),
        ("Doxorrubicina 6 ciclos. Se solicitó pazopanib a la aseguradora.", DOX),
        ("Doxorrubicina x6. Foi recomendado pazopanibe pela equipa.", DOX),
        ("Doxorubicina 6 cicli. Il gruppo raccomanda trabectedina.", DOX),
        ("Doxorubicine x6. Demande d'accord préalable pour le pazopanib.", DOX),
        ("Doxorubicin 6 Zyklen. Kostenübernahme-Antrag für Trabectedin gestellt.", DOX),
        ("Doxorubicine 6 kuren. Het team adviseert nu trabectedine.", DOX),
        ("Doxorubicin 6 cykler. Teamet rekommenderar eribulin.", DOX),
        ("Doksorubisin 6 kür aldı. Konsey eribulin önerisinde bulundu.", DOX),
        (
            "AIM x4 (2023). Alternatively, gemcitabine alone could be tried later.",
            [AI],
        ),
        ("Pazopanib since 2024; trabectedin considered as the next line.", [["pazopanib"]]),
        ("Plan: continue observation; pazopanib at progression.", []),
    ],
)
def test_proposals_make_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # a refusal, denial, unsuitability or a drug never taken
        ("Doxorubicin x6. Insurer turned the pazopanib claim down: rejected.", DOX),
        ("Doxorubicin x6; ifosfamide deemed inappropriate given her kidneys.", DOX),
        ("Trabectedin x8. Eribulin is contraindicated by her neuropathy.", [["trabectedin"]]),
        ("Gemcitabina x6. La aseguradora rechazó el pazopanib.", [["gemcitabine"]]),
        ("Gencitabina x6. Pazopanibe negado pelo plano de saúde.", [["gemcitabine"]]),
        ("Gemcitabina 6 cicli; l'eribulina è stata respinta dall'ASL.", [["gemcitabine"]]),
        ("Gemcitabin 6 cykler; Votrient avslogs av regionen.", [["gemcitabine"]]),
        ("Gemsitabin 6 kür aldı. Pazopanib sigortaca karşılanmadı.", [["gemcitabine"]]),
        ("Doxorubicin x6. The board proposed eribulin x4. She turned it down.", DOX),
        ("Doxorrubicina x6. Le ofrecieron trabectedina x6. Lo rechazó.", DOX),
        (
            "Letrozole picked up from the pharmacy but she never started it. Before: doxorubicin "
            "x6.",
            [["doxorubicin"]],
        ),
    ],
)
def test_refusals_make_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # more languages: Danish, Norwegian, Romanian, Czech, Greek, Hindi in Latin letters
        ("Doxorubicin x6. Trabectedin er anbefalet som næste behandling.", DOX),
        ("Doxorubicin x6. Pazopanib ble avvist av sykehuset.", DOX),
        ("Doxorubicină 6 cicluri. Trabectedina a fost refuzată de pacientă.", DOX),
        ("Doxorubicin 6 cyklů. Pazopanib byl zamítnut pojišťovnou.", DOX),
        ("Doxorubicin x6. Trabectedin θα ξεκινήσει την επόμενη εβδομάδα.", DOX),
        ("Doxorubicin x6 li thi. Pazopanib agle hafte shuru hoga.", DOX),
        ("Pacienta a primit trabectedin x5, recomandat de comisie.", [["trabectedin"]]),
    ],
)
def test_more_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # the future and the conditional
        ("Doxorubicin x6 (2023). Eribulin to be started once her bloods recover.", DOX),
        ("Doxorubicin x6. Her first pazopanib tablet is due tomorrow.", DOX),
        ("Doxorrubicina x6. Empezará trabectedina tras colocar el reservorio.", DOX),
        ("Doxorubicine x6. La trabectédine commencera après la pose du PAC.", DOX),
        ("Doxorubicin x6. Trabectedin soll nach der Portanlage beginnen.", DOX),
        ("Doxorubicine x6. Trabectedine zal binnenkort starten.", DOX),
        ("Doxorubicin x6. Trabektedin påbörjas nästa vecka.", DOX),
        ("Doksorubisin 6 kür aldı. Trabektedin gelecek hafta başlanacak.", DOX),
        ("Doxorubicin x6. Pazopanib would only be worth it if the scan worsens.", DOX),
    ],
)
def test_the_future_makes_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # near misses: the same cues with evidence that the drug was given
        ("Trabectedin was recommended in 2024 and she received 7 cycles.", [["trabectedin"]]),
        ("Se solicitó pazopanib y lo toma desde marzo.", [["pazopanib"]]),
        ("Eribulin, offered after the board, C3 next week.", [["eribulin"]]),
        ("Trabectedine werd in maart aanbevolen en ze heeft 5 kuren gekregen.", [["trabectedin"]]),
        ("Doxorubicin x6 as planned, then trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        ("Tamoxifen was avoided, then letrozole since 2022.", [["letrozole"]]),
        ("Trabectedin discussed and started: 4 cycles so far.", [["trabectedin"]]),
        ("Currently on letrozole and we will review in 3 months.", [["letrozole"]]),
        ("Now on pazopanib, we will see her in clinic in 6 weeks.", [["pazopanib"]]),
        ("Letrozole, which she would like to stop because of joint pain.", [["letrozole"]]),
        ("Pazopanib wird gut vertragen.", [["pazopanib"]]),
        ("Trabectedine wordt goed verdragen.", [["trabectedin"]]),
        ("Pazopanib ska fortsätta.", [["pazopanib"]]),
        ("Letrozol zal worden voortgezet.", [["letrozole"]]),
        ("Trabectedin, as discussed at the last visit, is going well.", [["trabectedin"]]),
        ("Following the MDT recommendation, doxorubicin was commenced in May.", DOX),
        ("Doxorubicina, propuesta en el comité, con buena tolerancia.", DOX),
        ("Olaparib was offered and taken for 5 months.", [["olaparib"]]),
        ("Trabectedin q3w, next cycle planned for the 14th.", [["trabectedin"]]),
        ("La trabectedina, que le ofrecieron en 2023, le fue bien.", [["trabectedin"]]),
        ("Foi proposta eribulina; fez 4 ciclos.", [["eribulin"]]),
        ("Dacarbazina foi pedida ao plano e aprovada; já fez 3 ciclos.", [["dacarbazine"]]),
        ("Plan: continue pazopanib, CT in 3 months.", [["pazopanib"]]),
        ("Recommendation: continue letrozole 2.5 mg.", [["letrozole"]]),
        ("On progression she started pazopanib.", [["pazopanib"]]),
    ],
)
def test_given_evidence_keeps_the_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # tick boxes, before or after the names
        ("Prior: [x] ifosfamide [ ] doxorubicin [x] eribulin", [["ifosfamide"], ["eribulin"]]),
        ("Prior drugs: ☒ gemcitabine/docetaxel ☐ trabectedin ☒ pazopanib", [GD, ["pazopanib"]]),
        ("Prior: doxorubicin [x]  trabectedin [ ]  eribulin [x]", [["doxorubicin"], ["eribulin"]]),
    ],
)
def test_tick_boxes(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    "text",
    [  # a drug outside the catalogue, proposed or requested: listed as unknown, no line
        "Doxorubicin x6 (2023). Zanzalintinib requested through the access programme.",
        "Doxorubicine x6. Besluit: dostarlimab wordt aangevraagd bij de verzekeraar.",
        "Doxorrubicina x6. Se propone ensayo con XR-5521 si hay progresión.",
    ],
)
def test_unknown_drugs_proposed_make_no_line(text: str) -> None:
    history = parse_history(text)
    assert [line.agents for line in history.lines] == [["doxorubicin"]]
    assert history.unknown


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # a restart or the same regimen again only when it happened
        (
            "Pazopanib for 8 months, stopped for hepatitis; it will be restarted once her liver "
            "recovers.",
            [["pazopanib"]],
        ),
        ("Gemcitabine/docetaxel x4 in 2023. The same regimen should not be repeated.", [GD]),
        (
            "Pazopanib for 8 months, stopped for hepatitis, restarted in 2024.",
            [["pazopanib"], ["pazopanib"]],
        ),
    ],
)
def test_restarts_only_when_they_happened(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # someone else's drug, even with a count; the patient's own drug when a relative writes
        ("AIM x6. Her cousin took pazopanib for two years, so she asked about it.", [AI]),
        ("AIM x6. Other ladies in the group were on eribulin x8.", [AI]),
        ("Doxorrubicina x6. Su vecina recibió trabectedina x6.", DOX),
        ("Doxorubicine x6. Sa voisine a reçu de la trabectédine.", DOX),
        ("Writing about my sister: she had trabectedin x6.", [["trabectedin"]]),
        ("Her daughter says she had trabectedin x6.", [["trabectedin"]]),
    ],
)
def test_someone_elses_drug_makes_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("written", "generic"),
    [("dosetaksel", "docetaxel"), ("paklitaksel", "paclitaxel"), ("doksorubisin", "doxorubicin")],
)
def test_spelt_by_sound(written: str, generic: str) -> None:
    found = catalogue().sounds_like(written) or catalogue().fuzzy(written)
    assert found is not None and found[0].target == generic


def test_cue_rows_have_unique_ids_and_known_kinds() -> None:
    ids = [c.id for c in CUES]
    assert len(ids) == len(set(ids))
    assert {c.kind for c in CUES} == {"proposal", "refusal", "future", "other", "given"}
    assert all(c.languages.split() for c in CUES)
    assert NOT_GIVEN.search("a quiet sentence with no such word") is None


def test_cue_names_the_row_and_evidence_wins() -> None:
    text = "Eribulin recommended; pazopanib recommended and 4 cycles given."
    assert not_given_cue(text, 0, 8, [(22, 31)]) == "recommend"
    assert not_given_cue(text, 22, 31, [(0, 8)]) is None
