"""Round-5 phrasing families (fixed from blind4's misses), each in new wordings and languages, with
near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.therapy import parse_history


def _agents(text: str) -> list[list[str]]:
    return [line.agents for line in parse_history(text).lines]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # only talked about, planned, due to start: no line
        (
            "AIM x5. The oncologist discussed trabectedin at the last visit",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Gemcitabine/docetaxel x4; Dr Osei mentioned pazopanib", [["gemcitabine", "docetaxel"]]),
        ("Eribulin x3, scheduled to start dacarbazine next week", [["eribulin"]]),
        ("doxorubicin x6, will start pazopanib after the scan", [["doxorubicin"]]),
        ("Trabectedina 6 ciclos. Quieren darle eribulina", [["trabectedin"]]),
        ("Doxorrubicina x6; aguarda liberação do pazopanibe", [["doxorubicin"]]),
        ("Le médecin a parlé de trabectédine", []),
        ("Systemic therapy: nil; referred for consideration of chemotherapy", []),
        # a plan written as a label, or a drug kept for a later progression
        ("Doxorubicin x6. Next step: pazopanib", [["doxorubicin"]]),
        ("Nächster Schritt: Eribulin", []),
        ("Plan: eribulin if progression", []),
        ("Gemcitabin/Docetaxel x4, Trabectedin bei Progress", [["gemcitabine", "docetaxel"]]),
        ("Dacarbazine x4; ifosfamide in case of relapse", [["dacarbazine"]]),
        # refused (several words before the drug), said no, denied, omitted
        ("Ha rifiutato la proposta di eribulina; pazopanib dal 2022", [["pazopanib"]]),
        ("She was offered eribulin but said no", []),
        ("Le propusieron pazopanib pero dijo que no", []),
        ("Pazopanib was denied by the insurer; she takes eribulin", [["eribulin"]]),
        ("carboplatin alone (paclitaxel omitted because of allergy)", [["carboplatin"]]),
        # "chemotherapy: none" and a Portuguese or Italian "not" make no line
        ("Chemotherapy: none. Letrozole since 2021", [["letrozole"]]),
        ("Quimioterapia: ninguna", []),
        ("Não recebeu quimioterapia. Letrozol desde 2020", [["letrozole"]]),
        # guards: the negation is about the result, or a plan was carried out
        ("Chemotherapy: no response to doxorubicin x4", [["doxorubicin"]]),
        ("she did not respond to doxorubicin x4", [["doxorubicin"]]),
        ("sin respuesta a eribulina, luego pazopanib", [["eribulin"], ["pazopanib"]]),
        ("never tolerated doxorubicin well, 3 cycles", [["doxorubicin"]]),
        ("Doxorubicin x6 as planned, then trabectedin", [["doxorubicin"], ["trabectedin"]]),
        ("Pazopanib since 2022, well tolerated, no progression", [["pazopanib"]]),
        ("She discussed side effects, then received eribulin x4", [["eribulin"]]),
        ("Chemo no longer working", [[]]),
        ("she did not get eribulin", []),
    ],
)
def test_talked_about_planned_refused_and_none(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # nouns of German and other languages, weekdays, co-medications are no line
        ("Eribulin x4, anschließend Beobachtung", [["eribulin"]]),
        ("Trabectedin 2021. 2022 Lungenmetastasen, Operation", [["trabectedin"]]),
        ("Dacarbazine x5, then review on Monday", [["dacarbazine"]]),
        ("Pazopanib; she also uses Nexium and Tylenol", [["pazopanib"]]),
        # guards: an unknown brand with a treatment cue still makes a line of its own
        ("AIM x6, then Keytruda", [["doxorubicin", "ifosfamide"], []]),
        ("doxorubicin x4, then Opdivo x4", [["doxorubicin"], []]),
        ("eribulin 2020, Tecentriq 4 cycles", [["eribulin"], []]),
    ],
)
def test_capitalised_words_need_a_treatment_cue(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_word_after_an_opening_question_mark_is_sentence_initial() -> None:
    assert parse_history("¿Ustedes ofrecen ensayos?").unknown == []
    assert [u.text for u in parse_history("Pazopanib; she also uses Nexium").unknown] == ["Nexium"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # words before "after": the drugs right after it came first, what follows them next
        (
            "Her BRCA result came back, and after the dacarbazine x4 she was given olaparib",
            [["dacarbazine"], ["olaparib"]],
        ),
        (
            "Tras el AIM le dieron pazopanib y después eribulina",
            [["doxorubicin", "ifosfamide"], ["pazopanib"], ["eribulin"]],
        ),
        # a trial before "after (failure of) ...": its own line, after the drugs, before "then"
        (
            "In a trial of ABC-123 for 8 months after failure of second-line trabectedin; "
            "then dacarbazine",
            [["trabectedin"], [], ["dacarbazine"]],
        ),
        ("Enrolled in study ABC-123 for a year after progressing on eribulin", [["eribulin"], []]),
        # a drug after "after" that the line just read holds is a remark on it
        (
            "Eribulin x4, then pazopanib after progression on eribulin",
            [["eribulin"], ["pazopanib"]],
        ),
        # guard: "after" about a cycle, far from the drug, orders nothing
        (
            "Doxorubicin and dacarbazine from 2022; dacarbazine was stopped after C2 for vomiting "
            "and she went on with doxorubicin to C6",
            [["doxorubicin", "dacarbazine"]],
        ),
        # guard: a new drug after "after" is still a line of its own
        (
            "Doxorubicin x6. Then pazopanib after progression on eribulin",
            [["doxorubicin"], ["eribulin"], ["pazopanib"]],
        ),
    ],
)
def test_after_with_words_before_it(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "3rd line: eribulin; 1st line: AIM x6; 2nd line: gem/doc",
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("Zweitlinie Trabectedin, Erstlinie Doxorubicin", [["doxorubicin"], ["trabectedin"]]),
        ("2L: pazopanib; 1L: doxorubicin", [["doxorubicin"], ["pazopanib"]]),
        ("Seconda linea eribulina; prima linea doxorubicina", [["doxorubicin"], ["eribulin"]]),
        ("2ª línea: DTIC x 4; 1ª línea: gemcitabina", [["gemcitabine"], ["dacarbazine"]]),
        # guards: lines in order stay, a count of lines is no heading
        ("1re ligne : doxorubicine ; 2e ligne : trabectédine", [["doxorubicin"], ["trabectedin"]]),
        ("she had doxorubicin x6, then two lines of trials", [["doxorubicin"]]),
    ],
)
def test_ordinal_headings_order_the_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Doxifos x6 then Gemtax", [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"]]),
        ("gemdoce 4 ciclos", [["gemcitabine", "docetaxel"]]),
        ("docgem x3", [["gemcitabine", "docetaxel"]]),
        # guards: no catalogue combination, or an ordinary word
        ("gemtrab x3", []),
        ("Gemma came with her daughter", []),
    ],
)
def test_two_names_glued_into_one_word_read_as_their_combination(
    text: str, agents: list[list[str]]
) -> None:
    assert _agents(text) == agents


def test_a_glued_name_asks_for_review() -> None:
    history = parse_history("GEMDOC x6")
    assert [m.kind for m in history.lines[0].evidence] == ["joined"]
    assert any(
        '"GEMDOC" read as gemcitabine + docetaxel (two drug names written as one word)' in r
        for r in history.review_reasons
    )


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # restarted, re-introduced, resumed after a break: a new line
        (
            "Eribulin x4; break for a year; restarted eribulin when the nodules grew",
            [["eribulin"], ["eribulin"]],
        ),
        (
            "Pazopanib 2021-2022, pausa, se reinició pazopanib en 2023",
            [["pazopanib"], ["pazopanib"]],
        ),
        ("Gemcitabina x6; dopo 8 mesi ripresa la gemcitabina", [["gemcitabine"], ["gemcitabine"]]),
        # guard: a restart with no drug named is no new line
        ("doxorubicin x3, then restarted after a dose delay", [["doxorubicin"]]),
    ],
)
def test_a_restarted_drug_is_a_new_line(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Doxyl x4 then Halaven", [["liposomal doxorubicin"], ["eribulin"]]),
        ("Kaelyx x6", [["liposomal doxorubicin"]]),
        ("Gemsar x3", [["gemcitabine"]]),
        # guards: ordinary words and names that sound like nothing in the catalogue
        ("Phillis came along", []),
        ("temo que sí, doce meses", []),
    ],
)
def test_names_spelt_as_they_sound(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_name_spelt_as_it_sounds_asks_for_review() -> None:
    reasons = parse_history("Doxyl x4").review_reasons
    assert any('"Doxyl" read as liposomal doxorubicin' in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "and" between two stretches with their own cycle counts (or a count, then a year)
        ("Eribulin x5 and dacarbazine x3", [["eribulin"], ["dacarbazine"]]),
        (
            "Antes, 4 ciclos de trabectedina y 6 ciclos de doxorrubicina; ahora pazopanib",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Gemcitabine and docetaxel x4 and pazopanib since 2022",
            [["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        # "and" after a stretch closed by a year, before one with a year
        (
            "Actualmente recibe eribulina, y antes había recibido doxorrubicina (2020) y "
            "trabectedina (2021-2022).",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        ("Prior: doxorubicin (2018-2019) and eribulin (2020)", [["doxorubicin"], ["eribulin"]]),
        # inside "before that", the list runs backwards too
        (
            "Currently eribulin; before that trabectedin x6 and doxorubicin x4",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        # guards: days of a cycle, one count for a combination, a count and a response
        ("gemcitabine days 1 and 8 and docetaxel 6 cycles", [["gemcitabine", "docetaxel"]]),
        (
            "Paciente fez 4 ciclos de gencitabina e docetaxel em 2021",
            [["gemcitabine", "docetaxel"]],
        ),
        ("doxorubicin x6 and responded well", [["doxorubicin"]]),
        ("AIM x6 in 2019 and 2020", [["doxorubicin", "ifosfamide"]]),
        (
            "doxorubicin and ifosfamide in 2019 and 2020, then eribulin",
            [["doxorubicin", "ifosfamide"], ["eribulin"]],
        ),
    ],
)
def test_and_between_counted_stretches_separates_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents", "unknown"),
    [
        # an unknown brand opening a sentence, given a time, a dose or a count: a line of its own
        ("Zoladex for 1 year, then letrozole", [[], ["letrozole"]], ["Zoladex"]),
        ("Lupron durante un año y luego anastrozol", [[], ["anastrozole"]], ["Lupron"]),
        ("Enantone per 6 mesi, poi letrozolo", [[], ["letrozole"]], ["Enantone"]),
        ("Opdivo 240 mg every 2 weeks. Then eribulin", [[], ["eribulin"]], ["Opdivo"]),
        # an INN stem marks an unknown drug ("-ectedin")
        ("Eribulin x4, then lurbinectedin x3", [["eribulin"], []], ["lurbinectedin"]),
        # guards: a person before a verb, a clipped catalogue name, a German noun
        ("Maria for two years took letrozole", [["letrozole"]], []),
        ("Votri x6", [], []),
        ("Nachsorge für 2 Jahre, dann Letrozol", [["letrozole"]], []),
        ("Surveillance for 2 years, then eribulin", [["eribulin"]], []),
        ("Monitoring for 6 months, then eribulin", [["eribulin"]], []),
    ],
)
def test_unknown_brands_given_a_time_dose_or_count(
    text: str, agents: list[list[str]], unknown: list[str]
) -> None:
    history = parse_history(text)
    assert [line.agents for line in history.lines] == agents
    assert [u.text for u in history.unknown] == unknown


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "and since YEAR" starts a line, as "and in YEAR" does
        ("Bekam 2018 Doxorubicin und seit 2020 Pazopanib", [["doxorubicin"], ["pazopanib"]]),
        ("AIM x6 and since 2022 pazopanib", [["doxorubicin", "ifosfamide"], ["pazopanib"]]),
        # a dose between two drugs joined by "/" or "+" keeps the combination
        ("Gem 900/Doc 75 x 4 (2020)", [["gemcitabine", "docetaxel"]]),
        # "the plan is", "thinking about": not given; a time word ends the scope
        ("The plan is gemcitabine and docetaxel, first cycle next Tuesday.", []),
        ("Doxorubicin x6; el plan es empezar trabectedina", [["doxorubicin"]]),
        ("Estamos pensando en eribulina", []),
        ("We are thinking about eribulin after her pazopanib", [["pazopanib"]]),
        # "after N cycles of X" puts X first
        ("Halaven since May, after four cycles of dacarbazine", [["dacarbazine"], ["eribulin"]]),
        (
            "Trabectedina desde 2023, tras 6 ciclos de la doxorrubicina",
            [["doxorubicin"], ["trabectedin"]],
        ),
        # chemotherapy whose only drug was not given makes no line; ruled out
        ("Chemotherapy with doxorubicin was declined; letrozole since 2020", [["letrozole"]]),
        ("Quimioterapia con ifosfamida descartada por la función renal", []),
        # guard: chemotherapy with a drug given
        ("She had chemotherapy with doxorubicin x6", [["doxorubicin"]]),
    ],
)
def test_years_doses_plans_and_counts_around_drugs(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Doxorubicin contraindicated; treated with trabectedin first line.", [["trabectedin"]]),
        (
            "Ifosfamida contraindicada por insuficiencia renal; recibió doxorrubicina x6",
            [["doxorubicin"]],
        ),
        # an eight-digit registry number is a study code
        ("Enrolled on NCT04123456 for 3 months, then pazopanib.", [[], ["pazopanib"]]),
    ],
)
def test_contraindicated_drugs_and_registry_numbers(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # future in Portuguese, French, Italian; Italian "mai" (never)
        ("Fez doxorrubicina 6 ciclos. Agora vai começar eribulina.", [["doxorubicin"]]),
        ("Doxorubicine 6 cures ; elle va commencer la trabectédine", [["doxorubicin"]]),
        ("Doxorubicina x6, inizierà eribulina a breve", [["doxorubicin"]]),
        ("Non ha mai ricevuto eribulina; attualmente trabectedina", [["trabectedin"]]),
        # guards: French "mai" (May) is a month, not "never"
        ("En mai 2021 doxorubicine x6", [["doxorubicin"]]),
        ("Le 3 mai doxorubicine", [["doxorubicin"]]),
        # discussed but not (yet) started, in a stretch of its own
        (
            "Eine Therapie mit Eribulin wurde besprochen, aber noch nicht begonnen. Bisher nur "
            "Doxorubicin (6 Zyklen).",
            [["doxorubicin"]],
        ),
        ("Dacarbazine x5. Trabectedin was proposed, but not started", [["dacarbazine"]]),
        ("Pazopanib fue propuesto; sigue con letrozol", [["letrozole"]]),
    ],
)
def test_future_never_and_proposed_in_other_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_months_of_six_languages_are_not_unknown_drugs() -> None:
    history = parse_history("Trabectedin, danach seit März Pazopanib; desde Septiembre eribulina")
    assert history.unknown == []


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Treatment so far: 1) AIM 2) Yondelis 3) Votrient (stopped, liver) 4) Halaven",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Lines: a) doxorubicin b) gemcitabine + docetaxel c) eribulin",
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        # guards: a bracket closing a range, a count or a grade is no list marker
        (
            "gemcitabine + docetaxel (cycles 1-6) then eribulin",
            [["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("AIM (x6) and ifosfamide-related encephalopathy", [["doxorubicin", "ifosfamide"]]),
        ("ESS (grade 2) pazopanib", [["pazopanib"]]),
    ],
)
def test_inline_list_markers_separate_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # an arrow leads to the next line: short aliases after it count
        (
            "Tx: dox x6 -> gem/doc x4 -> pazo -> erib",
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "doxorubicin → pazopanib → doxorubicin",
            [["doxorubicin"], ["pazopanib"], ["doxorubicin"]],
        ),
        # "X before Y": X first
        (
            "Dacarbazine x3 was given before she enrolled on the trial of AB-1234",
            [["dacarbazine"], []],
        ),
        ("Doxorrubicina 6 ciclos antes de empezar pazopanib", [["doxorubicin"], ["pazopanib"]]),
        # guard: before surgery is a setting, not a line
        ("doxorubicin x6 before surgery", [["doxorubicin"]]),
    ],
)
def test_arrows_and_before_order_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "She's currently receiving her 6th cycle of trabectedin. Her earlier treatments were "
            "doxorubicin and then gemcitabine with docetaxel.",
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["trabectedin"]],
        ),
        (
            "Actualmente eribulina. Tratamientos previos: doxorrubicina y luego trabectedina.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Aktuell Eribulin; bisherige Therapien: Doxorubicin, dann Pazopanib",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        ("Halaven started in January. Before: Yondelis x 7", [["trabectedin"], ["eribulin"]]),
        ("Eribulina actual. Antes: trabectedina", [["trabectedin"], ["eribulin"]]),
        # guard: in text order already
        ("Previous treatment was doxorubicin x6, now pazopanib", [["doxorubicin"], ["pazopanib"]]),
    ],
)
def test_earlier_treatments_were_lead_back_in_time(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a decision still to come, a conditional giving, a future assessment
        (
            "Terminó 6 ciclos de AI. Quieren ver la resonancia antes de decidir si le dan "
            "pazopanib.",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Doxorubicin x6; they will decide whether to give eribulin", [["doxorubicin"]]),
        (
            "Eribulina desde 2023. Previamente doxorrubicina (2021) y trabectedina (2022). "
            "Se valorará pazopanib a la progresión.",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        ("Doxorubicin x6; she will be offered eribulin", [["doxorubicin"]]),
        # guard: Spanish reflexive "se" is no "if"
        ("Se le da doxorrubicina cada 21 días", [["doxorubicin"]]),
    ],
)
def test_decisions_to_come_and_conditionals(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # under discussion, being assessed, planned or scheduled: not given
        (
            "2e ligne : trabectédine (10 cures). 3e ligne en discussion (pazopanib ou éribuline).",
            [["trabectedin"]],
        ),
        ("Doxorubicina x6. Si valuta pazopanib.", [["doxorubicin"]]),
        (
            "Trabectedin ab 2021, seit 2022 Pazopanib. Eribulin ist geplant.",
            [["trabectedin"], ["pazopanib"]],
        ),
        ("Eribulina está programada para el lunes", []),
        ("la trabectedina è prevista a gennaio", []),
        # guard: "es" before an ordinary noun phrase
        ("Pazopanib es el tratamiento actual", [["pazopanib"]]),
    ],
)
def test_under_discussion_planned_or_scheduled(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # not available / not approved / not covered: not given
        ("Trabectedin was not available, so dacarbazine was used (5 cycles).", [["dacarbazine"]]),
        ("Pazopanib no fue aprobado; recibió eribulina", [["eribulin"]]),
        # a plan for a combination covers the whole combination
        (
            "She was meant to get ifosfamide with the doxorubicin, but only doxorubicin x6 "
            "was given",
            [["doxorubicin"]],
        ),
        ("They wanted to do AIM but she was frail, so doxorubicin x4", [["doxorubicin"]]),
        # replaced by: the next line
        (
            "A doxorrubicina foi substituída por gencitabina após 2 ciclos",
            [["doxorubicin"], ["gemcitabine"]],
        ),
        (
            "Trabectedin x3, replaced with eribulin for liver toxicity",
            [["trabectedin"], ["eribulin"]],
        ),
        # guard: a refusal of one drug does not reach a drug given after another verb
        ("She declined ifosfamide and received doxorubicin x6", [["doxorubicin"]]),
    ],
)
def test_unavailable_combinations_planned_and_replaced(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # unnamed chemotherapy in Italian, French, German makes a line; refused or absent, none
        ("Mia sorella ha fatto la chemio e poi il Votrient", [[], ["pazopanib"]]),
        ("Hatte Chemotherapie 2019, dann Pazopanib", [[], ["pazopanib"]]),
        ("Chimiothérapie refusée par la patiente ; letrozole depuis 2020", [["letrozole"]]),
        ("Chemotherapie wurde abgelehnt. Letrozol seit 2020", [["letrozole"]]),
        ("Aucune chimiothérapie. Létrozole depuis 2020", [["letrozole"]]),
        ("Elle n'a pas reçu de trabectédine; éribuline depuis 2022", [["eribulin"]]),
        # "will be", "sarà", "vai tentar": not given yet
        ("Doxorubicina x6; il prossimo sarà l'eribulina", [["doxorubicin"]]),
        ("Fez trabectedina; se piorar vai tentar eribulina", [["trabectedin"]]),
        ("She will be on eribulin after the scan", []),
        # guards: a drug before "will be", a French negation about the result
        ("Pazopanib will be continued", [["pazopanib"]]),
        ("pas de réponse à la doxorubicine x4", [["doxorubicin"]]),
    ],
)
def test_chemotherapy_words_and_future_in_six_languages(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "after she progressed on X", "después de que progresó con X": X first
        (
            "Eribulin was started on 3/1/2023 after she progressed on pazopanib (started 5/2021).",
            [["pazopanib"], ["eribulin"]],
        ),
        (
            "Trabectedina desde 2022, después de que progresó con pazopanib",
            [["pazopanib"], ["trabectedin"]],
        ),
        ("Eribulin x4 after it failed on dacarbazine", [["dacarbazine"], ["eribulin"]]),
        # guards: "después de eso" and "después de la cirugía" keep the text order
        ("Doxorrubicina. Después de eso, trabectedina", [["doxorubicin"], ["trabectedin"]]),
        (
            "doxorrubicina x6, después de la cirugía trabectedina",
            [["doxorubicin"], ["trabectedin"]],
        ),
    ],
)
def test_after_a_pronoun_and_progression(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a list announced as lines: every item is a line
        (
            "Tres linhas prévias: doxorrubicina, trabectedina e pazopanibe.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Sie hatte bisher drei Therapielinien: Doxorubicin, Trabectedin und Pazopanib.",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        # "first of all", "initially", "zunächst" go first
        (
            "Eribulin; previously pazopanib; before that trabectedin; and first of all AIM.",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"], ["eribulin"]],
        ),
        ("Pazopanib seit 2022; zunächst Doxorubicin", [["doxorubicin"], ["pazopanib"]]),
        # guards: a count of earlier lines is no list; "and" inside a combination stays
        (
            "After 2 prior lines, she received doxorubicin and ifosfamide x6",
            [["doxorubicin", "ifosfamide"]],
        ),
        (
            "Two lines: gemcitabine and docetaxel x4, then eribulin",
            [["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
    ],
)
def test_lists_announced_as_lines_and_first_of_all(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a plan or a mention, then words that say the drug was given after all
        (
            "The oncologist mentioned that doxorubicin x6 was completed in 2021; since then "
            "pazopanib.",
            [["doxorubicin"], ["pazopanib"]],
        ),
        ("Doxorubicin was planned for 6 cycles but only 4 were given.", [["doxorubicin"]]),
        ("Se planteó trabectedina y fueron administrados 5 ciclos", [["trabectedin"]]),
        # guards: the words must follow this drug, not another; "not given" stays negated
        ("Pazopanib was planned because doxorubicin was given before", [["doxorubicin"]]),
        ("Trabectedin was considered but never given", []),
        ("Eribulin was not given; doxorubicin was given", [["doxorubicin"]]),
    ],
)
def test_given_after_all(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents
