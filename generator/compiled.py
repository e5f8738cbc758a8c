"""Where jinja keeps compiled templates during a run of `authgen generate` (see
`templating.CompiledTemplates`), and where the python target keeps what openapi-python-client
made of a spec (`kept_models`). Its own small module, without jinja: a run that renders nothing
(every target recalled from the cache) never imports jinja.

The folder is named by everything that decides compiled code whatever the spec (`memo.code_key`:
the generator's source, the installed tools, the interpreter), so an entry in it needs a key
only for what else it is made from."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import depends

FOLDER: Path | None = None  # None: every environment compiles its templates (the default)
KEPT_FOLDERS = 3  # generator versions whose compiled templates stay in the cache
KEPT_MODELS = 6  # specs whose openapi-python-client projects stay in a folder (`kept_models`)
MODELS_SUFFIX = ".models"
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
        and all(p.is_file() and p.name.endswith((".code", MODELS_SUFFIX, ".tmp")) for p in folder.iterdir())
    )


# --- a folder made from the spec alone, kept for the next run ---------------------------------


def kept_models(doc: Any) -> Path | None:
    """Where this run keeps the python target's openapi-python-client project made from `doc`
    (the normalised spec it hands to openapi-python-client), or None without a cache. Named by
    `repr(doc)`, which tells apart what JSON would not (the key `200` from `"200"`) and keeps
    the document's order, which decides the order of the models."""
    if FOLDER is None:
        return None
    return FOLDER / f"{hashlib.sha256(repr(doc).encode()).hexdigest()}{MODELS_SUFFIX}"


def recall_folder(entry: Path, folder: Path) -> bool:
    """Write the folder kept at `entry` as `folder` (which must not exist): False, and nothing
    left at `folder`, when there is no such entry or it cannot be used (torn, edited, corrupt):
    the caller then makes the folder itself."""
    from .cache import decode_entry
    from .memo import NotReplayable, unpack

    try:
        value = decode_entry(entry.read_bytes())  # None unless whole and unaltered (its SHA-256)
        if isinstance(value, dict) and "absent" not in value and unpack(value, folder):
            with contextlib.suppress(OSError):
                os.utime(entry)  # recently used: the last to be pruned
            return True
    except (OSError, ValueError, NotReplayable):
        pass
    shutil.rmtree(folder, ignore_errors=True)
    return False


def keep_folder(entry: Path, folder: Path) -> None:
    """Keep `folder` at `entry` for the next run (an error only costs that run its reuse); only
    the KEPT_MODELS most recently used entries stay."""
    from .cache import encode_entry, write_atomically
    from .memo import NotReplayable, pack

    with contextlib.suppress(OSError, NotReplayable):
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(entry, encode_entry(pack(folder)))
        kept = sorted(((p.stat().st_mtime, p) for p in entry.parent.glob(f"*{MODELS_SUFFIX}")), reverse=True)
        for _mtime, old in kept[KEPT_MODELS:]:
            if old != entry:
                old.unlink(missing_ok=True)
