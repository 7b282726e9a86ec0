"""Clinical-trial matching: registry records, parsed eligibility, verdicts per criterion."""

from sarcnav.trials.client import Query, RegistryClient, RegistryError
from sarcnav.trials.criteria import parse_criterion
from sarcnav.trials.eligibility import split_criteria
from sarcnav.trials.history import TherapyReader, with_history
from sarcnav.trials.match import Filters, evaluate_trial, match_trials
from sarcnav.trials.records import trial_from_study
from sarcnav.trials.service import import_path, match_in_store, sync
from sarcnav.trials.store import TrialStore

__all__ = [
    "Filters",
    "Query",
    "RegistryClient",
    "RegistryError",
    "TherapyReader",
    "TrialStore",
    "evaluate_trial",
    "import_path",
    "match_in_store",
    "match_trials",
    "parse_criterion",
    "split_criteria",
    "sync",
    "trial_from_study",
    "with_history",
]
