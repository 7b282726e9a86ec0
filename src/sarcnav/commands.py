"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.cli import app
from sarcnav.core_cli import register as register_core
from sarcnav.therapy.cli import register as register_therapy

register_core(app)
register_therapy(app)
