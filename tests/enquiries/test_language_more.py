"""Languages the detector gained in session 5 (synthetic messages written for this test), and the
Latin-script languages left out because they took mixed Spanish-English messages."""

from __future__ import annotations

import pytest
from lingua import Language

from sarcnav.enquiries import triage
from sarcnav.enquiries.language import LANGUAGES
from sarcnav.model.enquiry import Enquiry


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Моя мама має саркому матки, чи можна отримати другу думку у вашому центрі?", "uk"),
        ("مادرم سارکوم رحم دارد، آیا می‌توانیم نظر دوم از پزشکان شما بگیریم؟", "fa"),
        ("לאמא שלי יש סרקומה של הרחם, האם אפשר לקבל חוות דעת שנייה אצלכם?", "he"),
        ("আমার মায়ের জরায়ুর সারকোমা হয়েছে, আপনারা কি দ্বিতীয় মতামত দেন?", "bn"),
        ("어머니가 자궁 육종 진단을 받았습니다. 두 번째 소견을 받을 수 있을까요?", "ko"),
        ("母が子宮肉腫と診断されました。セカンドオピニオンを受けることはできますか?", "ja"),
        ("Ibu saya didiagnosis sarkoma rahim, apakah kami bisa mendapatkan pendapat kedua?", "id"),
    ],
)
def test_new_languages_are_recognised(text: str, code: str) -> None:
    assert triage(Enquiry(text=text)).language == code


def test_tagalog_and_swahili_stay_out_so_mixed_spanish_stays_spanish() -> None:
    assert Language.TAGALOG not in LANGUAGES and Language.SWAHILI not in LANGUAGES
    text = "Sorry my English. Mi hermana tiene leiomiosarcoma y vive en Lima."
    mixed = triage(Enquiry(text=text))
    assert mixed.language == "es"
