"""Enquiry triage figures on the synthetic labelled sets (dev and held-out, reported apart).

    .venv/bin/python benchmarks/enquiries.py [--cv]

Prints per-intent precision/recall/F1, intent micro-F1, route precision (and recall), accuracy of
relation, location and urgency, language accuracy on messages of five words or more, and messages
per second on one core. The shipped intent model is trained on every set here (blind5 since
round 8, blind6 since round 9, blind7 since round 10, blind8, blind9 and train11 since round 11),
so their figures are in-sample; its honest
figures are leave-one-set-out (``python -m sarcnav.enquiries.train --report``). ``--cv`` adds
5-fold cross-validated dev figures (a model retrained on four fifths of dev each time, thresholds
chosen inside them).
Held-out and fresh messages are never used for training, but the second round of cue rows was
written from their misses, so their figures are now optimistic too. Blind2 messages were written
before the second round and not looked at while tuning it. urgent_blind3 (about half emergencies,
half look-alikes) was written before the third round (urgent signs); round 3b was written from its
misses, so urgent_blind4 was written before round 3b. The third round of intents read the misses
of blind2 and urgent_blind4: those sets are now seen. blind3 (a general set like blind2) was written
before any round-3 tuning of the triage by someone who did not tune; it was measured once blind
after round 3 and tuned on in round 4, so its figures are no longer blind. blind4 (emergencies in
indirect wordings and many languages, look-alikes, ordinary intents) was written the same way before
any round-4 tuning, measured once blind after round 4 and tuned on in round 5: its figures are no
longer blind either. blind5 (47 emergencies, 34 look-alikes and 45 ordinary messages, in ten
languages) was written the same way before any round-5 tuning, measured blind after rounds 5, 6
and 7, and retired in round 8: tuned on and trained on, so its figures are no longer blind. blind6
(150 messages like a centre's website form, blog comments and e-mail, intents and routes first) was
written the same way before any round-8 tuning, measured once blind after round 8 and retired in
round 9: tuned on and trained on, so its figures are no longer blind either. blind7 (216 messages
weighted towards the weakest intents) was written the same way before any round-9 tuning, measured
once blind after round 9 and retired in round 10: tuned on and trained on, no longer blind.
train10 and train10b (404 and 435 messages written for training in round 10) and train11 (421,
mostly multi-intent, round 11) are trained on: their figures are in-sample. blind8 (222) and blind9
(273), each written by a helper who never read or ran the triage, before any round-10 change, were
measured blind after round 10 and retired in round 11: tuned on and trained on, no longer blind.
The urgency backstop (round 6) is trained on every set here, so the emergency figures are
in-sample; its cross-validated figures come from
``python -m sarcnav.enquiries.train_urgency --report`` (leave one set out).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sarcnav.enquiries import triage
from sarcnav.enquiries.intent_model import IntentModel, load_model
from sarcnav.enquiries.routing import INTENTS
from sarcnav.enquiries.text import word_count
from sarcnav.enquiries.train import train
from sarcnav.model.enquiry import Enquiry, EnquiryResult

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "enquiries"


def load(name: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run(rows: list[dict[str, Any]], model: IntentModel | None = None) -> list[EnquiryResult]:
    return [triage(Enquiry(text=r["text"], id=r["id"]), model=model) for r in rows]


def report(title: str, rows: list[dict[str, Any]], results: list[EnquiryResult]) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for row, res in zip(rows, results, strict=True):
        gold, got = set(row["intents"]), set(res.intents)
        for label in got & gold:
            tp[label] += 1
        for label in got - gold:
            fp[label] += 1
        for label in gold - got:
            fn[label] += 1
    print(f"\n== {title}: {len(rows)} messages")
    print(f"{'intent':24} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for label in INTENTS:
        p, r, f = _prf(tp[label], fp[label], fn[label])
        print(f"{label:24} {p:6.2f} {r:6.2f} {f:6.2f} {tp[label] + fn[label]:4d}")
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'intent micro':24} {p:6.2f} {r:6.2f} {f:6.2f}")
    rtp = sum(len(set(r["routes"]) & set(x.routes)) for r, x in zip(rows, results, strict=True))
    rpred = sum(len(x.routes) for x in results)
    rgold = sum(len(r["routes"]) for r in rows)
    print(f"route precision {rtp / max(rpred, 1):.3f}  recall {rtp / max(rgold, 1):.3f}")
    for field in ("relation", "location", "urgency"):
        right = sum(r[field] == getattr(x, field) for r, x in zip(rows, results, strict=True))
        print(f"{field} accuracy {right / len(rows):.3f}")
    emergencies = [
        (r, x) for r, x in zip(rows, results, strict=True) if r["urgency"] == "emergency"
    ]
    missed = sum(x.urgency != "emergency" for _, x in emergencies)
    flagged = sum(x.urgency == "emergency" for x in results)
    caught = len(emergencies) - missed
    print(
        f"emergencies missed {missed} of {len(emergencies)}; emergency recall "
        f"{caught / max(len(emergencies), 1):.3f}, precision {caught / max(flagged, 1):.3f} "
        f"({flagged - caught} false alarms)"
    )
    spam = sum(r["spam"] == x.spam for r, x in zip(rows, results, strict=True))
    print(f"spam accuracy {spam / len(rows):.3f}")
    long = [(r, x) for r, x in zip(rows, results, strict=True) if word_count(r["text"]) >= 5]
    right = sum(r["language"] == x.language for r, x in long)
    print(f"language accuracy (>=5 words) {right}/{len(long)} = {right / max(len(long), 1):.3f}")


def cross_validated(rows: list[dict[str, Any]], folds: int = 5) -> list[EnquiryResult]:
    """Dev results where each message is triaged by a model that never saw it."""
    results: dict[int, EnquiryResult] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            train_rows = [r for i, r in enumerate(rows) if i % folds != k]
            path = Path(tmp) / f"fold{k}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in train_rows), encoding="utf-8")
            model_path = Path(tmp) / f"fold{k}.json"
            model_path.write_text(json.dumps(train(path)), encoding="utf-8")
            model = load_model(model_path)
            for i, r in enumerate(rows):
                if i % folds == k:
                    results[i] = run([r], model)[0]
    return [results[i] for i in range(len(rows))]


def speed(rows: list[dict[str, Any]]) -> None:
    run(rows[:5])
    texts = [r["text"] for r in rows]
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        triage(Enquiry(text=text))
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"\nspeed: {len(texts) / elapsed:.0f} messages/second wall-clock, "
        f"{len(texts) / used:.0f} per CPU-second (one core, {len(texts)} messages)"
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    dev, heldout, fresh = load("dev.jsonl"), load("heldout.jsonl"), load("fresh.jsonl")
    print("All messages are synthetic. Dev trained the shipped intent model (optimistic figures).")
    report("dev (shipped model, trained on dev)", dev, run(dev))
    if "--cv" in sys.argv:
        report("dev (5-fold cross-validated model)", dev, cross_validated(dev))
    report("HELD-OUT (not trained on; round-2 cues written from its misses)", heldout, run(heldout))
    report("FRESH (not trained on; round-2 cues written from its misses)", fresh, run(fresh))
    blind2 = load("blind2.jsonl")
    report(
        "BLIND2 (written before round 2; its misses shaped the third round of intents)",
        blind2,
        run(blind2),
    )
    blind3 = load("blind3.jsonl")
    report(
        "BLIND3 (measured once blind after round 3; tuned on in round 4, not blind)",
        blind3,
        run(blind3),
    )
    blind4 = load("blind4.jsonl")
    report(
        "BLIND4 (measured once blind after round 4; tuned on in round 5, not blind)",
        blind4,
        run(blind4),
    )
    blind5 = load("blind5.jsonl")
    report(
        "BLIND5 (measured blind after rounds 5-7; retired in round 8: tuned and trained on)",
        blind5,
        run(blind5),
    )
    blind6 = load("blind6.jsonl")
    report(
        "BLIND6 (measured once blind after round 8; retired in round 9: tuned and trained on)",
        blind6,
        run(blind6),
    )
    blind7 = load("blind7.jsonl")
    report(
        "BLIND7 (measured once blind after round 9; retired in round 10: tuned and trained on)",
        blind7,
        run(blind7),
    )
    train10 = load("train10.jsonl")
    report(
        "TRAIN10 (written for training in round 10; trained on, in-sample)", train10, run(train10)
    )
    train10b = load("train10b.jsonl")
    report(
        "TRAIN10B (written for training in round 10, urgency first; trained on, in-sample)",
        train10b,
        run(train10b),
    )
    train11 = load("train11.jsonl")
    report(
        "TRAIN11 (written for training in round 11, multi-intent; trained on, in-sample)",
        train11,
        run(train11),
    )
    blind8, blind9 = load("blind8.jsonl"), load("blind9.jsonl")
    report(
        "BLIND8 (measured once blind after round 10; retired in round 11: tuned and trained on)",
        blind8,
        run(blind8),
    )
    report(
        "BLIND9 (measured once blind after round 10; retired in round 11: tuned and trained on)",
        blind9,
        run(blind9),
    )
    blind10, blind11 = load("blind10.jsonl"), load("blind11.jsonl")
    report(
        "BLIND10 (written before round 11, never trained on; its missed emergencies were read)",
        blind10,
        run(blind10),
    )
    report(
        "BLIND11 (written before round 11, never trained on; its missed emergencies were read)",
        blind11,
        run(blind11),
    )
    urgent3 = load("urgent_blind3.jsonl")
    report(
        "URGENT_BLIND3 (written before round 3; round 3b was written from its misses)",
        urgent3,
        run(urgent3),
    )
    urgent4 = load("urgent_blind4.jsonl")
    report(
        "URGENT_BLIND4 (written before round 3b; its misses shaped the third round of intents)",
        urgent4,
        run(urgent4),
    )
    speed(
        dev
        + heldout
        + fresh
        + blind2
        + blind3
        + blind4
        + blind5
        + blind6
        + blind7
        + train10
        + train10b
        + train11
        + blind8
        + blind9
        + blind10
        + blind11
        + urgent3
        + urgent4
    )


if __name__ == "__main__":
    main()
