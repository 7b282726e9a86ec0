"""Reply drafts composed only from the policy's templates, in the writer's language if it has them.

The writer's own words never enter a draft, except a signed first name that passes a strict
letters-only check; so markup or instructions in a message cannot reach the reply.
"""

from __future__ import annotations

import re

from sarcnav.knowledge.enquiries import EnquiryPolicy

_WORD = r"[^\W\d_](?:[^\W\d_]|['\-](?=[^\W\d_])){1,20}"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_CLOSING = (
    r"thanks|thank you|many thanks|regards|kind regards|best regards|best wishes|cheers|"
    r"sincerely|warmly|love|with gratitude|with deep gratitude|gracias|saludos|"
    r"un saludo|atentamente|cordialmente|merci|cordialement|mit freundlichen gr(?:u|ü)(?:ß|ss)en|"
    r"viele gr(?:u|ü)(?:ß|ss)e|grazie|cordiali saluti|obrigad[oa]|groetjes|met vriendelijke groet"
)
_SIGNED = re.compile(
    rf"(?:\b(?:{_CLOSING})\b[^.!?\n]{{0,40}}?[,:\s]|(?:^|\s)(?:--?|—|–))\s*(?P<name>{_NAME})\s*[.!]?\s*$",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:my name is|me llamo|mi nombre es|je m'appelle|ich hei(?:ß|ss)e|mi chiamo|this is)"
    rf"\s+(?P<name>{_NAME})",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "the",
    "team",
    "doctor",
    "dr",
    "family",
    "familia",
    "all",
    "you",
    "everyone",
    "me",
    "again",
}


def _capitalised_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for word in words:
        if not word[0].isupper() or word.lower() in _NOT_NAMES:
            break
        run.append(word)
    return run


def signer(text: str) -> str | None:
    """The name a writer signed with or introduced themselves by, if it looks like a name."""
    signed = _SIGNED.search(text[-120:])
    if signed:
        run = _capitalised_run(signed.group("name").split()[::-1])[::-1]
        if run:
            return " ".join(run)
    intro = _INTRO.search(text[:2000])
    if intro:
        run = _capitalised_run(intro.group("name").split())
        if run:
            return " ".join(run)
    return None


def supported(policy: EnquiryPolicy, language: str, routes: list[str]) -> bool:
    """Whether every template the draft needs has a text in ``language``."""
    keys = ["greeting", "greeting_named", "signoff", *(routes or ["fallback"])]
    return all(language in policy.template(k).text for k in keys)


def compose(policy: EnquiryPolicy, routes: list[str], language: str, name: str | None) -> str:
    """Greeting, one paragraph per route (or the fallback), sign-off, in ``language``."""
    values = {"centre_name": policy.centre.name, "name": name or ""}
    values |= {f"phone_{k}": v for k, v in policy.centre.phones.items()}
    values |= {f"link_{k}": v for k, v in policy.centre.links.items()}
    keys = ["greeting_named" if name else "greeting", *(routes or ["fallback"]), "signoff"]
    return "\n\n".join(policy.template(k).text[language].format_map(values) for k in keys)
