"""The trial vocabulary pack, compiled: phrase finders and the histology hierarchy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sarcnav.knowledge.base import Verification
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.trials import Concept, Drug, Named, TrialsPack
from sarcnav.therapy.catalogue import resolve_drug

PACK_NAME = "trials_vocabulary"


@dataclass(frozen=True)
class Hit:
    """A vocabulary phrase found in text: the record id and the character span."""

    id: str
    start: int
    end: int
    text: str


class TermFinder:
    """Finds the longest vocabulary phrases in text, whole words only, case-insensitive."""

    def __init__(self, terms: dict[str, str]) -> None:
        self._ids = {_norm(t): i for t, i in terms.items()}
        ordered = sorted({t.lower() for t in terms}, key=len, reverse=True)
        body = "|".join(_phrase(t) for t in ordered)
        self._regex = re.compile(rf"(?<![\w])(?:{body})(?:s|es)?(?![\w])", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits = []
        for m in self._regex.finditer(text):
            found = self.lookup(m.group(0))
            if found is not None:
                hits.append(Hit(found, m.start(), m.end(), m.group(0)))
        return hits

    def lookup(self, phrase: str) -> str | None:
        key = _norm(phrase)
        for candidate in (key, key.removesuffix("es"), key.removesuffix("s")):
            if candidate in self._ids:
                return self._ids[candidate]
        return None


def _norm(term: str) -> str:
    return re.sub(r"[\s\-]+", " ", term.lower()).strip()


def _phrase(term: str) -> str:
    return r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", term))


class Vocabulary:
    """Compiled view of the pack used by the parser and the matcher."""

    def __init__(self, pack: TrialsPack) -> None:
        self.pack = pack
        self.concepts: dict[str, Concept] = {c.name: c for c in pack.concepts}
        self.drugs: dict[str, Drug] = {d.name: d for d in pack.drugs}
        self.records: dict[str, Named] = {
            r.name: r
            for r in (*pack.concepts, *pack.drug_classes, *pack.drugs, *pack.settings, *pack.scales)
        }
        self.concept_finder = TermFinder({t: c.name for c in pack.concepts for t in c.terms})
        self.drug_finder = TermFinder(
            {
                **{t: d.name for d in pack.drugs for t in d.terms},
                **{d.name.replace("_", " "): d.name for d in pack.drugs},
            }
        )
        self.class_finder = TermFinder({t: c.name for c in pack.drug_classes for t in c.terms})
        self.setting_finder = TermFinder({t: s.name for s in pack.settings for t in s.terms})
        self.scale_finder = TermFinder({t: s.name for s in pack.scales for t in s.terms})
        self.by_code = {code: c.name for c in pack.concepts for code in c.diagnosis_codes}
        self._ancestors: dict[str, dict[str, bool]] = {}
        self._agents: dict[str, str | None] = {}

    def ancestors(self, concept: str) -> dict[str, bool]:
        """Every concept that contains ``concept`` (itself included): id → definite edge path."""
        if concept not in self._ancestors:
            self._ancestors[concept] = dict(_ancestors(self, concept))
        return self._ancestors[concept]

    def drug_for_agent(self, agent: str) -> str | None:
        """The drug for a case's agent name (generic, brand or code), or None.

        Names this vocabulary does not know (misspellings, other languages) go through the
        therapy catalogue's resolver first.
        """
        if agent not in self._agents:
            hits = self.drug_finder.find(agent)
            if not hits:
                resolved = resolve_drug(agent)
                hits = self.drug_finder.find(resolved.generic) if resolved else []
            self._agents[agent] = hits[0].id if hits else None
        return self._agents[agent]

    def classes_of(self, drug: str) -> list[str]:
        found = self.drugs.get(drug)
        return list(found.classes) if found else []

    def unverified(self, record_id: str) -> bool:
        """True when the record is UNVERIFIED: results resting on it need expert review."""
        record = self.records.get(record_id)
        return record is not None and record.verification is Verification.UNVERIFIED

    def sources(self, record_id: str) -> list[str]:
        record = self.records.get(record_id)
        return list(record.sources) if record else []

    def label(self, record_id: str) -> str:
        record = self.records.get(record_id)
        return str(getattr(record, "label", record_id)) if record else record_id


def _ancestors(vocab: Vocabulary, concept: str) -> tuple[tuple[str, bool], ...]:
    found: dict[str, bool] = {concept: True}
    frontier = [(concept, True)]
    while frontier:
        current, definite = frontier.pop()
        node = vocab.concepts.get(current)
        if node is None:
            continue
        edges = [(p, definite) for p in node.parents] + [(p, False) for p in node.loose_parents]
        for parent, sure in edges:
            if found.get(parent) is True or (parent in found and not sure):
                continue
            found[parent] = sure
            frontier.append((parent, sure))
    return tuple(found.items())


@cache
def vocabulary() -> Vocabulary:
    """The packaged vocabulary, loaded and validated once."""
    return Vocabulary(load_pack(PACK_NAME, TrialsPack))
