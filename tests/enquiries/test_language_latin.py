"""Languages lingua needs help with or is told about: Hindi in Latin letters (a lexicon cue), Greek,
Vietnamese and Romanian (round 10).

Synthetic messages written for this test (none taken from a labelled set).
"""

from __future__ import annotations

import pytest

from sarcnav.enquiries.language import detect, in_latin_letters
from sarcnav.enquiries.policy import lexicon
from sarcnav.enquiries.triage import triage
from sarcnav.knowledge.enquiries import Cue
from sarcnav.model.enquiry import Enquiry, Span


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("namaste, mere papa ko sarcoma hua hai, kya aap unki report dekh sakte hain?", "hi"),
        ("mujhe bahut dar lag raha hai, kya yeh bimari theek ho sakti hai", "hi"),
        ("doctor sahab meri didi ka ilaaj chal raha hai lekin dard kam nahi hua", "hi"),
        ("Namaste, my mother has uterine leiomyosarcoma and we need a second opinion", "en"),
        ("ciao, hai ragione, mia madre ha un leiomiosarcoma e non so cosa fare", "it"),
        ("minha mãe tem sarcoma uterino e não sabemos o que fazer agora", "pt"),
        ("मेरी माँ को लियोमायोसारकोमा है, क्या आप मदद कर सकते हैं?", "hi"),
        ("Καλησπέρα, η μητέρα μου έχει σάρκωμα της μήτρας, θα θέλαμε μια δεύτερη γνώμη.", "el"),
        ("Xin chào, chị gái tôi bị ung thư tử cung, chúng tôi muốn hỏi ý kiến thứ hai.", "vi"),
        ("Bună seara, sora mea are un sarcom uterin și am vrea o a doua opinie.", "ro"),
        # round 10: Hindi words of the new pattern (past forms, need, only, after, how much)
        ("papa ki chemo ke baad report aa gayi, ab surgery zaroori hai ya sirf scan?", "hi"),
        ("Delhi se hoon, mummy ke liye appointment ka kharcha kitna hoga", "hi"),
        ("Ik heb een vraag over de behandeling na de operatie van mijn zus.", "nl"),
        ("Ich habe nach der Operation keine Zeit gehabt, ab Montag geht es weiter.", "de"),
    ],
)
def test_hindi_in_latin_letters_is_hindi_and_other_languages_stay(text: str, language: str) -> None:
    assert triage(Enquiry(text=text)).language == language


def test_the_detector_alone_misreads_hindi_in_latin_letters() -> None:
    """Why the cue exists: without it, the message is taken for another language."""
    text = "namaste, mere papa ko sarcoma hua hai, kya aap unki report dekh sakte hain?"
    assert detect(text)[0] != "hi"


def _cue() -> Cue:
    return next(c for c in lexicon().cues if c.kind == "language")


@pytest.mark.parametrize("found", [0, 1, 2, 3, 4])
def test_the_cue_counts_distinct_words_up_to_its_threshold(found: int) -> None:
    cue = _cue()
    words = ["kya", "nahi", "meri", "bahut", "chahiye"][:found]
    spans = [Span(text=w, start=i, end=i + 1, rule_id=cue.id) for i, w in enumerate(words)]
    spans += spans  # a word twice counts once
    language, confidences = in_latin_letters("pt", {"pt": 0.4}, [cue], {("language", "hi"): spans})
    assert (language == "hi") is (found >= cue.at_least)
    assert (f"{cue.id}_words" in confidences) is (found >= cue.at_least)
