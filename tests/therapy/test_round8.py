"""Round-8 phrasing families (blind6 retired and tuned on; probes of its own in new wordings),
each in several languages, with near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.knowledge import bibliography
from sarcnav.therapy import resolve_drug
from sarcnav.therapy.catalogue import catalogue
from tests.therapy.lines import sorted_agents as _agents


def _sorted(agents: list[list[str]]) -> list[list[str]]:
    return [sorted(a) for a in agents]


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # drugs proposed, planned, refused, avoided, set aside or not eligible: no line
        ("Had AIM x6. They want to put her on trabectedin next.", [["doxorubicin", "ifosfamide"]]),
        (
            "Had AIM x6. After the scan they'll decide between trabectedin and eribulin.",
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            "Had AIM x6. I'm scheduled to start trabectedin on Monday.",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Had AIM x6. Insurance denied trabectedin.", [["doxorubicin", "ifosfamide"]]),
        ("Had AIM x6. Next up is trabectedin.", [["doxorubicin", "ifosfamide"]]),
        ("Had AIM x6. Trabectedin is the next option.", [["doxorubicin", "ifosfamide"]]),
        ("Had AIM x6. We are hoping to get trabectedin approved.", [["doxorubicin", "ifosfamide"]]),
        ("Tuvo AI x6. Ahora le van a poner trabectedina.", [["doxorubicin", "ifosfamide"]]),
        ("Tuvo AI x6. El seguro negó la trabectedina.", [["doxorubicin", "ifosfamide"]]),
        ("Teve AI x6. O convênio negou a trabectedina.", [["doxorubicin", "ifosfamide"]]),
        (
            "Ha fatto AI x6. L'assicurazione non copre la trabectedina.",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("A eu AI x6. La mutuelle refuse la trabectédine.", [["doxorubicin", "ifosfamide"]]),
        (
            "Hatte AI x6. Die Kasse hat Trabectedin nicht genehmigt.",
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            "Had AIM x6. Would like a second opinion on whether trabectedin or eribulin is better.",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Had AIM x6. Is trabectedin worth trying?", [["doxorubicin", "ifosfamide"]]),
        (
            "Had AIM x6. Should she have trabectedin or eribulin next?",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("¿Le conviene la trabectedina? Ya hizo AI x6.", [["doxorubicin", "ifosfamide"]]),
        (
            (
                "Doxorubicin was given for 6 cycles; ifosfamide was considered too "
                "toxic for her and left out."
            ),
            [["doxorubicin"]],
        ),
        (
            (
                "She has declined further chemotherapy including eribulin; she had "
                "doxorubicin x6 in 2022."
            ),
            [["doxorubicin"]],
        ),
        (
            "Oncologist suggested trabectedin next but she wants a break first. History: AIM x6.",
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            (
                "Doxorrubicina x6 (2021). Se planteó trabectedina pero la paciente no "
                "quiso. Ahora en control."
            ),
            [["doxorubicin"]],
        ),
        (
            "Recebeu doxorrubicina 6 ciclos. Foi-lhe oferecida trabectedina, que recusou.",
            [["doxorubicin"]],
        ),
        (
            (
                "Ha ricevuto doxorubicina x6. La trabectedina è stata presa in "
                "considerazione ma non iniziata."
            ),
            [["doxorubicin"]],
        ),
        ("Elle a eu 6 cures de doxorubicine. On envisage la trabectédine.", [["doxorubicin"]]),
        ("Sie erhielt 6 Zyklen Doxorubicin. Trabectedin ist geplant.", [["doxorubicin"]]),
        ("Ze kreeg 6 kuren doxorubicine. Trabectedine wordt overwogen.", [["doxorubicin"]]),
        ("Otrzymała 6 cykli doksorubicyny. Rozważana jest trabektedyna.", [["doxorubicin"]]),
        (
            (
                "They wanted to start eribulin but her counts were too low, so she is "
                "on watch and wait after 6 cycles of gem/tax."
            ),
            [["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Doxorubicin and olaratumab x6 followed by olaratumab maintenance; "
                "eribulin was not started due to PS 3."
            ),
            [["doxorubicin", "olaratumab"], ["olaratumab"]],
        ),
        (
            "Gemcitabine monotherapy 4 cycles after docetaxel was omitted for neuropathy.",
            [["gemcitabine"]],
        ),
        (
            "MDT: for gemcitabine/docetaxel if fit. Previous: doxorubicin x6 (2023).",
            [["doxorubicin"]],
        ),
        (
            "Patient refused doxorubicin; received gemcitabine/docetaxel x6 instead.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Doxorubicin was avoided given her LVEF of 40%; she received trabectedin x8.",
            [["trabectedin"]],
        ),
        ("Doxorrubicina descartada por cardiopatía; recibió gemcitabina x6.", [["gemcitabine"]]),
        (
            "Next line will be eribulin. Completed: AIM x6, trabectedin x4.",
            [["doxorubicin", "ifosfamide"], ["trabectedin"]],
        ),
        (
            "She opted for trabectedin over eribulin after 6 cycles of doxorubicin.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Dox x6 2021. Gem/Tax x5 2022. Plan: Yondelis.",
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "He offered me eribulin or pazopanib, I haven't decided yet. I had AIM "
                "x6 two years ago."
            ),
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            "Trabectedin has been requested from the insurer; she finished doxorubicin in May.",
            [["doxorubicin"]],
        ),
        (
            (
                "La oncóloga nos habló de la trabectedina para más adelante; por ahora "
                "terminó 6 ciclos de doxorrubicina."
            ),
            [["doxorubicin"]],
        ),
        (
            (
                "O médico indicou trabectedina, mas o plano de saúde ainda não "
                "autorizou. Fez 6 ciclos de doxorrubicina."
            ),
            [["doxorubicin"]],
        ),
        (
            (
                "Il medico ci ha parlato dell'eribulina. Finora ha fatto 6 cicli di "
                "doxorubicina e 4 di trabectedina."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Le médecin nous a parlé de l'éribuline. Jusqu'ici elle a reçu 6 cures "
                "de doxorubicine."
            ),
            [["doxorubicin"]],
        ),
        (
            "Der Arzt hat uns Eribulin vorgeschlagen. Bisher hatte sie 6 Zyklen Doxorubicin.",
            [["doxorubicin"]],
        ),
        (
            "De arts heeft eribuline voorgesteld. Tot nu toe kreeg ze 6 kuren doxorubicine.",
            [["doxorubicin"]],
        ),
        (
            "Lekarz zaproponował erybulinę. Dotychczas otrzymała 6 cykli doksorubicyny.",
            [["doxorubicin"]],
        ),
        (
            "Doxorubicin (6 cycles, 2021) -> trabectedin (2022) -> ? eribulin",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Trabectedin x8; eribulin to follow if progression.", [["trabectedin"]]),
        (
            "Gemcitabine + docetaxel, 6 cycles; pazopanib to be started next month.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Gemcitabina + docetaxel, 6 ciclos; pazopanib a iniciar el mes próximo.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Gemcitabina + docetaxel, 6 ciclos; pazopanibe a iniciar.",
            [["gemcitabine", "docetaxel"]],
        ),
        ("Gemcitabine + docétaxel, 6 cures ; pazopanib à débuter.", [["gemcitabine", "docetaxel"]]),
        (
            "Gemcitabin + Docetaxel, 6 Zyklen; Pazopanib in Vorbereitung.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Gemcitabina + docetaxel, 6 cicli; pazopanib da iniziare.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Doxorubicin 75 mg/m2 q3w x 6 (2022) | Trabectedin (2023, 9 cycles) | "
                "Eribulin — planned"
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Regimen | Status\nAIM | completed x6\nTrabectedin | completed "
                "x10\nPazopanib | not started (declined)"
            ),
            [["doxorubicin", "ifosfamide"], ["trabectedin"]],
        ),
        (
            (
                "My wife had doxorubicin in 2020 and then nothing until 2023 when she "
                "started trabectedin, which she is still on."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Recommended: gemcitabine/docetaxel. Patient prefers to wait. Received: "
                "doxorubicin x6."
            ),
            [["doxorubicin"]],
        ),
        (
            (
                "Chemotherapy: AI x 6 (declined the 6th ifosfamide dose, so 5 full "
                "cycles). Maintenance: none."
            ),
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            "She tolerated doxorubicin well (6 cycles). Olaratumab was not available in Peru.",
            [["doxorubicin"]],
        ),
        ("Doxorrubicina 6 ciclos. Olaratumab no estaba disponible.", [["doxorubicin"]]),
        ("No ifosfamide (renal). Doxorubicin alone x6.", [["doxorubicin"]]),
        ("Sem ifosfamida (rim). Doxorrubicina isolada x6.", [["doxorubicin"]]),
        ("Ohne Ifosfamid (Niere). Doxorubicin allein x6.", [["doxorubicin"]]),
        ("Zonder ifosfamide (nieren). Alleen doxorubicine x6.", [["doxorubicin"]]),
        ("Bez ifosfamidu (nerki). Sama doksorubicyna x6.", [["doxorubicin"]]),
        (
            "Trabectedin - wasn't an option due to LFTs. Gem/doc x6 then pazopanib.",
            [["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        ("Not fit for ifosfamide. Doxorubicin single agent x6 in 2022.", [["doxorubicin"]]),
        (
            "Ineligible for trabectedin (bilirubin). Received gemcitabine/docetaxel x4.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Not a candidate for doxorubicin given LVEF 35%; gemcitabine + dacarbazine x6 instead.",
            [["gemcitabine", "dacarbazine"]],
        ),
        ("Doxorubicin x6. Trabectedin for discussion at next MDT.", [["doxorubicin"]]),
        ("Doxorubicin x6. Maybe pazopanib later, we'll see.", [["doxorubicin"]]),
        ("Doxorubicin x6. Pazopanib kept as a backup option.", [["doxorubicin"]]),
        (
            "Doxorubicin x6 completed. Too unwell for further chemotherapy such as trabectedin.",
            [["doxorubicin"]],
        ),
        ("Doxorubicin x6. Trabectedin was not commenced because of sepsis.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin deferred until after surgery.", [["doxorubicin"]]),
        (
            "Doxorubicin x6; she never got the trabectedin because the insurance said no.",
            [["doxorubicin"]],
        ),
        ("Doxorrubicina x6. No apta para trabectedina por la bilirrubina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Trabectedina pendiente de aprobación.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Trabectedina diferida hasta después de la cirugía.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Não elegível para trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Non candidabile a trabectedina per la bilirubina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Trabectedina rimandata a dopo l'intervento.", [["doxorubicin"]]),
        ("Doxorubicine x6. Non éligible à la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectédine différée après la chirurgie.", [["doxorubicin"]]),
        ("Doxorubicin x6. Für Trabectedin nicht geeignet.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin erst nach der Operation.", [["doxorubicin"]]),
        ("Doxorubicine x6. Niet geschikt voor trabectedine.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Nie kwalifikuje się do trabektedyny.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin: patient wishes to think about it.", [["doxorubicin"]]),
        ("Doxorubicin x6. We could try eribulin next.", [["doxorubicin"]]),
        ("Doxorubicin x6. Options include trabectedin, eribulin or pazopanib.", [["doxorubicin"]]),
        ("Doxorubicin x6. Possible next steps: trabectedin or a trial.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin has been requested.", [["doxorubicin"]]),
        (
            (
                "Doxorubicin x6 done. Second opinion asked whether trabectedin or "
                "eribulin would be better."
            ),
            [["doxorubicin"]],
        ),
    ],
)
def test_drugs_not_given_make_no_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # near misses: an offer taken up, a plan carried out, "as planned", a delay, a count
        ("She was offered trabectedin, which she received for 10 cycles.", [["trabectedin"]]),
        ("Planned 6 cycles of AIM; completed 4.", [["doxorubicin", "ifosfamide"]]),
        ("Tried pazopanib but stopped after 2 weeks (toxicity).", [["pazopanib"]]),
        ("The oncologist wanted to give eribulin and she had 3 cycles.", [["eribulin"]]),
        ("She's meant to be on letrozole but often forgets to take it.", [["letrozole"]]),
        ("Could not tolerate doxorubicin after 2 cycles.", [["doxorubicin"]]),
        ("Doxorubicin x6, never again after that because of her heart.", [["doxorubicin"]]),
        ("Le propusieron trabectedina y la recibió durante un año.", [["trabectedin"]]),
        ("Foi proposta a trabectedina e ela fez 8 ciclos.", [["trabectedin"]]),
        ("Le è stata proposta la trabectedina e l'ha fatta per 8 cicli.", [["trabectedin"]]),
        ("On lui a proposé la trabectédine, qu'elle a reçue pendant 8 cures.", [["trabectedin"]]),
        ("Trabectedin wurde vorgeschlagen und über 8 Zyklen gegeben.", [["trabectedin"]]),
        (
            "No response to doxorubicin after 6 cycles, then gemcitabine.",
            [["doxorubicin"], ["gemcitabine"]],
        ),
        ("Doxorubicin without ifosfamide, 6 cycles.", [["doxorubicin"]]),
        ("Doxorubicin x6 without any problems.", [["doxorubicin"]]),
        (
            "She had maybe 6 cycles of doxorubicin, then trabectedin.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Trabectedin x6 in 2022. Earlier this year she started pazopanib.",
            [["trabectedin"], ["pazopanib"]],
        ),
        (
            "Doxorubicin x6. Prior CT showed progression on pazopanib.",
            [["doxorubicin"], ["pazopanib"]],
        ),
        (
            "In the past 2 weeks she started eribulin after trabectedin.",
            [["trabectedin"], ["eribulin"]],
        ),
        ("Trabectedin deferred one week for neutropenia, then continued.", [["trabectedin"]]),
        ("La trabectedina se aplazó una semana por neutropenia.", [["trabectedin"]]),
        ("Trabectedin was offered and she accepted; 5 cycles so far.", [["trabectedin"]]),
        ("Eribulin was discussed at MDT and started in June, now cycle 4.", [["eribulin"]]),
        ("Doxorubicin x6 as planned, then trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        ("She agreed to start pazopanib and has been on it since March.", [["pazopanib"]]),
        (
            "Gemcitabine/docetaxel was recommended and given for 6 cycles in 2022.",
            [["gemcitabine", "docetaxel"]],
        ),
        (
            "Doxorubicina x6 conforme planeado; depois trabectedina.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Se le propuso trabectedina y la aceptó; lleva 4 ciclos.", [["trabectedin"]]),
        ("Le fue ofrecida la eribulina, que empezó en mayo.", [["eribulin"]]),
        (
            "Doxorubicin wie geplant 6 Zyklen, danach Trabectedin.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicine comme prévu 6 cures, puis trabectédine.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicina come previsto per 6 cicli, poi trabectedina.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicine zoals gepland 6 kuren, daarna trabectedine.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doksorubicyna zgodnie z planem 6 cykli, następnie trabektedyna.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "The team will continue pazopanib; she has been on it since 2023 after trabectedin.",
            [["trabectedin"], ["pazopanib"]],
        ),
        (
            "Pazopanib continues. Before pazopanib she had trabectedin for a year.",
            [["trabectedin"], ["pazopanib"]],
        ),
    ],
)
def test_drugs_offered_and_given_stay_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # lines told backwards, newest first, "before that", years ago, switched from
        (
            (
                "Meu tratamento: comecei com doxorrubicina (6x), depois "
                "gencitabina+docetaxel (4x), e agora estou no pazopanibe."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        (
            ("Il mio percorso: prima doxorubicina, poi trabectedina, ora eribulina."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Mon parcours : d'abord doxorubicine, ensuite trabectédine, maintenant éribuline."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Mein Weg: zuerst Doxorubicin, dann Trabectedin, jetzt Eribulin."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Mijn traject: eerst doxorubicine, dan trabectedine, nu eribuline."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Moje leczenie: najpierw doksorubicyna, potem trabektedyna, teraz erybulina."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Mi tratamiento: primero doxorrubicina, luego trabectedina, ahora eribulina."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Eribulin now (since Jan). Trabectedin: 2023. Doxorubicin: 2022."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            ("Ahora eribulina (desde enero). Trabectedina: 2023. Doxorrubicina: 2022."),
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Treatment so far - trabectedin (current, cycle 6), "
                "gemcitabine/docetaxel (2022, 5 cycles), doxorubicin (2021, 6 cycles)"
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        ("Eribulin followed trabectedin.", [["trabectedin"], ["eribulin"]]),
        ("Pazopanib replaced trabectedin in 2024.", [["trabectedin"], ["pazopanib"]]),
        ("Doxorubicin x6 was followed by trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        ("Trabectedin was replaced by eribulin.", [["trabectedin"], ["eribulin"]]),
        ("Currently on eribulin. She had doxorubicin x6 before.", [["doxorubicin"], ["eribulin"]]),
        ("Now pazopanib; trabectedin x8 was given previously.", [["trabectedin"], ["pazopanib"]]),
        ("On letrozole since 2023, megestrol earlier.", [["megestrol"], ["letrozole"]]),
        ("Eribulina actualmente; doxorrubicina x6 anteriormente.", [["doxorubicin"], ["eribulin"]]),
        ("Eribulin aktuell, Doxorubicin x6 vorher.", [["doxorubicin"], ["eribulin"]]),
        ("Éribuline actuellement ; doxorubicine x6 auparavant.", [["doxorubicin"], ["eribulin"]]),
        ("Eribulina adesso; doxorubicina x6 prima.", [["doxorubicin"], ["eribulin"]]),
        ("Eribuline nu; doxorubicine x6 daarvoor.", [["doxorubicin"], ["eribulin"]]),
        (
            "Gemcitabine/docetaxel x6 in 2023, which came after doxorubicin x6 in 2021.",
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            "Oldest first: doxorubicin, trabectedin, pazopanib.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Current: eribulin | Previous: trabectedin (2023) | First line: AIM (2021)",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Doxorubicin 2021 — Trabectedin 2022 — Eribulin 2024 (current)",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Therapieverlauf: 2021 Doxorubicin (6 Zyklen), 2022 Trabectedin, seit "
                "2024 Pazopanib. Eribulin wurde besprochen, aber noch nicht begonnen."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Beloop: doxorubicine 6 kuren (2021), daarna trabectedine (2022). "
                "Pazopanib is besproken maar nog niet gestart."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Przebieg: doksorubicyna 6 cykli (2021), następnie trabektedyna (2022). "
                "Obecnie pazopanib."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Histórico: doxorrubicina 6 ciclos (2021), depois trabectedina (2022). "
                "Atualmente pazopanibe. Eribulina foi discutida mas não iniciada."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Storia: doxorubicina 6 cicli (2021), poi trabectedina (2022). "
                "Attualmente pazopanib. Eribulina discussa ma non iniziata."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Historique : doxorubicine 6 cures (2021), puis trabectédine (2022). "
                "Actuellement pazopanib. Éribuline discutée mais non débutée."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Antecedentes: doxorrubicina 6 ciclos (2021), luego trabectedina "
                "(2022). Actualmente pazopanib. Eribulina comentada pero no iniciada."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Line 3 (current): pazopanib. Line 2: trabectedin x9. Line 1: AIM x6.",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "L3 eribulin (current); L2 trabectedin; L1 doxorubicin",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "3rd line: eribulin. 2nd: trabectedin. 1st: doxorubicin.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Most recent treatment: pazopanib (2024). Earlier treatments: "
                "trabectedin (2023), doxorubicin (2021)."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Doxorubicin was stopped after 4 cycles because of cardiotoxicity and "
                "switched to gemcitabine/docetaxel."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            "AIM x6 (2019) / relapse 2021 / trabectedin x8 / relapse 2023 / eribulin ongoing",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Pazopanib was started last week. Previously gemcitabine-docetaxel x6 "
                "and before that doxorubicin x6."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        (
            "Latest treatment first: eribulin (2024), trabectedin (2023), AIM (2021).",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Now on trabectedin (since 03/2024). Before this: gemcitabine/docetaxel "
                "x5 (2023). Before that: doxorubicin x6 (2022)."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            (
                "Treatment history (reverse chronological): pazopanib 2024; trabectedin "
                "2023; doxorubicin 2021"
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Historial (del más reciente al más antiguo): pazopanib, trabectedina, doxorrubicina.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "1) Doxorubicin 6x 2) Trabectedin 8x 3) Pazopanib (ongoing). Eribulin "
                "proposed as 4th line."
            ),
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Trabectedin 12 cycles. Prior to trabectedin she had doxorubicin x6.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Eribulina desde 2024. Previamente trabectedina (2022-2023) y doxorrubicina (2021).",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Attualmente eribulina. In passato trabectedina e ancora prima doxorubicina.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Actuellement éribuline. Avant cela trabectédine, et encore avant doxorubicine.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Aktuell Eribulin. Davor Trabectedin und davor Doxorubicin.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Momenteel eribuline. Daarvoor trabectedine en daarvoor doxorubicine.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Obecnie erybulina. Wcześniej trabektedyna, a jeszcze wcześniej doksorubicyna.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Doxorubicin 6 cycles 2020. Ifosfamide not tolerated after 1 cycle so "
                "stopped; gemcitabine 2021."
            ),
            [["doxorubicin"], ["ifosfamide"], ["gemcitabine"]],
        ),
        (
            "Pazopanib 800 mg daily from 01/2024. Trabectedin 2022-2023. AIM 2021.",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Last year she finished trabectedin; the year before she had "
                "doxorubicin x6. Now stable, no treatment."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "pazopanib - stopped after 2 weeks (liver). before pazopanib: "
                "trabectedin x6. before trabectedin: AIM x6"
            ),
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Eribulin: C1 given 02/05, C2 due 23/05. Previous lines: (1) AIM 2021, "
                "(2) trabectedin 2022-23."
            ),
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        (
            (
                "Started letrozole 2019, switched to anastrozole 2021 because of joint "
                "pains, now on exemestane."
            ),
            [["letrozole"], ["anastrozole"], ["exemestane"]],
        ),
        (
            (
                "Her first chemo was AIM in 2019. Gem/doc came next in 2020. "
                "Trabectedin is her current treatment."
            ),
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            "2024: pazopanib. 2022-2023: trabectedin. 2020: doxorubicin.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Prior to her current eribulin she received trabectedin and before that doxorubicin.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Eribulin (current) <- trabectedin <- doxorubicin",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Had doxorubicin, then gemcitabine; trabectedin was given most recently.",
            [["doxorubicin"], ["gemcitabine"], ["trabectedin"]],
        ),
        (
            "Most recently trabectedin; earlier gemcitabine and, first of all, doxorubicin.",
            [["doxorubicin"], ["gemcitabine"], ["trabectedin"]],
        ),
        (
            "Ultimamente trabectedina; antes gemcitabina y, al principio, doxorrubicina.",
            [["doxorubicin"], ["gemcitabine"], ["trabectedin"]],
        ),
        (
            (
                "Doxorubicin x6 (2021) and trabectedin x10 (2022); she had the gem/doc "
                "x3 in 2023 as well."
            ),
            [["doxorubicin"], ["trabectedin"], ["gemcitabine", "docetaxel"]],
        ),
    ],
)
def test_lines_in_the_order_given(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # brands with a cited source (bibliography ther-brand-*)
        ("Holoxan 5 g/m2 x4 then Yondelis", [["ifosfamide"], ["trabectedin"]]),
        ("Cytoxan 50 mg daily since May", [["cyclophosphamide"]]),
        ("Adriblastina x6, poi Farmorubicina x3", [["doxorubicin"], ["epirubicin"]]),
        ("Nolvadex for 5 years, then letrozole", [["tamoxifen"], ["letrozole"]]),
        ("Déticène 3 cures puis éribuline", [["dacarbazine"], ["eribulin"]]),
        # a misspelt name keeps its first letter, or one that sounds alike
        ("Zoladex 3.6 mg for 2 years, then Femara", [[], ["letrozole"]]),
        ("jemcitabina con docetaxel x4", [["gemcitabine", "docetaxel"]]),
        # "switched from X to Y" is two lines, in five languages
        ("Moved from anastrozole to exemestane in 2023", [["anastrozole"], ["exemestane"]]),
        ("Cambió de letrozol a exemestano en 2022", [["letrozole"], ["exemestane"]]),
        ("Passou de letrozol para anastrozol", [["letrozole"], ["anastrozole"]]),
        ("passata da letrozolo a exemestane", [["letrozole"], ["exemestane"]]),
        ("von Letrozol auf Exemestan umgestellt", [["letrozole"], ["exemestane"]]),
        ("Gemcitabin von Tag 1 auf Tag 8 verschoben", [["gemcitabine"]]),
        # years ago order lines without a year
        (
            "Ahora pazopanib. Hace 2 años trabectedina, hace 4 años doxorrubicina x6",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        ("il y a 1 an éribuline, il y a 3 ans doxorubicine", [["doxorubicin"], ["eribulin"]]),
        # a list of lines is never read as one combination
        (
            "Tres líneas previas: doxorrubicina, trabectedina y pazopanib.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Doxorubicin, trabectedin x6 then eribulin",
            [["doxorubicin", "trabectedin"], ["eribulin"]],
        ),
        # a study code that looks like an ordinary word, after a "now" that names no drug
        (
            "Currently on day 8 of an investigational agent, AB-5521. Before the study: AIM x6.",
            [["doxorubicin", "ifosfamide"], []],
        ),
        # "Before X she had Y" with X read earlier: Y goes just before X's line
        (
            "On exemestane since 2023 after letrozole failed. Before letrozole she had megestrol.",
            [["megestrol"], ["letrozole"], ["exemestane"]],
        ),
        # dated lines in year order among the places they hold
        (
            "Pazopanib stopped for toxicity. Previous: trabectedin (2022), AIM (2020).",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        # newest first: a "then" inside one item keeps its order
        (
            "Most recent first:\nEribulin 2024\nAIM x6 2020, then ifosfamide alone 2021",
            [["doxorubicin", "ifosfamide"], ["ifosfamide"], ["eribulin"]],
        ),
        # "Prior X", "Aujourd'hui :", "prima ha fatto", "Linhas prévias:"
        (
            "Trabectedin 2023, 9 cycles. Prior GT x4.",
            [["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        ("Aujourd'hui : pazopanib. Auparavant : doxorubicine.", [["doxorubicin"], ["pazopanib"]]),
        ("Ora eribulina; prima ha fatto trabectedina.", [["trabectedin"], ["eribulin"]]),
        ("Pazopanibe desde 2024. Linhas prévias: eribulina.", [["eribulin"], ["pazopanib"]]),
        # a restart named in German, a hold is a remark, "on round N" is current
        (
            "Trabectedin 2020 bis 2021, Pause; 2023 Wiederaufnahme von Trabectedin",
            [["trabectedin"], ["trabectedin"]],
        ),
        ("On pazopanib 400 mg. Told to hold pazopanib for a week.", [["pazopanib"]]),
        (
            "Eribulin every 3 weeks - I'm on round 3. Had doxorubicin in 2021.",
            [["doxorubicin"], ["eribulin"]],
        ),
        # an unknown brand given on its own, "since" a date
        (
            "Keytruda since 02/2025, after carboplatin/paclitaxel x6",
            [["carboplatin", "paclitaxel"], []],
        ),
        # unticked boxes on a form
        (
            "[x] doxorubicin (2021) [ ] ifosfamide [x] pazopanib (2023)",
            [["doxorubicin"], ["pazopanib"]],  # round 10: each ticked box is a line
        ),
        ("☐ trabectedin ☒ eribulin", [["eribulin"]]),
    ],
)
def test_round8_families(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("brand", "generic", "source"),
    [
        ("Holoxan", "ifosfamide", "ther-brand-holoxan"),
        ("Cytoxan", "cyclophosphamide", "ther-brand-cytoxan"),
        ("Adriblastina", "doxorubicin", "ther-brand-adriblastina"),
        ("Farmorubicina", "epirubicin", "ther-brand-farmorubicina"),
        ("Nolvadex", "tamoxifen", "ther-brand-nolvadex"),
        ("Déticène", "dacarbazine", "ther-brand-deticene"),
    ],
)
def test_brands_outside_the_reference_cite_their_own_source(
    brand: str, generic: str, source: str
) -> None:
    match = resolve_drug(brand)
    assert match is not None and match.generic == generic and match.name_kind == "brand"
    drug = next(d for d in catalogue().pack.drugs if d.generic == generic)
    assert brand in drug.brands and source in drug.sources
    assert bibliography()[source].url


def test_zoladex_is_not_read_as_nolvadex() -> None:
    assert resolve_drug("Zoladex") is None


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # proposed, offered, discussed, declined, refused, avoided, contraindicated, planned, "will
        # start", "was meant to": each in English, Spanish, Portuguese, Italian, French, German,
        # Dutch and Polish
        ("Doxorubicin x6. Trabectedin was proposed.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin was offered to her.", [["doxorubicin"]]),
        ("Doxorubicin x6. We discussed trabectedin.", [["doxorubicin"]]),
        ("Doxorubicin x6. She declined trabectedin.", [["doxorubicin"]]),
        ("Doxorubicin x6. She refused trabectedin.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin was avoided because of her liver.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin is contraindicated.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin is planned.", [["doxorubicin"]]),
        ("Doxorubicin x6. She will start trabectedin.", [["doxorubicin"]]),
        ("Doxorubicin x6. She was meant to have trabectedin.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin has been suggested.", [["doxorubicin"]]),
        ("Doxorubicin x6. The team proposes trabectedin.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se propuso trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se le ofreció trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Hablamos de trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Rechazó la trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se negó a recibir trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se evitó la trabectedina por el hígado.", [["doxorubicin"]]),
        ("Doxorrubicina x6. La trabectedina está contraindicada.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Está prevista trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Va a empezar trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Iba a recibir trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se planea trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Se propone trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Foi proposta trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Foi-lhe oferecida trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Discutimos a trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Recusou a trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Não quis fazer trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. A trabectedina foi evitada por causa do fígado.", [["doxorubicin"]]),
        ("Doxorrubicina x6. A trabectedina está contraindicada.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Está planeada trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Vai começar trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Ia fazer trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Está prevista trabectedina.", [["doxorubicin"]]),
        ("Doxorrubicina x6. Propõe-se trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. È stata proposta la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Le è stata offerta la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Abbiamo discusso la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Ha rifiutato la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Non ha voluto la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. La trabectedina è stata evitata per il fegato.", [["doxorubicin"]]),
        ("Doxorubicina x6. La trabectedina è controindicata.", [["doxorubicin"]]),
        ("Doxorubicina x6. È prevista la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Inizierà la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Doveva fare la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. Si propone trabectedina.", [["doxorubicin"]]),
        ("Doxorubicina x6. È programmata la trabectedina.", [["doxorubicin"]]),
        ("Doxorubicine x6. La trabectédine a été proposée.", [["doxorubicin"]]),
        ("Doxorubicine x6. On lui a proposé la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Nous avons discuté de la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Elle a refusé la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Elle a décliné la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. La trabectédine a été évitée à cause du foie.", [["doxorubicin"]]),
        ("Doxorubicine x6. La trabectédine est contre-indiquée.", [["doxorubicin"]]),
        ("Doxorubicine x6. La trabectédine est prévue.", [["doxorubicin"]]),
        ("Doxorubicine x6. Elle va commencer la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Elle devait recevoir la trabectédine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectédine envisagée.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectédine programmée.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin wurde vorgeschlagen.", [["doxorubicin"]]),
        ("Doxorubicin x6. Ihr wurde Trabectedin angeboten.", [["doxorubicin"]]),
        ("Doxorubicin x6. Wir haben Trabectedin besprochen.", [["doxorubicin"]]),
        ("Doxorubicin x6. Sie hat Trabectedin abgelehnt.", [["doxorubicin"]]),
        ("Doxorubicin x6. Sie lehnte Trabectedin ab.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin wurde wegen der Leber vermieden.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin ist kontraindiziert.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin ist geplant.", [["doxorubicin"]]),
        ("Doxorubicin x6. Sie wird mit Trabectedin beginnen.", [["doxorubicin"]]),
        ("Doxorubicin x6. Sie sollte Trabectedin bekommen.", [["doxorubicin"]]),
        ("Doxorubicin x6. Trabectedin ist vorgesehen.", [["doxorubicin"]]),
        ("Doxorubicin x6. Es wird Trabectedin empfohlen.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectedine werd voorgesteld.", [["doxorubicin"]]),
        ("Doxorubicine x6. Haar werd trabectedine aangeboden.", [["doxorubicin"]]),
        ("Doxorubicine x6. We hebben trabectedine besproken.", [["doxorubicin"]]),
        ("Doxorubicine x6. Zij weigerde trabectedine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Zij heeft trabectedine geweigerd.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectedine werd vermeden vanwege de lever.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectedine is gecontra-indiceerd.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectedine is gepland.", [["doxorubicin"]]),
        ("Doxorubicine x6. Zij gaat starten met trabectedine.", [["doxorubicin"]]),
        ("Doxorubicine x6. Zij zou trabectedine krijgen.", [["doxorubicin"]]),
        ("Doxorubicine x6. Trabectedine wordt overwogen.", [["doxorubicin"]]),
        ("Doxorubicine x6. Advies: trabectedine.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Zaproponowano trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Zaproponowano jej trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Omówiono trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Odmówiła trabektedyny.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Pacjentka odmówiła leczenia trabektedyną.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Unikano trabektedyny z powodu wątroby.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Trabektedyna jest przeciwwskazana.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Planowana jest trabektedyna.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Rozpocznie trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Miała otrzymać trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Rozważa się trabektedynę.", [["doxorubicin"]]),
        ("Doksorubicyna x6. Zalecono trabektedynę.", [["doxorubicin"]]),
    ],
)
def test_not_given_cues_in_eight_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # the same drug given (also after a proposal, or a cycle booked next week), eight languages
        ("Doxorubicin x6. Then trabectedin for 8 cycles.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. Trabectedin was started in 2023.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicin x6. She has been on trabectedin since May.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicin x6. Trabectedin was given and she tolerated it.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicin x6. Now trabectedin, cycle 3 next week.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. Trabectedin followed, 9 cycles.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. She is receiving trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicin x6. Trabectedin was proposed and given, 6 cycles.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorrubicina x6. Luego trabectedina 8 ciclos.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Se inició trabectedina en 2023.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Está con trabectedina desde mayo.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorrubicina x6. Recibió trabectedina y la toleró bien.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorrubicina x6. Ahora trabectedina, el ciclo 3 la semana que viene.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorrubicina x6. Después trabectedina, 9 ciclos.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Está recibiendo trabectedina.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorrubicina x6. Se propuso trabectedina y se administraron 6 ciclos.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorrubicina x6. Depois trabectedina 8 ciclos.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Iniciou trabectedina em 2023.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Está com trabectedina desde maio.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorrubicina x6. Fez trabectedina e tolerou bem.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorrubicina x6. Agora trabectedina, ciclo 3 na próxima semana.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorrubicina x6. Em seguida trabectedina, 9 ciclos.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorrubicina x6. Está a receber trabectedina.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorrubicina x6. Foi proposta trabectedina e foram feitos 6 ciclos.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicina x6. Poi trabectedina per 8 cicli.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicina x6. Ha iniziato trabectedina nel 2023.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicina x6. È in trattamento con trabectedina da maggio.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicina x6. Ha ricevuto trabectedina e l'ha tollerata.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicina x6. Ora trabectedina, ciclo 3 la settimana prossima.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicina x6. In seguito trabectedina, 9 cicli.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicina x6. Sta ricevendo trabectedina.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicina x6. Proposta trabectedina, somministrati 6 cicli.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicine x6. Puis trabectédine 8 cures.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Trabectédine débutée en 2023.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Sous trabectédine depuis mai.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicine x6. Elle a reçu la trabectédine et l'a bien tolérée.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicine x6. Actuellement trabectédine, 3e cure la semaine prochaine.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicine x6. Ensuite trabectédine, 9 cures.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Elle reçoit la trabectédine.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicine x6. Trabectédine proposée puis administrée, 6 cures.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicin x6. Dann Trabectedin 8 Zyklen.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. Trabectedin wurde 2023 begonnen.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. Seit Mai Trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicin x6. Sie erhielt Trabectedin und vertrug es gut.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicin x6. Jetzt Trabectedin, Zyklus 3 nächste Woche.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicin x6. Danach Trabectedin, 9 Zyklen.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6. Sie bekommt Trabectedin.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicin x6. Trabectedin wurde angeboten und 6 Zyklen gegeben.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicine x6. Daarna trabectedine 8 kuren.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Trabectedine gestart in 2023.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Sinds mei trabectedine.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicine x6. Zij kreeg trabectedine en verdroeg het goed.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doxorubicine x6. Nu trabectedine, kuur 3 volgende week.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicine x6. Vervolgens trabectedine, 9 kuren.", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicine x6. Zij krijgt trabectedine.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doxorubicine x6. Trabectedine werd voorgesteld en 6 kuren gegeven.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doksorubicyna x6. Następnie trabektedyna 8 cykli.", [["doxorubicin"], ["trabectedin"]]),
        ("Doksorubicyna x6. Trabektedynę rozpoczęto w 2023.", [["doxorubicin"], ["trabectedin"]]),
        ("Doksorubicyna x6. Od maja trabektedyna.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doksorubicyna x6. Otrzymała trabektedynę i dobrze ją tolerowała.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "Doksorubicyna x6. Obecnie trabektedyna, cykl 3 w przyszłym tygodniu.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Doksorubicyna x6. Potem trabektedyna, 9 cykli.", [["doxorubicin"], ["trabectedin"]]),
        ("Doksorubicyna x6. Otrzymuje trabektedynę.", [["doxorubicin"], ["trabectedin"]]),
        (
            "Doksorubicyna x6. Zaproponowano trabektedynę i podano 6 cykli.",
            [["doxorubicin"], ["trabectedin"]],
        ),
    ],
)
def test_given_wordings_in_eight_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # letters, notes and messages of several sentences, eight languages
        (
            (
                "Doxorubicin 6 cycles (2020). Gemcitabine + docetaxel 4 cycles (2021). "
                "Trabectedin since 2022, currently cycle 14."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            (
                "Tx: 1) AI x4 (2020) 2) GT x6 (2021) 3) trabectedin (2022-) — eribulin "
                "discussed as 4th line"
            ),
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            (
                "Adjuvant gemcitabine/docetaxel x4 then doxorubicin x4 (GOG-277 style) "
                "in 2019. Recurrence 2022: trabectedin. 2024: pazopanib (ongoing)."
            ),
            [["gemcitabine", "docetaxel"], ["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            ("LG-ESS: megestrol 2018-2020, then letrozole; tamoxifen was avoided."),
            [["megestrol"], ["letrozole"]],
        ),
        (
            (
                "Carcinosarcoma: carboplatin-paclitaxel x6 (2022); pembrolizumab was "
                "not given (pMMR). Relapse 2023: doxorubicin."
            ),
            [["carboplatin", "paclitaxel"], ["doxorubicin"]],
        ),
        (
            (
                "Adenosarcoma with sarcomatous overgrowth: AIM x6 2021; relapse 2023 "
                "treated with surgery only; now observation. Trabectedin reserved for "
                "progression."
            ),
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            (
                "UUS: doxorubicin + ifosfamide x6 (2022), PD; gemcitabine/docetaxel x2 "
                "(2023), PD; now best supportive care. Pazopanib declined."
            ),
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "She's had so much: first dox, then gem and doce, then trab. The "
                "doctors now talk about pazo."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            (
                "Olaparib + temozolomide started 03/2024 after HRD testing; previously "
                "trabectedin (2023) and doxorubicin (2022)."
            ),
            [["doxorubicin"], ["trabectedin"], ["olaparib", "temozolomide"]],
        ),
        (
            (
                "Hola, mi mamá tiene leiomiosarcoma. Primero le dieron doxorrubicina, 6 "
                "sesiones, luego le cambiaron a gemcitabina con docetaxel porque "
                "creció. Ahora el doctor dice que podría probar trabectedina pero "
                "todavía no empieza."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Minha mãe fez quimio vermelha (doxorrubicina) 6 vezes em 2022. Depois "
                "fez gencitabina e docetaxel. O médico falou em pazopanibe, mas o plano "
                "ainda não liberou."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Mia sorella ha fatto 6 cicli di doxorubicina nel 2022 e poi la "
                "trabectedina per un anno. Adesso le propongono l'eribulina ma è molto "
                "stanca."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Ma mère a eu 6 cures de doxorubicine en 2022 puis de la trabectédine. "
                "On lui propose maintenant l'éribuline."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Meine Mutter bekam 2022 sechs Zyklen Doxorubicin, danach Trabectedin. "
                "Jetzt wird ihr Eribulin angeboten."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Mijn moeder kreeg in 2022 zes kuren doxorubicine en daarna "
                "trabectedine. Nu wordt eribuline voorgesteld."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Moja mama dostała w 2022 sześć cykli doksorubicyny, potem "
                "trabektedynę. Teraz proponują erybulinę."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "My mum had 6 rounds of doxorubicin in 2022, then trabectedin. Now "
                "they're offering eribulin."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "She was on pazopanib but it was stopped after 3 weeks for liver "
                "problems. Before that trabectedin x8 and first-line AIM."
            ),
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            (
                "Dear colleague, thank you for seeing Mrs B, 58, with metastatic "
                "uterine leiomyosarcoma. She received six cycles of doxorubicin in 2022 "
                "with stable disease, followed by gemcitabine and docetaxel for five "
                "cycles in 2023, stopped for fatigue. We discussed trabectedin and "
                "eribulin at our MDT; she would prefer to be considered for a clinical "
                "trial first."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Estimado colega: paciente de 61 años con LMS uterino. Recibió "
                "doxorrubicina con ifosfamida (4 ciclos, 2021), después trabectedina "
                "(10 ciclos, 2022-2023). Se le ha planteado eribulina, que ella está "
                "valorando."
            ),
            [["doxorubicin", "ifosfamide"], ["trabectedin"]],
        ),
        (
            (
                "Prezado colega, paciente com LMS uterino. Fez doxorrubicina 6 ciclos "
                "(2021) e gencitabina com docetaxel 4 ciclos (2022). Foi-lhe sugerido "
                "pazopanibe, mas prefere aguardar."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
        (
            (
                "Gentile collega, paziente con LMS uterino. Ha ricevuto doxorubicina "
                "per 6 cicli (2021) e successivamente trabectedina (2022-2023). È stata "
                "discussa l'opzione eribulina."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Cher confrère, patiente avec LMS utérin. Elle a reçu 6 cures de "
                "doxorubicine (2021) puis de la trabectédine (2022-2023). L'éribuline a "
                "été discutée en RCP."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Sehr geehrte Kollegin, Patientin mit uterinem LMS. Sie erhielt 2021 "
                "sechs Zyklen Doxorubicin und 2022 Trabectedin. Eribulin wurde im "
                "Tumorboard diskutiert."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Geachte collega, patiënte met uterien LMS. Zij kreeg in 2021 zes kuren "
                "doxorubicine en in 2022 trabectedine. Eribuline is in het MDO "
                "besproken."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Szanowni Państwo, pacjentka z LMS macicy. Otrzymała w 2021 sześć cykli "
                "doksorubicyny, a w 2022 trabektedynę. Erybulinę omówiono na konsylium."
            ),
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            (
                "Hi all, update on mum: finished round 6 of the red chemo (doxorubicin) "
                "in March, scan was stable. Oncologist mentioned pazopanib tablets if "
                "it grows again. Fingers crossed!"
            ),
            [["doxorubicin"]],
        ),
        (
            (
                "Discharge: admitted with febrile neutropenia day 9 of C2 "
                "gemcitabine/docetaxel. Docetaxel will be omitted from C3 onwards. PMH: "
                "doxorubicin x6 2021."
            ),
            [["doxorubicin"], ["gemcitabine", "docetaxel"]],
        ),
    ],
)
def test_letters_in_eight_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == _sorted(agents)
