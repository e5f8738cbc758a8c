"""The token-file lock convention v1 (issue 22 item 2, issue 28 item 8), as another process sees
it: ``<path>.lock`` beside the token file, held with an exclusive ``flock`` AND an exclusive
POSIX record lock, re-entrant and shared in one process, opened with ``O_NOFOLLOW``; and token
paths that are not regular files refused without being opened.

Other processes here are plain ``python -c`` scripts taking one kind of lock at a time, as a
Java peer (record locks only) or a PHP peer (``flock`` only) would.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from .conftest import FakeAuth

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")

# Tries one kind of lock on the file without waiting; prints "free" or "busy".
_PROBE = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    if sys.argv[2] == "flock":
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError:
    print("busy")
else:
    print("free")
"""

# Holds one kind of lock until its stdin closes (a Java or PHP peer in the middle of a refresh).
_HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
if sys.argv[2] == "flock":
    fcntl.flock(fd, fcntl.LOCK_EX)
else:
    fcntl.lockf(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


def probe(lock_path: Path, kind: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(lock_path), kind], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@contextmanager
def held_by_another_process(lock_path: Path, kind: str) -> Iterator[None]:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(lock_path), kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline().strip() == "held"
            yield
        finally:
            holder.stdin.close()
            holder.wait(timeout=60)


def test_the_lock_file_is_path_dot_lock_0600_empty_and_kept(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = rt.storage.FileStorage(path)
    store.set("device_id", "d" * 32)
    store.delete("device_id")
    lock = tmp_path / "tokens.json.lock"
    assert store.lock_path == lock
    info = lock.lstat()
    assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600
    assert info.st_size == 0  # never holds data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tokens.json", "tokens.json.lock"]


@pytest.mark.parametrize("kind", ["flock", "record"])
def test_a_held_lock_excludes_both_kinds_of_peer(rt: SimpleNamespace, tmp_path: Path, kind: str) -> None:
    store = rt.storage.FileStorage(tmp_path / "tokens.json")
    lock = store.lock_path
    with store.locked():
        assert probe(lock, kind) == "busy"
        # A write inside the held lock (what a refresh does when it stores the new session) is
        # re-entrant, through another store of the same file too, and keeps both locks:
        # closing a second descriptor of the lock file would have dropped the record lock.
        rt.storage.FileStorage(tmp_path / "tokens.json").set("k", "v")
        store.set("k2", "v2")
        assert probe(lock, kind) == "busy"
    assert probe(lock, kind) == "free"


@pytest.mark.parametrize("kind", ["flock", "record"])
def test_a_peer_holding_either_kind_keeps_the_client_out(
    rt: SimpleNamespace, tmp_path: Path, kind: str
) -> None:
    store = rt.storage.FileStorage(tmp_path / "tokens.json")
    with held_by_another_process(store.lock_path, kind):
        assert store.acquire_lock(blocking=False) is False
        assert store.acquire_lock(blocking=False) is False  # nothing left half-taken
    assert store.acquire_lock(blocking=False) is True
    store.release_lock()


def test_a_peer_holding_a_record_lock_delays_a_write_until_it_lets_go(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    store = rt.storage.FileStorage(tmp_path / "tokens.json")
    finished = threading.Event()

    def write() -> None:
        store.set("k", "v")
        finished.set()

    with held_by_another_process(store.lock_path, "record"):
        writer = threading.Thread(target=write)
        writer.start()
        assert not finished.wait(0.5)  # waiting for the Java-style peer
    writer.join(timeout=30)
    assert finished.is_set() and store.get("k") == "v"


def test_the_lock_is_reentrant_and_shared_by_the_stores_of_one_file(rt: SimpleNamespace, tmp_path: Path) -> None:
    first = rt.storage.FileStorage(tmp_path / "tokens.json")
    second = rt.storage.FileStorage(str(tmp_path / "." / "tokens.json"))
    assert first.lock_identity is second.lock_identity
    taken: list[bool] = []
    with first.locked(), second.locked():  # the holding thread re-enters through either store
        other = threading.Thread(target=lambda: taken.append(second.acquire_lock(blocking=False)))
        other.start()
        other.join(timeout=30)
    assert taken == [False]  # one thread at a time in the process
    assert second.acquire_lock(blocking=False)
    second.release_lock()


# --- planted files: refused, never followed, never waited on ------------------------------


def test_a_planted_lock_symlink_is_refused_and_its_target_never_created(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "tokens.json"
    target = tmp_path / "elsewhere" / "created-by-the-attacker"
    target.parent.mkdir()
    (tmp_path / "tokens.json.lock").symlink_to(target)
    with pytest.raises(rt.storage.StorageError, match=r"tokens\.json\.lock is a symbolic link: refused"):
        rt.storage.FileStorage(path)
    assert not target.exists()
    with pytest.raises(rt.storage.StorageError) as info:
        rt.base.SyncAPIClient("env-1", storage=_unchecked_store(rt, path))
    assert "symbolic link" in str(info.value) and "\n" not in str(info.value)
    assert not target.exists() and not path.exists()


def _unchecked_store(rt: SimpleNamespace, path: Path) -> object:
    """A FileStorage built around the constructor's own check, to reach the later ones."""
    store = object.__new__(rt.storage.FileStorage)
    store._path, store._lock, store._corrupt = path, threading.Lock(), False
    store._shared = rt.storage._shared_lock(store.lock_path)
    return store


def test_a_refresh_with_a_planted_lock_symlink_is_refused(rt: SimpleNamespace, tmp_path: Path) -> None:
    fake = FakeAuth()
    path = tmp_path / "tokens.json"
    client = rt.base.SyncAPIClient("env-1", storage=rt.storage.FileStorage(path), transport=fake.transport())
    client._call(rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": fake.password})
    target = tmp_path / "victim"
    (tmp_path / "tokens.json.lock").unlink()  # replaced by a link while the client runs
    (tmp_path / "tokens.json.lock").symlink_to(target)
    client._now = lambda: 10**10  # the session is about to expire: the next call refreshes
    with pytest.raises(rt.storage.StorageError, match="symbolic link"):
        client._call(rt.operations.OPERATIONS["getUserMe"])
    assert not target.exists()
    assert fake.count("/token") == 0  # nothing spent without the lock


@pytest.mark.parametrize("where", ["token file", "lock file"])
def test_a_fifo_is_refused_without_waiting(rt: SimpleNamespace, tmp_path: Path, where: str) -> None:
    path = tmp_path / "tokens.json"
    fifo = path if where == "token file" else tmp_path / "tokens.json.lock"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def use_it() -> None:
        try:
            rt.base.SyncAPIClient("env-1", storage=rt.storage.FileStorage(path))
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=use_it, daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # it hangs on the FIFO: let it go (a writer opens the FIFO) and fail
        with open(fifo, "w"):  # a writer opening the FIFO ends the reader's wait
            pass
        worker.join(timeout=20)
        pytest.fail(f"a FIFO as the {where} made the client wait")
    assert len(outcome) == 1 and isinstance(outcome[0], rt.storage.StorageError)
    message = str(outcome[0])
    assert f"{fifo.name} is a FIFO, not a regular file: refused" in message
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # left as it was


def test_a_directory_or_a_dangling_link_at_the_token_path_is_refused(rt: SimpleNamespace, tmp_path: Path) -> None:
    directory = tmp_path / "dir.json"
    directory.mkdir()
    store = rt.storage.FileStorage(directory)
    with pytest.raises(rt.storage.StorageError, match="is a directory, not a regular file"):
        store.get("k")
    with pytest.raises(rt.storage.StorageError, match="is a directory"):
        store.set("k", "v")
    dangling = tmp_path / "link.json"
    dangling.symlink_to(tmp_path / "nothing-here" / "x.json")
    store = rt.storage.FileStorage(dangling)
    with pytest.raises(rt.storage.StorageError, match="symbolic link to nothing"):
        store.set("k", "v")
    assert not (tmp_path / "nothing-here").exists()


def test_a_symlink_to_a_regular_file_is_followed(rt: SimpleNamespace, tmp_path: Path) -> None:
    real = tmp_path / "real" / "tokens.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"device_id": "d" * 32}))
    link = tmp_path / "tokens.json"
    link.symlink_to(real)
    store = rt.storage.FileStorage(link)
    assert store.get("device_id") == "d" * 32
    store.set("k", "v")
    assert link.is_symlink()  # the link stays; the file it names is replaced
    assert json.loads(real.read_text()) == {"device_id": "d" * 32, "k": "v"}
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "to-fifo.json"
    to_fifo.symlink_to(fifo)
    with pytest.raises(rt.storage.StorageError, match="symbolic link to a FIFO"):
        rt.storage.FileStorage(to_fifo).get("k")


def test_the_client_with_a_refused_store_says_where(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.mkdir()
    with pytest.raises(rt.storage.StorageError) as info:
        rt.base.SyncAPIClient("env-1", storage=rt.storage.FileStorage(path), transport=httpx.MockTransport(print))
    assert str(path) in str(info.value) and isinstance(info.value, OSError)
