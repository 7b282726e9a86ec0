"""Round-6 phrasing families (fixed from blind5's misses), each in new wordings and languages, with
near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.therapy import parse_history


def _agents(text: str) -> list[list[str]]:
    return [line.agents for line in parse_history(text).lines]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # arrows of other shapes lead to the next line
        ("2019 AIM x6 ➔ 2021 eribulin x4", [["doxorubicin", "ifosfamide"], ["eribulin"]]),
        ("trabectedina ➡ pazopanib ➡ eribulina", [["trabectedin"], ["pazopanib"], ["eribulin"]]),
        ("Gem/Doc ⟶ Dacarbazine", [["gemcitabine", "docetaxel"], ["dacarbazine"]]),
        # a spaced slash after a bracket separates lines; an unspaced one joins a combination
        (
            "Líneas: doxorrubicina (x6) / eribulina (4) / pazopanib",
            [["doxorubicin"], ["eribulin"], ["pazopanib"]],
        ),
        ("Gemcitabine (900) / docetaxel (75) x4", [["gemcitabine"], ["docetaxel"]]),
        ("gem/doc (x5)", [["gemcitabine", "docetaxel"]]),
        # sequence words of six languages
        ("Fez AI x6 e em seguida trabectedina", [["doxorubicin", "ifosfamide"], ["trabectedin"]]),
        ("Doxorrubicina 6 ciclos; a continuación pazopanib", [["doxorubicin"], ["pazopanib"]]),
        (
            "Gemcitabina e docetaxel, in seguito eribulina",
            [["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("Doxorubicine 6 cures, par la suite trabectédine", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin 6 Zyklen, im Anschluss Pazopanib", [["doxorubicin"], ["pazopanib"]]),
        ("AIM x5 and thereafter eribulin x3", [["doxorubicin", "ifosfamide"], ["eribulin"]]),
    ],
)
def test_sequence_marks(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a period after an abbreviation ends no line
        (
            "Inj. Gemcitabine 900 mg/m2 + Inj. Docetaxel 75 mg/m2 x 6",
            [["gemcitabine", "docetaxel"]],
        ),
        ("Tab. Letrozole 2.5 mg OD since 2021", [["letrozole"]]),
        ("Cap. Temozolomide with approx. 6 cycles given", [["temozolomide"]]),
        ("doxorubicin i.v. plus ifosfamide x4", [["doxorubicin", "ifosfamide"]]),
        # guard: a sentence still ends at a period
        ("Doxorubicin x6. Eribulin x2.", [["doxorubicin"], ["eribulin"]]),
        # "x 3 days" is a schedule, not a cycle count that splits at "and"
        (
            "Ifosfamide 2 g/m2 x 3 days and doxorubicin 25 mg/m2, 5 cycles",
            [["ifosfamide", "doxorubicin"]],
        ),
        ("Dacarbazine x 5 días y luego eribulina", [["dacarbazine"], ["eribulin"]]),
    ],
)
def test_abbreviations_and_schedules(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_schedule_in_days_is_no_cycle_count() -> None:
    assert parse_history("Ifosfamide x 3 days").lines[0].cycles is None


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "first was X, second was Y", "the last one was": order by the ordinal words
        (
            "She is on her fourth line now (pazopanib). First was AIM, second was gem/doc, "
            "third was trabectedin",
            [
                ["doxorubicin", "ifosfamide"],
                ["gemcitabine", "docetaxel"],
                ["trabectedin"],
                ["pazopanib"],
            ],
        ),
        (
            "Second was eribulin; first was doxorubicin",
            [["doxorubicin"], ["eribulin"]],
        ),
        (
            "La segunda fue trabectedina y la primera fue doxorrubicina",
            [["doxorubicin"], ["trabectedin"]],
        ),
        (
            "A primeira foi doxorrubicina, depois gencitabina e a última foi eribulina",
            [["doxorubicin"], ["gemcitabine"], ["eribulin"]],
        ),
        (
            "Doxorubicin x6, then gem/doc and the last one was pazopanib",
            [["doxorubicin"], ["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        (
            "Die erste war Doxorubicin, die zweite war Trabectedin",
            [["doxorubicin"], ["trabectedin"]],
        ),
        # guard: "first" with a noun is no ordinal head
        ("The first cycle was delayed; doxorubicin x6", [["doxorubicin"]]),
    ],
)
def test_ordinal_words(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # future tense and wanting to start (Spanish, Portuguese, Italian, French, German)
        ("Eribulina x4. Si progresa le pondrán pazopanib", [["eribulin"]]),
        ("Doxorrubicina 6 ciclos; recibirá trabectedina en enero", [["doxorubicin"]]),
        (
            "Fez AI x6; vai receber trabectedina e depois tomará pazopanibe",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Gemcitabina x4; il medico vuole iniziare eribulina", [["gemcitabine"]]),
        ("Doxorubicina 6 cicli, poi riceverà trabectedina", [["doxorubicin"]]),
        ("Trabectédine 5 cures ; elle recevra l'éribuline", [["trabectedin"]]),
        ("Doxorubicin 6 Zyklen; der Arzt möchte Trabectedin geben", [["doxorubicin"]]),
        ("O oncologista quer começar pazopanibe", []),
        # booked, scheduled for a date
        ("Doxorubicin x6; first eribulin infusion booked for Monday", [["doxorubicin"]]),
        ("Pazopanib programado para el lunes", []),
        ("Trabectedin x3, gemcitabine scheduled for next week", [["trabectedin"]]),
        # offered by them, evoked, mentioned: a combination is negated as a whole
        ("She refused the AIM the team offered; took letrozole", [["letrozole"]]),
        ("gem/doc they proposed was never given; eribulin x4", [["eribulin"]]),
        ("Doxorubicine 6 cures ; le pazopanib a été évoqué", [["doxorubicin"]]),
        ("Eribulin x3. Trabectedin (Yondelis) was mentioned", [["eribulin"]]),
        ("Doxorubicin x6; Trabectedin wurde erwähnt", [["doxorubicin"]]),
        ("la quimioterapia no fue indicada; letrozol desde 2021", [["letrozole"]]),
        # recommended now (present tense) is a plan
        ("Oncologist recommends eribulin; she has had doxorubicin x6", [["doxorubicin"]]),
        ("La oncóloga recomienda pazopanib tras AIM x6", [["doxorubicin", "ifosfamide"]]),
        ("Le médecin recommande la trabectédine", []),
        # guards: given after all, or the verb is past
        (
            "My oncologist suggested gem/doc x 4; then eribulin",
            [["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("She received the recommended 6 cycles of doxorubicin", [["doxorubicin"]]),
        ("Gem/doc was offered and 4 cycles were given", [["gemcitabine", "docetaxel"]]),
        ("Terminó 6 ciclos de doxorrubicina", [["doxorubicin"]]),
        ("Completed 4 cycles of AIM; then eribulin", [["doxorubicin", "ifosfamide"], ["eribulin"]]),
        ("recibió trabectedina para el sarcoma", [["trabectedin"]]),
    ],
)
def test_future_wanted_booked_offered(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_past_verb_opening_a_sentence_is_no_unknown_drug() -> None:
    history = parse_history("Terminó 6 ciclos de doxorrubicina. Completed 4 cycles of eribulin")
    assert not history.unknown
    assert all(not line.unknown for line in history.lines)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # Portuguese "no" is "in the" after a verb of being on
        ("doxorrubicina 6x e agora está no pazopanibe", [["doxorubicin"], ["pazopanib"]]),
        ("Ela continua no Yondelis desde 2023", [["trabectedin"]]),
        # guards: Spanish and English "no" still negate
        ("doxorrubicina x6, no trabectedina", [["doxorubicin"]]),
        ("AIM x6; no pazopanib", [["doxorubicin", "ifosfamide"]]),
    ],
)
def test_portuguese_in_the(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # drugs listed after "after" all came before the line that follows them
        (
            "Eribulin x4 after failing AIM and then pazopanib",
            [["doxorubicin", "ifosfamide"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Pazopanib started after progression on doxorubicin and later on trabectedin",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Eribulina tras progresar a doxorrubicina y luego a gemcitabina",
            [["doxorubicin"], ["gemcitabine"], ["eribulin"]],
        ),
        (
            "Trial AB-123 after 2 prior lines (AIM; gem/doc)",
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"], []],
        ),
        (
            "Eribulin nach drei Linien (Doxorubicin, Trabectedin, Pazopanib)",
            [["doxorubicin"], ["trabectedin"], ["pazopanib"], ["eribulin"]],
        ),
        # guards: a comma and "then" go on after the line; a bracket closed ends the list
        (
            "Dacarbazine was started after progressing on trabectedin, then pazopanib",
            [["trabectedin"], ["dacarbazine"], ["pazopanib"]],
        ),
        (
            "Eribulin after two lines (AIM, gem/doc), then pazopanib",
            [
                ["doxorubicin", "ifosfamide"],
                ["gemcitabine", "docetaxel"],
                ["eribulin"],
                ["pazopanib"],
            ],
        ),
    ],
)
def test_lists_after_after(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "at the very start" puts a line first; "most recent first" with "before that"
        (
            "Eribulin now; before that pazopanib; at the very start doxorubicin",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
        ),
        (
            "Newest first: eribulin; before that trabectedin; before that AIM",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Most recent first: pazopanib; eribulin; doxorubicin",
            [["doxorubicin"], ["eribulin"], ["pazopanib"]],
        ),
        (
            "Eribulin now; before that trabectedin and first-line doxorubicin",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        (
            "Pazopanib desde 2023; al inicio doxorrubicina x6",
            [["doxorubicin"], ["pazopanib"]],
        ),
    ],
)
def test_first_and_reverse_order(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a restart with no drug named repeats the line before
        ("Letrozole 2019-2021; restarted in 2023 at relapse", [["letrozole"], ["letrozole"]]),
        ("Anastrozol 2018-2020, lo retomó en 2022", [["anastrozole"], ["anastrozole"]]),
        ("Exemestane 2 ans, elle l'a repris en 2024", [["exemestane"], ["exemestane"]]),
        ("Megestrol 2019; went back on it in 2023", [["megestrol"], ["megestrol"]]),
        # guards: a dose resumed after a hold or a break is the same line
        ("pazopanib 800 mg, held for hypertension, then resumed at 400 mg", [["pazopanib"]]),
        ("letrozole, stopped for a week, restarted after a short break", [["letrozole"]]),
        ("eribulina x3, se reinició tras una pausa", [["eribulin"]]),
    ],
)
def test_restart_without_a_drug(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a two-word name written with an inflected word, in either order
        ("liposomales Doxorubicin 4 Zyklen", [["liposomal doxorubicin"]]),
        ("doxorubicina liposomiale x5", [["liposomal doxorubicin"]]),
        ("doxorubicine liposomale (Caelyx) 6 cures", [["liposomal doxorubicin"]]),
        # guard: the plain drug stays the plain drug
        ("Doxorubicin 6 Zyklen, dann Eribulin", [["doxorubicin"], ["eribulin"]]),
    ],
)
def test_inflected_two_word_names(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # care on a day of the cycle, shots and anticoagulation are no line
        ("AIM x6; Neulasta Onpro on day 2", [["doxorubicin", "ifosfamide"]]),
        ("Gem/doc x4, Fulphila d9", [["gemcitabine", "docetaxel"]]),
        ("Eribulin x3. Elle a une piqûre de Fragmine chaque soir", [["eribulin"]]),
        ("Trabectedina x6; Clexane por la trombosis", [["trabectedin"]]),
        # guards: a study code or a dosed unknown drug on a day is still a line
        ("AIM x6, then ABC-123 on day 1", [["doxorubicin", "ifosfamide"], []]),
        ("Doxorubicin x6, then Opdivo 240 mg d1", [["doxorubicin"], []]),
    ],
)
def test_supportive_care(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # chosen instead: the drug not chosen was not given
        ("Onc suggested pazopanib but we went with eribulin instead", [["eribulin"]]),
        ("Trabectedin x5 rather than eribulin", [["trabectedin"]]),
        ("Se le propuso trabectedina pero optó por eribulina", [["eribulin"]]),
        ("eribulina en lugar de pazopanib, 4 ciclos", [["eribulin"]]),
        ("Éribuline au lieu de la trabectédine", [["eribulin"]]),
        ("Pazopanib statt Trabectedin seit 2022", [["pazopanib"]]),
        # guard: "instead" after both drugs were given is no refusal of the first
        ("Doxorubicin x6, then eribulin", [["doxorubicin"], ["eribulin"]]),
    ],
)
def test_chosen_instead(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents", "current"),
    [
        # "Current treatment: X. Previous: A, B" reads A, B, X with X current
        (
            "Tratamiento actual: eribulina. Previos: doxorrubicina x6, pazopanib",
            [["doxorubicin"], ["pazopanib"], ["eribulin"]],
            [False, False, True],
        ),
        (
            "Traitement actuel : trabectédine. Précédents : doxorubicine 6 cures",
            [["doxorubicin"], ["trabectedin"]],
            [False, True],
        ),
        (
            "Tratamentos anteriores: doxorrubicina (2019). Atualmente: eribulina",
            [["doxorubicin"], ["eribulin"]],
            [False, True],
        ),
        (
            "Current: pazopanib. Previous: AIM x6",
            [["doxorubicin", "ifosfamide"], ["pazopanib"]],
            [False, True],
        ),
    ],
)
def test_current_and_previous_labels(
    text: str, agents: list[list[str]], current: list[bool]
) -> None:
    lines = parse_history(text).lines
    assert [line.agents for line in lines] == agents
    assert [line.current for line in lines] == current


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # the same year on both sides of "and": one combination (a round-5 over-reach)
        (
            "gemcitabine (2019) and docetaxel (2019), then eribulin",
            [["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("doxorrubicina 2021 y ifosfamida 2021", [["doxorubicin", "ifosfamide"]]),
        # guards: different years, or a count on each side, are two lines
        ("doxorrubicina (2020) y trabectedina (2021-2022)", [["doxorubicin"], ["trabectedin"]]),
        ("Doxorubicin x6 (2019) and eribulin x4 (2019)", [["doxorubicin"], ["eribulin"]]),
    ],
)
def test_same_year_and(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # an inline numbered list ("1. X 2. Y") after a heading that only names chemotherapy
        (
            "Chemo history - 1. AD x6 2. GT x4 3. Eribulin x2",
            [["doxorubicin", "dacarbazine"], ["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        (
            "Quimioterapia previa: 1. doxorrubicina 2. trabectedina",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Chemotherapie: 1. Doxorubicin 2. Pazopanib", [["doxorubicin"], ["pazopanib"]]),
        # guards: a count before a period stays a count; unnamed chemo with a year is a line
        ("Doxorubicin x 6. Then eribulin", [["doxorubicin"], ["eribulin"]]),
        ("Chemo 2018. Doxorubicin x6 2020.", [[], ["doxorubicin"]]),
    ],
)
def test_numbered_lists_and_chemo_headings(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_count_before_a_period_is_kept() -> None:
    assert parse_history("Doxorubicin x 6. She then had eribulin").lines[0].cycles == 6


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a time ahead after the drug: not given yet
        ("No chemo yet; starting doxorubicin next month", []),
        ("AIM x6; trabectedin from next week", [["doxorubicin", "ifosfamide"]]),
        ("Gemcitabina x4; empieza eribulina la semana que viene", [["gemcitabine"]]),
        ("Doxorubicine 6 cures ; trabectédine le mois prochain", [["doxorubicin"]]),
        ("Doxorubicin 6 Zyklen; Eribulin ab nächster Woche", [["doxorubicin"]]),
        # guard: a time behind is no plan
        ("AIM x6; trabectedin since last month", [["doxorubicin", "ifosfamide"], ["trabectedin"]]),
    ],
)
def test_a_time_ahead(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_an_unknown_drug_by_its_stem_given_a_dose_before_after_is_a_line() -> None:
    history = parse_history("Fulvestrant 500 mg monthly since 2021 after letrozole 2018-2020")
    assert [line.agents for line in history.lines] == [["letrozole"], []]
    assert [u.text for u in history.lines[1].unknown] == ["Fulvestrant"]


def test_an_unknown_drug_by_its_stem_only_read_about_is_no_line() -> None:
    history = parse_history("She read about lurbinectedin online")
    assert history.lines == []
    assert [u.text for u in history.unknown] == ["lurbinectedin"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Recibió AIM 6 ciclos. Ahora quieren probar con eribulina",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Trabectedina x5; quiere intentar pazopanib", [["trabectedin"]]),
    ],
)
def test_wanting_to_try(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "Before X she had Y": Y came before X (the mirror of "After X she had Y")
        (
            "She is on letrozole (since 2019). Before letrozole she had megestrol for 1 year.",
            [["megestrol"], ["letrozole"]],
        ),
        ("Before trabectedin she had doxorubicin x6", [["doxorubicin"], ["trabectedin"]]),
        ("Antes del pazopanib recibió trabectedina 6 ciclos", [["trabectedin"], ["pazopanib"]]),
        ("Antes do pazopanibe fez trabectedina", [["trabectedin"], ["pazopanib"]]),
        ("Avant le pazopanib, elle a eu de la trabectédine", [["trabectedin"], ["pazopanib"]]),
        # guards: "before" surgery, or a sentence between, orders nothing
        ("Before surgery she had doxorubicin x3", [["doxorubicin"]]),
        ("Before doxorubicin. Then eribulin", [["doxorubicin"], ["eribulin"]]),
        ("Pazopanib desde 2022; antes, trabectedina", [["trabectedin"], ["pazopanib"]]),
    ],
)
def test_before_x_she_had_y(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents
