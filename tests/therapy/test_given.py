"""The learned given / not-given backstop (synthetic wordings written for these tests only;
the training script never reads this file)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.therapy import parse_history
from sarcnav.therapy import train_given as tg
from sarcnav.therapy.given_model import GIVEN_MODEL_PATH, shipped_given_model, window
from sarcnav.therapy.parse import mention_windows

from .fixtures_data import HELD_OUT, HISTORIES, LIMITS, ROUND3

TEXTS = [c["text"] for c in HISTORIES + HELD_OUT + LIMITS + ROUND3]


@pytest.mark.parametrize(
    ("text", "agents", "dropped"),
    [  # drugs only proposed, set aside or ruled out, in wordings the rules do not know
        (  # round 10: "sugeriu" and "envisagée" are now the rules' cues; new wordings
            "doxorrubicina x6; pazopanibe só mais para a frente",
            [["doxorubicin"]],
            "pazopanibe",
        ),
        (  # known misses until round 10
            "Doxorubicin x6; trabectedin stays in the back pocket if she progresses",
            [["doxorubicin"]],
            "trabectedin",
        ),
        (
            "doxorubicine x6, la trabectédine si besoin plus tard",
            [["doxorubicin"]],
            "trabectédine",
        ),
        (
            "Doxorubicin x6; ifosfamide was set aside because of her kidneys",
            [["doxorubicin"]],
            "ifosfamide",
        ),
        ("doxorrubicina x6; eribulina fica como plano B", [["doxorubicin"]], "eribulina"),
    ],
)
def test_backstop_drops_drugs_not_given(text: str, agents: list[list[str]], dropped: str) -> None:
    assert [line.agents for line in parse_history(text, backstop=False).lines] != agents
    history = parse_history(text)
    assert [line.agents for line in history.lines] == agents
    reason = next(r for r in history.review_reasons if "learned backstop" in r)
    assert reason.startswith(f'"{dropped}" read as not given') and "words: " in reason
    assert history.needs_review


@pytest.mark.parametrize(
    "text",
    [  # drugs given, in six languages: the backstop leaves them alone
        "Doxorubicin x6, then pazopanib for 8 months",
        "doxorrubicina x6, después pazopanib durante 8 meses",
        "doxorrubicina x6, depois pazopanibe por 8 meses",
        "doxorubicina x6, poi pazopanib per 8 mesi",
        "doxorubicine x6 puis pazopanib pendant 8 mois",
        "Doxorubicin x6, danach Pazopanib für 8 Monate",
        "gemcitabine + docetaxel x5 with stable disease, now trabectedin",
    ],
)
def test_backstop_keeps_drugs_given(text: str) -> None:
    history = parse_history(text)
    assert [line.agents for line in history.lines][-1] in (["pazopanib"], ["trabectedin"])
    assert not any("learned backstop" in r for r in history.review_reasons)


@pytest.mark.parametrize(
    "text",
    [  # the backstop's known misses until issue #4: now the rules' "kept for later" cues
        "doxorrubicina x6; o pazopanibe fica para depois",
        "doxorubicine x6, la trabectédine gardée pour plus tard",
        "Doxorubicin x6; pazopanib sits on the shelf for now",
        "Doksorubicyna x6; trabektedyna odłożona na później",
    ],
)
def test_former_misses_read_by_the_rules(text: str) -> None:
    history = parse_history(text, backstop=False)
    assert [line.agents for line in history.lines] == [["doxorubicin"]]
    assert any("clause cue: alternative" in r for r in history.review_reasons)


def test_rules_placed_cue_holds_the_backstop_back() -> None:
    """The rules read dacarbazine as refused; eribulin after it is not second-guessed."""
    history = parse_history("Dacarbazin wurde abgelehnt, danach Eribulin")
    assert [line.agents for line in history.lines] == [["eribulin"]]


@given(st.sampled_from(TEXTS), st.sampled_from(["", " then pazopanib", "; gem/tax declined"]))
def test_backstop_only_removes(text: str, tail: str) -> None:
    with_backstop = parse_history(text + tail).agents()
    assert set(with_backstop) <= set(parse_history(text + tail, backstop=False).agents())


def test_window_masks_drugs_and_stops_at_unjoined_neighbours() -> None:
    text = "AIM x6; trabectedin was offered but she chose eribulin"
    spans = [(0, 3), (8, 19), (46, 54)]
    left, right = window(text, 46, 54, spans)
    assert left == " qqother  was offered but she chose " and right == ""
    left, right = window("gem/tax declined", 0, 3, [(0, 3), (4, 7)])
    assert right == "/ qqother  declined"


def test_model_file_is_reproducible_and_never_saw_a_blind_set_after_blind9() -> None:
    data = json.loads(GIVEN_MODEL_PATH.read_text(encoding="utf-8"))
    blind = [name for name in tg.SETS if name.startswith("blind")]
    assert blind == [f"blind{n}.yaml" for n in range(2, 10)]  # blind10 onwards stay unseen
    assert [n for n in data["provenance"]["trained_on"] if n.startswith("blind")] == blind
    assert all(p.name != tg.OWN_TESTS for p in tg._test_files())
    assert data["provenance"]["sha256"] == tg.digest()
    refit = tg._fit(tg.examples(tg.histories()))
    assert refit["vocabulary"] == data["vocabulary"]
    # Another CPU may round the fourth decimal the other way (as the enquiry models' tests allow).
    assert max(abs(a - b) for a, b in zip(refit["coef"], data["coef"], strict=True)) < 1e-3
    assert shipped_given_model().threshold == data["threshold"] == 0.65


def test_training_examples_are_labelled_by_gold() -> None:
    found = mention_windows("AIM x6; trabectedin was offered but declined; then eribulin")
    assert [(agents, kept) for agents, _, _, kept in found] == [
        (["doxorubicin", "ifosfamide"], True),
        (["trabectedin"], False),
        (["eribulin"], True),
    ]
