"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.cli import app
from sarcnav.core_cli import register as register_core
from sarcnav.reports.cli import register as register_reports

register_core(app)
register_reports(app)
