"""Every knowledge pack by name, with the schema that validates it."""

from __future__ import annotations

from sarcnav.knowledge.base import Pack
from sarcnav.knowledge.diagnosis import DiagnosisPack
from sarcnav.knowledge.enquiries import EnquiryLexicon, EnquiryPolicy
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.modality import ModalityPack
from sarcnav.knowledge.reports import IccrPack
from sarcnav.knowledge.risk import PreopPack, PrognosisPack
from sarcnav.knowledge.staging import StagingPack
from sarcnav.knowledge.therapy import CataloguePack, DosePack, OptionsPack, RegulatoryPack
from sarcnav.knowledge.trials import TrialsPack

PACKS: dict[str, type[Pack]] = {
    "diagnosis_who2020": DiagnosisPack,
    "staging_figo_ajcc": StagingPack,
    "enquiry_policy": EnquiryPolicy,
    "enquiry_lexicon": EnquiryLexicon,
    "therapy_catalogue": CataloguePack,
    "therapy_regulatory": RegulatoryPack,
    "therapy_dose": DosePack,
    "therapy_options": OptionsPack,
    "therapy_modality": ModalityPack,
    "risk_preop": PreopPack,
    "risk_prognosis": PrognosisPack,
    "reports_iccr_mesenchymal": IccrPack,
    "trials_vocabulary": TrialsPack,
}


def load_all() -> dict[str, Pack]:
    """Load and validate every pack (raises KnowledgeError on the first bad one)."""
    return {name: load_pack(name, schema) for name, schema in PACKS.items()}
