"""Synthetic demo data (marked synthetic): cases, reports and enquiries, plus demo users.

Values are drawn at random from each field's allowed vocabulary; they are test data, not clinical
facts, and every case and enquiry carries ``synthetic: true``.
"""

from __future__ import annotations

import random
import secrets
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from sarcnav.app.capabilities import assessed, evaluate, inputs, triage
from sarcnav.app.security import hash_password
from sarcnav.model import Case
from sarcnav.model.case import (
    AtypiaGrade,
    Border,
    Integrity,
    Lineage,
    MenopausalStatus,
    Morphology,
    Necrosis,
    Procedure,
)
from sarcnav.store import Store
from sarcnav.store.audit import record
from sarcnav.store.cases import CaseQuery, add_case, list_cases
from sarcnav.store.enquiries import add_enquiry, list_enquiries
from sarcnav.store.users import Role, add_user, get_user

EXAMPLES = Path(str(resources.files("sarcnav") / "examples" / "cases"))
DEMO_USERS = {"clinician": Role.CLINICIAN, "navigator": Role.NAVIGATOR, "admin": Role.ADMIN}
AGENTS = ["doxorubicin", "ifosfamide", "gemcitabine", "docetaxel", "trabectedin", "letrozole"]

ENQUIRIES = [
    "SYNTHETIC. Hello, my sister was told she has a uterine leiomyosarcoma after surgery. "
    "Could your team give a second opinion on the pathology?",
    "SYNTHETIC. I am 52 and finished chemotherapy last year. Are there clinical trials for "
    "recurrent disease that I could join?",
    "SYNTHETIC. Thank you to the whole team for the care my mother received.",
    "SYNTHETIC. My report says 'STUMP'. What does that mean, and should I worry?",
    "SYNTHETIC. We live abroad. How can my wife be seen at your centre?",
]


def synthetic_case(index: int, rng: random.Random) -> tuple[Case, str]:
    """One synthetic case and a short synthetic report text."""
    lineage = rng.choice(list(Lineage))
    size = round(rng.uniform(1, 20), 1)
    started = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 5 * 365))
    follow = started + timedelta(days=rng.randrange(60, 6 * 365))
    died = rng.random() < 0.3
    case = Case.model_validate(
        {
            "id": f"SYN-{index:05d}",
            "synthetic": True,
            "patient": {
                "age_years": rng.randrange(30, 85),
                "menopausal_status": rng.choice(list(MenopausalStatus)),
            },
            "specimen": {
                "procedure": rng.choice([Procedure.TOTAL_HYSTERECTOMY, Procedure.MYOMECTOMY]),
                "integrity": rng.choice(list(Integrity)),
            },
            "findings": {
                "max_dimension_cm": size,
                "lineage": lineage,
                "morphology": rng.choice(list(Morphology)),
                "atypia_grade": rng.choice(list(AtypiaGrade)),
                "mitoses": {"value": rng.randrange(0, 40), "unit": "per_10_hpf"},
                "necrosis": rng.choice(list(Necrosis)),
                "border": rng.choice(list(Border)),
            },
            "extent": {"confined_to_uterus": rng.random() < 0.6},
            "treatments": [
                {
                    "line": 1,
                    "agents": rng.sample(AGENTS, 2),
                    "start": started.isoformat(),
                    "cycles": rng.randrange(2, 7),
                }
            ]
            if rng.random() < 0.5
            else [],
            "outcome": {
                "last_follow_up": follow.isoformat(),
                "vital_status": "dead" if died else "alive",
            },
        }
    )
    report = (
        f"SYNTHETIC REPORT {case.id}. Hysterectomy specimen. Tumour {size} cm, "
        f"{lineage.value.replace('_', ' ')} differentiation."
    )
    return case, report


def seed_cases(store: Store, count: int, seed: int = 7, start: int = 1) -> None:
    """Add ``count`` synthetic cases (in batches) with the engines' results and a report."""
    rng = random.Random(seed)
    given = inputs()
    batch = 500
    for first in range(start, start + count, batch):
        made = []
        for i in range(first, min(first + batch, start + count)):
            case, report = synthetic_case(i, rng)
            made.append((case, report, evaluate(case, given)))
        with store.write() as session:
            for case, report, derived in made:
                add_case(session, case, assessed(derived), report_text=report, derived=derived)
            record(session, "demo-seed", "create", "case", detail=f"seeded from {first}")


def reset_demo_users(store: Store) -> dict[str, str]:
    """Create the demo users or give them fresh random passwords; returns name → password."""
    passwords = {name: secrets.token_urlsafe(9) for name in DEMO_USERS}
    with store.write() as session:
        for name, role in DEMO_USERS.items():
            user = get_user(session, name)
            if user is None:
                add_user(session, name, hash_password(passwords[name]), role)
            else:
                user.password_hash = hash_password(passwords[name])
    return passwords


def seed_examples(store: Store) -> None:
    """Add the bundled synthetic example cases (``sarcnav/examples/cases``)."""
    cases = [
        Case.model_validate_json(path.read_text(encoding="utf-8"))
        for path in sorted(EXAMPLES.glob("*.json"))
    ]
    evaluated = [(case, evaluate(case, inputs())) for case in cases]
    with store.write() as session:
        for case, derived in evaluated:
            add_case(session, case, assessed(derived), derived=derived)


def seed_demo(store: Store, cases: int = 60) -> None:
    """Seed the example cases, random synthetic cases and enquiries (an empty registry only)."""
    with store.read() as session:
        has_cases = list_cases(session, CaseQuery(limit=1))[1] > 0
        has_enquiries = list_enquiries(session, limit=1)[1] > 0
    if not has_cases:
        seed_cases(store, cases)
        seed_examples(store)
    if not has_enquiries:
        triaged = [(text, triage(text)) for text in ENQUIRIES]
        with store.write() as session:
            for text, found in triaged:
                draft = str(found.get("draft") or "") if found else ""
                add_enquiry(session, text, synthetic=True, triage=found, draft=draft)
