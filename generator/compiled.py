"""Where jinja keeps compiled templates during a run of `authgen generate` (see
`templating.CompiledTemplates`). Its own small module, without jinja: a run that renders
nothing (every target recalled from the cache) never imports jinja."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from . import depends

FOLDER: Path | None = None  # None: every environment compiles its templates (the default)
KEPT_FOLDERS = 3  # generator versions whose compiled templates stay in the cache
_NAME = re.compile(r"[0-9a-f]{32}")  # `folder_for`'s names


def folder_for(cache_folder: Path, code_key: str) -> Path:
    """Where a run keeps the compiled templates of one generator version (`memo.code_key`),
    inside the cache's folder."""
    return cache_folder / "jinja" / code_key[:32]


@contextlib.contextmanager
def compiled_templates(folder: Path | None) -> Iterator[None]:
    """Environments made inside the block keep their compiled templates in `folder`. Forked
    workers inherit the setting."""
    global FOLDER
    previous = FOLDER
    FOLDER = folder
    added = ""  # the folder this call made a code cache (compiled code, not a step's output)
    if folder is not None:
        if os.path.abspath(folder) not in depends.CODE_CACHES:
            added = os.path.abspath(folder)
            depends.CODE_CACHES.add(added)
        _prune(folder.parent, keep=folder)
    try:
        yield
    finally:
        FOLDER = previous
        depends.CODE_CACHES.discard(added)  # after the run, a write there is a write again


def _prune(parent: Path, keep: Path) -> None:
    """Only the KEPT_FOLDERS most recently used folders of compiled templates stay. Only folders
    this module made are ever removed: a name of 32 hex digits holding nothing but `.code`
    entries (and their temporary files), whatever folder `parent` turns out to be."""
    with contextlib.suppress(OSError):
        keep.mkdir(parents=True, exist_ok=True)
        os.utime(keep)
        folders = sorted(((p.stat().st_mtime, p) for p in parent.iterdir() if _ours(p)), reverse=True)
        for _mtime, old in folders[KEPT_FOLDERS:]:
            if old != keep:
                shutil.rmtree(old, ignore_errors=True)


def _ours(folder: Path) -> bool:
    return (
        folder.is_dir()
        and not folder.is_symlink()
        and _NAME.fullmatch(folder.name) is not None
        and all(p.is_file() and p.name.endswith((".code", ".tmp")) for p in folder.iterdir())
    )
