"""The drug and regimen catalogue: name index, drug-class lookup, and ``resolve_drug``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.therapy import CataloguePack, Drug, Regimen
from sarcnav.model.therapy_record import TherapyLine
from sarcnav.therapy.script import coarse, latin

PACK = "therapy_catalogue"
FUZZY_MIN_LENGTH = 5
"""Words shorter than this are matched exactly only (fuzzy matching of short words misfires)."""
FUZZY_CUTOFF = 80.0
"""rapidfuzz ``ratio`` (0-100) a word must reach to count as a misspelling of a catalogue name."""
SHORT_FUZZY_LENGTH = 6
SHORT_FUZZY_CUTOFF = 88.0
"""Words of at most ``SHORT_FUZZY_LENGTH`` letters need this higher ratio (one letter off in six
is already 83)."""
STEM_LENGTH = 7
"""Letters both words of a two-word name must begin with when written inflected."""
INFLECTION_SLACK = 3
"""How many letters an inflected word may add or drop ("liposomal" -> "liposomales")."""
PREFIX_MIN_LENGTH = 4
"""A clipped name ("pazo", "eribu") must have at least this many letters; four-letter ones count
only where the context supports a drug (as the short aliases do)."""
BRAND_PREFIX_MIN_LENGTH = 6
"""Clipped brand names need more letters: short ones are often given names ("Ellen", not
Ellence)."""
JOINED_MIN_PART = 3
"""Letters each half of a glued combination ("GEM|DOC") must have."""
OPERATOR_ONLY = frozenset({"doc", "tax"})
"""Short aliases that are everyday words: accepted only when joined to another drug by / or +."""


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Lower-case, strip accents, treat hyphens as spaces, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().replace("-", " ").split())


_SOUNDS = (
    ("ph", "f"),
    ("th", "t"),
    ("y", "i"),
    ("x", "cs"),
    ("k", "c"),
    ("z", "s"),
    ("ce", "se"),
    ("ci", "si"),
)


def sound(key: str) -> str:
    """A normalised word spelt by sound: ph/f, th/t, y/i, x/ks, k/c, z/s and a soft c/s alike,
    doubled letters once (so Turkish or Polish spellings such as "dosetaksel" read alike).

    >>> sound("doxyl") == sound("doxil"), sound("gemzar") == sound("gemsar")
    (True, True)
    >>> sound("dosetaksel") == sound("docetaxel"), sound("paklitaksel") == sound("paclitaxel")
    (True, True)
    """
    for written, said in _SOUNDS:
        key = key.replace(written, said)
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


@dataclass(frozen=True)
class NameEntry:
    """One name in the index and what it points to."""

    name: str
    kind: str  # generic | brand | alias | misspelling | spanish | regimen | class | ambiguous
    # | prefix (a clipped name, made by ``Catalogue.prefix``) | joined (two names glued into
    # one word, made by ``Catalogue.joined``)
    target: str  # generic name, regimen id, class name or ambiguous-term id
    verified: bool
    case_sensitive: bool
    tier: str  # strong | weak | operator


class DrugMatch(BaseModel):
    """A name resolved to a catalogue drug, with the words that matched (the evidence)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    generic: str
    drug_id: str
    classes: list[str]
    class_verified: bool
    role: str
    query: str
    matched_name: str
    name_kind: str
    name_verified: bool
    score: float
    exact: bool


_ALIKE_INITIALS = [{"g", "j"}, {"j", "y"}, {"c", "k"}, {"i", "y"}, {"s", "z"}, {"f", "p"}]
"""First letters a spelling by sound may swap (the rest of a typing error keeps its first)."""


def _closest(key: str, names: list[str], cutoff: float) -> tuple[str, float] | None:
    """The most similar name at or above ``cutoff`` (rapidfuzz ratio) that begins as ``key``
    does: the same first letter or one that sounds alike, or one letter dropped or added in
    front ("Zoladex" is not Nolvadex)."""
    hits = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    return next(
        (
            (name, float(score))
            for name, score, _ in hits
            if name[:1] == key[:1]
            or {name[:1], key[:1]} in _ALIKE_INITIALS
            or name[1:2] == key[:1]  # the first letter dropped ("oxorubicin")
            or key[1:2] == name[:1]  # a letter typed before it
        ),
        None,
    )


def _tier(name: str, kind: str) -> str:
    if kind != "alias" or not name.islower() or len(name) > 4:
        return "strong"
    return "operator" if name in OPERATOR_ONLY else "weak"


class Catalogue:
    """Indexes over the catalogue pack (built once)."""

    def __init__(self, pack: CataloguePack) -> None:
        self.pack = pack
        self.drugs: dict[str, Drug] = {d.generic: d for d in pack.drugs}
        self.regimens: dict[str, Regimen] = {r.id: r for r in pack.regimens}
        self.entries: dict[str, list[NameEntry]] = {}
        for drug in pack.drugs:
            for name, kind in drug.names():
                self._add(name, kind, drug.generic, name not in drug.unverified_names)
        for regimen in pack.regimens:
            for name in regimen.aliases:
                self._add(name, "regimen", regimen.id, name not in regimen.unverified_names)
        for term in pack.class_terms:
            for name in term.names:
                self._add(name, "class", term.id, True)
        for amb in pack.ambiguous:
            self._add(amb.text, "ambiguous", amb.id, False)
        self.max_words = max(len(key.split()) for key in self.entries)
        several = [key.split() for key in self.entries if " " in key]
        self.leading_words = frozenset(
            [words[0] for words in several] + [words[1] for words in several if len(words) == 2]
        )
        """Words that may begin a name of several words (either word of a two-word name, which
        may be written in either order)."""
        self.inflected: dict[tuple[str, str], str] = {}
        for words in several:
            if len(words) == 2 and min(len(w) for w in words) >= STEM_LENGTH:
                stems = tuple(sorted(w[:STEM_LENGTH] for w in words))
                self.inflected[(stems[0], stems[1])] = " ".join(words)
        self.leading_stems = frozenset(stem for pair in self.inflected for stem in pair)
        """First letters of both words of two-word names, for names written with an inflected
        word ("liposomales Doxorubicin", "doxorubicina liposomiale")."""
        self.drug_names = {
            normalize(name): drug.generic
            for drug in pack.drugs
            for name, _ in drug.names()
            if len(name) >= FUZZY_MIN_LENGTH
        }
        self.fuzzy_names = [
            key for key in self.entries if len(key) >= FUZZY_MIN_LENGTH and " " not in key
        ]
        self.full_names = {
            normalize(name): (name, drug.generic, kind)
            for drug in pack.drugs
            for name, kind in drug.names()
            if kind in ("generic", "brand", "spanish") and " " not in normalize(name)
        }
        self.sounds: dict[str, str] = {}
        self.coarse: dict[str, str] = {}
        for key in self.fuzzy_names:
            self.sounds.setdefault(sound(key), key)
            if key in self.drug_names:  # drugs only: no class word ("progestins")
                self.coarse.setdefault(coarse(sound(key)), key)
        self.coarse_keys = list(self.coarse)
        self.prefixes: dict[str, set[tuple[str, str]]] = {}
        for full, (name, generic, kind) in self.full_names.items():
            shortest = BRAND_PREFIX_MIN_LENGTH if kind == "brand" else PREFIX_MIN_LENGTH
            for end in range(shortest, len(full)):
                self.prefixes.setdefault(full[:end], set()).add((generic, name))

    def _add(self, name: str, kind: str, target: str, verified: bool) -> None:
        case_sensitive = name.isupper() and kind in ("alias", "regimen", "ambiguous")
        entry = NameEntry(name, kind, target, verified, case_sensitive, _tier(name, kind))
        self.entries.setdefault(normalize(name), []).append(entry)

    def lookup(self, written: str) -> NameEntry | None:
        """The entry a written word (or words) names exactly, honouring case-sensitive names."""
        for entry in self.entries.get(normalize(written), []):
            if not entry.case_sensitive or written.replace("-", " ") == entry.name.replace(
                "-", " "
            ):
                return entry
        return None

    def inflected_lookup(self, first: str, second: str) -> NameEntry | None:
        """A two-word name written in either order with inflected words ("liposomales
        Doxorubicin"): both words begin like the name's words and end at most a few letters
        longer or shorter."""
        keys = [normalize(first), normalize(second)]
        if min(len(k) for k in keys) < STEM_LENGTH:
            return None
        stems = sorted(k[:STEM_LENGTH] for k in keys)
        name = self.inflected.get((stems[0], stems[1]))
        if name is None:
            return None
        words = {w[:STEM_LENGTH]: w for w in name.split()}
        if any(abs(len(k) - len(words[k[:STEM_LENGTH]])) > INFLECTION_SLACK for k in keys):
            return None
        return self.lookup(name)

    def fuzzy(self, word: str) -> tuple[NameEntry, float] | None:
        """The closest single-word name at or above the cutoff (rapidfuzz ratio) that begins
        as the word does (``_closest``: "jemcitabina" is gemcitabine, "Zoladex" is not
        Nolvadex)."""
        key = normalize(word)
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        found = _closest(key, self.fuzzy_names, self.fuzzy_cutoff(key))
        if found is None and key.endswith("em") and len(key) > FUZZY_MIN_LENGTH + 2:
            stem = key[:-2]  # Polish instrumental: "z docetakselem", "pazopanibem"
            found = _closest(stem, self.fuzzy_names, self.fuzzy_cutoff(stem))
        if found is None:
            return None
        entry = next(e for e in self.entries[found[0]] if not e.case_sensitive)
        return entry, float(found[1])

    def sounds_like(self, word: str) -> tuple[NameEntry, float] | None:
        """A name spelt as it sounds ("Doxyl", "Gemsar"): the same after ``sound``, scored by
        its rapidfuzz ratio to the name."""
        key = normalize(word)
        found = self.sounds.get(sound(key)) if len(key) >= FUZZY_MIN_LENGTH else None
        if found is None:
            return None
        entry = next(e for e in self.entries[found] if not e.case_sensitive)
        return entry, fuzz.ratio(key, found)

    def in_script(self, word: str) -> tuple[NameEntry, float] | None:
        """A name written in Greek, Cyrillic or Arabic letters ("παζοπανίμπη", "доксорубицин",
        "دوسيتاكسيل"): spelt in Latin letters and matched by its coarse sound key (``script``)
        to the closest name; scored by the likeness of the Latin spelling to it, never as exact."""
        for form in latin(normalize(word)):
            key = coarse(sound(form))
            found = (
                _closest(key, self.coarse_keys, self.fuzzy_cutoff(key))
                if len(key) >= FUZZY_MIN_LENGTH
                else None
            )
            if found is not None:
                name = self.coarse[found[0]]
                entry = next(e for e in self.entries[name] if not e.case_sensitive)
                return entry, min(fuzz.ratio(form, name), 99.9)  # the Latin spelling's likeness
        return None

    def fuzzy_cutoff(self, word: str) -> float:
        """The similarity a word of this length must reach (short words need more)."""
        return SHORT_FUZZY_CUTOFF if len(normalize(word)) <= SHORT_FUZZY_LENGTH else FUZZY_CUTOFF

    def prefix(self, word: str) -> NameEntry | None:
        """The drug a clipped name stands for ("pazo" -> pazopanib): ``word`` begins a generic,
        brand or Spanish name of exactly one drug (a name, not the whole of it)."""
        key = normalize(word)
        found = self.prefixes.get(key, set()) if key.isalpha() else set()
        if len({generic for generic, _ in found}) != 1:
            return None
        generic, name = min(found, key=lambda f: len(f[1]))
        tier = "weak" if len(key) == PREFIX_MIN_LENGTH else "strong"
        return NameEntry(name, "prefix", generic, False, False, tier)

    def begins_a_name(self, word: str) -> bool:
        """Whether ``word`` is the start of a full catalogue name ("Votri", "Taxo"): a clipped name
        that ``prefix`` reads or deliberately leaves unread, never an unknown drug."""
        key = normalize(word)
        return any(full.startswith(key) for full in self.full_names)

    def joined(self, word: str) -> NameEntry | None:
        """The regimen a word glued from two drug names stands for ("GEMDOC", "doxifos"): both
        halves are names of the catalogue (3+ letters each) and their drugs are exactly a
        catalogue combination. A rule over the names already there; no name is added."""
        key = normalize(word)
        if not key.isalpha():
            return None
        for cut in range(JOINED_MIN_PART, len(key) - JOINED_MIN_PART + 1):
            left, right = self.entries.get(key[:cut]), self.entries.get(key[cut:])
            if not left or not right:
                continue
            agents = {e.target for e in left + right if e.target in self.drugs}
            regimen = self.regimen_for(sorted(agents)) if len(agents) == 2 else None
            if regimen is not None:
                return NameEntry(word, "joined", regimen.id, False, False, "strong")
        return None

    def regimen_for(self, agents: list[str]) -> Regimen | None:
        """The catalogue regimen whose agents are exactly ``agents``."""
        wanted = set(agents)
        return next((r for r in self.pack.regimens if set(r.agents) == wanted), None)


@cache
def catalogue() -> Catalogue:
    """The loaded catalogue (validated once, then cached)."""
    return Catalogue(load_pack(PACK, CataloguePack))


def resolve_drug(name: str) -> DrugMatch | None:
    """Resolve a drug name (generic, brand, alias, misspelling, Spanish) to its catalogue entry.

    Exact names first (all-capital abbreviations such as ``DTIC`` are case-sensitive), then a
    fuzzy match with rapidfuzz. Regimen abbreviations (``AIM``) are not drugs: use
    ``parse_history`` for them.

    Examples
    --------
    >>> resolve_drug("Votrient").generic
    'pazopanib'
    >>> resolve_drug("doxorrubicina").generic
    'doxorubicin'
    """
    cat = catalogue()
    query = name.strip()
    if not query:
        return None
    entry = cat.lookup(query)
    score, exact = 100.0, True
    if entry is None or entry.target not in cat.drugs:
        key = normalize(query)
        found = _closest(key, list(cat.drug_names), cat.fuzzy_cutoff(key))
        if found is None or len(key) < FUZZY_MIN_LENGTH:
            return None
        entry = next(e for e in cat.entries[found[0]] if e.target in cat.drugs)
        score, exact = float(found[1]), False
    drug = cat.drugs[entry.target]
    return DrugMatch(
        generic=drug.generic,
        drug_id=drug.id,
        classes=list(drug.classes),
        class_verified=drug.class_verification == "VERIFIED",
        role=drug.role,
        query=query,
        matched_name=entry.name,
        name_kind=entry.kind if exact else "fuzzy",
        name_verified=entry.verified,
        score=round(score, 1),
        exact=exact,
    )


def drug_classes(agent: str) -> list[str]:
    """Classes of a generic agent name (empty when the agent is not in the catalogue)."""
    drug = catalogue().drugs.get(agent.strip().lower())
    return list(drug.classes) if drug else []


def in_class(agent: str, drug_class: str) -> bool:
    """Whether ``agent`` (a generic name) belongs to ``drug_class`` (case-insensitive)."""
    return drug_class.strip().lower() in {c.lower() for c in drug_classes(agent)}


def is_anthracycline(agent: str) -> bool:
    """Whether the agent counts towards the lifetime anthracycline dose (anthracyclines and
    anthracenediones, as the doxorubicin label counts them)."""
    return in_class(agent, "anthracycline") or in_class(agent, "anthracenedione")


def agents_in_class(drug_class: str) -> list[str]:
    """Generic names of every catalogue drug in ``drug_class``."""
    return [d.generic for d in catalogue().pack.drugs if in_class(d.generic, drug_class)]


def lines_with(lines: list[TherapyLine], name_or_class: str) -> list[int]:
    """Line numbers in which a drug (any of its names) or a class (e.g. ``"anthracycline"``)
    was given: for prior-therapy criteria such as "no prior anthracycline".

    >>> lines_with([TherapyLine(line=1, agents=["doxorubicin"])], "anthracycline")
    [1]
    """
    match = resolve_drug(name_or_class)
    wanted = match.generic if match is not None and match.exact else None
    return [
        line.line
        for line in lines
        if any(a == wanted or in_class(a, name_or_class) for a in line.agents)
    ]
