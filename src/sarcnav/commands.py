"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.app.cli import register as register_app
from sarcnav.cli import app
from sarcnav.core_cli import register as register_core
from sarcnav.enquiries.cli import register as register_enquiries
from sarcnav.reports.cli import register as register_reports
from sarcnav.risk.cli import register as register_risk
from sarcnav.therapy.cli import register as register_therapy
from sarcnav.trials.cli import register as register_trials

register_core(app)
register_therapy(app)
register_risk(app)
register_reports(app)
register_enquiries(app)
register_trials(app)
register_app(app)
