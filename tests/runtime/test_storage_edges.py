"""FileStorage cases next to the tested ones (mutation run of issue 28 item 10):

- a token file in directories that do not exist yet (the tested case is one level);
- the file lock is given back to other processes when the outermost hold ends, and kept while
  an inner one ends (the tested case is two stores in one process);
- an empty token file is simply empty: no warning and no `.corrupt` copy (the tested case is a
  garbled file, which is kept aside);
- one warning for a garbled file however often it is read, naming the file.
"""

from __future__ import annotations

import json
import logging
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
    assert len(warnings) == 1 and str(path) in warnings[0]
