"""Turning raw message bytes or text into inert, analysable text.

HTML is reduced to its visible text (scripts and styles dropped, entities unescaped) so that markup
never reaches a classifier, a draft or a terminal as markup. Folding lower-cases and strips accents
character by character, so offsets in the folded text are offsets in the analysed text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache

MAX_CHARS = 100_000
"""Longer messages are analysed up to this many characters and flagged ``truncated``."""

_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>|<!--.*?-->", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_NEGATION = re.compile(
    r"(\b(no|not|never|without|sin|nunca|pas de|sans|kein|keine|ohne|nessun|senza|sem|nie|bez"
    r"|нет|без|не|لا|ليس|بدون)\W+(\w+\W+){0,2}|(没有|没|无|不))$"
)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); bytes that are not UTF-8 become U+FFFD, never an error."""
    return data.decode("utf-8-sig", errors="replace")


def clean(text: str) -> tuple[str, bool]:
    """Visible, normalised text and whether it was cut at :data:`MAX_CHARS`."""
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    if "<" in text:
        text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    return text.strip(), truncated


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


class _FoldTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with the same length (offsets carry over)."""
    return text.translate(_QUOTES).translate(_FOLD)


_UNANCHORED = re.compile(
    r"[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Scripts where a word start is no anchor: written without spaces (Chinese, Japanese, Thai,
Korean) or with particles joined to the word (Arabic "والدتي", "بساركوما")."""


def non_capturing(pattern: str) -> str:
    """``pattern`` with every capturing group made non-capturing (same matches, faster: the
    engine saves no group marks, which with hundreds of groups in one row dominated matching)."""
    out = []
    escaped = in_class = False
    for i, char in enumerate(pattern):
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "(" and not in_class and pattern[i + 1 : i + 2] != "?":
            out.append("?:")
    return "".join(out)


def word_start_regex(patterns: list[str], whole_word: bool = False) -> re.Pattern[str]:
    """One regex of ``patterns``, each matching from the start of a word (groups do not capture).

    A pattern that begins in one of the :data:`_UNANCHORED` scripts (Chinese, Arabic) matches
    anywhere, since a word boundary there is missing or falls before a joined particle.
    """
    end = r"\b" if whole_word else ""
    patterns = [non_capturing(p) for p in patterns]
    spaced = [p for p in patterns if not _UNANCHORED.match(p)]
    unspaced = [p for p in patterns if _UNANCHORED.match(p)]
    parts = []
    if spaced:
        parts.append(r"\b(?:" + "|".join(f"(?:{p})" for p in spaced) + ")" + end)
    if unspaced:
        parts.append("(?:" + "|".join(f"(?:{p})" for p in unspaced) + ")")
    return re.compile("|".join(parts), re.MULTILINE)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def negated(folded: str, start: int) -> bool:
    """Whether a negation ("no", "without", "sin", "nie ma", "нет" ...) stands within two words
    before ``start``, or a Chinese one ("没有") right before it."""
    return bool(_NEGATION.search(folded[max(0, start - 30) : start]))
