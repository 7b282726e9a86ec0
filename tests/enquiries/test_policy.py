"""The centre's policy file: the shipped example loads, and every mistake is named clearly."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app
from sarcnav.enquiries import load_policy, triage
from sarcnav.enquiries.policy import default_policy, lexicon
from sarcnav.errors import InputError
from sarcnav.knowledge.loader import DATA, bibliography
from sarcnav.model.enquiry import Enquiry

POLICY_FILE = DATA / "enquiry_policy.yaml"


def example() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(POLICY_FILE.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_shipped_policy_is_a_clearly_marked_fictional_example() -> None:
    policy = default_policy()
    assert policy.centre.example is True
    assert "example" in policy.centre.name.lower()
    assert all("example.org" in link for link in policy.centre.links.values())
    assert "fictional" in bibliography()["enq-example-policy"].citation


def test_every_record_cites_known_sources_and_a_date() -> None:
    cited = {s for pack in (default_policy(), lexicon()) for r in pack.records() for s in r.sources}
    assert cited <= bibliography().keys()
    assert all(r.as_of for r in default_policy().records())


def test_urgent_signs_cite_clinical_sources_not_the_example_policy() -> None:
    for sign in default_policy().urgent_signs:
        assert sign.sources and "enq-example-policy" not in sign.sources, sign.id


def test_every_route_has_a_template_in_english_and_spanish() -> None:
    policy = default_policy()
    for rule in policy.routes:
        assert {"en", "es"} <= policy.template(rule.route).text.keys(), rule.route


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value


_DELETE = object()
BROKEN = [
    ("centre.colour", "blue", "centre.colour: unknown field"),
    ("centre.country", "Spain", "centre.country"),
    ("centre.example", _DELETE, "centre.example: Field required"),
    ("urgent_signs.0.sources", [], "urgent_signs.0.sources"),
    ("urgent_signs.0.as_of", "soon", "urgent_signs.0.as_of"),
    ("urgent_signs.0.patterns", ["chest (pain"], "not a valid regular expression"),
    ("urgent_signs.0.patterns", ["Chest pain"], "must be lower case"),
    ("urgent_signs.0.patterns", ["dolor de pecho", "gorączka"], "must be written without accents"),
    ("urgent_signs.0.intent", "panic", "urgent_signs.0.intent"),
    ("routes.0.route", "call_us", "routes.0.route"),
    ("routes.1.when", {"fact": "urgency"}, "routes.1.when"),
    ("templates.2.text.en", "Call {phone_fax} now", "unknown placeholder(s) ['phone_fax']"),
    ("templates.2.text", {"es": "Hola"}, "needs an English ('en') text"),
    ("urgent_signs.0.sources", ["nobody-2020"], "not in the bibliography: ['nobody-2020']"),
    ("urgent_signs.0.not_after", ["(fine"], "not a valid regular expression"),
    ("urgent_signs.0.not_below", "enq-urgent-chest-pain", "not a sign with a temperature"),
]


@pytest.mark.parametrize(("path", "value", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_policy_names_the_field(
    tmp_path: Path, path: str, value: Any, message: str
) -> None:
    data = example()
    _set(data, path, value if value is _DELETE else copy.deepcopy(value))
    with pytest.raises(InputError) as err:
        load_policy(write(tmp_path, data))
    assert message in str(err.value)
    assert "policy.yaml" in str(err.value)


def test_urgent_care_must_stay_the_first_route(tmp_path: Path) -> None:
    data = example()
    data["routes"] = data["routes"][1:] + data["routes"][:1]
    with pytest.raises(InputError, match="first rule must be the urgent_care rule"):
        load_policy(write(tmp_path, data))


def test_a_route_without_a_template_is_refused(tmp_path: Path) -> None:
    data = example()
    data["templates"] = [t for t in data["templates"] if t["route"] != "trial_search"]
    with pytest.raises(InputError, match=r"no template for \['trial_search'\]"):
        load_policy(write(tmp_path, data))


def test_a_centre_policy_changes_name_numbers_and_home_country(tmp_path: Path) -> None:
    data = example()
    data["centre"] |= {"name": "Centro de Ejemplo", "country": "ES", "example": False}
    data["centre"]["phones"]["main"] = "+34 900 000 000"
    policy = load_policy(write(tmp_path, data))
    text = "Vivo en Madrid. Quisiera una segunda opinión sobre mi sarcoma. Gracias, Lucía"
    result = triage(Enquiry(text=text), policy)
    assert result.location == "us"  # "us" means the centre's own country
    assert "appointment" in result.routes
    assert "Centro de Ejemplo" in result.draft and "+34 900 000 000" in result.draft


def test_cli_check_policy_and_bad_policy_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["inbox", "check-policy", str(POLICY_FILE)])
    assert ok.exit_code == 0 and "EXAMPLE centre" in ok.stdout
    data = example()
    data["centre"]["colour"] = "blue"
    bad = runner.invoke(app, ["inbox", "check-policy", str(write(tmp_path, data))])
    assert bad.exit_code == 2
    assert "centre.colour: unknown field" in bad.stderr
    assert "Traceback" not in bad.stderr + bad.stdout
    missing = runner.invoke(app, ["inbox", "triage", "-", "--policy", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2 and "no such policy file" in missing.stderr


def test_adding_a_language_to_every_template_gives_drafts_in_it(tmp_path: Path) -> None:
    data = example()
    for template in data["templates"]:
        template["text"]["fr"] = "[fr] " + template["text"]["en"]
    policy = load_policy(write(tmp_path, data))
    text = "Bonjour, ma mère a un léiomyosarcome. Est-ce héréditaire ? Merci beaucoup, Claire"
    result = triage(Enquiry(text=text), policy)
    assert result.draft_language == "fr" and result.draft.startswith("[fr] Dear Claire,")
    assert "DRAFT_LANGUAGE" not in {r.code for r in result.review_reasons}
    assert triage(Enquiry(text=text)).draft_language == "en"
