"""Frozen outputs of ``assess`` (and ``stage`` with a chosen system) over a wide set of inputs.

The inputs: the benchmark's generated cases, a second generator that also varies IHC, molecular
findings, mitotic units, specimen, nodes and stated codes, every golden diagnosis and staging case,
and the bundled examples. ``python -m tests.services.snapshot`` rewrites the snapshot; do that only
when an output is meant to change, and review the diff of the outputs it reports.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from benchmarks.assess import generate
from pydantic import ValidationError
from tests.golden import load

from sarcnav.model import Case
from sarcnav.model.case import Alteration, Marker
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.services import assess
from sarcnav.staging import stage

SNAPSHOT = Path(__file__).parent / "assess_snapshot.json.gz"
UNSET = Path(__file__).parent / "assess_snapshot_unset.sha256"
GENERATED = 3_000
VARIED = 1_500


def varied(n: int, seed: int = 11) -> Iterator[Case]:
    """Synthetic cases over inputs the benchmark's generator leaves out (invalid ones skipped)."""
    rng = random.Random(seed)

    def maybe(value: object, p: float = 0.7) -> object:
        return value if rng.random() < p else None

    def pick(*options: object) -> object:
        return maybe(rng.choice(options))

    made = 0
    while made < n:
        markers = rng.sample(list(Marker), rng.randint(0, 6))
        ihc = {
            m.value: {
                "result": rng.choice(["positive", "negative", "equivocal", "aberrant", "lost"]),
                "percent": maybe(rng.choice([0, 10, 50, 80, 100])),
                "distribution": pick("focal", "multifocal", "diffuse"),
            }
            for m in markers
        }
        molecular = [
            {"alteration": a.value, "detected": rng.random() < 0.5}
            for a in rng.sample(list(Alteration), rng.randint(0, 2))
        ]
        unit = rng.choice(["per_10_hpf", "per_mm2"])
        mitoses = {"value": rng.choice([0, 1, 1.6, 2, 4, 5, 10, 20, round(rng.uniform(0, 40), 1)])}
        mitoses["unit"] = unit
        if unit == "per_10_hpf":
            mitoses[rng.choice(["field_diameter_mm", "area_mm2", "none"])] = rng.choice([0.5, 2.4])
            mitoses.pop("none", None)
        findings = {
            "lineage": pick(
                "smooth_muscle",
                "endometrial_stromal",
                "undifferentiated",
                "biphasic_benign_glands",
                "biphasic_malignant_epithelium",
            ),
            "morphology": pick("spindle", "epithelioid", "myxoid", "uncertain"),
            "cellularity": pick("usual", "cellular", "highly_cellular"),
            "atypia_grade": pick("none", "mild", "moderate", "severe"),
            "atypia_distribution": pick("focal", "multifocal", "diffuse"),
            "bizarre_nuclei": pick(True, False),
            "necrosis": pick("none", "tumour_cell", "infarct_type", "uncertain_type"),
            "mitoses": maybe(mitoses),
            "border": pick("well_circumscribed", "limited_irregularity", "infiltrative"),
            "border_projections": pick(0, 2, 4),
            "border_projection_max_mm": pick(1.0, 3.0, 10.0),
            "lymphovascular_invasion": pick(True, False),
            "stromal_grade": pick("low", "high"),
            "sarcomatous_overgrowth_percent": pick(10, 25, 60),
            "fh_deficient_morphology": pick(True, False),
            "max_dimension_cm": pick(0.5, 3.0, 5.0, 10.0, 15.0),
            "myometrial_invasion_fraction": pick(0.0, 0.3, 0.5, 0.8),
            "molecular_class": pick("POLEmut", "MMRd", "NSMP", "p53abn"),
            "ihc": ihc,
            "molecular": molecular,
        }
        involvement = ["negative", "itc", "micrometastasis", "macrometastasis", "positive"]
        extent: dict[str, Any] = {
            "confined_to_uterus": pick(True, False),
            **{
                site: pick(True, False)
                for site in (
                    "cervical_stroma",
                    "serosa",
                    "adnexa",
                    "vagina",
                    "parametrium",
                    "other_pelvic_tissue",
                    "pelvic_peritoneum",
                    "bladder_mucosa",
                    "bowel_mucosa",
                )
            },
            "abdominal_sites": pick([], ["omentum"], ["omentum", "liver_surface"]),
            "pelvic_nodes": maybe({"involvement": rng.choice(involvement)}),
            "para_aortic_nodes": maybe({"involvement": rng.choice(involvement)}),
            "distant_sites": pick([], ["lung"]),
        }
        data = {
            "id": f"varied-{made}",
            "synthetic": True,
            "specimen": {"integrity": pick("intact", "opened", "fragmented", "morcellated")},
            "findings": findings,
            "extent": extent,
            "diagnosis_code": maybe(rng.choice(list(DiagnosisCode)).value, 0.2),
        }
        try:
            case = Case.model_validate(data)
        except ValidationError:
            continue
        made += 1
        yield case


def outputs() -> dict[str, Any]:
    """Every snapshot entry: a label and the JSON dump of the result."""
    out: dict[str, Any] = {}
    for case in generate(GENERATED):
        out[case.id] = assess(case).model_dump(mode="json")
    for case in varied(VARIED):
        out[case.id] = assess(case).model_dump(mode="json")
        out[f"{case.id}+alternatives"] = assess(case, alternatives=True).model_dump(mode="json")
    for engine in ("diagnosis", "staging"):
        for golden in load(engine):
            case = Case.model_validate(golden.case)
            out[f"golden:{golden}"] = assess(case).model_dump(mode="json")
            if golden.code:
                staged = stage(case, golden.code, system=golden.system, alternatives=True)
                out[f"golden-stage:{golden}"] = staged and staged.model_dump(mode="json")
    for path in sorted(files("sarcnav.examples").joinpath("cases").iterdir()):
        if path.name.endswith(".json"):
            case = Case.model_validate_json(path.read_text(encoding="utf-8"))
            out[f"example:{path.name}"] = assess(case).model_dump(mode="json")
    return out


def unset_digest() -> str:
    """SHA-256 over which fields each result set (``exclude_unset`` dumps) and its ``repr``."""
    digest = hashlib.sha256()
    for case in [*generate(GENERATED // 2), *varied(VARIED // 2)]:
        result = assess(case, alternatives=True)
        digest.update(json.dumps(result.model_dump(mode="json", exclude_unset=True)).encode())
        digest.update(repr(result).encode())
    return digest.hexdigest()


def write() -> None:
    text = json.dumps(outputs(), separators=(",", ":"), sort_keys=True)
    SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    UNSET.write_text(unset_digest() + "\n", encoding="utf-8")


def read() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    return result


if __name__ == "__main__":
    write()
