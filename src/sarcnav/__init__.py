"""sarcnav: decision support for a uterine-sarcoma service.

Diagnosis (WHO 2020), staging (FIGO 2009/2023, AJCC 8), therapy, trials, enquiries and risk, each an
engine that explains itself with reasons, sources and a trace of the knowledge rows that fired.
Decision support for clinicians, not medical advice.
"""

from sarcnav.native import require_fresh

require_fresh()  # a compiled engine module older than its source would shadow the edit

__version__ = "0.1.0"
