"""Speed of the survival commands on a synthetic registry (prints figures; not a timed test)."""

from __future__ import annotations

import time

from sarcnav.survival.cox import bootstrap_concordance, calibration, fit_cox
from sarcnav.survival.design import build_design
from sarcnav.survival.km import kaplan_meier
from sarcnav.survival.synth import synthesize


def main() -> None:
    for n in (500, 2000):
        data = synthesize(n, seed=1)
        design = build_design(data, ["age_years", "stage_group", "tumour_size_cm"])
        start = time.perf_counter()
        cph, _ = fit_cox(design)
        fit_s = time.perf_counter() - start
        start = time.perf_counter()
        bootstrap_concordance(design, cph, 100, seed=1)
        boot_s = time.perf_counter() - start
        start = time.perf_counter()
        calibration(cph, design, 60.0, None)
        cal_s = time.perf_counter() - start
        start = time.perf_counter()
        kaplan_meier(data, "stage_group", [0, 12, 24, 36, 60])
        km_s = time.perf_counter() - start
        print(
            f"survival n={n}: Cox fit {fit_s * 1000:.0f} ms; 100 bootstrap refits {boot_s:.1f} s; "
            f"calibration {cal_s * 1000:.0f} ms; KM by stage {km_s * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
