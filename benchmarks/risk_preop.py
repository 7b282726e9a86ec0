"""Speed of the pre-operative risk engine (prints cases per second; not a timed test)."""

from __future__ import annotations

import time

from sarcnav.model.case import Case
from sarcnav.risk.preop import assess_preop, preop_pack

CASE = Case.model_validate(
    {
        "synthetic": True,
        "patient": {"age_years": 52, "menopausal_status": "perimenopausal"},
        "preop": {
            "tumour_max_diameter_cm": 8.5,
            "ldh_u_per_l": 240,
            "nlr": 3.0,
            "platelets_10e9_per_l": 310,
            "mri": {"nodular_borders": True, "haemorrhage": False, "t2_dark_areas": True},
        },
    }
)


def main() -> None:
    start = time.perf_counter()
    preop_pack()
    load = time.perf_counter() - start
    n = 2000
    start = time.perf_counter()
    for _ in range(n):
        assess_preop(CASE)
    elapsed = time.perf_counter() - start
    print(f"risk preop: pack load {load * 1000:.1f} ms; {n / elapsed:,.0f} cases/s")


if __name__ == "__main__":
    main()
