"""Remembering the slow steps of `authgen generate` across runs, and proving an entry current.

A step's result is stored in the cache (`generator/cache.py`) under a key made of everything
known to decide it before it runs:

- the spec, its cookbook and every released spec (their bytes, as `generated/MANIFEST.json`
  fingerprints them), the spec's path as given and the working directory (messages and
  headers name the spec relative to it);
- the generator's own source (every `.py` and `.json` of `generator/`), so any change to the
  code forgets everything;
- the Python environment: the interpreter's version and every installed distribution's name
  and version (openapi-python-client, ruff, jinja2, openapi-spec-validator, PyYAML...);
- the step's own options (`--allow-breaking`, the target's name).

and, next to the result, the digests of what the step was seen to read while it ran
(`generator/depends.py`): the template folders, runtime files and anything else. An entry is
reused only when its key matches and every one of those digests is what it is now; otherwise
the step runs again. So a stale entry is never used: at worst one is not found.

Each key has an index of the dependency lists seen for it (usually one), so that going back
and forth between two versions of a template finds both entries.
"""

from __future__ import annotations

import base64
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import depends
from .cache import Cache, digest, key_of
from .depends import Recording
from .freshness import GENERATOR_DIR
from .resources import data_dir

ABSENT = "absent"
UNREADABLE = "unreadable"


def environment_fingerprint() -> str:
    """The interpreter and every installed distribution (name and version, read from the
    `*.dist-info` folder names of each `sys.path` entry: a folder listing, no metadata parsing)."""
    parts = [sys.version, sys.implementation.cache_tag or ""]
    for entry in sys.path:
        try:
            names = sorted(
                n
                for n in os.listdir(entry or ".")
                if n.endswith((".dist-info", ".egg-info", ".egg-link", ".pth"))
            )
        except OSError:
            continue
        if names:  # a folder of scripts (the running one's) says nothing about the environment
            parts.append(f"{os.path.abspath(entry or '.')}:{','.join(names)}")
    return key_of(parts)


def code_key(generator: str, tools: str, environment: str, templates: Path) -> str:
    """What decides compiled template code, whatever the spec: the generator's source (the
    environments' options and filters), the installed tools (jinja's version), the interpreter
    (`environment_fingerprint`) and the templates' folder (jinja's key holds the file's path)."""
    return key_of({"generator": generator, "tools": tools, "environment": environment, "templates": str(templates)})


@dataclass
class Memo:
    """The keys and the dependency checks of one run of `generate` (one spec, one cache).

    `fingerprint` is `freshness.input_fingerprint(spec_path, targets)`, computed once per run
    for the manifest too; `spec_files` are the files its "spec" part hashed."""

    cache: Cache
    spec_path: Path
    fingerprint: dict[str, str]
    spec_files: tuple[Path, ...]
    templates: Path = field(default_factory=lambda: data_dir("templates"))
    _base: dict[str, str] = field(default_factory=dict, init=False)
    _keyed: frozenset[str] = field(default=frozenset(), init=False)
    _import_path: frozenset[str] = field(default=frozenset(), init=False)
    _files: dict[str, str] = field(default_factory=dict, init=False)
    _trees: dict[str, tuple[str, float]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._base = {
            "spec": self.fingerprint["spec"],
            "generator": self.fingerprint["generator"],
            "tools": self.fingerprint["tools"],
            "environment": environment_fingerprint(),
            "cwd": os.getcwd(),
            "spec_path": str(self.spec_path),
            "templates": str(self.templates),
        }
        self._keyed = frozenset(os.path.abspath(p) for p in self.spec_files)
        self._import_path = frozenset(os.path.abspath(entry or ".") for entry in sys.path)

    def key(self, step: str, **options: Any) -> str:
        return key_of({**self._base, "step": step, "options": options})

    def code_key(self) -> str:
        """What decides compiled template code, whatever the spec (`code_key`)."""
        return code_key(self._base["generator"], self._base["tools"], self._base["environment"], self.templates)

    # --- what a step depends on ------------------------------------------------------------

    def dependencies(self, record: Recording) -> list[list[str]]:
        """The recorded reads and listings that are not already in the key, as
        [kind, name] pairs: ("tree", a top-level template folder), ("file", path), ("dir", path)."""
        found: set[tuple[str, str]] = set()
        for path, kind in [(p, "file") for p in record.read] + [(p, "dir") for p in record.listed]:
            dependency = self._classify(path, kind)
            if dependency is not None:
                found.add(dependency)
        return [list(d) for d in sorted(found)]

    def _classify(self, path: str, kind: str) -> tuple[str, str] | None:
        templates = str(self.templates)
        if path.startswith(templates + os.sep):
            top, _, rest = path[len(templates) + 1 :].partition(os.sep)
            if rest and "__pycache__" not in rest.split(os.sep):
                return ("tree", top)
            if not rest and kind == "dir":
                return ("tree", top)
            return (kind, path)
        if (
            path in self._keyed
            or path == os.path.abspath(self.cache.root)
            or path.startswith(os.path.abspath(self.cache.root) + os.sep)
        ):
            return None
        generator = str(GENERATOR_DIR)
        if path.startswith(generator + os.sep) and path.endswith((".py", ".pyc", ".json")):
            return None  # the generator's source is in every key
        if path == generator or (kind == "dir" and path.startswith(generator + os.sep)):
            return None  # imports list the package folders
        if any(path == root or path.startswith(root + os.sep) for root in depends.python_installation()):
            return None  # the environment fingerprint stands for these
        if path in self._import_path:
            return None  # the import system looking for a module (see generator/depends.py)
        return (kind, path)

    def digests(self, dependencies: list[list[str]]) -> tuple[list[list[str]], float]:
        """Each dependency with its digest now, and the newest modification time among them."""
        newest = 0.0
        out: list[list[str]] = []
        for kind, name in dependencies:
            if kind == "tree":
                value, mtime = self._tree(name)
            elif kind == "dir":
                value, mtime = _listing(name)
            else:
                value, mtime = self._file(name)
            newest = max(newest, mtime)
            out.append([kind, name, value])
        return out, newest

    def _file(self, path: str) -> tuple[str, float]:
        try:
            info = os.stat(path)
            if path not in self._files:
                with open(path, "rb") as handle:
                    self._files[path] = digest(handle.read())
            return self._files[path], info.st_mtime
        except FileNotFoundError:
            return ABSENT, 0.0
        except OSError:
            return UNREADABLE, 0.0

    def _tree(self, top: str) -> tuple[str, float]:
        if top not in self._trees:
            self._trees[top] = _tree_digest(self.templates / top)
        return self._trees[top]

    # --- recall and remember ---------------------------------------------------------------

    def recall(self, step: str, key: str) -> Any | None:
        """The stored value of `step` under `key` whose dependencies are all unchanged, or None."""
        index = self.cache.load(f"{step}.index", key)
        if not isinstance(index, list):
            return None
        for dependencies in index:
            if not _is_dependency_list(dependencies):
                continue
            current, _newest = self.digests(dependencies)
            entry = self.cache.load(step, key_of([key, current]))
            if isinstance(entry, dict) and entry.get("dependencies") == current and "value" in entry:
                return entry["value"]
        return None

    def remember(self, step: str, key: str, record: Recording, value: Any) -> None:
        """Store `value`, made by a step that read what `record` says, unless it cannot be
        replayed (it wrote elsewhere, ran an unknown program) or an input changed meanwhile."""
        if not record.reusable:
            return
        dependencies = self.dependencies(record)
        current, newest = self.digests(dependencies)
        if newest >= record.started:
            return  # something it read changed while it ran: what it read is unknown
        self.cache.store(step, key_of([key, current]), {"dependencies": current, "value": value})
        index = self.cache.load(f"{step}.index", key)
        known = [d for d in index if _is_dependency_list(d)] if isinstance(index, list) else []
        if dependencies not in known:
            self.cache.store(f"{step}.index", key, [dependencies, *known][:4])


def _is_dependency_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(d, list) and len(d) == 2 and all(isinstance(s, str) for s in d) for d in value
    )


def _listing(path: str) -> tuple[str, float]:
    try:
        return key_of(sorted(os.listdir(path))), os.stat(path).st_mtime
    except FileNotFoundError:
        return ABSENT, 0.0
    except OSError:
        return UNREADABLE, 0.0


def _tree_digest(root: Path) -> tuple[str, float]:
    """Every folder and file name below `root` and every file's bytes (bytecode caches left
    out); the newest modification time among them."""
    if not root.is_dir():
        return ABSENT, 0.0
    parts: list[str] = []
    newest = 0.0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        relative = os.path.relpath(folder, root)
        parts.append(f"d:{relative}")
        for name in sorted(files):
            path = os.path.join(folder, name)
            info = os.stat(path)
            newest = max(newest, info.st_mtime)
            with open(path, "rb") as handle:
                parts.append(f"f:{relative}/{name}:{digest(handle.read())}")
    return key_of(parts), newest


# --- a target's folder as a value ------------------------------------------------------------


class NotReplayable(Exception):
    """A folder the cache cannot reproduce exactly (a link, an executable file)."""


def pack(folder: Path) -> dict[str, Any]:
    """A target's output folder as JSON: its sub-folders and files (text, or base64 bytes)."""
    if not folder.exists():
        return {"absent": True}
    dirs: list[str] = []
    files: dict[str, Any] = {}
    for current, subdirs, names in os.walk(folder):
        subdirs.sort()
        relative = Path(current).relative_to(folder).as_posix()
        if relative != ".":
            dirs.append(relative)
        for name in sorted(names):
            path = Path(current) / name
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o111:
                raise NotReplayable(f"{path} is not a plain file")
            data = path.read_bytes()
            rel = (Path(relative) / name).as_posix() if relative != "." else name
            try:
                files[rel] = data.decode("utf-8")
            except UnicodeDecodeError:
                files[rel] = {"base64": base64.b64encode(data).decode("ascii")}
    return {"dirs": dirs, "files": files}


def unpack(value: Any, folder: Path, reuse: Path | None = None) -> bool:
    """Write a packed folder at `folder` (which must not exist); False when `value` is not one.
    `reuse`: the same folder of the tree being replaced, whose identical files are linked
    rather than written again (see `place`)."""
    if not isinstance(value, dict):
        return False
    if value.get("absent") is True:
        return True
    dirs, files = value.get("dirs"), value.get("files")
    if not isinstance(dirs, list) or not isinstance(files, dict):
        return False
    folder.mkdir(parents=True)
    for name in dirs:
        (folder / _relative(name)).mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        relative = _relative(name)
        place(folder / relative, _bytes(content), None if reuse is None else reuse / relative)
    return True


def _bytes(content: Any) -> bytes:
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, dict) and isinstance(content.get("base64"), str):
        return base64.b64decode(content["base64"])
    raise NotReplayable("a cached file is neither text nor base64")


def place(path: Path, data: bytes, reuse: Path | None) -> None:
    """Write `data` at `path`, or link `reuse` there when that file holds exactly `data`.

    Why: the tree being replaced is deleted right after the swap, and on a disk mounted with
    online discard, deleting a file whose blocks reached the disk waits for the device, while
    removing one of two links to an inode costs nothing; creating a link is also cheaper than
    writing a file. The bytes are compared, never assumed from the old manifest (a hand edit
    would otherwise be carried over); only a plain, single-link, non-executable file is reused,
    so the result is what writing `data` gives."""
    if reuse is not None and same_plain_file(reuse, data):
        try:
            os.link(reuse, path)
            return
        except OSError:  # another filesystem, a race with a deleter: write it
            pass
    path.write_bytes(data)


def same_plain_file(path: Path, data: bytes) -> bool:
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o111 or info.st_nlink != 1:
            return False
        if info.st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def reuse_identical(folder: Path, value: Any, reuse: Path) -> None:
    """For a folder just built (and packed as `value`): each file identical to the same file of
    `reuse` becomes a link to it (see `place`)."""
    files = value.get("files", {}) if isinstance(value, dict) else {}
    for name, content in files.items():
        relative = _relative(name)
        data = _bytes(content)
        old = reuse / relative
        if same_plain_file(old, data):
            target = folder / relative
            try:
                target.unlink()
                os.link(old, target)
            except OSError:
                target.write_bytes(data)


def packed_hashes(value: Any) -> dict[str, str]:
    """The SHA-256 of every file of a packed folder, by its name in the folder."""
    files = value.get("files", {}) if isinstance(value, dict) else {}
    return {name: digest(_bytes(content)) for name, content in files.items()}


def _relative(name: Any) -> str:
    """A stored name is a plain relative path: never absolute, never climbing out."""
    if not isinstance(name, str) or not name or name.startswith("/") or ".." in name.split("/"):
        raise NotReplayable(f"a cached name is not a relative path: {name!r}")
    return name
