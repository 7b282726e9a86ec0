"""The ICCR synoptic report of a read report, Markdown or HTML (the element list is UNVERIFIED)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from sarcnav.model.report import ReportResult
from sarcnav.model.results import Verdict
from sarcnav.reports.assess import iccr_pack
from sarcnav.reports.fields import flatten

UNVERIFIED_NOTE = (
    "The ICCR element list used here is UNVERIFIED: it has not been checked against the ICCR "
    "guide. Check it before clinical use. Decision support only; the pathologist's report is "
    "the record."
)

_HTML = Environment(autoescape=True).from_string(
    """<section class="synoptic">
<h2>{{ title }}</h2>
<p class="warning"><strong>{{ note }}</strong></p>
{% if scope %}<p class="warning">{{ scope }}</p>{% endif %}
<table>
<thead><tr><th>Element</th><th>Status</th><th>Value</th><th>Rule</th></tr></thead>
<tbody>
{% for row in rows %}<tr class="{{ row.state }}"><td>{{ row.label }}</td><td>{{ row.state }}</td>
<td>{{ row.value }}</td><td>{{ row.rule }}</td></tr>
{% endfor %}</tbody>
</table>
<p>Computed diagnosis: {{ diagnosis }}. Computed FIGO stage: {{ stage }}.</p>
{% if conflicts %}<h3>Conflicts</h3>
<ul>{% for c in conflicts %}<li>{{ c }}</li>{% endfor %}</ul>{% endif %}
{% if missing %}<h3>Missing required elements</h3>
<ul>{% for m in missing %}<li>{{ m }}</li>{% endfor %}</ul>{% endif %}
</section>
"""
)


def rows(result: ReportResult) -> list[dict[str, str]]:
    """One row per applicable element: label, state (reported/missing/not read), value, rule id."""
    out = []
    by_rule = {r.rule_id: r for r in result.reasons}
    flat = flatten(result.reading)
    for element in iccr_pack().elements:
        reason = by_rule.get(element.id)
        if reason is None:
            continue
        values = [_display(result, flat, field) for field in element.fields]
        values = [v for v in values if v]
        state = "reported" if reason.verdict is Verdict.MET else "missing"
        if not element.fields:
            state = "not read"
        label = element.label + ("" if element.required else " (recommended)")
        out.append({"label": label, "state": state, "value": "; ".join(values), "rule": element.id})
    return out


def _display(result: ReportResult, flat: dict[str, Any], field: str) -> str:
    """A field's value as read, e.g. 'lymphovascular invasion: no' or 'FIGO IA; T1b N1'."""
    reading = result.reading
    if field == "report.stated_diagnosis":
        stated = reading.stated_diagnosis
        return f"{stated.code or 'unmapped'} (“{stated.text}”)" if stated else ""
    if field == "report.stated_stages":
        return "; ".join(
            f"{'FIGO ' if s.system == 'figo' else ''}{s.value}" for s in reading.stated_stages
        )
    parts = []
    for key, value in flat.items():
        if key == field or key.startswith(field + "."):
            name = key.removeprefix(field).lstrip(".") or field.rsplit(".", 1)[-1]
            shown = (
                {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else value
            )
            if isinstance(shown, list):
                shown = ", ".join(shown) or "none"
            parts.append(f"{name.replace('_', ' ')}: {shown}")
    return "; ".join(parts)


def _context(result: ReportResult) -> dict[str, Any]:
    pack = iccr_pack()
    scope = next((r.detail for r in result.review_reasons if r.code == "iccr_other_data_set"), "")
    stage = result.stage
    return {
        "title": f"Synoptic report — {pack.data_set}",
        "note": UNVERIFIED_NOTE,
        "scope": scope,
        "rows": rows(result),
        "diagnosis": result.diagnosis.code.value if result.diagnosis else "not assessed",
        "stage": (stage.figo or "undetermined") if stage else "not staged",
        "conflicts": [c.detail for c in result.conflicts],
        "missing": result.missing_required,
    }


def to_html(result: ReportResult) -> str:
    return _HTML.render(**_context(result))


def to_markdown(result: ReportResult) -> str:
    ctx = _context(result)
    lines = [f"## {ctx['title']}", "", f"> **{ctx['note']}**", ""]
    if ctx["scope"]:
        lines += [f"> {ctx['scope']}", ""]
    lines += ["| Element | Status | Value | Rule |", "|---|---|---|---|"]
    for row in ctx["rows"]:
        value = row["value"].replace("|", "\\|")
        lines.append(f"| {row['label']} | {row['state']} | {value} | {row['rule']} |")
    lines += ["", f"Computed diagnosis: {ctx['diagnosis']}. Computed FIGO stage: {ctx['stage']}."]
    if ctx["conflicts"]:
        lines += ["", "### Conflicts", *[f"- {c}" for c in ctx["conflicts"]]]
    if ctx["missing"]:
        lines += ["", "### Missing required elements", *[f"- {m}" for m in ctx["missing"]]]
    return "\n".join(lines) + "\n"
