"""Hostile or odd input: markup stays inert, personal data can be masked, nothing crashes."""

from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app
from sarcnav.enquiries import triage
from sarcnav.enquiries.masking import mask_text
from sarcnav.enquiries.routing import INTENTS
from sarcnav.enquiries.text import MAX_CHARS
from sarcnav.model.enquiry import Enquiry

runner = CliRunner()
HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)>'
    "[bold red]PWNED[/] Hello, is LMS hereditary? <b>Thanks</b>, <i>Maya</i>"
)
ROUTES = {
    "appointment", "international_services", "nearby_centers", "trial_search",
    "no_individual_advice", "care_team", "support_resources", "specialist_answer",
    "acknowledge", "urgent_care",
}  # fmt: skip


def test_html_and_script_never_reach_output_as_markup() -> None:
    result = triage(Enquiry(text=HOSTILE))
    dumped = json.dumps(result.model_dump(mode="json"))
    assert "<script" not in dumped and "onerror" not in dumped and "<b>" not in dumped
    assert "hereditary_risk" in result.intents
    assert result.draft.startswith("Dear Maya,")


def test_rich_markup_in_a_message_is_printed_literally(tmp_path: Path) -> None:
    path = tmp_path / "msg.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = runner.invoke(app, ["inbox", "triage", str(path)])
    assert out.exit_code == 0
    assert "<script" not in out.stdout


def test_a_signed_name_with_markup_is_not_copied_into_the_draft() -> None:
    result = triage(Enquiry(text="Is LMS hereditary? Thanks, [link=http://x]Bob[/link]"))
    assert "[link" not in result.draft and "http://x" not in result.draft


def test_mask_hides_emails_phones_and_names_everywhere(tmp_path: Path) -> None:
    text = (
        "Hi, my name is Carla Diaz from Austin, Texas. My wife Laura has LMS. "
        "Call 512-555-0199 or +1 (512) 555-0100, carla.d@example.com. Thanks, Carla Diaz"
    )
    path = tmp_path / "msg.txt"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(app, ["inbox", "triage", str(path), "--json", "--mask"])
    assert out.exit_code == 0
    for secret in ("Carla", "Diaz", "Laura", "555-0199", "555-0100", "carla.d@example.com"):
        assert secret not in out.stdout, secret
    data = json.loads(out.stdout)
    assert data["text_masked"].count("[NAME]") >= 3
    assert "[PHONE]" in data["text_masked"] and "[EMAIL]" in data["text_masked"]
    assert "Example Uterine Sarcoma Center" in data["draft"]
    assert "+1 555 0100" in data["draft"] or not data["routes"]


def test_without_mask_the_signed_name_greets_the_writer() -> None:
    result = triage(Enquiry(text="Can I get a second opinion on my LMS? Best regards, Carla Diaz"))
    assert result.draft.startswith("Dear Carla Diaz,")


def test_a_one_megabyte_message_is_cut_flagged_and_fast() -> None:
    text = ("My mother has leiomyosarcoma and we want a second opinion. " * 20_000)[:1_000_000]
    start = time.perf_counter()
    result = triage(Enquiry(text=text))
    assert time.perf_counter() - start < 15
    assert result.truncated and "TRUNCATED" in {r.code for r in result.review_reasons}
    assert "second_opinion" in result.intents
    assert all(m.end <= MAX_CHARS for m in result.entities)


def test_an_empty_message_needs_input_and_gets_no_draft() -> None:
    for text in ("", "   \n\t", "<p></p>"):
        result = triage(Enquiry(text=text))
        assert result.status == "needs_input" and result.missing == ["text"]
        assert result.draft == "" and result.intents == [] and result.routes == []


def test_emoji_and_mixed_languages() -> None:
    result = triage(Enquiry(text="🙏🙏 Thank you!!! ❤️ Mi mamá está mejor, gracias a todos 😊"))
    assert "gratitude" in result.intents and result.routes == ["acknowledge"]
    mixed = triage(
        Enquiry(text="Sorry my English. Mi hermana tiene leiomiosarcoma y vive en Lima.")
    )
    assert mixed.language == "es" and mixed.relation == "sibling"
    assert mixed.location == "international"


def test_broken_encodings_and_control_bytes_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfeMy m\xe9re has LMS\x00\x01 and chest pain \xc3\x28 help\r\n")
    out = runner.invoke(app, ["inbox", "triage", str(path), "--json"])
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["urgency"] == "emergency" and data["routes"][0] == "urgent_care"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_well_formed_triage(text: str) -> None:
    result = triage(Enquiry(text=text))
    assert set(result.intents) <= set(INTENTS)
    assert set(result.routes) <= ROUTES
    assert result.urgency in {"emergency", "high", "routine"}
    assert result.location in {"us", "international", "unknown"}
    assert ("urgent_care" in result.routes) == (result.urgency == "emergency")
    if "urgent_care" in result.routes:
        assert result.routes[0] == "urgent_care"
    if result.urgency == "emergency":
        assert result.needs_expert_review


@settings(max_examples=50, deadline=None)
@given(
    user=st.from_regex(r"[a-z][a-z0-9._]{0,12}", fullmatch=True),
    domain=st.from_regex(r"[a-z]{2,10}\.(com|org|es|co\.uk)", fullmatch=True),
    digits=st.from_regex(r"\+\d{2} \d{3} \d{3} \d{3}", fullmatch=True),
)
def test_any_email_and_phone_is_masked(user: str, domain: str, digits: str) -> None:
    text = f"Write to {user}@{domain} or call {digits} please."
    masked = mask_text(text, set())
    assert f"{user}@{domain}" not in masked and digits not in masked
    assert "[EMAIL]" in masked and "[PHONE]" in masked
