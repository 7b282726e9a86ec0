"""The optional LLM backend, with the network replaced by a mock transport."""

from __future__ import annotations

import json

import httpx
import pytest

from sarcnav.enquiries import OpenAICompatibleBackend, triage
from sarcnav.enquiries.cli import backend_from_env
from sarcnav.model.enquiry import Enquiry


def backend(
    reply: object, status: int = 200
) -> tuple[OpenAICompatibleBackend, list[dict[str, object]]]:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        body = {"choices": [{"message": {"content": json.dumps(reply)}}]}
        return httpx.Response(status, json=body)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return OpenAICompatibleBackend("http://llm.invalid/v1", "tiny", client=client), seen


def test_backend_labels_are_added_and_marked() -> None:
    llm, seen = backend({"intents": ["research_participation", "not_a_label"]})
    result = triage(Enquiry(text="Hello there."), backend=llm)
    assert result.intents == ["research_participation"]
    explained = result.explanations.intents[0]
    assert explained.detail == "LLM backend: tiny" and not explained.cues
    assert seen[0]["model"] == "tiny" and seen[0]["temperature"] == 0


def test_backend_failures_are_ignored() -> None:
    for llm, _ in (backend({"intents": ["gratitude"]}, status=500), backend("not an object")):
        result = triage(Enquiry(text="Hello there."), backend=llm)
        assert result.intents == []


def test_only_the_first_4000_characters_are_sent() -> None:
    llm, seen = backend({"intents": []})
    llm.intents("x" * 10_000)
    messages = seen[0]["messages"]
    assert isinstance(messages, list) and len(messages[1]["content"]) == 4000


def test_the_cli_uses_a_backend_only_when_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SARCNAV_LLM_URL", raising=False)
    assert backend_from_env() is None
    monkeypatch.setenv("SARCNAV_LLM_URL", "http://llm.invalid/v1/")
    monkeypatch.setenv("SARCNAV_LLM_MODEL", "tiny")
    configured = backend_from_env()
    assert isinstance(configured, OpenAICompatibleBackend)
    assert configured.url == "http://llm.invalid/v1/chat/completions"
