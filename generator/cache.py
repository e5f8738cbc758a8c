"""authgen's cache: the results of slow, deterministic steps, kept across runs in the user's
cache directory (`~/.cache/authgen` on Linux; `AUTHGEN_CACHE_DIR` to put it elsewhere,
`AUTHGEN_NO_CACHE=1` or `authgen generate --no-cache` to do without). Never in the repository.

This module is only the store: entries of JSON, named by a key, each one file. What is stored,
under which key, and when an entry may be reused is `generator/memo.py`'s business.

Why it is safe to share between runs, processes and versions:

- Every entry is written to a temporary file in its own folder and renamed into place, so a
  reader sees a whole entry or none; two runs writing the same entry at once both succeed and
  the last rename wins (the contents are equal: the key decides them).
- Every entry starts with the SHA-256 of its body. One that does not match (a torn disk, a
  hand edit, another program) is ignored with a one-line warning on stderr, removed and rebuilt.
- A cache that cannot be written (read-only, full disk) turns itself off for the run with one
  warning; it never fails a run.
- Each kind keeps its most recently used entries only (`MAX_ENTRIES`), so it stays small.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CACHE_DIR_ENV = "AUTHGEN_CACHE_DIR"
NO_CACHE_ENV = "AUTHGEN_NO_CACHE"
# Raised when the layout or the meaning of an entry changes: older entries are then never read.
FORMAT = 1
MAGIC = f"authgen-cache {FORMAT} ".encode()
MAX_ENTRIES = 12  # per kind: a few specs and template edits back, a few MB per target


def _off(value: str | None) -> bool:
    return value is not None and value.strip().lower() not in ("0", "false", "no", "")


def default_dir() -> Path:
    """The user's cache directory for authgen (XDG_CACHE_HOME respected, via platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("authgen", appauthor=False))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_of(material: Any) -> str:
    """A key from JSON-able material (sorted, so dict order never matters)."""
    return digest(json.dumps(material, sort_keys=True, separators=(",", ":")).encode())


@dataclass
class Cache:
    """A cache rooted at `root`. `warn` receives the one-line warnings (stderr by default)."""

    root: Path
    _disabled: bool = field(default=False, init=False)
    _warned: set[str] = field(default_factory=set, init=False)

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Cache | None:
        """The cache the environment asks for: None when AUTHGEN_NO_CACHE is set."""
        env = os.environ if environ is None else environ
        if _off(env.get(NO_CACHE_ENV)):
            return None
        chosen = env.get(CACHE_DIR_ENV)
        return cls(Path(chosen) if chosen else default_dir())

    @property
    def folder(self) -> Path:
        return self.root / f"v{FORMAT}"

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / f"{key}.entry"

    def warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            print(f"warning: authgen cache: {message}", file=sys.stderr)

    # --- reading ---------------------------------------------------------------------------

    def load(self, kind: str, key: str) -> Any | None:
        """The entry's value, or None when there is none (or it was damaged: then it is removed)."""
        if self._disabled:
            return None
        path = self._path(kind, key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.warn(f"cannot read {path}: {exc.strerror or exc}; rebuilding it")
            return None
        value = decode_entry(raw)
        if value is None:
            self.warn(f"ignoring a damaged entry {path}; it is rebuilt")
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept by the pruning
        return value

    # --- writing ---------------------------------------------------------------------------

    def store(self, kind: str, key: str, value: Any) -> None:
        """Write the entry atomically; a failure turns the cache off for the run (one warning)."""
        if self._disabled:
            return
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, encode_entry(value))
        except OSError as exc:
            self._disabled = True
            self.warn(f"cannot write {path.parent}: {exc.strerror or exc}; not caching in this run")
            return
        self._prune(path.parent)

    def _prune(self, folder: Path) -> None:
        """Keep the MAX_ENTRIES most recently used entries of a kind. Concurrent runs may prune
        the same files: a missing file is fine, an entry in use is re-read whole or not at all."""
        try:
            entries = [(p.stat().st_mtime, p) for p in folder.glob("*.entry")]
        except OSError:
            return
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(reverse=True)
        for _mtime, old in entries[MAX_ENTRIES:]:
            with contextlib.suppress(OSError):
                old.unlink()


def encode_entry(value: Any) -> bytes:
    body = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return MAGIC + digest(body).encode() + b"\n" + body


def decode_entry(raw: bytes) -> Any | None:
    """The value of an entry's bytes, or None when they are not a whole, unaltered entry."""
    if not raw.startswith(MAGIC):
        return None
    head, sep, body = raw[len(MAGIC) :].partition(b"\n")
    if not sep or head != digest(body).encode():
        return None
    try:
        return json.loads(body)
    except ValueError:  # cannot happen when the digest matched; a belt for the braces
        return None


def write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
