"""Language of a message (ISO 639-1) with lingua, restricted to the languages a centre receives.

The detector is built once per process. Drug names are blanked out before detection. Very short
texts (under five words) are unreliable for any detector: when lingua is unsure of one and the text
is plain ASCII, English is assumed and the explanation says so. A language the detector reads only
in its own script (Hindi) is recognised in Latin letters by the lexicon's ``language`` cues.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from sarcnav.knowledge.enquiries import Cue
from sarcnav.model.enquiry import Span

LANGUAGES = (
    Language.ENGLISH,
    Language.SPANISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.POLISH,
    Language.RUSSIAN,
    Language.ARABIC,
    Language.CHINESE,
    Language.TURKISH,
    Language.HINDI,
    Language.GREEK,
    Language.VIETNAMESE,
    Language.ROMANIAN,
    Language.UKRAINIAN,
    Language.PERSIAN,
    Language.HEBREW,
    Language.BENGALI,
    Language.KOREAN,
    Language.JAPANESE,
    Language.INDONESIAN,
)
SAMPLE_CHARS = 2_000
"""Only the first characters are read: enough for a confident answer, and fast on long texts."""
UNKNOWN = "und"


@cache
def detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES).with_preloaded_language_models().build()
    )


def detect(text: str, ignore: Iterable[tuple[int, int]] = ()) -> tuple[str, dict[str, float]]:
    """ISO 639-1 code (``und`` for a text without letters) and the top confidences.

    The ``ignore`` spans (start, end), such as drug names, which belong to no language and made
    lists of drugs read as Turkish or Dutch (round 8), are blanked out first."""
    for start, end in ignore:
        text = text[:start] + " " * (end - start) + text[end:]
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN, {}
    values = detector().compute_language_confidence_values(sample)
    top = {v.language.iso_code_639_1.name.lower(): round(v.value, 3) for v in values[:3]}
    best = next(iter(top))
    if len(sample.split()) < 5 and sample.isascii() and top[best] < 0.6:
        return "en", {**top, "assumed_en_short_ascii": 1.0}
    return best, top


def in_latin_letters(
    detected: str,
    confidences: dict[str, float],
    cues: Iterable[Cue],
    spans: dict[tuple[str, str], list[Span]],
) -> tuple[str, dict[str, float]]:
    """The language of a ``language`` cue whose distinct words found reach its ``at_least``
    (the count joins the explanation), else ``detected``."""
    for cue in cues:
        if cue.kind != "language" or cue.label == detected:
            continue
        words = {span.text.lower() for span in spans.get((cue.kind, cue.label), [])}
        if len(words) >= cue.at_least:
            return cue.label, {**confidences, f"{cue.id}_words": float(len(words))}
    return detected, confidences
