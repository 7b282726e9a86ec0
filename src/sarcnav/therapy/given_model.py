"""The learned given / not-given backstop for drug mentions in a treatment history.

One logistic regression for "this drug was *not* given" (proposed, planned, refused, avoided...),
over the words around the mention with the drug names masked: character 3- to 5-grams, words and
word pairs of the window (as :mod:`sarcnav.enquiries.intent_model`), plus each word tagged with its
side of the mention ("l:" before, "r:" after). Plain JSON weights, numpy at run time; trained by
:mod:`sarcnav.therapy.train_given` on every labelled history set except the blind one, threshold
chosen by leave-one-set-out cross-validation and stored in the model file.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from sarcnav.linear import LinearWeights, read_weights
from sarcnav.therapy import lexicon as lx
from sarcnav.therapy.modality import CUES, GIVEN, LEFT_STOP, NOT_GIVEN

GIVEN_MODEL_PATH = Path(str(resources.files("sarcnav.therapy") / "data" / "given_model.json"))
WINDOW = 60
"""Characters read on each side of the mention."""
SELF = " qqdrug "
OTHER = " qqother "
SHOWN_WORDS = 4
_SENTENCE_END = re.compile(r"[;\n]|\.(?!\d)")
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ngrams(folded: str) -> list[str]:
    """Character 3- to 5-grams of each space-padded word, then each word and each pair of
    neighbouring words (the features of :mod:`sarcnav.enquiries.intent_model`, which this package
    cannot import: the enquiries import the therapy parser)."""
    out: list[str] = []
    words = TOKEN.findall(folded)
    for word in words:
        padded = f" {word} "
        for n in (3, 4, 5):
            out.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    out.extend("w:" + w for w in words)
    out.extend(f"w:{a} {b}" for a, b in itertools.pairwise(words))
    return out


def reach(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch the backstop reads around a mention: its sentence, at most ``WINDOW``
    characters each side."""
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    lo = max([lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, start)])
    stop = _SENTENCE_END.search(text, end, hi)
    return lo, stop.start() if stop else hi


def window(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, str]:
    """The folded text before and after a mention, within its sentence and ``WINDOW``
    characters, stopping at the next drug name on each side unless that name is joined to it
    ("gem/tax", "X with Y": one combination), with every drug name in reach masked."""
    lo, hi = reach(text, start, end)
    near = sorted(o for o in others if lo <= o[0] and o[1] <= hi and o != (start, end))
    left_end, right_start = start, end
    for o_start, o_end in reversed([o for o in near if o[1] <= start]):
        if not _joined(text[o_end:left_end]):
            lo = max(lo, o_start)
            break
        left_end = o_start
    for o_start, o_end in [o for o in near if o[0] >= end]:
        if not _joined(text[right_start:o_start]):
            hi = min(hi, o_end)
            break
        right_start = o_end
    left, right = text[lo:start], text[end:hi]
    for o_start, o_end in reversed(near):
        if lo <= o_start and o_end <= start:
            left = left[: o_start - lo] + OTHER + left[o_end - lo :]
        elif end <= o_start and o_end <= hi:
            right = right[: o_start - end] + OTHER + right[o_end - end :]
    return fold(left), fold(right)


def _joined(gap: str) -> bool:
    return bool(lx.OPERATOR_GAP.match(gap) or lx.WITH_GAP.match(gap) or not gap.strip())


def features(left: str, right: str) -> list[str]:
    """The n-grams of the whole window, the words tagged with their side, and the mood cues of
    :mod:`sarcnav.therapy.modality` found on each side (their kind and row, "near" when within
    three words of the drug)."""
    out = ngrams(left + SELF + right)
    out.extend("l:" + w for w in TOKEN.findall(left))
    out.extend("r:" + w for w in TOKEN.findall(right))
    out.extend(cue_flags(left, right))
    return out


def cue_flags(left: str, right: str) -> list[str]:
    """ "k:l:proposal", "k:r:future", "k:r:offer", "k:near:refusal", "k:given"...: the mood cues
    (proposal, refusal, future; given evidence) in the folded window."""
    out = []
    stops = [m.end() for m in LEFT_STOP.finditer(left)]
    clause_start = stops[-1] if stops else 0
    for side, text in (("l", left), ("r", right)):
        for m in folded_cues().finditer(text):
            kind = CUE_KIND[m.lastgroup or ""]
            near = left[m.end() :] if side == "l" else right[: m.start()]
            out += [f"k:{side}:{kind}", f"k:{m.lastgroup}"]
            if len(TOKEN.findall(near)) <= NEAR_WORDS:
                out.append(f"k:near:{kind}")
            if side == "r" or m.start() >= clause_start:
                out.append(f"k:clause:{kind}")
    if folded_given().search(left + SELF + right) or lx.CYCLES.search(left + " " + right):
        out.append("k:given")
    return out


NEAR_WORDS = 3
CUE_KIND = {c.id: c.kind for c in CUES}


def _accent_free(pattern: str) -> str:
    decomposed = unicodedata.normalize("NFKD", pattern)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def folded_cues() -> re.Pattern[str]:
    """The not-given cue rows, accent-free, for the folded window."""
    return re.compile(_accent_free(NOT_GIVEN.pattern), re.IGNORECASE)


@cache
def folded_given() -> re.Pattern[str]:
    """The given-evidence rows, accent-free, for the folded window."""
    return re.compile(_accent_free(GIVEN.pattern), re.IGNORECASE)


@dataclass(frozen=True)
class GivenModel(LinearWeights):
    """Reads a mention as not given at or above ``threshold``."""

    terms: dict[str, tuple[float, float]] = field(init=False, repr=False, compare=False)
    """term -> (idf, coefficient), for plain-Python scoring (faster than numpy on a window)"""

    def __post_init__(self) -> None:
        pairs = zip(self.idf.tolist(), self.coef.tolist(), strict=True)
        terms = dict(zip(self.vocabulary, pairs, strict=True))
        object.__setattr__(self, "terms", terms)

    def _parts(self, found: list[str]) -> tuple[float, dict[str, float]]:
        terms = self.terms
        x = {}
        for term, n in Counter(found).items():
            if term in terms:
                x[term] = (1.0 + math.log(n)) * terms[term][0]
        norm = math.sqrt(sum(v * v for v in x.values())) or 1.0
        parts = {t: terms[t][1] * v / norm for t, v in x.items()}
        return self.intercept + sum(parts.values()), parts

    def not_given(self, left: str, right: str) -> float:
        """Probability that the masked mention was not given."""
        score, _ = self._parts(features(left, right))
        return 1.0 / (1.0 + math.exp(-min(50.0, max(-50.0, score))))

    def words(self, left: str, right: str) -> list[str]:
        """The words of the window that pushed the not-given score up most (strongest first):
        each word gets its character n-grams, itself, its side-tagged self and half of each
        word pair it is in."""
        _, parts = self._parts(features(left, right))
        weight: dict[str, float] = {}
        for word in set(TOKEN.findall(left + " " + right)) - {"qqdrug", "qqother"}:
            own = [t for t in ngrams(word) if not t.startswith("w:")] + [
                "w:" + word,
                "l:" + word,
                "r:" + word,
            ]
            weight[word] = sum(parts.get(t, 0.0) for t in own)
        for term, value in parts.items():
            if term.startswith("w:") and " " in term:
                for word in term[2:].split(" "):
                    if word in weight:
                        weight[word] += value / 2
        ranked = sorted(weight.items(), key=lambda wv: (-wv[1], wv[0]))
        return [w for w, v in ranked[:SHOWN_WORDS] if v > 0]


def load_given_model(path: Path = GIVEN_MODEL_PATH) -> GivenModel:
    return GivenModel(**read_weights(path))


@cache
def shipped_given_model() -> GivenModel:
    return load_given_model()
