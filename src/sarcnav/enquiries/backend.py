"""Optional LLM backend for intents, behind a small interface; never required.

:class:`OpenAICompatibleBackend` asks any OpenAI-compatible ``/chat/completions`` endpoint (the URL
is configuration, e.g. ``SARCNAV_LLM_URL``) for intents from the fixed vocabulary. Its labels are
added to the rule and model labels and marked as coming from the LLM; anything outside the
vocabulary, or any network or format error, is ignored. Tests replace the transport; no test
touches a network.
"""

from __future__ import annotations

import json
from typing import Protocol

import httpx

from sarcnav.knowledge.enquiries import Intent

INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]
PROMPT = (
    "Classify the patient message into zero or more of these intents: {labels}. "
    'Answer only with JSON: {{"intents": ["..."]}}. Do not answer the message.'
)


class IntentBackend(Protocol):
    def intents(self, text: str) -> dict[str, str]:
        """Intent label → short note on where it came from."""
        ...


class OpenAICompatibleBackend:
    """Intents from an OpenAI-compatible chat endpoint (only the first 4,000 characters go out)."""

    def __init__(
        self, base_url: str, model: str, api_key: str = "", client: httpx.Client | None = None
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = client or httpx.Client(timeout=20.0, headers=headers)

    def intents(self, text: str) -> dict[str, str]:
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": PROMPT.format(labels=", ".join(INTENTS))},
                {"role": "user", "content": text[:4000]},
            ],
        }
        try:
            response = self.client.post(self.url, json=body)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
            labels = json.loads(content)["intents"]
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError):
            return {}
        if not isinstance(labels, list):
            return {}
        return {str(x): f"{self.model}" for x in labels if x in INTENTS}
