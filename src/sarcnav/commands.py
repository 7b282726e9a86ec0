"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.cli import app
from sarcnav.core_cli import register as register_core
from sarcnav.enquiries.cli import register as register_enquiries

register_core(app)
register_enquiries(app)
