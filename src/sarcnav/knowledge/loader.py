"""Load and validate knowledge packs once; fail loudly with the file and the field."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import ValidationError

from sarcnav.knowledge.base import Bibliography, Citation, Pack

P = TypeVar("P", bound=Pack)

DATA = Path(str(resources.files("sarcnav.knowledge") / "data"))


class KnowledgeError(Exception):
    """A knowledge file is missing, malformed or inconsistent."""


def read_yaml(path: Path) -> object:
    """Parse one YAML file, naming the file in any error."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path.name}: {exc}") from exc


def load_pack(name: str, schema: type[P]) -> P:
    """Load ``data/<name>.yaml`` into ``schema`` and check its sources resolve."""
    path = DATA / f"{name}.yaml"
    try:
        pack = schema.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise KnowledgeError(f"{path.name}: {_first_error(exc)}") from exc
    problem = integrity_problem(pack)
    if problem:
        raise KnowledgeError(f"{path.name}: {problem}")
    return pack


def integrity_problem(pack: Pack) -> str | None:
    """What is wrong with a validated pack as a whole: a source missing from the bibliography, or
    a record id used twice; None when nothing is."""
    cited = set(pack.sources) | {s for r in pack.records() for s in r.sources}
    unknown = sorted(cited - bibliography().keys())
    if unknown:
        return f"sources not in the bibliography: {unknown}"
    ids = [r.id for r in pack.records()]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        return f"duplicate record ids: {dupes}"
    return None


@cache
def bibliography() -> dict[str, Citation]:
    """Every citation from ``data/bibliography/*.yaml``, by id (ids are unique across files)."""
    entries: dict[str, Citation] = {}
    for path in sorted((DATA / "bibliography").glob("*.yaml")):
        try:
            bib = Bibliography.model_validate(read_yaml(path))
        except ValidationError as exc:
            raise KnowledgeError(f"bibliography/{path.name}: {_first_error(exc)}") from exc
        for entry in bib.entries:
            if entry.id in entries:
                raise KnowledgeError(f"bibliography/{path.name}: duplicate id {entry.id}")
            entries[entry.id] = entry
    return entries


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']} ({len(exc.errors())} error(s))"
