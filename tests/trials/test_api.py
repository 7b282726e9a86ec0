"""The package's public names, and the vocabulary pack's whole-data checks."""

from __future__ import annotations

import sarcnav.trials as trials_pkg
from sarcnav.knowledge import bibliography
from sarcnav.knowledge.registry import PACKS
from sarcnav.trials.vocabulary import vocabulary


def test_all_is_complete_and_resolves() -> None:
    assert sorted(trials_pkg.__all__) == trials_pkg.__all__
    for name in trials_pkg.__all__:
        assert getattr(trials_pkg, name) is not None


def test_pack_is_registered_cited_and_consistent() -> None:
    vocab = vocabulary()
    assert PACKS["trials_vocabulary"] is type(vocab.pack)
    bib = bibliography()
    for record in vocab.pack.records():
        assert record.sources and set(record.sources) <= bib.keys(), record.id
    for concept in vocab.pack.concepts:
        assert concept.terms, concept.id
    codes = [code for c in vocab.pack.concepts for code in c.diagnosis_codes]
    assert len(codes) == len(set(codes))  # one concept per diagnosis code


def test_every_design_diagnosis_code_but_indeterminate_has_a_concept() -> None:
    from sarcnav.model.diagnosis import DiagnosisCode

    mapped = vocabulary().by_code
    assert {c.value for c in DiagnosisCode} - set(mapped) == {"indeterminate"}


def test_hierarchy_is_acyclic_and_reaches_a_root() -> None:
    vocab = vocabulary()
    for concept in vocab.concepts:
        ancestors = vocab.ancestors(concept)
        assert ancestors[concept] is True
        assert (
            concept == "malignancy"
            or concept in {"leiomyoma", "stump", "endometrial_stromal_nodule"}
            or "malignancy" in ancestors
        )
