"""Three-valued logic of condition trees and ordered decision tables."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.model.case import MitoticCount, MitoticUnit
from sarcnav.model.results import Verdict
from sarcnav.rules import Condition, Fact, Program, decide, evaluate
from sarcnav.rules.evaluate import FactsOf, Result

M, N, U = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
VALUES = {M: True, N: False, U: None}


def facts(a: Verdict, b: Verdict) -> dict[str, Fact]:
    return {"a": Fact(VALUES[a], "a"), "b": Fact(VALUES[b], "b")}


A = {"fact": "a", "eq": True}
B = {"fact": "b", "eq": True}


@pytest.mark.parametrize(
    ("a", "b", "all_", "any_"),
    [
        (M, M, M, M),
        (M, N, N, M),
        (M, U, U, M),
        (N, U, N, U),
        (U, U, U, U),
        (N, N, N, N),
    ],
)
def test_kleene_and_or(a: Verdict, b: Verdict, all_: Verdict, any_: Verdict) -> None:
    f = facts(a, b)
    assert evaluate(Condition.model_validate({"all": [A, B]}), f).verdict is all_
    assert evaluate(Condition.model_validate({"all": [B, A]}), f).verdict is all_
    assert evaluate(Condition.model_validate({"any": [A, B]}), f).verdict is any_
    negated = evaluate(Condition.model_validate({"not": {"all": [A, B]}}), f).verdict
    assert negated is {M: N, N: M, U: U}[all_]


@pytest.mark.parametrize(
    ("values", "verdict"),
    [((M, M, N), M), ((M, U, N), U), ((M, N, N), N), ((U, U, N), U), ((M, M, U), M)],
)
def test_at_least(values: tuple[Verdict, ...], verdict: Verdict) -> None:
    f = {str(i): Fact(VALUES[v], str(i)) for i, v in enumerate(values)}
    tree = {"at_least": 2, "of": [{"fact": str(i), "eq": True} for i in range(3)]}
    assert evaluate(Condition.model_validate(tree), f).verdict is verdict


def test_unknown_names_the_missing_field_and_decided_clears_it() -> None:
    f = facts(U, N)
    out = evaluate(Condition.model_validate({"all": [A, B]}), f)
    assert out.verdict is N and out.missing == set()
    out = evaluate(Condition.model_validate({"any": [A, B]}), f)
    assert out.verdict is U and out.missing == {"a"}


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"fact": "a"},
        {"fact": "a", "eq": 1, "gt": 2},
        {"at_least": 1},
        {"gt": 3},
        {"all": [], "any": []},
    ],
)
def test_malformed_conditions_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Condition.model_validate(bad)


def mitoses(value: float, unit: str, **kw: float) -> dict[str, Fact]:
    return {"mitoses": Fact(MitoticCount(value=value, unit=MitoticUnit(unit), **kw), "m")}


GE10 = Condition.model_validate({"mitoses": {"ge": {"per_10_hpf": 10, "per_mm2": 4}}})


def test_mitoses_use_per_mm2_when_the_field_is_known() -> None:
    assert evaluate(GE10, mitoses(10, "per_10_hpf", field_diameter_mm=0.55)).verdict is M
    assert evaluate(GE10, mitoses(10, "per_10_hpf", field_diameter_mm=0.60)).verdict is N
    out = evaluate(GE10, mitoses(10, "per_10_hpf"))
    assert out.verdict is M and ("FIELD_SIZE_UNKNOWN" in dict(out.notes))


def test_mitoses_without_a_per_mm2_threshold_are_unknown_for_per_mm2_counts() -> None:
    tree = Condition.model_validate({"mitoses": {"ge": {"per_10_hpf": 20}}})
    out = evaluate(tree, mitoses(9, "per_mm2"))
    assert out.verdict is U and "NO_PER_MM2_THRESHOLD" in dict(out.notes)
    assert evaluate(tree, mitoses(20, "per_10_hpf", field_diameter_mm=0.55)).verdict is M


@dataclass(frozen=True)
class Row:
    id: str
    when: Condition


def test_decision_collects_unknown_rows_until_one_is_met() -> None:
    rows = [Row("r1", Condition.model_validate(A)), Row("r2", Condition.model_validate(B))]
    assert decide(rows, facts(N, M), {}).row == rows[1]
    undecided = decide(rows, facts(U, M), {})
    assert undecided.row is None and undecided.candidates == rows
    assert undecided.trace == ["r1:unknown", "r2:met"]
    assert decide(rows, facts(N, N), {}).candidates == []


def test_compiled_source_reads_as_the_tree() -> None:
    program = Program({"atypia": Condition.model_validate({"fact": "b", "in": ["x", "y"]})})
    tree = Condition.model_validate({"all": [A, {"criterion": "atypia"}, {"not": B}]})
    program.compile(tree, "row demo-1")
    source = program.source
    assert "def row_demo_1(facts, done):" in source
    assert "def criterion_atypia(facts, done):" in source
    assert "elif shown == True:" in source and "elif shown in ('x', 'y', ):" in source
    assert "# {'criterion': 'atypia'}" in source
    compile(source, "<check>", "exec")


def test_all_stops_at_the_first_not_met_child_and_criteria_run_once() -> None:
    criteria = {"ca": Condition.model_validate(A)}
    tree = Condition.model_validate({"all": [{"criterion": "ca"}, B, {"criterion": "ca"}]})
    node = Program(criteria).compile(tree)
    done: dict[str, Result] = {}
    verdict, seen, _, _ = node(FactsOf(facts(M, N)), done)
    assert verdict is N and list(done) == ["ca"]
    assert seen == (("a", True), ("b", False))
    counted = Condition.model_validate({"at_least": 1, "of": [A, B]})
    assert evaluate(counted, facts(M, N)).seen == {"a": True, "b": False}


def test_values_that_are_not_plain_literals_become_named_constants() -> None:
    tree = Condition.model_validate({"fact": "a", "eq": [1, 2]})
    program = Program({})
    node = program.compile(tree)
    assert "shown == constant" in program.source
    assert node(FactsOf({"a": Fact([1, 2], "a")}), {})[0] is M


LEAVES = [
    A,
    B,
    {"fact": "c", "in": [1, 2]},
    {"fact": "c", "ge": 2},
    {"criterion": "ca"},
    {"mitoses": {"ge": {"per_10_hpf": 10, "per_mm2": 4}}},
]
TREES = st.recursive(
    st.sampled_from(LEAVES),
    lambda children: st.one_of(
        st.lists(children, min_size=1, max_size=3).map(lambda c: {"all": c}),
        st.lists(children, min_size=1, max_size=3).map(lambda c: {"any": c}),
        children.map(lambda c: {"not": c}),
        st.lists(children, min_size=1, max_size=3).flatmap(
            lambda c: st.integers(1, len(c)).map(lambda n: {"at_least": n, "of": c})
        ),
    ),
    max_leaves=8,
)
TRI = st.sampled_from([True, False, None])


@given(TREES, TRI, TRI, st.sampled_from([None, 1, 2, 3]), st.sampled_from([None, 3.0, 12.0]))
def test_verdict_only_tests_agree_with_full_nodes(
    tree: dict[str, object], a: bool | None, b: bool | None, c: int | None, count: float | None
) -> None:
    criteria = {"ca": Condition.model_validate({"any": [A, {"not": B}]})}
    cond = Condition.model_validate(tree)
    mitotic = None if count is None else MitoticCount(value=count, unit=MitoticUnit.PER_10_HPF)
    values = {
        "a": Fact(a, "a"),
        "b": Fact(b, "b"),
        "c": Fact(c, "c"),
        "mitoses": Fact(mitotic, "m"),
    }
    verdicts = Program(criteria, verdicts=True)
    test = verdicts.test(cond)
    assert "seen" not in verdicts.source
    assert test(FactsOf(values), {}) is Program(criteria).compile(cond)(FactsOf(values), {})[0]
