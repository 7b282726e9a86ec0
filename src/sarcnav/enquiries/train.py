"""Train the intent model on a labelled JSONL file and write it as JSON (scikit-learn, build time).

    python -m sarcnav.enquiries.train tests/fixtures/enquiries/dev.jsonl

Never train on the held-out set: its figures are only honest while it stays unseen.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from sarcnav.enquiries.intent_model import MODEL_PATH, ngrams
from sarcnav.enquiries.text import clean, fold
from sarcnav.knowledge.enquiries import Intent

LABELS: list[str] = list(Intent.__args__)  # type: ignore[attr-defined]
THRESHOLD = 0.7
"""The lowest threshold whose 5-fold cross-validated precision on dev was at least 0.9."""
C = 4.0


def train(path: Path) -> dict[str, Any]:
    """Fit one balanced logistic regression per intent; return the JSON-ready model."""
    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    texts = [fold(clean(r["text"])[0]) for r in rows]
    vectorizer = TfidfVectorizer(
        analyzer=ngrams, sublinear_tf=True, min_df=2, lowercase=False, norm="l2"
    )
    x = vectorizer.fit_transform(texts)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    coef, intercept = [], []
    for label in LABELS:
        y = np.array([label in r["intents"] for r in rows], dtype=int)
        model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear")
        model.fit(x, y)
        coef.append([round(float(v), 4) for v in model.coef_[0]])
        intercept.append(round(float(model.intercept_[0]), 5))
    return {
        "labels": LABELS,
        "vocabulary": vocabulary,
        "idf": [round(float(v), 5) for v in vectorizer.idf_],
        "coef": coef,
        "intercept": intercept,
        "threshold": THRESHOLD,
        "provenance": {
            "trained_on": path.name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "messages": len(rows),
            "data": "synthetic messages written for sarcnav (no real patient data)",
            "method": f"TF-IDF char 3-5 grams in words, min_df=2; LogisticRegression(C={C})",
            "sklearn": sklearn.__version__,
        },
    }


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) == 2 else MODEL_PATH
    out.write_text(json.dumps(train(Path(argv[0])), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
