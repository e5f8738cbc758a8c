"""Where the client keeps its session and device id: a small string key-value store.

Keys used by the client: ``device_id`` and ``credentials_{client_id}`` (a JSON session), the
names the JS SDK uses. ``MemoryStorage`` is the default; ``FileStorage`` keeps a JSON file,
written atomically (temporary file + ``os.replace``) with 0600 permissions.

Several processes may share one ``FileStorage`` file. A store that can be shared between
processes offers ``acquire_lock(blocking)`` / ``release_lock()`` (see ``FileStorage``): the client
holds that lock while it refreshes a session, re-reads the store under it, and so never spends a
refresh token another process already rotated, nor deletes a session another process stored.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

try:
    import fcntl
except ImportError:  # not POSIX (Windows): the lock is per process only, see FileStorage
    fcntl = None  # type: ignore[assignment]

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


class _SharedLock:
    """The lock of one token file within this process: every ``FileStorage`` of the file uses
    it, so two stores of one file in one process (or one event loop) wait for each other here
    instead of on two ``flock``s of the same process, which would deadlock a single thread."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.fd: int | None = None  # the flock'ed lock file while depth > 0
        self.depth = 0


_SHARED_LOCKS: dict[str, _SharedLock] = {}
_SHARED_LOCKS_GUARD = threading.Lock()


def _shared_lock(lock_path: Path) -> _SharedLock:
    key = os.path.realpath(lock_path)
    with _SHARED_LOCKS_GUARD:
        return _SHARED_LOCKS.setdefault(key, _SharedLock())


def _reset_shared_locks_in_child() -> None:
    """After ``fork``: the child holds none of its parent's locks. Its copy of a held lock file
    descriptor is closed without ``LOCK_UN`` (which would release the parent's lock)."""
    global _SHARED_LOCKS_GUARD
    _SHARED_LOCKS_GUARD = threading.Lock()
    for shared in _SHARED_LOCKS.values():
        if shared.fd is not None:
            with contextlib.suppress(OSError):
                os.close(shared.fd)
        shared.lock, shared.fd, shared.depth = threading.RLock(), None, 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_shared_locks_in_child)


class FileStorage:
    """A JSON object in one file, rewritten atomically with mode 0600 on every change.

    A file that is not a JSON object of strings (hand-edited, truncated by a full disk ...) is
    treated as empty for reading, with one warning on the ``cloudbase_auth`` logger; before the
    first write replaces it, it is kept next to it as ``<name>.corrupt`` so nothing is lost.

    Shared between processes: every change, and every session refresh of a client using this
    store, happens under an exclusive ``fcntl.flock`` on ``<name>.lock`` beside the file (mode
    0600, never holding data). On a platform without ``fcntl`` (Windows) the lock only
    serialises the threads of one process: there, give each process its own file.

    A process killed while writing leaves a ``.<name>.*.tmp`` file holding tokens; such files
    are removed when the store is opened and before every write, under the lock (so never
    while another process is still writing its own).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path).expanduser()  # "~/.config/app/tokens.json" as users write it
        self._lock = threading.Lock()  # reads of this instance (and its corrupt-file flag)
        self._shared = _shared_lock(self.lock_path)
        self._corrupt = False
        if self._path.parent.is_dir() and self.acquire_lock(blocking=False):
            try:
                self._remove_stale_temp_files()
            finally:
                self.release_lock()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def lock_path(self) -> Path:
        return self._path.with_name(self._path.name + ".lock")

    @property
    def lock_identity(self) -> object:
        """The same object for every ``FileStorage`` of this file in this process: clients key
        their in-process refresh locks (threads, tasks) on it."""
        return self._shared

    # -- the lock shared with other processes --------------------------------------------------

    def acquire_lock(self, blocking: bool = True) -> bool:
        """Take the store's lock: re-entrant in the holding thread, shared by every
        ``FileStorage`` of this file in this process, and by other processes through the
        file lock. ``False`` when ``blocking`` is false and someone else holds it."""
        shared = self._shared
        if not shared.lock.acquire(blocking):
            return False
        try:
            if shared.depth == 0 and not self._lock_file(blocking):
                shared.lock.release()
                return False
        except BaseException:
            shared.lock.release()
            raise
        shared.depth += 1
        return True

    def release_lock(self) -> None:
        """Release one ``acquire_lock``; the file lock goes with the outermost one."""
        shared = self._shared
        shared.depth -= 1
        if shared.depth == 0 and shared.fd is not None:
            fd, shared.fd = shared.fd, None
            with contextlib.suppress(OSError):
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        shared.lock.release()

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """``with storage.locked():`` -- the lock for the duration of the block."""
        self.acquire_lock()
        try:
            yield
        finally:
            self.release_lock()

    def _lock_file(self, blocking: bool) -> bool:
        if fcntl is None:
            return True
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # A read-only directory: writes will fail with a clear StorageError anyway; reading
            # and refreshing in memory still work, so do not fail here.
            logger.warning("cannot create the lock file %s: %s", self.lock_path, exc.strerror or type(exc).__name__)
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError as exc:  # a file system without flock support (some network mounts)
            os.close(fd)
            logger.warning("cannot lock %s: %s", self.lock_path, exc.strerror or type(exc).__name__)
            return True
        self._shared.fd = fd
        return True

    def _remove_stale_temp_files(self) -> None:
        """Temp files of this store left by a writer that died (call with the lock held)."""
        try:
            leftovers = list(self._path.parent.glob(f".{self._path.name}.*.tmp"))
        except OSError:
            return
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()

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
        with self._lock:  # the file is replaced atomically: reading needs no file lock
            return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        with self.locked():
            self._remove_stale_temp_files()
            data = self._read()
            data[key] = value
            self._write(data)

    def delete(self, key: str) -> None:
        with self.locked():
            data = self._read()
            if key in data:
                del data[key]
                self._write(data)

    def __repr__(self) -> str:
        return f"FileStorage({str(self._path)!r})"
