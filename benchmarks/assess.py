"""Assess generated synthetic cases on one core and print cases per second (target: >= 20,000/s).

Usage: python benchmarks/assess.py [N]   (default 100,000)

``make install`` compiles the engine's hot modules (sarcnav/native.py); after
``python src/sarcnav/native.py clean`` the same benchmark measures the pure-Python engine.
"""

from __future__ import annotations

import random
import sys
import time

from sarcnav import native
from sarcnav.model import Case
from sarcnav.services import assess


def generate(n: int, seed: int = 7) -> list[Case]:
    """Random synthetic cases across every lineage, with some fields left unknown."""
    rng = random.Random(seed)

    def maybe(value: object, p: float = 0.9) -> object:
        return value if rng.random() < p else None

    cases = []
    for i in range(n):
        findings = {
            "lineage": maybe(
                rng.choice(
                    ["smooth_muscle"] * 6
                    + ["endometrial_stromal", "undifferentiated"]
                    + ["biphasic_benign_glands", "biphasic_malignant_epithelium"]
                ),
                0.97,
            ),
            "morphology": maybe(rng.choice(["spindle"] * 4 + ["epithelioid", "myxoid"])),
            "atypia_grade": maybe(rng.choice(["none", "mild", "moderate", "severe"])),
            "atypia_distribution": maybe(rng.choice(["focal", "multifocal", "diffuse"])),
            "bizarre_nuclei": maybe(rng.random() < 0.2),
            "necrosis": maybe(
                rng.choice(["none", "tumour_cell", "infarct_type", "uncertain_type"])
            ),
            "mitoses": maybe(
                {
                    "value": round(rng.uniform(0, 30), 1),
                    "unit": "per_10_hpf",
                    "field_diameter_mm": 0.55,
                }
            ),
            "stromal_grade": maybe(rng.choice(["low", "high"])),
            "border": maybe(rng.choice(["well_circumscribed", "infiltrative"])),
            "lymphovascular_invasion": maybe(rng.random() < 0.3),
            "max_dimension_cm": maybe(round(rng.uniform(0.5, 20), 1)),
            "myometrial_invasion_fraction": maybe(round(rng.random(), 2)),
        }
        extent = (
            {"confined_to_uterus": True}
            if rng.random() < 0.6
            else {
                "adnexa": maybe(rng.random() < 0.2),
                "abdominal_sites": maybe(["omentum"] * rng.randint(0, 2)),
                "pelvic_nodes": maybe({"involvement": rng.choice(["negative", "positive"])}),
                "para_aortic_nodes": {"involvement": "negative"},
                "bladder_mucosa": False,
                "bowel_mucosa": False,
                "distant_sites": maybe(["lung"] if rng.random() < 0.2 else []),
            }
        )
        cases.append(
            Case.model_validate(
                {"id": f"bench-{i}", "synthetic": True, "findings": findings, "extent": extent}
            )
        )
    return cases


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    cases = generate(n)
    wall, cpu = time.perf_counter(), time.process_time()
    staged = sum(assess(case).stage is not None for case in cases)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    engine = native.loaded_compiled()
    built = f"{len(engine)} modules compiled with mypyc" if engine else "pure Python"
    print(f"assess: {n:,} synthetic cases, {staged:,} staged, one process ({built})")
    print(f"        {n / cpu:,.0f} cases per CPU-second ({cpu:.2f} s CPU)")
    print(f"        {n / wall:,.0f} cases per wall-clock second ({wall:.2f} s; shared machine)")
    print("        target >= 20,000 cases/s")


if __name__ == "__main__":
    main()
