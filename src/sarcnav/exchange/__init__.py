"""Exchange: a case as an HL7 FHIR R4 Bundle shaped after mCODE, and the registry as CSV."""

from sarcnav.exchange.csv_export import registry_csv
from sarcnav.exchange.fhir import bundle_to_case, case_to_bundle

__all__ = ["bundle_to_case", "case_to_bundle", "registry_csv"]
