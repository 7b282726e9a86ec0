"""Published figures → :class:`Estimate`: proportion, range and uncertainty as published.

A 95 % interval is either the published one or, when the paper gives counts, the exact
(Clopper-Pearson) binomial interval computed from those counts. Nothing else is computed.
"""

from __future__ import annotations

from functools import cache

from scipy.stats import binomtest

from sarcnav.knowledge.risk import Figure
from sarcnav.model.risk import Estimate, Interval

EXACT = "Clopper-Pearson exact, from published counts"


def binomial_interval(events: int, total: int) -> Interval:
    """Exact two-sided 95 % interval for events/total."""
    low, high = _exact(events, total)
    return Interval(low=low, high=high, method=EXACT)


@cache
def _exact(events: int, total: int) -> tuple[float, float]:
    ci = binomtest(events, total).proportion_ci(confidence_level=0.95, method="exact")
    return float(ci.low), float(ci.high)


def uncertainty(fig: Figure) -> tuple[Interval | None, str]:
    """The interval (if any) and a plain sentence about the estimate's uncertainty."""
    if fig.ci95 is not None:
        low, high = (fig.as_proportion(x) for x in fig.ci95)
        if low is not None and high is not None:
            return Interval(low=low, high=high, method="published"), "95% CI as published"
    if fig.events is not None and fig.total is not None:
        interval = binomial_interval(fig.events, fig.total)
        return interval, f"95% CI {interval.low:.2%}–{interval.high:.2%} (exact, from counts)"
    if fig.bound == "upper":
        return None, "upper bound only"
    if fig.range is not None:
        return None, "published range; no CI"
    return None, "no CI or counts published"


def to_estimate(
    *,
    id: str,
    study: str,
    what: str,
    population: str,
    fig: Figure,
    sources: list[str],
    verification: str,
    stratum: str | None = None,
    note: str = "",
) -> Estimate:
    interval, said = uncertainty(fig)
    point = fig.proportion()
    span: tuple[float, float] | None = None
    if fig.bound == "upper" and point is not None:
        span = (0.0, point)  # "<1 in 500": only an upper bound, never a point
        point = None
    if fig.range is not None:
        ends = sorted(p for p in (fig.as_proportion(x) for x in fig.range) if p is not None)
        span = (ends[0], ends[1]) if len(ends) == 2 else None
    return Estimate(
        id=id,
        study=study,
        what=what,
        population=population,
        stratum=stratum,
        published=fig.text(),
        proportion=point,
        proportion_range=span,
        interval=interval,
        uncertainty=said,
        sources=sources,
        verification=verification,
        note=note,
    )
