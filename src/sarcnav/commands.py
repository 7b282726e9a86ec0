"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.cli import app
from sarcnav.core_cli import register as register_core
from sarcnav.trials.cli import register as register_trials

register_core(app)
register_trials(app)
