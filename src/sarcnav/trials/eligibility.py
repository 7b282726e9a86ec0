"""Split registry eligibility text into inclusion and exclusion items.

Handles the layouts the registry uses: ``Inclusion Criteria:`` / ``Exclusion Criteria:`` headings,
bullets (``*``, ``-``, ``•``), numbering (``1.``, ``2)``, ``a.``), nested lists (indented items are
folded into their parent), lead-in items ending with a colon ("of the following types:") that own
the short items after them, and the legacy headed paragraphs (``DISEASE CHARACTERISTICS: ...
PATIENT CHARACTERISTICS: Age: ... Performance status: ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sarcnav.model.trial import Section

_HEADING = re.compile(r"^\s*(inclusion|exclusion)\s+criteria\b[^:]*:?\s*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^(\s*)([*\-•·]|\d{1,2}[.)]|[a-z][.)])\s+(.*)$")
_CAPS_HEADING = re.compile(
    r"^\s*(?:[*\-•]\s*)?([A-Z][A-Z /&\-]{3,}(?: [A-Z][A-Z /&\-]+)*):\s*(.*)$"
)
_LEGACY_LABELS = (
    "Age",
    "Sex",
    "Menopausal status",
    "Performance status",
    "Life expectancy",
    "Hematopoietic",
    "Hepatic",
    "Renal",
    "Cardiovascular",
    "Pulmonary",
    "Other",
    "Biologic therapy",
    "Chemotherapy",
    "Endocrine therapy",
    "Radiotherapy",
    "Surgery",
)
_LEGACY_SPLIT = re.compile(r"\s(?=(?:" + "|".join(_LEGACY_LABELS) + r"):\s)")
_INLINE_HEADING = re.compile(r"(?:^|\s)[A-Z][A-Z /&\-]{3,}:(?=\s|$)")
_LEAD_IN_MAX_CHILD = 90


@dataclass
class Item:
    """One criterion's text as printed, with its section and any folded sub-items."""

    section: Section
    text: str
    indent: int = 0
    children: list[str] = field(default_factory=list)
    owns_next: bool = False
    nested: bool = False

    def full_text(self) -> str:
        if not self.children:
            return self.text
        return f"{self.text.rstrip(':').rstrip()}: {'; '.join(self.children)}"


def split_criteria(text: str) -> list[tuple[Section, str]]:
    """Every criterion of an eligibility text, in order, as ``(section, text)``."""
    items: list[Item] = []
    section = Section.INCLUSION
    for raw in text.replace("\r\n", "\n").split("\n"):
        if not raw.strip():
            continue
        heading = _HEADING.match(raw)
        if heading:
            section = Section(heading.group(1).lower())
            rest = heading.group(2).strip()
            if rest and not rest.endswith(":"):
                items.extend(_paragraph(section, rest))
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            indent = len(bullet.group(1).expandtabs(4))
            numbered = bullet.group(2)[0].isdigit()
            _add_bullet(items, section, indent, bullet.group(3).strip(), numbered)
            continue
        indent = len(raw) - len(raw.lstrip())
        if indent and items:
            items[-1].text += " " + raw.strip()
        else:
            items.extend(_paragraph(section, raw.strip()))
    return [(item.section, _clean(item.full_text())) for item in items if _clean(item.full_text())]


def _add_bullet(
    items: list[Item], section: Section, indent: int, body: str, numbered: bool
) -> None:
    caps = _CAPS_HEADING.match(body)
    if caps and not caps.group(2):
        return  # a sub-heading written as a bullet ("* REGISTRATION ELIGIBILITY CRITERIA:")
    parent = items[-1] if items and items[-1].section is section else None
    if parent is not None and indent > parent.indent:
        parent.children.append(body)
        parent.nested = True
        return
    if (
        parent is not None
        and parent.owns_next
        and not parent.nested
        and not numbered
        and indent == parent.indent
        and len(body) <= _LEAD_IN_MAX_CHILD
        and not body.endswith(":")
    ):
        parent.children.append(body)
        return
    items.append(Item(section, body, indent, owns_next=body.rstrip().endswith(":")))


def _paragraph(section: Section, line: str) -> list[Item]:
    """A line without a bullet: a legacy headed paragraph, a heading, or one item."""
    parts: list[str] = []
    for chunk in _INLINE_HEADING.split(line):
        parts.extend(p.strip() for p in _LEGACY_SPLIT.split(chunk) if p.strip())
    return [Item(section, part) for part in parts]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(";").strip()


def looks_cut(text: str) -> bool:
    """True when the item's text was evidently cut in the source (unbalanced brackets)."""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")
