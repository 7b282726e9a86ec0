"""Condition trees compiled once into generated Python functions (see ``Program.source``).

A compiled tree (a :data:`Node`) is called with the facts (name → :data:`Known`) and ``done``, the
outcomes of the named criteria evaluated so far, and returns a :data:`Result`
``(verdict, seen, missing, notes)``: ``seen`` and ``notes`` are ``(key, value)`` pairs in the order
read (a later pair for the same key replaces the value, as ``dict.update`` would), ``missing`` the
input fields whose absence left the verdict unknown.

Each tree becomes one function; a nested ``all``/``any``/``at_least`` becomes a helper function.
Fact tests are inlined with the tested value written as a literal, a named criterion is evaluated
once per ``done``, ``all`` stops at the first ``not_met`` child and ``any`` at the first ``met``.
Every generated line comes from the tree; the source is kept for reading and debugging.

A program made with ``verdicts=True`` compiles :data:`Test` functions instead: they return the
verdict alone (``done`` then caches verdicts), for trees whose explanation is not shown.
"""

from __future__ import annotations

import linecache
import operator
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any, cast

from sarcnav.model.case import MitoticCount
from sarcnav.model.results import Verdict
from sarcnav.rules.conditions import Condition, Threshold

Known = tuple[Any, Any, str]
"""A fact as compiled trees read it: (value, plain value, input field)."""
Pairs = tuple[tuple[str, Any], ...]
Result = tuple[Verdict, Pairs, tuple[str, ...], Pairs]
Node = Callable[[Mapping[str, Known], dict[str, Result]], Result]
Test = Callable[[Mapping[str, Known], dict[str, Verdict]], Verdict]

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
INVERT = {MET: NOT_MET, NOT_MET: MET, UNKNOWN: UNKNOWN}
_COMPARE = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_PLAIN_TYPES = (str, int, float, bool)
_FIRST = re.compile(r"\b(seen|missing|notes) \+= ")
Act = Callable[[Verdict], str]


class Program:
    """Trees compiled against one set of named criteria; each tree and criterion compiled once."""

    def __init__(self, criteria: Mapping[str, Condition], *, verdicts: bool = False) -> None:
        self.criteria = criteria
        self.verdicts = verdicts
        self.namespace: dict[str, Any] = {"MET": MET, "NOT_MET": NOT_MET, "UNKNOWN": UNKNOWN}
        self.sources: list[str] = []
        self._criteria: dict[str, str] = {}
        # id(tree) -> (tree, function); holding the tree keeps its id from being reused.
        self._trees: dict[int, tuple[Condition, Any]] = {}
        self._lock = threading.RLock()

    @property
    def source(self) -> str:
        """Every function generated so far, in order."""
        return "\n".join(self.sources)

    def compile(self, cond: Condition, name: str = "tree") -> Node:
        """The compiled function of one tree (``name`` names it in the source)."""
        assert not self.verdicts, "a verdicts program compiles tests"
        return cast(Node, self._compiled(cond, name))

    def test(self, cond: Condition, name: str = "tree") -> Test:
        """The compiled verdict-only function of one tree (a ``verdicts=True`` program)."""
        assert self.verdicts, "a program made without verdicts=True compiles nodes"
        return cast(Test, self._compiled(cond, name))

    def _compiled(self, cond: Condition, name: str) -> Any:
        hit = self._trees.get(id(cond))
        if hit is None:
            with self._lock:  # generated names must stay unique when threads compile at once
                hit = self._trees.get(id(cond))
                if hit is None:
                    function = self._define(cond, _identifier(name))
                    hit = self._trees[id(cond)] = (cond, self.namespace[function])
        return hit[1]

    def _define(self, cond: Condition, stem: str) -> str:
        """Generate, run and keep the source of one tree's function; return its name."""
        name = self._fresh(stem)
        lines: list[str] = []
        self._function(cond, name, lines)
        source = "\n".join(lines) + "\n"
        filename = f"<rules {name}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), self.namespace)
        self.sources.append(source)
        return name

    def _fresh(self, stem: str) -> str:
        name, n = stem, 1
        while name in self.namespace:
            n += 1
            name = f"{stem}_{n}"
        self.namespace[name] = None
        return name

    def _function(self, cond: Condition, name: str, lines: list[str]) -> None:
        """One function: a combining node's children, or a single node treated as ``any`` of it."""
        kind = cond.kind
        if kind in ("all", "any", "at_least"):
            children, stop, need = _combination(cond)
        else:
            children, stop, need = [cond], None, 1
        body = ["    met = unknown = 0"]
        if not self.verdicts:
            body.insert(0, "    seen = missing = notes = ()")
        act = _acts(stop, self._returned)
        helpers: list[str] = []
        for i, child in enumerate(children):
            start = len(body)
            body.append(f"    # {_describe(child)}")
            self._child(child, name, act, body, helpers)
            if i == 0:  # nothing gathered yet: the first child's pairs are assigned, not appended
                body[start:] = [_FIRST.sub(r"\1 = ", line) for line in body[start:]]
        body += [
            f"    if met >= {need}:",
            f"        return {self._returned(MET)}",
            f"    if met + unknown < {need}:",
            f"        return {self._returned(NOT_MET)}",
            f"    return {self._returned(UNKNOWN)}",
        ]
        lines += [*helpers, f"def {name}(facts, done):", f"    # {_describe(cond)}", *body]
        lines += ["", ""]

    def _child(
        self, cond: Condition, parent: str, act: Act, body: list[str], helpers: list[str]
    ) -> None:
        kind = cond.kind
        if kind == "not":
            assert cond.not_ is not None
            self._child(cond.not_, parent, lambda v: act(INVERT[v]), body, helpers)
            return
        if kind == "fact":
            body += _fact_lines(cond, self._test(cond), act, self.verdicts)
            return
        verdicts = self.verdicts
        if kind == "criterion":
            assert cond.criterion is not None
            function = self._criterion(cond.criterion)
            key = repr(cond.criterion)
            got = "verdict" if verdicts else "result"
            body += [
                f"    {got} = done.get({key})",
                f"    if {got} is None:",
                f"        {got} = done[{key}] = {function}(facts, done)",
            ]
            if not verdicts:
                body.append("    verdict, s, m, n = result")
        else:
            if kind == "mitoses":
                assert cond.mitoses is not None
                function = self._fresh(f"{parent}_mitoses")
                self.namespace[function] = mitoses_test(*cond.mitoses.op())
                tail = "[0]" if verdicts else ""
            else:
                function = self._fresh(f"{parent}_part")
                self._function(cond, function, helpers)
                tail = ""
            got = "verdict" if verdicts else "verdict, s, m, n"
            body.append(f"    {got} = {function}(facts, done){tail}")
        if not verdicts:
            body += [
                "    seen += s",
                "    if m:",
                "        missing += m",
                "    if n:",
                "        notes += n",
            ]
        keyword = "if"
        for verdict in (MET, UNKNOWN, NOT_MET):
            line = act(verdict)
            if line:
                body += [f"    {keyword} verdict is {verdict.name}:", f"        {line}"]
                keyword = "elif"

    def _returned(self, verdict: Verdict) -> str:
        """What a function returns with ``verdict``."""
        if self.verdicts:
            return verdict.name
        missing = "missing" if verdict is UNKNOWN else "()"
        return f"({verdict.name}, seen, {missing}, notes)"

    def _test(self, cond: Condition) -> str:
        """The test of a fact node as an expression over ``shown`` (the plain value)."""
        if cond.eq is not None:
            return f"shown == {self._literal(cond.eq)}"
        if cond.in_ is not None:
            if all(type(v) in _PLAIN_TYPES for v in cond.in_):
                return f"shown in ({''.join(f'{v!r}, ' for v in cond.in_)})"
            return f"shown in {self._literal(list(cond.in_))}"
        for name, symbol in _COMPARE.items():
            limit = getattr(cond, name)
            if limit is not None:
                return f"float(shown) {symbol} {self._literal(float(limit))}"
        raise AssertionError("a fact test has one comparator")

    def _literal(self, value: Any) -> str:
        """A plain value as written; any other value as a named constant of the program."""
        if type(value) in _PLAIN_TYPES:
            return repr(value)
        name = self._fresh("constant")
        self.namespace[name] = value
        return name

    def _criterion(self, criterion: str) -> str:
        found = self._criteria.get(criterion)
        if found is None:
            found = self._criteria[criterion] = self._define(
                self.criteria[criterion], _identifier(f"criterion {criterion}")
            )
        return found


def _combination(cond: Condition) -> tuple[list[Condition], Verdict | None, int]:
    """Children, the verdict that stops the walk, and how many children must be met."""
    if cond.all is not None:
        return cond.all, NOT_MET, len(cond.all)
    if cond.any is not None:
        return cond.any, MET, 1
    assert cond.of is not None and cond.at_least is not None
    return cond.of, None, cond.at_least


def _acts(stop: Verdict | None, returned: Callable[[Verdict], str]) -> Act:
    """The line run for a child's verdict: count it, return when it settles the node, or none."""
    counts = {MET: "met += 1", UNKNOWN: "unknown += 1", NOT_MET: ""}

    def act(verdict: Verdict) -> str:
        if verdict is stop:
            return f"return {returned(verdict)}"
        return counts[verdict]

    return act


def _fact_lines(cond: Condition, test: str, act: Act, verdicts: bool) -> list[str]:
    assert cond.fact is not None
    if verdicts:
        return [
            f"    value, shown, _ = facts[{cond.fact!r}]",
            "    if value is None:",
            f"        {act(UNKNOWN) or 'pass'}",
            f"    elif {test}:",
            f"        {act(MET) or 'pass'}",
            "    else:",
            f"        {act(NOT_MET) or 'pass'}",
        ]
    lines = [
        f"    value, shown, path = facts[{cond.fact!r}]",
        "    if value is None:",
        "        seen += ((path, None),)",
        "        missing += tuple(path.split('|'))",
        f"        {act(UNKNOWN)}",
        f"    elif {test}:",
        "        seen += ((path, shown),)",
        f"        {act(MET)}",
        "    else:",
        "        seen += ((path, shown),)",
        f"        {act(NOT_MET)}",
    ]
    return [line for line in lines if line.strip()]


def _describe(cond: Condition) -> str:
    """The node as written in the knowledge file (one line, for the source's comments)."""
    text = repr(cond.model_dump(by_alias=True, exclude_none=True))
    return text if len(text) <= 90 else text[:87] + "..."


def _identifier(text: str) -> str:
    name = re.sub(r"\W+", "_", text).strip("_").lower()
    return name if name and not name[0].isdigit() else f"tree_{name}"


_OPS = {"ge": operator.ge, "gt": operator.gt, "lt": operator.lt}


def mitoses_test(op: str, threshold: Threshold) -> Node:
    """A mitotic test: per mm² where the count and the threshold allow it, else per 10 HPF."""
    compare = _OPS[op]
    per_mm2_limit, per_10_limit = threshold.per_mm2, threshold.per_10_hpf
    no_threshold = f"no per-mm² threshold is published for {op} {per_10_limit:g}/10 HPF"

    def mitoses(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
        count: MitoticCount | None
        count, _, path = facts["mitoses"]
        if count is None:
            return (UNKNOWN, ((path, None),), (path,), ())
        notes: Pairs = ()
        per_mm2 = count.per_mm2()
        if per_mm2 is not None and per_mm2_limit is not None:
            value, limit, unit = per_mm2, per_mm2_limit, "per mm²"
        elif (per_10 := count.per_10_hpf()) is not None:
            value, limit, unit = per_10, per_10_limit, "per 10 HPF"
            if per_mm2 is None:
                notes = (
                    (
                        "FIELD_SIZE_UNKNOWN",
                        "mitotic count per 10 HPF without the field size: compared with the "
                        "per-10-HPF threshold",
                    ),
                )
        else:
            return (UNKNOWN, ((path, no_threshold),), (), (("NO_PER_MM2_THRESHOLD", no_threshold),))
        if value == limit:
            notes += (("AT_THRESHOLD", f"mitotic count {value:g} {unit} equals a threshold"),)
        shown = f"{round(value, 2):g} {unit} ({op} {limit:g})"
        return (MET if compare(value, limit) else NOT_MET, ((path, shown),), (), notes)

    return mitoses
