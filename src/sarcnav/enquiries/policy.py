"""Loading the centre's policy (the shipped example or a centre's own file) and the lexicon."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from sarcnav.errors import InputError, describe, read_text
from sarcnav.knowledge.enquiries import EnquiryLexicon, EnquiryPolicy
from sarcnav.knowledge.loader import integrity_problem, load_pack

POLICY_PACK = "enquiry_policy"
LEXICON_PACK = "enquiry_lexicon"


@cache
def default_policy() -> EnquiryPolicy:
    """The shipped policy of the fictional example centre."""
    return load_pack(POLICY_PACK, EnquiryPolicy)


@cache
def lexicon() -> EnquiryLexicon:
    return load_pack(LEXICON_PACK, EnquiryLexicon)


def load_policy(path: Path | None = None) -> EnquiryPolicy:
    """A centre's policy file, validated; every problem names the file and the field."""
    if path is None:
        return default_policy()
    text = read_text(path, what="policy file")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({exc})") from exc
    try:
        policy = EnquiryPolicy.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid policy:\n{describe(exc)}") from exc
    problem = integrity_problem(policy)
    if problem:
        raise InputError(f"{path}: {problem}")
    return policy
