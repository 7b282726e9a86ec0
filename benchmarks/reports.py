"""Report reader benchmark: field precision/recall/F1, diagnosis and FIGO exact accuracy, speed.

Runs over the synthetic corpus in tests/fixtures/reports (gold.json) and the blind sets
(blind2/gold.json ... blind12/gold.json). The 'tuning' reports were used while
writing the patterns; the 'holdout' reports were written after them (and later used to fix their
misses); the 'blind2' reports were written before the second round, measured blind twice, then
retired in round 3 and tuned on; the 'blind3' reports were written before round 3, measured blind
once, then retired in round 4 and tuned on; the 'blind4' reports were written before round 4,
measured blind once, then retired in round 5 and tuned on; the 'blind5' reports (by an author who
never read or ran the reader) were written before round 5, measured blind once, then retired in
round 6 and tuned on; the 'blind6' reports (by another author who never read or ran the reader)
were written before round 6, measured blind once, then retired in round 7 and tuned on; the
'blind7' reports (by a third author who never read or ran the reader) were written before round 7,
measured blind once, then retired in round 8 and tuned on; the 'blind8' reports (by a fourth
author) were written before round 8, measured blind once, then retired in round 9 and tuned on;
the 'blind9' reports (fifth author) were written before round 9, measured blind once after it, then
retired in round 10 and tuned on; the 'blind10' reports (sixth author, never read or ran the
reader) were written before round 9, measured before it and after rounds 9 and 10, then retired in
round 11 and tuned on. No set is blind now. Each set is reported apart.
Usage: python benchmarks/reports.py [--verbose]   (--verbose lists misses of sets not in BLIND)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from sarcnav.reports.assess import assess_report
from sarcnav.reports.fields import flatten, same

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reports"
GOLD_FILES = [
    FIXTURES / "gold.json",
    FIXTURES / "blind2" / "gold.json",
    FIXTURES / "blind3" / "gold.json",
    FIXTURES / "blind4" / "gold.json",
    FIXTURES / "blind5" / "gold.json",
    FIXTURES / "blind6" / "gold.json",
    FIXTURES / "blind7" / "gold.json",
    FIXTURES / "blind8" / "gold.json",
    FIXTURES / "blind9" / "gold.json",
    FIXTURES / "blind10" / "gold.json",
    FIXTURES / "blind11" / "gold.json",
    FIXTURES / "blind12" / "gold.json",
]
BLIND = {"blind11", "blind12"}  # sets whose misses are never listed (blind2 to blind10 retired)


def load_gold() -> dict[str, Any]:
    """Every gold file's reports in one map (names are paths under tests/fixtures/reports)."""
    reports: dict[str, Any] = {}
    for path in GOLD_FILES:
        reports.update(json.loads(path.read_text(encoding="utf-8"))["reports"])
    return {"reports": reports}


def score(gold: dict[str, Any], verbose: bool) -> dict[str, dict[str, float]]:
    """Per set: tp, fp, fn, diagnosis and FIGO hits, report count."""
    sets: dict[str, dict[str, float]] = {}
    for name, expected in gold["reports"].items():
        result = assess_report((FIXTURES / name).read_text(encoding="utf-8"), name=name)
        found = flatten(result.reading)
        want = expected["fields"]
        show = verbose and expected["set"] not in BLIND
        s = sets.setdefault(
            expected["set"], dict.fromkeys(["n", "tp", "fp", "fn", "dx", "figo"], 0.0)
        )
        s["n"] += 1
        for key, value in want.items():
            if key in found and same(found[key], value):
                s["tp"] += 1
            else:
                s["fn"] += 1
                if show:
                    print(f"  {name}: MISS {key} = {value!r} (got {found.get(key)!r})")
        for key, value in found.items():
            if key not in want or not same(want[key], value):
                s["fp"] += 1
                if show and key not in want:
                    print(f"  {name}: EXTRA {key} = {value!r}")
        code = result.diagnosis.code.value if result.diagnosis else None
        figo = result.stage.figo if result.stage else None
        s["dx"] += code == expected["diagnosis"]
        s["figo"] += figo == expected["figo"]
        if show and code != expected["diagnosis"]:
            print(f"  {name}: DIAGNOSIS {code} != {expected['diagnosis']}")
        if show and figo != expected["figo"]:
            print(f"  {name}: FIGO {figo} != {expected['figo']}")
    return sets


def speed(texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """Reports per second of wall time and per second of this process's CPU time (one core)."""
    assess_report(texts[0])  # warm-up: loads spaCy and the knowledge packs
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for text in texts:
            assess_report(text)
    n = rounds * len(texts)
    return n / (time.perf_counter() - wall), n / (time.process_time() - cpu)


def main() -> None:
    verbose = "--verbose" in sys.argv
    gold = load_gold()
    sets = score(gold, verbose)
    total = {k: sum(s[k] for s in sets.values()) for k in ["n", "tp", "fp", "fn", "dx", "figo"]}
    print("report reader benchmark (synthetic corpus; targets: F1 >= 0.95, exact >= 95%, >= 100/s)")
    for label, s in [*sorted(sets.items(), key=lambda kv: kv[0] != "tuning"), ("all", total)]:
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
        r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"  {label:8} reports={int(s['n']):3}  fields P={p:.3f} R={r:.3f} F1={f1:.3f}  "
            f"diagnosis exact={s['dx'] / s['n']:.1%}  FIGO exact={s['figo'] / s['n']:.1%}"
        )
    texts = [(FIXTURES / n).read_text(encoding="utf-8") for n in gold["reports"]]
    wall, cpu = speed(texts)
    print(
        f"  speed: {cpu:.0f} reports per CPU-second ({wall:.0f}/s wall clock on a shared machine);"
        " one process, full read + diagnosis + stage"
    )


if __name__ == "__main__":
    main()
