"""The case: patient, specimen, tumour findings (after the ICCR 2022 data set) and extent.

Every finding is optional: ``None`` means *not known*, never *normal*. Units are in the field names.
"""

from __future__ import annotations

import math
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.risk import PreopFindings
from sarcnav.model.therapy_record import TherapyContext, TherapyLine

Percent = Annotated[float, Field(ge=0, le=100)]
NonNegative = Annotated[float, Field(ge=0)]


class Strict(BaseModel):
    """Base for input models: unknown fields are errors, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class MenopausalStatus(StrEnum):
    PRE = "premenopausal"
    PERI = "perimenopausal"
    POST = "postmenopausal"


class Procedure(StrEnum):
    TOTAL_HYSTERECTOMY = "total_hysterectomy"
    SUPRACERVICAL_HYSTERECTOMY = "supracervical_hysterectomy"
    RADICAL_HYSTERECTOMY = "radical_hysterectomy"
    MYOMECTOMY = "myomectomy"
    BIOPSY = "biopsy"
    CURETTAGE = "curettage"
    POLYPECTOMY = "polypectomy"
    OTHER = "other"


class Integrity(StrEnum):
    INTACT = "intact"
    OPENED = "opened"
    FRAGMENTED = "fragmented"
    MORCELLATED = "morcellated"


class Lineage(StrEnum):
    """The line of differentiation the pathologist sees."""

    SMOOTH_MUSCLE = "smooth_muscle"
    ENDOMETRIAL_STROMAL = "endometrial_stromal"
    UNDIFFERENTIATED = "undifferentiated"
    BIPHASIC_BENIGN_GLANDS = "biphasic_benign_glands"
    BIPHASIC_MALIGNANT_EPITHELIUM = "biphasic_malignant_epithelium"


class Morphology(StrEnum):
    SPINDLE = "spindle"
    EPITHELIOID = "epithelioid"
    MYXOID = "myxoid"
    UNCERTAIN = "uncertain"


class AtypiaGrade(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Distribution(StrEnum):
    FOCAL = "focal"
    MULTIFOCAL = "multifocal"
    DIFFUSE = "diffuse"


class Necrosis(StrEnum):
    NONE = "none"
    TUMOUR_CELL = "tumour_cell"
    INFARCT_TYPE = "infarct_type"
    UNCERTAIN_TYPE = "uncertain_type"


class Border(StrEnum):
    WELL_CIRCUMSCRIBED = "well_circumscribed"
    LIMITED_IRREGULARITY = "limited_irregularity"
    INFILTRATIVE = "infiltrative"


class Cellularity(StrEnum):
    USUAL = "usual"
    CELLULAR = "cellular"
    HIGHLY_CELLULAR = "highly_cellular"


class StromalGrade(StrEnum):
    LOW = "low"
    HIGH = "high"


class MarginStatus(StrEnum):
    NEGATIVE = "negative"
    POSITIVE = "positive"
    CANNOT_ASSESS = "cannot_assess"


class MitoticUnit(StrEnum):
    PER_10_HPF = "per_10_hpf"
    PER_MM2 = "per_mm2"


class Marker(StrEnum):
    ER = "ER"
    PR = "PR"
    DESMIN = "desmin"
    H_CALDESMON = "h_caldesmon"
    SMA = "SMA"
    CD10 = "CD10"
    CYCLIN_D1 = "cyclin_d1"
    BCOR = "BCOR"
    P53 = "p53"
    P16 = "p16"
    FH = "FH"
    KI67 = "Ki67"
    SC2 = "2SC"


class IHCResult(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    EQUIVOCAL = "equivocal"
    ABERRANT = "aberrant"
    LOST = "lost"
    RETAINED = "retained"


class Alteration(StrEnum):
    JAZF1_SUZ12 = "JAZF1::SUZ12"
    JAZF1_PHF1 = "JAZF1::PHF1"
    EPC1_PHF1 = "EPC1::PHF1"
    MEAF6_PHF1 = "MEAF6::PHF1"
    BRD8_PHF1 = "BRD8::PHF1"
    YWHAE_NUTM2 = "YWHAE::NUTM2"
    ZC3H7B_BCOR = "ZC3H7B::BCOR"
    BCOR_ITD = "BCOR_ITD"
    FH_GERMLINE = "FH_germline"


class MolecularClass(StrEnum):
    POLE_MUT = "POLEmut"
    MMRD = "MMRd"
    NSMP = "NSMP"
    P53ABN = "p53abn"


class NodeInvolvement(StrEnum):
    NEGATIVE = "negative"
    ITC = "itc"
    MICRO = "micrometastasis"
    MACRO = "macrometastasis"
    POSITIVE = "positive"


class Patient(Strict):
    age_years: Annotated[int, Field(ge=0, le=120)] | None = None
    menopausal_status: MenopausalStatus | None = None
    sex: str = "female"


class Specimen(Strict):
    procedure: Procedure | None = None
    integrity: Integrity | None = None


class MitoticCount(Strict):
    """A mitotic count as counted: per 10 HPF (with the field diameter when known) or per mm²."""

    value: NonNegative
    unit: MitoticUnit
    field_diameter_mm: Annotated[float, Field(gt=0, le=2)] | None = None
    area_mm2: Annotated[float, Field(gt=0)] | None = None

    def per_mm2(self) -> float | None:
        """Count per mm², or None when a per-10-HPF count has no field size."""
        if self.unit is MitoticUnit.PER_MM2:
            return self.value
        if self.area_mm2 is not None:
            return self.value / self.area_mm2
        if self.field_diameter_mm is not None:
            return self.value / (10 * math.pi * (self.field_diameter_mm / 2) ** 2)
        return None

    def per_10_hpf(self) -> float | None:
        """Count per 10 HPF as counted; None when the count was given per mm²."""
        return self.value if self.unit is MitoticUnit.PER_10_HPF else None


class Stain(Strict):
    result: IHCResult
    percent: Percent | None = None
    distribution: Distribution | None = None


class MolecularFinding(Strict):
    alteration: Alteration
    detected: bool
    method: str | None = None


class Findings(Strict):
    """Tumour findings, after the ICCR 2022 data set for uterine mesenchymal tumours."""

    site: str | None = None
    tumour_count: Annotated[int, Field(ge=1)] | None = None
    max_dimension_cm: Annotated[float, Field(ge=0, le=100)] | None = None
    lineage: Lineage | None = None
    morphology: Morphology | None = None
    cellularity: Cellularity | None = None
    atypia_grade: AtypiaGrade | None = None
    atypia_distribution: Distribution | None = None
    bizarre_nuclei: bool | None = None
    mitoses: MitoticCount | None = None
    necrosis: Necrosis | None = None
    border: Border | None = None
    border_projections: Annotated[int, Field(ge=0)] | None = None
    border_projection_max_mm: NonNegative | None = None
    lymphovascular_invasion: bool | None = None
    margin: MarginStatus | None = None
    myometrial_invasion_fraction: Annotated[float, Field(ge=0, le=1)] | None = None
    stromal_grade: StromalGrade | None = None
    sarcomatous_overgrowth_percent: Percent | None = None
    heterologous_elements: bool | None = None
    fh_deficient_morphology: bool | None = None
    ihc: dict[Marker, Stain] = Field(default_factory=dict)
    molecular: list[MolecularFinding] = Field(default_factory=list)
    molecular_class: MolecularClass | None = None


class Nodes(Strict):
    involvement: NodeInvolvement
    examined: Annotated[int, Field(ge=0)] | None = None
    positive: Annotated[int, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _counts_agree(self) -> Nodes:
        if (
            self.examined is not None
            and self.positive is not None
            and self.positive > self.examined
        ):
            raise ValueError("positive nodes exceed nodes examined")
        if self.positive and self.involvement is NodeInvolvement.NEGATIVE:
            raise ValueError("involvement 'negative' but positive nodes counted")
        return self


class Extent(Strict):
    """Extent of disease.

    ``confined_to_uterus: true`` means every site beyond the uterus (and the serosa) is negative;
    recording one of them as involved at the same time is an error.
    """

    confined_to_uterus: bool | None = None
    cervical_stroma: bool | None = None
    serosa: bool | None = None
    adnexa: bool | None = None
    vagina: bool | None = None
    parametrium: bool | None = None
    other_pelvic_tissue: bool | None = None
    pelvic_peritoneum: bool | None = None
    abdominal_sites: list[str] | None = None
    pelvic_nodes: Nodes | None = None
    para_aortic_nodes: Nodes | None = None
    bladder_mucosa: bool | None = None
    bowel_mucosa: bool | None = None
    distant_sites: list[str] | None = None

    @model_validator(mode="after")
    def _confined_is_consistent(self) -> Extent:
        if self.confined_to_uterus is not True:
            return self
        beyond = {
            "serosa": self.serosa,
            "adnexa": self.adnexa,
            "vagina": self.vagina,
            "parametrium": self.parametrium,
            "other_pelvic_tissue": self.other_pelvic_tissue,
            "pelvic_peritoneum": self.pelvic_peritoneum,
            "bladder_mucosa": self.bladder_mucosa,
            "bowel_mucosa": self.bowel_mucosa,
            "abdominal_sites": bool(self.abdominal_sites),
            "distant_sites": bool(self.distant_sites),
            "pelvic_nodes": _nodes_positive(self.pelvic_nodes),
            "para_aortic_nodes": _nodes_positive(self.para_aortic_nodes),
        }
        clash = [name for name, value in beyond.items() if value]
        if clash:
            raise ValueError(
                "confined_to_uterus is true but disease is recorded beyond the uterus: "
                + ", ".join(clash)
            )
        return self


def _nodes_positive(nodes: Nodes | None) -> bool:
    return nodes is not None and nodes.involvement is not NodeInvolvement.NEGATIVE


class Outcome(Strict):
    last_follow_up: date | None = None
    vital_status: str | None = Field(default=None, pattern="^(alive|dead)$")
    recurrence: bool | None = None
    recurrence_date: date | None = None


class Case(Strict):
    """One patient's uterine tumour: the input of the diagnosis and staging engines."""

    id: str = "case"
    synthetic: bool = False
    patient: Patient = Field(default_factory=Patient)
    specimen: Specimen = Field(default_factory=Specimen)
    findings: Findings = Field(default_factory=Findings)
    extent: Extent = Field(default_factory=Extent)
    diagnosis_code: DiagnosisCode | None = Field(
        default=None, description="A diagnosis already made; staging uses it if findings cannot."
    )
    treatments: list[TherapyLine] = Field(default_factory=list)
    outcome: Outcome | None = None
    therapy: TherapyContext | None = None
    preop: PreopFindings | None = None
