"""Survival models from registry data: Cox proportional hazards and Kaplan-Meier (lifelines)."""

from sarcnav.survival.cox import CoxModelFile, predict_survival
from sarcnav.survival.km import kaplan_meier
from sarcnav.survival.registry import read_registry
from sarcnav.survival.synth import synthesize

__all__ = ["CoxModelFile", "kaplan_meier", "predict_survival", "read_registry", "synthesize"]
