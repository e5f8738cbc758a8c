"""FileStorage cases next to the tested ones (mutation run of issue 28 item 10):

- a token file in directories that do not exist yet (the tested case is one level);
- the file lock is given back to other processes when the outermost hold ends, and kept while
  an inner one ends (the tested case is two stores in one process);
- an empty token file is simply empty: no warning and no `.corrupt` copy (the tested case is a
  garbled file, which is kept aside);
- one warning for a garbled file however often it is read, naming the file.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from .bounded import bounded

TRY_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError:
    print("held")
else:
    print("free")
"""


def other_process_sees(lock_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(lock_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_token_file_in_new_nested_directories(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "tokens.json"
    rt.storage.FileStorage(path).set("k", "v")
    assert json.loads(path.read_text()) == {"k": "v"}
    assert rt.storage.FileStorage(path).get("k") == "v"


def test_the_lock_is_given_back_when_the_outermost_hold_ends(rt: SimpleNamespace, tmp_path: Path) -> None:
    store = rt.storage.FileStorage(tmp_path / "tokens.json")

    def hold_twice_and_let_go() -> list[str]:
        # One thread throughout (the lock is re-entrant per thread); bounded: a lock taken twice
        # at the file level (a second flock of the same file) would wait forever.
        assert store.acquire_lock()
        assert store.acquire_lock()  # re-entrant
        seen = [other_process_sees(store.lock_path)]
        store.release_lock()  # the inner hold
        seen.append(other_process_sees(store.lock_path))
        store.release_lock()  # the outermost
        seen.append(other_process_sees(store.lock_path))
        return seen

    assert bounded(hold_twice_and_let_go, "holding the lock twice") == ["held", "held", "free"]


def test_an_empty_file_is_not_corrupt(
    rt: SimpleNamespace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("  \n")
    store = rt.storage.FileStorage(path)
    with caplog.at_level(logging.WARNING):
        assert store.get("a") is None
        store.set("a", "1")
    assert json.loads(path.read_text()) == {"a": "1"}
    assert not (tmp_path / "tokens.json.corrupt").exists()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_garbled_file_warns_once_naming_it(
    rt: SimpleNamespace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{not json")
    store = rt.storage.FileStorage(path)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            assert store.get("a") is None
    warnings = [r.getMessage() for r in caplog.records if "treating it as empty" in r.getMessage()]
    assert warnings == [f"token file {path} is not a JSON object of strings; treating it as empty"]


# --- the second run over `_storage` (2026-12-07): what a user reads when a file is odd --------


def test_a_socket_or_a_link_to_a_device_at_the_token_path_is_named(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    sock_path = tmp_path / "tokens.sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(sock_path))
        with pytest.raises(rt.storage.StorageError) as info:
            rt.storage.FileStorage(sock_path).get("k")
    assert str(info.value) == f"token file {sock_path} is a socket, not a regular file: refused"
    to_null = tmp_path / "tokens.json"
    to_null.symlink_to(os.devnull)  # a user "disabling" the token file
    with pytest.raises(rt.storage.StorageError) as info:
        rt.storage.FileStorage(to_null).set("k", "v")
    assert str(info.value) == (
        f"token file {to_null} is a symbolic link to a character device, not a regular file: refused"
    )


def test_the_warning_says_where_a_garbled_file_was_kept(
    rt: SimpleNamespace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{not json")
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        rt.storage.FileStorage(path).set("k", "v")
    messages = [r.getMessage() for r in caplog.records]
    assert f"kept the unreadable token file as {tmp_path / 'tokens.json.corrupt'}" in messages


@pytest.mark.parametrize(
    ("failure", "reason"),
    [(OSError(errno.ENOSPC, "No space left on device"), "No space left on device"), (OSError(), "OSError")],
    ids=["with-reason", "without-reason"],
)
def test_a_failed_write_says_why(
    rt: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: OSError, reason: str
) -> None:
    path = tmp_path / "tokens.json"
    store = rt.storage.FileStorage(path)

    def fail(src: str, dst: str) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(rt.storage.StorageError) as info:
        store.set("k", "secret-value")
    assert str(info.value) == f"cannot write token file {path}: {reason}"


def test_deleting_one_key_keeps_the_others(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = rt.storage.FileStorage(path)
    store.set("device_id", "d" * 32)
    store.set("credentials_env-1", "{}")
    store.delete("credentials_env-1")
    store.delete("not-there")  # nothing to delete: the file is left as it is
    assert json.loads(path.read_text(encoding="utf-8")) == {"device_id": "d" * 32}
    assert rt.storage.FileStorage(path).get("device_id") == "d" * 32


def test_a_token_path_under_a_file_is_a_one_line_error_saying_why(
    rt: SimpleNamespace, tmp_path: Path
) -> None:
    """A path whose "directory" is a regular file (a typo, a file where a folder was meant):
    not "nothing stored yet", but the operating system's reason."""
    (tmp_path / "config").write_text("not a directory")
    path = tmp_path / "config" / "tokens.json"
    with pytest.raises(rt.storage.StorageError) as info:
        rt.storage.FileStorage(path).get("device_id")
    assert str(info.value) == f"cannot read token file {path}: Not a directory"
