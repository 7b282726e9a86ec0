"""Reading free-text pathology reports: findings with evidence, diagnosis, stage, conflicts.

``read_report(text)`` extracts specimen, findings and extent with character spans and context
modifiers; ``assess_report(text)`` adds the diagnosis and stage engines, conflicts with the stated
diagnosis and stage, and the ICCR elements that are missing (element list UNVERIFIED).
"""

from sarcnav.reports.assess import assess_report
from sarcnav.reports.extract import read_report
from sarcnav.reports.fields import flatten
from sarcnav.reports.synoptic import to_html, to_markdown

__all__ = ["assess_report", "flatten", "read_report", "to_html", "to_markdown"]
