"""FileStorage's lock and write cases that the `_storage` mutation run of 2026-12-07 found
untested (TESTING.md, "Real gaps left open"), each as a user sharing a token file would see it:

- a directory planted at the *lock* path is refused with a one-line error naming it (the tested
  planted cases are a symbolic link and a FIFO);
- every token file has its own lock: holding one file's lock does not lock, or keep out, another
  file's (the tested case is two stores of one file);
- opening a store does not wait for a lock another process holds (it skips the clean-up of
  stale temporary files instead, which may be that process's write in progress);
- the temporary file of a write is made beside the token file, not in the system's temp
  directory (``os.replace`` cannot move a file across file systems);
- under an ASCII locale (``LC_ALL=C``, no UTF-8 mode) the token file is still read and written
  as UTF-8 JSON.

Steps that would wait on a lock if the code were wrong run under a bound (``bounded``).
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from .bounded import bounded
from .conftest import PACKAGE
from .test_lock_convention import held_by_another_process, probe

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")


def test_a_directory_at_the_lock_path_is_refused_naming_it(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    (tmp_path / "tokens.json.lock").mkdir()
    with pytest.raises(rt.storage.StorageError) as info:
        rt.storage.FileStorage(path).set("device_id", "d" * 32)
    message = str(info.value)
    assert message == f"lock file {tmp_path / 'tokens.json.lock'} is a directory: refused"
    assert not path.exists()  # nothing written without the lock
    assert (tmp_path / "tokens.json.lock").is_dir()  # left as it was


def test_each_token_file_has_its_own_lock(rt: SimpleNamespace, tmp_path: Path) -> None:
    first = rt.storage.FileStorage(tmp_path / "first.json")
    second = rt.storage.FileStorage(tmp_path / "second.json")
    assert first.lock_identity is not second.lock_identity

    def second_taken_by_another_thread() -> bool:
        taken = second.acquire_lock(blocking=False)
        if taken:
            second.release_lock()
        return bool(taken)

    with first.locked():
        assert probe(second.lock_path, "flock") == "free"  # one file's lock is not another's
        assert bounded(second_taken_by_another_thread, "taking a second file's lock in another thread")
        with second.locked():  # the holding thread takes the second file's lock too ...
            # ... and another process sees it held, both kinds (lock convention v1)
            assert [probe(second.lock_path, kind) for kind in ("flock", "record")] == ["busy", "busy"]
        assert probe(second.lock_path, "flock") == "free"
        assert probe(first.lock_path, "flock") == "busy"
    assert probe(first.lock_path, "flock") == "free"


def test_opening_a_store_does_not_wait_for_another_process_holding_its_lock(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "tokens.json"
    # A temporary file as another process writing right now would have it (not stale for us).
    in_progress = tmp_path / ".tokens.json.k3x9a1.tmp"
    in_progress.write_text('{"credentials_env-1": "being-written"}')
    with held_by_another_process(tmp_path / "tokens.json.lock", "flock"):
        store = bounded(lambda: rt.storage.FileStorage(path), "opening a store held by another process")
        assert in_progress.exists()  # not removed while its writer holds the lock
        assert store.acquire_lock(blocking=False) is False
    rt.storage.FileStorage(path)  # the lock is free now: the leftover is stale and removed
    assert not in_progress.exists()


def test_the_temporary_file_is_made_beside_the_token_file(
    rt: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "home" / "tokens.json"
    store = rt.storage.FileStorage(path)
    system_temp = tmp_path / "system-temp"  # where tempfile puts files by default
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    replaced: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def watch_replace(src: str, dst: str) -> None:
        replaced.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watch_replace)
    store.set("device_id", "d" * 32)
    monkeypatch.undo()
    # One rename, within the token file's directory (a rename across file systems fails).
    assert len(replaced) == 1
    (made, target) = replaced[0]
    assert target == path
    assert made.parent == path.parent
    assert made.name.startswith(".tokens.json.") and made.name.endswith(".tmp")
    assert list(system_temp.iterdir()) == []
    assert json.loads(path.read_text(encoding="utf-8")) == {"device_id": "d" * 32}


# Reads what a peer wrote and writes a value back, in a process with an ASCII locale.
_UNDER_ASCII_LOCALE = """
import importlib, json, locale, sys
sys.path.insert(0, sys.argv[1])
storage = importlib.import_module(sys.argv[2] + "._storage")
store = storage.FileStorage(sys.argv[3])
print(json.dumps({"encoding": locale.getpreferredencoding(False), "peer": store.get("peer")}))
store.set("mine", json.loads(sys.argv[4]))  # passed escaped: argv is decoded as ASCII here
"""


def test_the_token_file_is_utf8_json_under_an_ascii_locale(runtime_package_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    value = "caf\u00e9 \u4e2d\u6587 \U0001f511"
    # A peer (a Go or PHP client) may write non-ASCII text unescaped, as plain UTF-8.
    path.write_bytes(json.dumps({"peer": value}, ensure_ascii=False).encode("utf-8"))
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _UNDER_ASCII_LOCALE,
            str(runtime_package_dir),
            PACKAGE,
            str(path),
            json.dumps(value),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert "utf" not in seen["encoding"].lower()  # the locale really is not UTF-8
    assert seen["peer"] == value
    assert json.loads(path.read_bytes().decode("utf-8")) == {"peer": value, "mine": value}


def test_a_thread_waiting_for_the_lock_gets_it_when_the_holder_lets_go(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    """The case beside ``test_the_lock_is_reentrant_and_shared_by_the_stores_of_one_file`` (which
    asks without waiting): a thread waiting for a store's lock takes it, file locks included,
    once the holding thread lets go."""
    store = rt.storage.FileStorage(tmp_path / "tokens.json")
    got_it = threading.Event()
    release = threading.Event()

    def waiter() -> None:
        with store.locked():
            got_it.set()
            release.wait(timeout=60)

    with store.locked():
        other = threading.Thread(target=waiter, daemon=True)
        other.start()
        assert not got_it.wait(0.2)  # held here: the waiter waits
    assert bounded(lambda: got_it.wait(60), "a waiting thread taking the lock once it was free")
    assert probe(store.lock_path, "flock") == "busy"  # the waiter holds it, for other processes too
    release.set()
    other.join(timeout=60)
    assert probe(store.lock_path, "flock") == "free"


def test_a_lock_file_the_file_system_cannot_create_is_a_warning_not_an_error(
    rt: SimpleNamespace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The documented fallback of ``_open_lock_file``: a lock file that cannot be created (here
    its name is over the file system's 255 bytes while the token file's is not; a read-only
    directory does the same for a user who is not root) is no error by itself: the store opens
    and reads, warning with the file and the reason; a write then fails with its own clear error
    (its temporary file's name is longer still), and the in-process lock is given back."""
    path = tmp_path / ("t" * 250 + ".json")  # 255 bytes; "<name>.lock" is 260
    path.write_text(json.dumps({"device_id": "d" * 32}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        store = rt.storage.FileStorage(path)
        assert store.get("device_id") == "d" * 32
        with pytest.raises(rt.storage.StorageError) as info:
            store.set("k", "v")
    assert str(info.value) == f"cannot write token file {path}: File name too long"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no lock file, no temp file
    warnings = {r.getMessage() for r in caplog.records if r.levelno == logging.WARNING}
    assert warnings == {f"cannot create the lock file {store.lock_path}: File name too long"}
    assert store.acquire_lock(blocking=False)  # the in-process lock was given back
    store.release_lock()


class _FailingCall:
    """Stands in for ``fcntl.flock`` or ``fcntl.lockf``: fails with ``errno`` on exclusive
    requests (a file system without that kind of lock: some network mounts answer ENOLCK),
    passes every other request (an unlock) to the real call."""

    def __init__(self, real: Any, code: int) -> None:
        self.real, self.code, self.failures = real, code, 0

    def __call__(self, fd: int, operation: int) -> Any:
        if operation & fcntl.LOCK_EX:
            self.failures += 1
            raise OSError(self.code, os.strerror(self.code))
        return self.real(fd, operation)


@pytest.mark.parametrize("missing", ["flock", "lockf"])
def test_a_file_system_without_one_kind_of_lock_keeps_the_other_with_a_warning(
    rt: SimpleNamespace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    missing: str,
) -> None:
    """Lock convention v1: where ``flock`` fails (not "busy": unsupported), the record lock
    still excludes the Java-style peers, and where record locks fail the ``flock`` still
    excludes the Python, Go and PHP ones; each failure is one warning naming the file and why."""
    store = rt.storage.FileStorage(tmp_path / "tokens.json")
    failing = _FailingCall(getattr(fcntl, missing), errno.ENOLCK)
    monkeypatch.setattr(rt.storage.fcntl, missing, failing)
    kept = "record" if missing == "flock" else "flock"
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"), store.locked():
        assert probe(store.lock_path, kept) == "busy"  # the other kind still holds
        store.set("k", "v")
    assert failing.failures == 1
    assert probe(store.lock_path, kept) == "free"  # and is given back
    assert store.get("k") == "v"
    what = "flock" if missing == "flock" else "lock"
    assert [r.getMessage() for r in caplog.records] == [
        f"cannot {what} {store.lock_path}: No locks available"
    ]


def test_a_token_file_that_cannot_be_opened_is_a_one_line_error_saying_why(
    rt: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (a file of another user; the tests run as root, which ignores modes,
    so ``os.open`` is made to answer as it would)."""
    path = tmp_path / "tokens.json"
    path.write_text("{}", encoding="utf-8")
    store = rt.storage.FileStorage(path)
    real_open = os.open

    def denied(file: Any, flags: int, *args: Any) -> int:
        if Path(file) == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(rt.storage.StorageError) as info:
        store.get("device_id")
    assert str(info.value) == f"cannot read token file {path}: Permission denied"
