"""Every catalogue entry resolves by each of its names; class lookups; unknown names."""

from __future__ import annotations

import pytest

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.therapy import CataloguePack
from sarcnav.therapy import (
    agents_in_class,
    drug_classes,
    find_drugs,
    in_class,
    is_anthracycline,
    lines_with,
    parse_history,
    resolve_drug,
)
from sarcnav.therapy.catalogue import normalize

PACK = load_pack("therapy_catalogue", CataloguePack)
NAMES = [(d.generic, name, kind) for d in PACK.drugs for name, kind in d.names()]


@pytest.mark.parametrize(("generic", "name", "kind"), NAMES, ids=[n for _, n, _ in NAMES])
def test_every_drug_name_resolves(generic: str, name: str, kind: str) -> None:
    match = resolve_drug(name)
    assert match is not None and match.generic == generic
    assert match.exact and match.name_kind == kind
    drug = next(d for d in PACK.drugs if d.generic == generic)
    assert match.name_verified is (name not in drug.unverified_names)


@pytest.mark.parametrize("regimen", PACK.regimens, ids=lambda r: r.id)
def test_every_regimen_alias_parses_to_its_agents(regimen) -> None:  # type: ignore[no-untyped-def]
    for alias in regimen.aliases:
        lines = parse_history(f"{alias} x6").lines
        assert [sorted(line.agents) for line in lines] == [sorted(regimen.agents)], alias
        assert lines[0].regimen_id == regimen.id


def test_no_name_points_to_two_things() -> None:
    seen: dict[str, str] = {}
    targets = [(n, d.generic) for d in PACK.drugs for n, _ in d.names()]
    targets += [(n, r.id) for r in PACK.regimens for n in r.aliases]
    targets += [(n, t.id) for t in PACK.class_terms for n in t.names]
    for name, target in targets:
        key = normalize(name) if not name.isupper() else name
        assert seen.setdefault(key, target) == target, f"{name!r}: {seen[key]} and {target}"


def test_regimen_agents_are_catalogue_drugs() -> None:
    generics = {d.generic for d in PACK.drugs}
    for regimen in PACK.regimens:
        assert set(regimen.agents) | set(regimen.supportive) <= generics, regimen.id


@pytest.mark.parametrize(
    ("query", "generic", "min_score"),
    [("Gmzar", "gemcitabine", 85), ("Taxiter", "docetaxel", 80), ("Votreint", "pazopanib", 80),
     ("trabectadine", "trabectedin", 85), ("Halavenn", "eribulin", 90)],
)  # fmt: skip
def test_fuzzy_match_gives_its_evidence(query: str, generic: str, min_score: float) -> None:
    match = resolve_drug(query)
    assert match is not None and match.generic == generic
    assert not match.exact and match.name_kind == "fuzzy" and match.score >= min_score
    assert match.query == query and match.matched_name


@pytest.mark.parametrize("query", ["Keytruda", "", "   ", "the", "AIM", "at", "cycles", "hair"])
def test_unknown_names_resolve_to_none(query: str) -> None:
    assert resolve_drug(query) is None


def test_short_capital_abbreviations_are_case_sensitive() -> None:
    assert parse_history("we met at the clinic at noon").lines == []
    assert parse_history("AT x6").lines[0].agents == ["doxorubicin", "trabectedin"]


def test_class_lookup() -> None:
    assert is_anthracycline("doxorubicin") and is_anthracycline("Epirubicin")
    assert is_anthracycline("mitoxantrone")  # anthracenedione counts towards the lifetime dose
    assert not is_anthracycline("gemcitabine") and not is_anthracycline("unknownumab")
    assert drug_classes("pazopanib") == ["multikinase inhibitor"]
    assert in_class("letrozole", "Aromatase Inhibitor")
    assert set(agents_in_class("aromatase inhibitor")) == {"letrozole", "anastrozole", "exemestane"}
    assert drug_classes("nothing") == []


def test_find_drugs_in_an_enquiry() -> None:
    text = "Is Votrient better than gem/doc? My doc never offered Lartruvo."
    found = [(m.text, m.target) for m in find_drugs(text)]
    assert found == [
        ("Votrient", "pazopanib"),
        ("gem", "gemcitabine"),
        ("doc", "docetaxel"),
        ("Lartruvo", "olaratumab"),
    ]


def test_short_names_joined_by_a_word_support_each_other() -> None:
    found = [m.target for m in find_drugs("between cycles of doxo and ifos")]
    assert found == ["doxorubicin", "ifosfamide"]
    assert find_drugs("ask my doc tomorrow") == []


def test_lines_with_drug_or_class() -> None:
    lines = parse_history("AIM x6, then Yondelis, now letrozole").therapy_lines()
    assert lines_with(lines, "anthracycline") == [1]
    assert lines_with(lines, "Yondelis") == [2] and lines_with(lines, "trabectedin") == [2]
    assert lines_with(lines, "aromatase inhibitor") == [3]
    assert lines_with(lines, "pazopanib") == []


def test_one_missing_letter_still_resolves_to_the_same_drug() -> None:
    """Property over the whole catalogue: dropping any one letter of a name of 7+ letters."""
    checked = 0
    for drug in PACK.drugs:
        for name, _ in drug.names():
            if len(name) < 7 or " " in name:
                continue
            for i in range(len(name)):
                match = resolve_drug(name[:i] + name[i + 1 :])
                assert match is not None and match.generic == drug.generic, (name, i)
                checked += 1
    assert checked > 1000
