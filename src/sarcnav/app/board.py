"""The tumour-board summary of one case as a PDF (WeasyPrint): findings, diagnosis, stage,
therapy, options, trials, prognosis and the full citations of every source named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from sarcnav.app.schemas import CaseDetail
from sarcnav.knowledge import bibliography

_env = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=select_autoescape(["html"]),
)


def _refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """No resource is fetched while rendering: the summary is self-contained."""
    raise ValueError(f"external resource refused: {url[:40]}")


def _cited(detail: CaseDetail) -> list[tuple[str, str]]:
    ids: set[str] = set()
    for result in (detail.diagnosis, detail.stage, detail.options, detail.prognosis):
        if not result:
            continue
        ids.update(result.get("sources", []))
        for reason in result.get("reasons", []):
            ids.update(reason.get("sources", []))
        for option in result.get("options", []):
            ids.update(option.get("sources", []))
    bib = bibliography()
    return [(i, bib[i].citation if i in bib else "(not in the bibliography)") for i in sorted(ids)]


def board_html(detail: CaseDetail, generated: str) -> str:
    template = _env.get_template("board.html")
    return template.render(d=detail, case=detail.case, sources=_cited(detail), generated=generated)


def board_pdf(detail: CaseDetail, generated: str) -> bytes:
    """The summary as PDF bytes."""
    from weasyprint import HTML

    pdf: bytes = HTML(string=board_html(detail, generated), url_fetcher=_refuse).write_pdf()
    return pdf
