"""The small statistical intent model: one logistic regression per intent over TF-IDF features.

Features are character 3- to 5-grams inside words (as scikit-learn's ``char_wb`` makes them), which
cope with misspellings and related word forms across languages far better than whole words did in
5-fold cross-validation on the development set.

Trained with scikit-learn by :mod:`sarcnav.enquiries.train` on the synthetic labelled development
set and shipped as plain JSON (vocabulary, idf, weights, provenance), so inference needs neither
scikit-learn nor pickle and every vote can show the words that carried it.
"""

from __future__ import annotations

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
    """Character 3- to 5-grams of each space-padded word (" lms " → " lm", "lms", "ms "...)."""
    out: list[str] = []
    for word in TOKEN.findall(folded[:MAX_CHARS]):
        padded = f" {word} "
        for n in (3, 4, 5):
            out.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return out


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
        """Probability per intent; for a probability of 0.5 or more, the five word pieces that
        pushed it up most."""
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
