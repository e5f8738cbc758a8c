# generated from spec/auth-v1.yaml by authgen, do not edit
"""Where the client keeps its session and device id: a small string key-value store.

Keys used by the client: ``device_id`` and ``credentials_{client_id}`` (a JSON session), the
names the JS SDK uses. ``MemoryStorage`` is the default; ``FileStorage`` keeps a JSON file,
written atomically (temporary file + ``os.replace``) with 0600 permissions.

Several processes, in any of the project's client languages, may share one ``FileStorage``
file. They follow one convention (v1, the same in the Go, Java and PHP clients):

- the token file ``<path>`` is a JSON object of strings, replaced atomically; readers take no
  lock. A ``<path>`` that is not a regular file (a FIFO, a directory, a device) is refused with
  ``StorageError`` and never opened for reading; a symbolic link is followed only to a regular
  file;
- the lock file ``<path>.lock`` beside it (mode 0600, opened with ``O_NOFOLLOW``: a planted
  symbolic link is refused and its target never created; never holds data, never deleted) is
  locked with an exclusive ``flock(2)`` and then an exclusive POSIX record lock over the whole
  file (``fcntl.lockf``, ``F_SETLKW``), released in reverse order. A peer that can take only
  one kind (Java: a record lock; PHP: ``flock``) is excluded by either;
- the lock covers every read-modify-write of the file and a whole session refresh: the client
  reads the stored session again under it and adopts one another process already refreshed,
  so a rotated refresh token is never spent twice.

A store that can be shared between processes offers ``acquire_lock(blocking)`` /
``release_lock()`` (see ``FileStorage``); the client holds that lock while it refreshes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
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

# Flags missing on some platforms are 0 there (Windows has no O_NOFOLLOW or O_NONBLOCK).
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# What open(2) answers for a symbolic link under O_NOFOLLOW: ELOOP (Linux, macOS), EMLINK (FreeBSD).
_SYMLINK_ERRNOS = frozenset({errno.ELOOP, errno.EMLINK})
# A lock another process holds, asked for without waiting: EAGAIN or EACCES (POSIX allows both).
_BUSY_ERRNOS = frozenset({errno.EAGAIN, errno.EACCES})

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


def _kind(mode: int) -> str:
    """A file type for people, in error messages."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return name
    return "not a regular file"


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
    A path that holds something other than a regular file (a FIFO, a directory, a device, a
    symbolic link to one of those or to nothing) is refused with ``StorageError``: it is never
    opened for reading, so a FIFO cannot make the client wait forever.

    Shared between processes (lock convention v1, see the module docstring): every change, and
    every session refresh of a client using this store, happens under an exclusive ``flock``
    and an exclusive POSIX record lock on ``<name>.lock`` beside the file. The lock is
    re-entrant in the thread that holds it and shared by every ``FileStorage`` of the same file
    in this process, which keeps one descriptor of the lock file open while it is held (closing
    any other descriptor of it would drop the process's record lock). On a platform without
    ``fcntl`` (Windows) the lock only serialises the threads of one process: there, give each
    process its own file.

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
        file locks. ``False`` when ``blocking`` is false and someone else holds it.
        ``StorageError`` when the lock file is refused (a symbolic link, not a regular file)."""
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
        """Release one ``acquire_lock``; the file locks go with the outermost one (the record
        lock first, then the ``flock``: the reverse of taking them)."""
        shared = self._shared
        shared.depth -= 1
        if shared.depth == 0 and shared.fd is not None:
            fd, shared.fd = shared.fd, None
            _unlock(fd)
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

    def _open_lock_file(self) -> int | None:
        """The lock file's descriptor, created 0600 if missing; None when it cannot be created
        (a read-only directory: writes will fail with a clear StorageError anyway, while reading
        and refreshing in memory still work, so that is not an error here)."""
        lock_path = self.lock_path
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            # O_NOFOLLOW: a symbolic link planted at <path>.lock is refused, and its target
            # (any file the link names) is never created. O_NONBLOCK: opening a FIFO never waits.
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno in _SYMLINK_ERRNOS:
                raise StorageError(f"lock file {lock_path} is a symbolic link: refused") from None
            if exc.errno == errno.EISDIR:
                raise StorageError(f"lock file {lock_path} is a directory: refused") from None
            logger.warning("cannot create the lock file %s: %s", lock_path, exc.strerror or type(exc).__name__)
            return None
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise StorageError(f"lock file {lock_path} is {_kind(mode)}, not a regular file: refused")
        return fd

    def _lock_file(self, blocking: bool) -> bool:
        if fcntl is None:
            return True
        fd = self._open_lock_file()
        if fd is None:
            return True
        wait = 0 if blocking else fcntl.LOCK_NB
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | wait)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY_ERRNOS or isinstance(exc, BlockingIOError):
                return False
            # A file system without flock (some network mounts): the record lock still counts.
            logger.warning("cannot flock %s: %s", self.lock_path, exc.strerror or type(exc).__name__)
            fd = self._open_lock_file()
            if fd is None:
                return True
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | wait)
        except OSError as exc:
            if exc.errno in _BUSY_ERRNOS or isinstance(exc, BlockingIOError):
                _unlock(fd)
                os.close(fd)
                return False
            # No record locks here (ENOLCK on some mounts): the flock alone still excludes every
            # Python and Go peer.
            logger.warning("cannot lock %s: %s", self.lock_path, exc.strerror or type(exc).__name__)
        self._shared.fd = fd
        return True

    # -- the token file ---------------------------------------------------------------------

    def _target(self) -> Path | None:
        """The regular file the store reads and replaces: ``path`` itself, or the file a
        symbolic link at ``path`` points to. None when nothing is there yet. ``StorageError``
        for anything else (a FIFO, a directory, a device, a link to one or to nothing): checked
        before any open, so such a file is never opened for reading."""
        try:
            found = os.lstat(self._path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(f"cannot read token file {self._path}: {exc.strerror or type(exc).__name__}") from None
        if stat.S_ISREG(found.st_mode):
            return self._path
        if not stat.S_ISLNK(found.st_mode):
            raise StorageError(f"token file {self._path} is {_kind(found.st_mode)}, not a regular file: refused")
        try:
            pointed = os.stat(self._path)
        except OSError:
            raise StorageError(f"token file {self._path} is a symbolic link to nothing: refused") from None
        if not stat.S_ISREG(pointed.st_mode):
            raise StorageError(
                f"token file {self._path} is a symbolic link to {_kind(pointed.st_mode)}, not a regular file: refused"
            )
        return Path(os.path.realpath(self._path))

    def _write_path(self) -> Path:
        """Where a write goes: the link's target when ``path`` is a link to a regular file."""
        target = self._target()
        return self._path if target is None else target

    def _remove_stale_temp_files(self) -> None:
        """Temp files of this store left by a writer that died (call with the lock held)."""
        try:
            where = self._write_path()
            leftovers = list(where.parent.glob(f".{where.name}.*.tmp"))
        except (OSError, StorageError):
            return
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _read(self) -> dict[str, str]:
        target = self._target()
        if target is None:
            return {}
        try:
            # O_NONBLOCK and the check after opening: should a FIFO replace the file between
            # the check above and this open, the open does not wait and the read is refused.
            fd = os.open(target, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StorageError(f"cannot read token file {self._path}: {exc.strerror or type(exc).__name__}") from None
        with os.fdopen(fd, "rb") as f:
            mode = os.fstat(f.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise StorageError(f"token file {self._path} is {_kind(mode)}, not a regular file: refused")
            try:
                raw = f.read()
            except OSError as exc:
                raise StorageError(
                    f"cannot read token file {self._path}: {exc.strerror or type(exc).__name__}"
                ) from None
        try:
            data = json.loads(raw.decode("utf-8")) if raw.strip() else {}
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = None
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            if not self._corrupt:
                logger.warning("token file %s is not a JSON object of strings; treating it as empty", self._path)
            self._corrupt = True
            return {}
        return data

    def _write(self, data: dict[str, str]) -> None:
        target = self._write_path()
        directory = target.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if self._corrupt and target.exists():
                backup = target.with_name(target.name + ".corrupt")
                os.replace(target, backup)
                logger.warning("kept the unreadable token file as %s", backup)
            self._corrupt = False
            # mkstemp creates the file with mode 0600 before anything is written to it.
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, sort_keys=True)
                    f.flush()
                    os.fsync(f.fileno())
                os.chmod(tmp, 0o600)
                os.replace(tmp, target)
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


def _unlock(fd: int) -> None:
    """Drop both locks of a held lock file: the record lock, then the ``flock``."""
    if fcntl is None:
        return
    with contextlib.suppress(OSError):
        fcntl.lockf(fd, fcntl.LOCK_UN)
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
