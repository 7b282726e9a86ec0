"""The compiled engine modules: what is compiled, and refusing a build older than its source."""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import sys
from pathlib import Path

import pytest

from sarcnav import native
from sarcnav.services import assess  # noqa: F401  (imports every compiled module)

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _tree(tmp_path: Path, module: str, *, built_after_edit: bool | None) -> Path:
    """A package tree holding ``module``'s source, and a compiled file older or newer than it."""
    source = native.source(module, tmp_path)
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("x = 1\n")
    if built_after_edit is not None:
        built = source.with_suffix(SUFFIX)
        built.write_bytes(b"")
        edited = source.stat().st_mtime
        stamp = edited + 10 if built_after_edit else edited - 10
        os.utime(built, (stamp, stamp))
    return tmp_path


@pytest.mark.parametrize(
    ("built_after_edit", "stale"), [(None, False), (True, False), (False, True)]
)
def test_a_compiled_module_older_than_its_source_is_stale(
    tmp_path: Path, built_after_edit: bool | None, stale: bool
) -> None:
    module = native.MODULES[0]
    root = _tree(tmp_path, module, built_after_edit=built_after_edit)
    for other in native.MODULES[1:]:
        _tree(root, other, built_after_edit=None)
    assert native.stale(root) == ([module] if stale else [])
    if stale:
        with pytest.raises(ImportError, match=f"{module}.*make install"):
            native.require_fresh(root)
    else:
        native.require_fresh(root)


def test_clean_removes_the_compiled_files_and_the_shared_runtime(tmp_path: Path) -> None:
    module = native.MODULES[0]
    root = _tree(tmp_path, module, built_after_edit=True)
    runtime = root / f"0123abcd__mypyc{SUFFIX}"
    runtime.write_bytes(b"")
    native.clean(root)
    assert native.compiled(module, root) == []
    assert not runtime.exists()
    assert native.source(module, root).exists()


def test_every_listed_module_is_a_source_file() -> None:
    assert all(native.source(m).is_file() for m in native.MODULES)


@pytest.mark.skipif(
    shutil.which("cc") is None or not Path(sys.executable).with_name("mypyc").exists(),
    reason="no C compiler or mypyc: the engine runs as pure Python",
)
def test_make_install_compiled_every_listed_module() -> None:
    """Where a compiler exists, the tests (and the benchmark) run the compiled engine."""
    assert native.loaded_compiled() == list(native.MODULES)
