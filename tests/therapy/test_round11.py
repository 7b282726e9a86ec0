"""Round-11 families (blind9 retired and tuned on), in wordings and languages other than
blind9's, each with near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.therapy import parse_history
from sarcnav.therapy.catalogue import catalogue
from sarcnav.therapy.modality import GIVEN
from sarcnav.therapy.script import latin
from tests.therapy.lines import CP, DOX, GD
from tests.therapy.lines import sorted_agents as _agents


@pytest.mark.parametrize(
    ("word", "generic"),
    [
        ("ιφοσφαμίδη", "ifosfamide"),
        ("Καρβοπλατίνη", "carboplatin"),
        ("πακλιταξέλη", "paclitaxel"),
        ("эрибулин", "eribulin"),
        ("Доцетаксел", "docetaxel"),
        ("летрозол", "letrozole"),
        ("إيفوسفاميد", "ifosfamide"),
        ("بازوبانيب", "pazopanib"),
        ("وإريبولين", "eribulin"),  # "and eribulin"
    ],
)
def test_names_in_other_scripts_read_by_sound(word: str, generic: str) -> None:
    found = catalogue().in_script(word)
    assert found is not None and found[0].target == generic
    assert found[1] < 100  # never an exact name: it asks for review


@pytest.mark.parametrize(
    "word",
    ["σάρκωμα", "χημειοθεραπεία", "Μάρτιο", "саркома", "химиотерапия", "ساركوما", "العلاج"],
)
def test_ordinary_words_in_other_scripts_are_no_drugs(word: str) -> None:
    assert catalogue().in_script(word) is None


def test_latin_spelling_only_for_words_wholly_in_one_script() -> None:
    assert latin("doxorubicin") == []
    assert latin("δοξοrubicin") == []
    assert latin("эрибулин") == ["eribulin"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Έλαβε ιφοσφαμίδη 4 κύκλους το 2022 και μετά παζοπανίμπη.", [["ifosfamide", "pazopanib"]]),
        ("Получила доксорубицин 6 курсов, затем эрибулин.", [["doxorubicin"], ["eribulin"]]),
        ("تلقت إيفوسفاميد 4 دورات، ثم بازوبانيب منذ 2024.", [["ifosfamide"], ["pazopanib"]]),
        ("Η ασθενής υποβλήθηκε σε χειρουργείο το 2023.", []),
        ("Καρβοπλατίνη και πακλιταξέλη 6 κύκλοι. Η ολαπαρίμπη συζητήθηκε.", [CP]),
        ("Λετροζόλη από το 2022. Η μεγεστρόλη αντενδείκνυται.", [["letrozole"]]),
        ("أنهت 4 جلسات إريبولين، والطبيب اقترح بازوبانيب لكنها لم تأخذه.", [["eribulin"]]),
        # not given in these languages: not prescribed, would, in reserve, forbidden, a question
        ("Пазопаниб не назначали из-за печени; получила 4 курса эрибулина.", [["eribulin"]]),
        ("Эрибулин 5 курсов. Трабектедин мог бы стать следующим.", [["eribulin"]]),
        ("Летрозол с 2021 года. Мегестрол оставлен в резерве.", [["letrozole"]]),
        ("Стоит ли начинать пазопаниб? Она получила 6 курсов доксорубицина.", DOX),
        ("Η δακαρβαζίνη δεν δόθηκε ποτέ. Έλαβε γεμσιταβίνη, 5 κύκλους.", [["gemcitabine"]]),
        ("Η τραμπεκτεδίνη θα ξεκινήσει σύντομα.", []),
        ("الإيفوسفاميد ممنوع بسبب الكلى؛ تلقت دوكسوروبيسين 6 دورات.", DOX),
        ("هل تستطيع أن تأخذ بازوبانيب؟ تلقت إريبولين 4 دورات.", [["eribulin"]]),
        # given after all: a refusal overturned, a drug taken "and started"
        ("رُفض الإريبولين أولاً، ثم وافق التأمين وبدأت العلاج في مارس.", [["eribulin"]]),
        ("Трабектедин: сделали 3 курса, продолжаем.", [["trabectedin"]]),
    ],
)
def test_histories_in_other_scripts(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_name_in_another_script_asks_for_review() -> None:
    history = parse_history("Получила доксорубицин 6 курсов.")
    assert any('"доксорубицин" read as doxorubicin' in r for r in history.review_reasons)


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # not given: kept in reserve, a denial appealed, wanted but never done, offered and refused
        ("Letrozolo dal 2021, in corso. Il tamoxifene resta di riserva.", [["letrozole"]]),
        ("Letrozol desde 2021. El megestrol queda de reserva.", [["letrozole"]]),
        ("Recurso contra a negativa do pazopanibe. Já fez doxorrubicina x6.", DOX),
        (
            "Doxorubicina 6 cicli. La trabectedina che volevano farle non l'ha mai fatta.",
            DOX,
        ),
        ("Doxorubicin 6 serier. Hun har fået tilbudt eribulin, men sagt nej.", DOX),
        ("Doksorubicin 6 serier; eribulin: nej tak fra patienten.", DOX),
        ("Gemcitabine x4 (2023). Request received for pazopanib, under review.", [["gemcitabine"]]),
    ],
)
def test_not_given_wordings(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # given: the words say it was, whatever else the history proposes
        ("Pazopanib stopped working, so she's coming off it; eribulin is next.", [["pazopanib"]]),
        ("Letrozole: eight months on it now. Exemestane is the next option.", [["letrozole"]]),
        ("Ze is klaar met de doxorubicine; trabectedine wordt aangevraagd.", DOX),
        ("La trabectedina se acabó en mayo; se valorará eribulina.", [["trabectedin"]]),
        ("Gemcitabina: furono 5, poi basta. Si valuta il pazopanib.", [["gemcitabine"]]),
        ("Trabectedin serie 4 givet i dag; eribulin er planlagt senere.", [["trabectedin"]]),
        ("Doctor ne letrozole shuru kiya hai, roz ek goli le rahi hai.", [["letrozole"]]),
        ("A doxorrubicina foi feita 6 vezes; trabectedina será a próxima.", DOX),
        ("Request received for eribulin; doxorubicin received x6 in 2022.", DOX),
    ],
)
def test_given_wordings(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    "words", ["recusada", "Recurso", "requerimento", "request received", "mai fatto"]
)
def test_words_that_are_no_evidence_of_giving(words: str) -> None:
    assert GIVEN.search(words) is None


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # lists said to run newest first; "e"/"und" between stretches with their own counts
        (
            "Tx (reverse chronological): eribulin x4 | gem/doc x6 | doxo x6",
            [["doxorubicin"], GD, ["eribulin"]],
        ),
        (
            "Historique (de la plus récente) : pazopanib ; gemcitabine-docétaxel 5 cures ; "
            "doxorubicine 6 cures.",
            [["doxorubicin"], GD, ["pazopanib"]],
        ),
        (
            "Gemcitabin/Docetaxel 5 Zyklen 2022 und Trabectedin 8 Zyklen 2023.",
            [GD, ["trabectedin"]],
        ),
        (
            "Carboplatina + paclitaxel (6 ciclos, 2023) e doxorrubicina (4 ciclos, 2024).",
            [CP, ["doxorubicin"]],
        ),
        ("Gemcitabina + docetaxel e dacarbazina, 4 ciclos em 2023.", [["dacarbazine", *GD]]),
        (
            "Tidigare: paklitaxel 6 cykler 2021, karboplatin och paklitaxel 6 cykler 2020.",
            [CP, ["paclitaxel"]],
        ),
        (
            "Eribulin nu. Tidligere doxorubicin (2022) og trabectedin (2023).",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        # current therapy, then plain sentences about what came before it
        ("Currently on pazopanib. Had doxorubicin x6.", [["doxorubicin"], ["pazopanib"]]),
        (
            "Hoy recibió la primera dosis de eribulina. La trabectedina la tomó 8 meses.",
            [["trabectedin"], ["eribulin"]],
        ),
        (
            "Heute die erste Gabe Eribulin. Pazopanib nahm sie 9 Monate.",
            [["pazopanib"], ["eribulin"]],
        ),
        (
            "Na początku doksorubicyna 6 razy, potem trabektedyna.",
            [["doxorubicin"], ["trabectedin"]],
        ),
        ("Currently on pazopanib, then eribulin is planned.", [["pazopanib"]]),
        (
            "Today she saw the team. Doxorubicin x6, then trabectedin.",
            [["doxorubicin"], ["trabectedin"]],
        ),
    ],
)
def test_order_families(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents
