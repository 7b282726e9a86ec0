"""The learned urgency backstop: one logistic regression for ``urgency == emergency``.

Same features and plain-JSON format as the intent model (:mod:`sarcnav.enquiries.intent_model`):
character 3- to 5-grams inside words, words and word pairs, TF-IDF weighted. Trained by
:mod:`sarcnav.enquiries.train_urgency` on every labelled set except the blind one, with its
threshold chosen by leave-one-set-out cross-validation and stored in the model file. It only
raises an emergency that the urgent-sign rules missed, and every raise names the words of the
message that pushed the probability up most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from sarcnav.enquiries.intent_model import WordWeight, ngrams, word_weights
from sarcnav.linear import LinearWeights, read_weights

__all__ = ["UrgencyModel", "WordWeight", "load_urgency_model", "shipped_urgency_model"]

URGENCY_MODEL_PATH = Path(str(resources.files("sarcnav.enquiries") / "data" / "urgency_model.json"))
SHOWN_WORDS = 5


@dataclass(frozen=True)
class UrgencyModel(LinearWeights):
    """Raises an emergency at or above ``threshold``."""

    def _parts(self, folded: str) -> tuple[float, dict[str, float]]:
        counts = Counter(t for t in ngrams(folded) if t in self.vocabulary)
        if not counts:
            return self.intercept, {}
        terms = list(counts)
        index = np.array([self.vocabulary[t] for t in terms], dtype=np.int64)
        x = (1.0 + np.log(np.array([counts[t] for t in terms], dtype=np.float64))) * self.idf[index]
        x /= float(np.linalg.norm(x)) or 1.0
        parts = self.coef[index] * x
        return self.intercept + float(parts.sum()), dict(zip(terms, parts.tolist(), strict=True))

    def probability(self, folded: str) -> float:
        score, _ = self._parts(folded)
        return float(1.0 / (1.0 + np.exp(-np.clip(score, -50.0, 50.0))))

    def words(self, folded: str) -> list[WordWeight]:
        """The words of ``folded`` that pushed the score up most (strongest first).

        Each feature's contribution is shared equally among its occurrences; a word gets the
        shares of its character n-grams, of itself, and half of each word pair it is in."""
        _, parts = self._parts(folded)
        return word_weights(folded, parts)[:SHOWN_WORDS]


def load_urgency_model(path: Path = URGENCY_MODEL_PATH) -> UrgencyModel:
    return UrgencyModel(**read_weights(path))


@cache
def shipped_urgency_model() -> UrgencyModel:
    return load_urgency_model()
