# generated from spec/auth-v1.yaml by authgen, do not edit
"""Where the client keeps its session and device id: a small string key-value store.

Keys used by the client: ``device_id`` and ``credentials_{client_id}`` (a JSON session), the
names the JS SDK uses. ``MemoryStorage`` is the default; ``FileStorage`` keeps a JSON file,
written atomically (temporary file + ``os.replace``) with 0600 permissions.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

__all__ = ["FileStorage", "MemoryStorage", "StorageError", "TokenStorage"]

logger = logging.getLogger("cloudbase_auth")


class StorageError(OSError):
    """A token store could not be read or written (the message names the file, never a value)."""


@runtime_checkable
class TokenStorage(Protocol):
    """A string key-value store. Implementations must be safe to call from several threads."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryStorage:
    """Keeps everything in this process's memory (the default)."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._data.get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._data[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def __repr__(self) -> str:
        return f"MemoryStorage(keys={sorted(self._data)!r})"


class FileStorage:
    """A JSON object in one file, rewritten atomically with mode 0600 on every change.

    A file that is not a JSON object of strings (hand-edited, truncated by a full disk ...) is
    treated as empty for reading, with one warning on the ``cloudbase_auth`` logger; before the
    first write replaces it, it is kept next to it as ``<name>.corrupt`` so nothing is lost.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path).expanduser()  # "~/.config/app/tokens.json" as users write it
        self._lock = threading.Lock()
        self._corrupt = False

    @property
    def path(self) -> Path:
        return self._path

    def _read(self) -> dict[str, str]:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StorageError(f"cannot read token file {self._path}: {exc.strerror or type(exc).__name__}") from None
        try:
            data = json.loads(raw.decode("utf-8")) if raw.strip() else {}
        except (UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            if not self._corrupt:
                logger.warning("token file %s is not a JSON object of strings; treating it as empty", self._path)
            self._corrupt = True
            return {}
        return data

    def _write(self, data: dict[str, str]) -> None:
        directory = self._path.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if self._corrupt and self._path.exists():
                backup = self._path.with_name(self._path.name + ".corrupt")
                os.replace(self._path, backup)
                logger.warning("kept the unreadable token file as %s", backup)
            self._corrupt = False
            # mkstemp creates the file with mode 0600 before anything is written to it.
            fd, tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, sort_keys=True)
                    f.flush()
                    os.fsync(f.fileno())
                os.chmod(tmp, 0o600)
                os.replace(tmp, self._path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            raise StorageError(f"cannot write token file {self._path}: {exc.strerror or type(exc).__name__}") from None

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data[key] = value
            self._write(data)

    def delete(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if key in data:
                del data[key]
                self._write(data)

    def __repr__(self) -> str:
        return f"FileStorage({str(self._path)!r})"
