"""Engine results built without validation, on hot paths, from values the engines made.

Compiled with mypyc (:mod:`sarcnav.native`), like the engines that call it most.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

from sarcnav.model.results import Evidence, Reason, ReviewReason, Verdict

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M], values: dict[str, Any], given: set[str]) -> M:
    """``cls`` holding ``values`` as they are, as if built with the fields ``given``.

    Only for engine output made from validated input, on hot paths: ``values`` must hold every
    field, in declaration order, with fresh lists (``tests/test_model.py`` and
    ``tests/services/test_assess_snapshot.py`` check the uses).
    """
    model = _new(cls)
    _set_dict(model, values)
    _set_fields(model, given)
    _set_extra(model, None)
    _set_private(model, None)
    return model


@cache
def _field_names(cls: type[BaseModel]) -> tuple[str, ...]:
    return tuple(cls.model_fields)


def complete(cls: type[M], **values: Any) -> M:
    """``cls(**values)`` given every field, unvalidated (see :func:`trusted`)."""
    fields = _field_names(cls)
    if len(values) != len(fields):
        raise TypeError(f"{cls.__name__}: every field is needed, got {sorted(values)}")
    return trusted(cls, {name: values[name] for name in fields}, set(values))


def evidence(field: str, value: Any) -> Evidence:
    """``Evidence(field=field, value=value)``, unvalidated (:func:`trusted`, inlined: hot)."""
    model = _new(Evidence)
    _set_dict(model, {"field": field, "value": value, "text": None, "start": None, "end": None})
    _set_fields(model, {"field", "value"})
    _set_extra(model, None)
    _set_private(model, None)
    return model


def reason(
    criterion: str,
    verdict: Verdict,
    rule_id: str,
    sources: list[str],
    verification: str,
    *,
    detail: str | None = None,
    evidence: list[Evidence] | None = None,
) -> Reason:
    """``Reason`` (``detail``, ``evidence`` counted as given when not None), unvalidated.

    Copies ``sources``; :func:`trusted`, inlined (hot).
    """
    given = {"criterion", "verdict", "rule_id", "sources", "verification"}
    if detail is not None:
        given.add("detail")
    if evidence is not None:
        given.add("evidence")
    model = _new(Reason)
    _set_dict(
        model,
        {
            "criterion": criterion,
            "verdict": verdict,
            "rule_id": rule_id,
            "detail": "" if detail is None else detail,
            "evidence": [] if evidence is None else evidence,
            "sources": list(sources),
            "verification": verification,
        },
    )
    _set_fields(model, given)
    _set_extra(model, None)
    _set_private(model, None)
    return model


def review_reason(code: str, detail: str, rule_id: str | None = None) -> ReviewReason:
    """``ReviewReason`` (``rule_id`` counted as given only when not None), unvalidated."""
    values = {"code": code, "detail": detail, "rule_id": rule_id}
    given = {"code", "detail", "rule_id"} if rule_id is not None else {"code", "detail"}
    return trusted(ReviewReason, values, given)
