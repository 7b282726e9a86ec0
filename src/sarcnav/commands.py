"""Registers every capability's commands on the one ``sarcnav`` app."""

from sarcnav.app.cli import register as register_app
from sarcnav.cli import app
from sarcnav.core_cli import register as register_core

register_core(app)
register_app(app)
