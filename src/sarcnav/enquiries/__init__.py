"""Enquiry triage: read a patient's or family's message, route it by policy, draft a reply.

Drafts are for a person to approve; sarcnav never sends anything.
"""

from sarcnav.enquiries.backend import IntentBackend, OpenAICompatibleBackend
from sarcnav.enquiries.entities import DrugFinder, DrugResolver, catalogue_finder, from_resolver
from sarcnav.enquiries.policy import load_policy
from sarcnav.enquiries.triage import triage

__all__ = [
    "DrugFinder",
    "DrugResolver",
    "IntentBackend",
    "OpenAICompatibleBackend",
    "catalogue_finder",
    "from_resolver",
    "load_policy",
    "triage",
]
