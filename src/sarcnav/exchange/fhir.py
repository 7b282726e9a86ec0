"""A case as an HL7 FHIR R4 Bundle shaped after mCODE (fhir.resources, R4B models), and back.

Resources: Patient (mcode-cancer-patient), the primary cancer Condition, a stage group
Observation (LOINC 21902-2, exported only: the stage is derived), tumour marker Observations (one
per immunostain and per molecular finding), the specimen Procedure and one MedicationStatement per
line of therapy. sarcnav's own vocabularies are code systems under ``BASE``. What mCODE has no
element for (most ICCR findings, extent of disease, follow-up dates) travels as JSON in an
extension on the Condition, so a round trip loses nothing the case model holds.
"""

from __future__ import annotations

import json
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from sarcnav.errors import InputError, describe
from sarcnav.model import Case

BASE = "https://sarcnav.org/fhir"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
LOINC = "http://loinc.org"
TEST_DATA = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    "code": "HTEST",
    "display": "test health data",
}
RESIDUAL = f"{BASE}/StructureDefinition/case-residual"
AGE = f"{BASE}/StructureDefinition/age-years"
MENOPAUSE = f"{BASE}/StructureDefinition/menopausal-status"
SEX = f"{BASE}/StructureDefinition/sex-as-recorded"
LINE = f"{BASE}/StructureDefinition/therapy-line"
GENDERS = {"female", "male", "other", "unknown"}
# Model parts carried by resources; everything else is in the residual extension.
MAPPED: dict[str, Any] = {
    "id": True,
    "synthetic": True,
    "patient": True,
    "diagnosis_code": True,
    "treatments": True,
    "findings": {"ihc": True, "molecular": True},
    "specimen": {"procedure": True},
    "outcome": {"vital_status": True},
}


def _code(kind: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": f"{BASE}/CodeSystem/{kind}", "code": code}], "text": code}


def _ref(resource: str) -> dict[str, str]:
    return {"reference": resource}


def _patient(case: Case) -> dict[str, Any]:
    sex = case.patient.sex
    extension: list[dict[str, Any]] = []
    if case.patient.age_years is not None:
        extension.append({"url": AGE, "valueInteger": case.patient.age_years})
    if case.patient.menopausal_status is not None:
        extension.append({"url": MENOPAUSE, "valueCode": case.patient.menopausal_status.value})
    if sex not in GENDERS:
        extension.append({"url": SEX, "valueString": sex})
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": "patient",
        "meta": {"profile": [MCODE + "mcode-cancer-patient"]},
        "gender": sex if sex in GENDERS else "other",
    }
    if extension:
        patient["extension"] = extension
    vital = case.outcome.vital_status if case.outcome else None
    if vital is not None:
        patient["deceasedBoolean"] = vital == "dead"
    return patient


def _condition(case: Case) -> dict[str, Any]:
    residual = case.model_dump(mode="json", exclude=MAPPED, exclude_none=True)
    condition: dict[str, Any] = {
        "resourceType": "Condition",
        "id": "primary",
        "meta": {"profile": [MCODE + "mcode-primary-cancer-condition"]},
        "subject": _ref("Patient/patient"),
        "bodySite": [{"text": "uterus"}],
        "extension": [{"url": RESIDUAL, "valueString": json.dumps(residual, sort_keys=True)}],
    }
    if case.diagnosis_code is not None:
        condition["code"] = _code("diagnosis", case.diagnosis_code.value)
    return condition


def _observation(ident: str, profile: str, code: dict[str, Any], **value: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": ident,
        "meta": {"profile": [MCODE + profile]},
        "status": "final",
        "code": code,
        "subject": _ref("Patient/patient"),
        "focus": [_ref("Condition/primary")],
        **value,
    }


def _markers(case: Case) -> list[dict[str, Any]]:
    found = []
    for i, (marker, stain) in enumerate(case.findings.ihc.items()):
        parts = []
        if stain.percent is not None:
            parts.append(
                {
                    "code": _code("ihc-part", "percent"),
                    "valueQuantity": {"value": stain.percent, "unit": "%"},
                }
            )
        if stain.distribution is not None:
            parts.append(
                {
                    "code": _code("ihc-part", "distribution"),
                    "valueCodeableConcept": _code("distribution", stain.distribution.value),
                }
            )
        extra = {"component": parts} if parts else {}
        found.append(
            _observation(
                f"ihc-{i}",
                "mcode-tumor-marker-test",
                _code("ihc-marker", marker.value),
                valueCodeableConcept=_code("ihc-result", stain.result.value),
                **extra,
            )
        )
    for i, finding in enumerate(case.findings.molecular):
        method = {"method": {"text": finding.method}} if finding.method is not None else {}
        found.append(
            _observation(
                f"molecular-{i}",
                "mcode-tumor-marker-test",
                _code("alteration", finding.alteration.value),
                valueBoolean=finding.detected,
                **method,
            )
        )
    return found


def _medications(case: Case) -> list[dict[str, Any]]:
    found = []
    for i, line in enumerate(case.treatments):
        rest = line.model_dump(mode="json", exclude={"agents", "start", "end", "current"})
        statement: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "id": f"line-{i}",
            "meta": {"profile": [MCODE + "mcode-cancer-related-medication-statement"]},
            "status": "active" if line.current else "completed",
            "subject": _ref("Patient/patient"),
            "reasonReference": [_ref("Condition/primary")],
            "medicationCodeableConcept": {
                "coding": [{"system": f"{BASE}/CodeSystem/agent", "code": a} for a in line.agents],
                "text": line.regimen or " + ".join(line.agents) or "not recorded",
            },
            "extension": [{"url": LINE, "valueString": json.dumps(rest, sort_keys=True)}],
        }
        period = {k: getattr(line, k).isoformat() for k in ("start", "end") if getattr(line, k)}
        if period:
            statement["effectivePeriod"] = period
        found.append(statement)
    return found


def case_to_bundle(case: Case, figo_stage: str | None = None) -> dict[str, Any]:
    """The case as a FHIR Bundle (JSON), validated by fhir.resources."""
    resources = [_patient(case), _condition(case)]
    if figo_stage is not None:
        code = {
            "coding": [{"system": LOINC, "code": "21902-2"}],
            "text": "pathological stage group",
        }
        resources.append(
            _observation(
                "stage",
                "mcode-cancer-stage-group",
                code,
                method={"text": "FIGO"},
                valueCodeableConcept=_code("figo-stage", figo_stage),
            )
        )
    resources += _markers(case)
    if case.specimen.procedure is not None:
        resources.append(
            {
                "resourceType": "Procedure",
                "id": "procedure",
                "meta": {"profile": [MCODE + "mcode-cancer-related-surgical-procedure"]},
                "status": "completed",
                "code": _code("procedure", case.specimen.procedure.value),
                "subject": _ref("Patient/patient"),
                "reasonReference": [_ref("Condition/primary")],
            }
        )
    resources += _medications(case)
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "collection",
        "identifier": {"system": f"{BASE}/case-id", "value": case.id},
        "entry": [
            {"fullUrl": f"urn:sarcnav:{r['resourceType']}/{r['id']}", "resource": r}
            for r in resources
        ],
    }
    if case.synthetic:
        bundle["meta"] = {"tag": [TEST_DATA]}
    validated: dict[str, Any] = Bundle.model_validate(bundle).model_dump(mode="json")
    return validated


def _first_code(concept: dict[str, Any] | None, kind: str) -> str | None:
    for coding in (concept or {}).get("coding") or []:
        if coding.get("system") == f"{BASE}/CodeSystem/{kind}":
            return str(coding.get("code"))
    return None


def _extension(resource: dict[str, Any], url: str) -> dict[str, Any] | None:
    return next((e for e in resource.get("extension") or [] if e.get("url") == url), None)


def _json_extension(resource: dict[str, Any], url: str, where: str) -> dict[str, Any]:
    found = _extension(resource, url)
    if found is None:
        return {}
    try:
        data = json.loads(found.get("valueString") or "{}")
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: extension {url} is not JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{where}: extension {url} must hold a JSON object")
    return data


def bundle_to_case(data: Any) -> Case:
    """Read a bundle written by :func:`case_to_bundle`; InputError names what is wrong."""
    try:
        bundle = Bundle.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        raise InputError(f"bundle: not a valid FHIR Bundle:\n{describe(exc)}") from exc
    except (TypeError, ValueError) as exc:
        raise InputError(f"bundle: not a valid FHIR Bundle ({exc})") from exc
    by_type: dict[str, list[dict[str, Any]]] = {}
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        by_type.setdefault(resource.get("resourceType", ""), []).append(resource)
    conditions = by_type.get("Condition", [])
    if len(conditions) != 1:
        raise InputError("bundle.entry: expected one Condition (the primary cancer)")
    case: dict[str, Any] = _json_extension(conditions[0], RESIDUAL, "Condition")
    case["id"] = ((bundle.get("identifier") or {}).get("value")) or "case"
    tags = (bundle.get("meta") or {}).get("tag") or []
    case["synthetic"] = any(t.get("code") == TEST_DATA["code"] for t in tags)
    case["diagnosis_code"] = _first_code(conditions[0].get("code"), "diagnosis")
    _read_patient(case, by_type.get("Patient", []))
    _read_markers(case, by_type.get("Observation", []))
    for procedure in by_type.get("Procedure", [])[:1]:
        case.setdefault("specimen", {})["procedure"] = _first_code(
            procedure.get("code"), "procedure"
        )
    case["treatments"] = [_read_line(s) for s in by_type.get("MedicationStatement", [])]
    try:
        return Case.model_validate(case)
    except ValidationError as exc:
        raise InputError(f"bundle: the case it holds is invalid:\n{describe(exc)}") from exc


def _read_patient(case: dict[str, Any], patients: list[dict[str, Any]]) -> None:
    if not patients:
        return
    patient = patients[0]
    age = _extension(patient, AGE)
    menopause = _extension(patient, MENOPAUSE)
    sex = _extension(patient, SEX)
    case["patient"] = {
        "age_years": age.get("valueInteger") if age else None,
        "menopausal_status": menopause.get("valueCode") if menopause else None,
        "sex": sex.get("valueString") if sex else patient.get("gender") or "unknown",
    }
    if patient.get("deceasedBoolean") is not None:
        outcome = case.setdefault("outcome", {})
        outcome["vital_status"] = "dead" if patient["deceasedBoolean"] else "alive"


def _read_markers(case: dict[str, Any], observations: list[dict[str, Any]]) -> None:
    findings = case.setdefault("findings", {})
    for obs in observations:
        marker = _first_code(obs.get("code"), "ihc-marker")
        alteration = _first_code(obs.get("code"), "alteration")
        if marker is not None:
            stain: dict[str, Any] = {
                "result": _first_code(obs.get("valueCodeableConcept"), "ihc-result")
            }
            for part in obs.get("component") or []:
                name = _first_code(part.get("code"), "ihc-part")
                if name == "percent":
                    stain["percent"] = (part.get("valueQuantity") or {}).get("value")
                elif name == "distribution":
                    stain["distribution"] = _first_code(
                        part.get("valueCodeableConcept"), "distribution"
                    )
            findings.setdefault("ihc", {})[marker] = stain
        elif alteration is not None:
            finding = {"alteration": alteration, "detected": obs.get("valueBoolean")}
            if (obs.get("method") or {}).get("text") is not None:
                finding["method"] = obs["method"]["text"]
            findings.setdefault("molecular", []).append(finding)


def _read_line(statement: dict[str, Any]) -> dict[str, Any]:
    line = _json_extension(statement, LINE, f"MedicationStatement {statement.get('id')}")
    concept = statement.get("medicationCodeableConcept") or {}
    line["agents"] = [c.get("code") for c in concept.get("coding") or []]
    line["current"] = statement.get("status") == "active"
    period = statement.get("effectivePeriod") or {}
    line["start"], line["end"] = period.get("start"), period.get("end")
    return line
