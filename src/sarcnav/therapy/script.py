"""Drug names written in Greek, Cyrillic or Arabic letters, read by sound against the catalogue.

A word written wholly in one of these scripts is spelt in Latin letters (``latin``) and then
reduced, like a catalogue name, to a coarse key of how it sounds (``coarse``: the vowels o/u and
e/i, p/b and the letters ``catalogue.sound`` merges alike), so "δοξορουβικίνη", "доксорубицин"
and "دوكسوروبيسين" meet "doxorubicin". A rule over the names already in the catalogue: no name is
added, and every match is inexact (it asks for review). Letter tables are spelling, not clinical
facts; they follow how these scripts write borrowed Latin names (Greek beta and "μπ" for b, Arabic
jim for g, Cyrillic ts for a soft c).
"""

from __future__ import annotations

import re

_GREEK_PAIRS = (("ου", "u"), ("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "ng"), ("αι", "e"))
_GREEK = str.maketrans(
    {
        "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
    }
)  # fmt: skip
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "c",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
        "я": "ia",
    }
)  # fmt: skip
_ARABIC = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "g",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
        "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "u", "ي": "i",
        "ى": "a", "ئ": "i", "ؤ": "u", "ء": "", "پ": "p", "ڤ": "v", "گ": "g", "ـ": "",
    }
)  # fmt: skip
_SCRIPTS = (
    (re.compile(r"[\u0370-\u03ff]+"), _GREEK),
    (re.compile(r"[\u0400-\u04ff]+"), _CYRILLIC),
    (re.compile(r"[\u0600-\u06ff]+"), _ARABIC),
)
_ARABIC_CLITICS = re.compile(r"^(?:وال|بال|لل|ال|و|ب)(?=\w{5})")
"""Arabic "and", "with", "the" written onto the name ("والدوكسوروبيسين")."""
_COARSE = (("o", "u"), ("e", "i"), ("p", "b"), ("v", "b"))


def latin(word: str) -> list[str]:
    """Latin spellings of a lower-case, accent-free word written wholly in Greek, Cyrillic or
    Arabic letters (Arabic with and without clitics, an opening alef as each vowel); empty for
    any other word.

    >>> latin("δοξορουβικινη"), latin("доксорубицин"), latin("والدوكسوروبيسين")
    (['doxorubikini'], ['doksorubicin'], ['ualduksurubisin', 'duksurubisin'])
    """
    for letters, table in _SCRIPTS:
        if letters.fullmatch(word):
            forms = [word]
            if table is _ARABIC and (bare := _ARABIC_CLITICS.sub("", word)) != word:
                forms.append(bare)
            if table is _GREEK:
                for pair, said in _GREEK_PAIRS:
                    forms = [f.replace(pair, said) for f in forms]
            spelt = [f.translate(table) for f in forms]
            if table is _ARABIC:  # an opening alef carries any vowel ("إريبولين", eribulin)
                spelt += [v + f[1:] for f in spelt if f[:1] == "a" for v in "eio"]
            return spelt
    return []


def coarse(key: str) -> str:
    """A sound key (``catalogue.sound``) with o/u, e/i, p/b and v/b merged, for names spelt in
    another script, where vowels and these consonants are written alike.

    >>> coarse("docsorubisin") == coarse("ducsurubisin")
    True
    """
    for written, said in _COARSE:
        key = key.replace(written, said)
    return key
