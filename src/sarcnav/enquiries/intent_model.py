"""The small statistical intent model: one logistic regression per intent over TF-IDF words.

Trained with scikit-learn by :mod:`sarcnav.enquiries.train` on the synthetic labelled development
set and shipped as plain JSON (vocabulary, idf, weights, provenance), so inference needs neither
scikit-learn nor pickle and every vote can show the words that carried it.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sarcnav.model.enquiry import ModelEvidence

MODEL_PATH = Path(str(resources.files("sarcnav.enquiries") / "data" / "intent_model.json"))
TOKEN = re.compile(r"(?u)\b\w\w+\b")
MAX_CHARS = 5_000


def ngrams(folded: str) -> list[str]:
    """Unigrams and bigrams, the way scikit-learn's word analyser makes them."""
    words = TOKEN.findall(folded[:MAX_CHARS])
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class IntentModel:
    vocabulary: dict[str, int]
    idf: list[float]
    labels: list[str]
    coef: list[list[float]]
    intercept: list[float]
    threshold: float
    provenance: dict[str, Any]

    def predict(self, folded: str) -> dict[str, ModelEvidence]:
        """Probability per intent; for a probability of 0.5 or more, the five words that pushed
        it up most."""
        counts = Counter(t for t in ngrams(folded) if t in self.vocabulary)
        weights = {t: (1.0 + math.log(n)) * self.idf[self.vocabulary[t]] for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        features = {t: w / norm for t, w in weights.items()}
        columns = [(self.vocabulary[t], t, x) for t, x in features.items()]
        out = {}
        for k, label in enumerate(self.labels):
            row = self.coef[k]
            score = self.intercept[k] + sum(x * row[i] for i, _, x in columns)
            probability = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))
            top: list[tuple[str, float]] = []
            if probability >= 0.5:
                parts = ((t, round(x * row[i], 3)) for i, t, x in columns)
                top = sorted((p for p in parts if p[1] > 0), key=lambda p: -p[1])[:5]
            out[label] = ModelEvidence(probability=round(probability, 3), features=top)
        return out


def load_model(path: Path = MODEL_PATH) -> IntentModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return IntentModel(
        vocabulary={t: i for i, t in enumerate(data["vocabulary"])},
        idf=data["idf"],
        labels=data["labels"],
        coef=data["coef"],
        intercept=data["intercept"],
        threshold=data["threshold"],
        provenance=data["provenance"],
    )


@cache
def shipped_model() -> IntentModel:
    return load_model()
