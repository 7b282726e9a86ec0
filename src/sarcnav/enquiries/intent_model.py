"""The small statistical intent model: one logistic regression per intent over TF-IDF features.

Features are character 3- to 5-grams inside words (as scikit-learn's ``char_wb`` makes them), which
cope with misspellings and related word forms across languages, plus whole words and word pairs
(``w:`` features, round 3), which make the votes easier to read. Each intent has its own
threshold, chosen by cross-validation when the model is trained, and the model has one fallback
threshold: a message in which nothing else names an intent gets the model's most likely one from
that probability (round 8), and one veto: a cue row's intent counts only when the model gives it at
least that probability (round 10; cue rows misfire on new wordings).

Trained with scikit-learn by :mod:`sarcnav.enquiries.train` on the synthetic labelled development
set and shipped as plain JSON (vocabulary, idf, weights, provenance), so inference needs neither
scikit-learn nor pickle and every vote can show the words that carried it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sarcnav.model.enquiry import ModelEvidence

MODEL_PATH = Path(str(resources.files("sarcnav.enquiries") / "data" / "intent_model.json"))
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MAX_CHARS = 5_000
SHOWN = 0.25
"""Probability from which a vote's top features are listed (weak cues need support from 0.3)."""


WORD = "w:"
"""Prefix of whole-word and word-pair features (shown without it)."""


def ngrams(folded: str) -> list[str]:
    """Character 3- to 5-grams of each space-padded word (" lms " → " lm", "lms", "ms "...),
    then each word and each pair of neighbouring words ("w:lms", "w:clinical trials")."""
    out: list[str] = []
    words = TOKEN.findall(folded[:MAX_CHARS])
    for word in words:
        padded = f" {word} "
        for n in (3, 4, 5):
            out.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    out.extend(WORD + w for w in words)
    out.extend(f"{WORD}{a} {b}" for a, b in itertools.pairwise(words))
    return out


@dataclass(frozen=True)
class WordWeight:
    """One word of the message and how much it pushed a score up."""

    text: str
    start: int
    end: int
    weight: float


def word_weights(folded: str, parts: dict[str, float]) -> list[WordWeight]:
    """The words of ``folded`` with a positive share of the feature contributions ``parts``
    (strongest first).

    Each feature's contribution is shared equally among its occurrences; a word gets the shares
    of its character n-grams, of itself, and half of each word pair it is in."""
    occurrences = Counter(ngrams(folded))
    found = list(TOKEN.finditer(folded[:MAX_CHARS]))
    best: dict[str, WordWeight] = {}
    for i, match in enumerate(found):
        word = match.group()
        padded = f" {word} "
        own = [
            (padded[k : k + n], 1.0) for n in (3, 4, 5) for k in range(max(1, len(padded) - n + 1))
        ]
        own.append((WORD + word, 1.0))
        if i > 0:
            own.append((f"{WORD}{found[i - 1].group()} {word}", 0.5))
        if i + 1 < len(found):
            own.append((f"{WORD}{word} {found[i + 1].group()}", 0.5))
        weight = sum(parts.get(p, 0.0) * share / occurrences[p] for p, share in own)
        current = best.get(word)
        if weight > 0 and (current is None or weight > current.weight):
            best[word] = WordWeight(word, match.start(), match.end(), round(weight, 3))
    return sorted(best.values(), key=lambda w: -w.weight)


@dataclass(frozen=True)
class IntentModel:
    vocabulary: dict[str, int]
    idf: NDArray[np.float64]
    labels: list[str]
    coef: NDArray[np.float64]
    """labels × vocabulary weights"""
    intercept: NDArray[np.float64]
    thresholds: dict[str, float]
    """per intent: the model votes at or above it (above 1.0: never votes alone)"""
    provenance: dict[str, Any]
    fallback: float
    """when nothing else names an intent, the model's most likely one counts from this
    probability (round 8; chosen leave-one-set-out; above 1.0: never)"""
    veto: float
    """a cue row's intent counts only from this model probability (round 10; chosen
    leave-one-set-out; 0: the model never vetoes a cue row)"""
    veto_languages: frozenset[str]
    """the languages in which the veto applies: those of many training messages (in the others
    the model knows too few words to overrule a cue row written for them)"""

    def predict(self, folded: str) -> dict[str, ModelEvidence]:
        """Probability per intent; from :data:`SHOWN` up, the five word pieces that pushed it up
        most."""
        counts = Counter(t for t in ngrams(folded) if t in self.vocabulary)
        terms = list(counts)
        index = np.array([self.vocabulary[t] for t in terms], dtype=np.int64)
        x = (1.0 + np.log(np.array([counts[t] for t in terms], dtype=np.float64))) * self.idf[index]
        x /= float(np.linalg.norm(x)) or 1.0
        parts = self.coef[:, index] * x
        scores = self.intercept + parts.sum(axis=1)
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(scores, -50.0, 50.0)))
        out = {}
        for k, label in enumerate(self.labels):
            probability = float(probabilities[k])
            top: list[tuple[str, float]] = []
            if probability >= SHOWN:
                order = np.argsort(-parts[k])[:5]
                top = [
                    (terms[i].removeprefix(WORD), round(float(parts[k, i]), 3))
                    for i in order
                    if parts[k, i] > 0
                ]
            out[label] = ModelEvidence(probability=round(probability, 3), features=top)
        return out

    def words(self, folded: str, label: str, shown: int = 5) -> list[WordWeight]:
        """The words of ``folded`` that pushed ``label``'s probability up most."""
        counts = Counter(t for t in ngrams(folded) if t in self.vocabulary)
        terms = list(counts)
        if not terms:
            return []
        index = np.array([self.vocabulary[t] for t in terms], dtype=np.int64)
        x = (1.0 + np.log(np.array([counts[t] for t in terms], dtype=np.float64))) * self.idf[index]
        x /= float(np.linalg.norm(x)) or 1.0
        parts = self.coef[self.labels.index(label), index] * x
        return word_weights(folded, dict(zip(terms, parts.tolist(), strict=True)))[:shown]


def load_model(path: Path = MODEL_PATH) -> IntentModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return IntentModel(
        vocabulary={t: i for i, t in enumerate(data["vocabulary"])},
        idf=np.array(data["idf"], dtype=np.float64),
        labels=data["labels"],
        coef=np.array(data["coef"], dtype=np.float64),
        intercept=np.array(data["intercept"], dtype=np.float64),
        thresholds=dict(zip(data["labels"], data["thresholds"], strict=True)),
        provenance=data["provenance"],
        fallback=float(data["fallback"]),
        veto=float(data["veto"]),
        veto_languages=frozenset(data["veto_languages"]),
    )


@cache
def shipped_model() -> IntentModel:
    return load_model()
