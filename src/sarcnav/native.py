"""The assessment engine's hot modules, compiled to C with mypyc when a C compiler is present.

The same modules run unchanged as pure Python; compiling them (``make install`` does it) only makes
them faster. A compiled module sits beside its source, which Python then imports instead, so a
source edited after compiling would be silently shadowed: :func:`require_fresh` refuses that.

``python src/sarcnav/native.py build|clean|status`` (run as a file, so that a stale build does not
stop it: importing the package checks freshness).
"""

from __future__ import annotations

import importlib.machinery
import shutil
import subprocess
import sys
from pathlib import Path

MODULES = (
    "sarcnav.model.build",
    "sarcnav.rules.evaluate",
    "sarcnav.rules.tables",
    "sarcnav.diagnosis.facts",
    "sarcnav.diagnosis.engine",
    "sarcnav.staging.facts",
    "sarcnav.staging.engine",
)
"""Modules compiled, by dotted name (mypyc cannot compile a module defining pydantic models)."""

SRC = Path(__file__).resolve().parent.parent
"""The directory holding the ``sarcnav`` package."""


def source(module: str, root: Path = SRC) -> Path:
    """The ``.py`` file of ``module`` under ``root``."""
    return root.joinpath(*module.split(".")).with_suffix(".py")


def compiled(module: str, root: Path = SRC) -> list[Path]:
    """The compiled extension files of ``module`` under ``root`` (none when it runs as Python)."""
    path = source(module, root)
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return [path.with_suffix(s) for s in suffixes if path.with_suffix(s).exists()]


def stale(root: Path = SRC) -> list[str]:
    """Modules whose compiled file is older than their source (it would shadow the edit)."""
    return [
        module
        for module in MODULES
        if any(
            f.stat().st_mtime < source(module, root).stat().st_mtime for f in compiled(module, root)
        )
    ]


def require_fresh(root: Path = SRC) -> None:
    """Raise ``ImportError`` naming the remedy when a compiled module is older than its source."""
    if old := stale(root):
        raise ImportError(
            f"compiled modules older than their source: {', '.join(old)}; run `make install` to "
            "compile them again, or `python src/sarcnav/native.py clean` to run pure Python"
        )


def loaded_compiled() -> list[str]:
    """The modules of :data:`MODULES` that this process runs compiled."""
    return [
        m
        for m in MODULES
        if (mod := sys.modules.get(m)) is not None and not str(mod.__file__).endswith(".py")
    ]


def clean(root: Path = SRC) -> None:
    """Remove the compiled files (and mypyc's shared runtime library beside the package)."""
    for module in MODULES:
        for path in compiled(module, root):
            path.unlink()
    for path in root.glob("*__mypyc.*"):
        path.unlink()


def build(root: Path = SRC) -> int:
    """Compile :data:`MODULES` in place with mypyc; without a C compiler, say so and keep Python."""
    mypyc = Path(sys.executable).with_name("mypyc")
    if not mypyc.exists() or shutil.which("cc") is None:
        print("sarcnav.native: no mypyc or C compiler; the engine runs as pure Python")
        return 0
    clean(root)
    files = [str(source(m, root).relative_to(root)) for m in MODULES]
    config = root.parent / "pyproject.toml"
    command = [str(mypyc), "--config-file", str(config), *files]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    for scratch in ("build", ".mypy_cache"):
        shutil.rmtree(root / scratch, ignore_errors=True)
    if done.returncode:
        clean(root)
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        print("sarcnav.native: mypyc failed; the engine runs as pure Python", file=sys.stderr)
        return done.returncode
    print(f"sarcnav.native: compiled {len(MODULES)} modules with mypyc")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``build``, ``clean`` or ``status`` (the stale and compiled modules)."""
    command = (argv if argv is not None else sys.argv[1:]) or ["status"]
    if command == ["build"]:
        return build()
    if command == ["clean"]:
        clean()
        return 0
    if command == ["status"]:
        for module in MODULES:
            state = "stale" if module in stale() else "compiled" if compiled(module) else "python"
            print(f"{module}: {state}")
        return 0
    print("usage: python src/sarcnav/native.py build|clean|status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
