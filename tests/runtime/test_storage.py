"""Token storage (memory, file: atomic, 0600, survives reopen, corrupt files) and ids."""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from .conftest import FakeAuth


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_memory_storage(rt: SimpleNamespace) -> None:
    s = rt.storage.MemoryStorage()
    assert isinstance(s, rt.storage.TokenStorage)
    assert s.get("k") is None
    s.set("k", "v")
    assert s.get("k") == "v"
    s.delete("k")
    s.delete("k")
    assert s.get("k") is None
    s.set("secret", "do-not-show")
    assert "do-not-show" not in repr(s)


def test_file_storage_roundtrip_mode_and_reopen(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "sub" / "tokens.json"
    s = rt.storage.FileStorage(path)
    assert isinstance(s, rt.storage.TokenStorage)
    assert s.get("a") is None and not path.exists()
    s.set("a", "1")
    s.set("b", "2")
    assert mode(path) == 0o600
    assert json.loads(path.read_text()) == {"a": "1", "b": "2"}
    reopened = rt.storage.FileStorage(str(path))
    assert reopened.get("a") == "1" and reopened.get("b") == "2"
    reopened.delete("a")
    assert s.get("a") is None and mode(path) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "tokens.json",
        "tokens.json.lock",
    ]  # no temp files


def test_file_storage_tightens_an_existing_loose_file(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{}")
    path.chmod(0o644)
    rt.storage.FileStorage(path).set("a", "1")
    assert mode(path) == 0o600


def test_file_storage_writes_atomically(
    rt: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tokens.json"
    s = rt.storage.FileStorage(path)
    s.set("a", "old")

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rt.storage.os, "replace", crash)
    with pytest.raises(rt.storage.StorageError, match="cannot write token file") as info:
        s.set("a", "new-secret-value")
    assert "new-secret-value" not in str(info.value)
    monkeypatch.undo()
    assert json.loads(path.read_text()) == {"a": "old"}  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tokens.json", "tokens.json.lock"]  # no temp file


def test_file_storage_concurrent_writers_lose_nothing(rt: SimpleNamespace, tmp_path: Path) -> None:
    s = rt.storage.FileStorage(tmp_path / "tokens.json")

    def writer(i: int) -> None:
        for j in range(10):
            s.set(f"k{i}-{j}", str(j))

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(json.loads((tmp_path / "tokens.json").read_text())) == 80


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"a": 1}', b"\xff\xfe", b'"just a string"'])
def test_corrupt_file_is_empty_and_kept_aside(
    rt: SimpleNamespace, tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(content)
    s = rt.storage.FileStorage(path)
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        assert s.get("a") is None
        s.set("a", "1")
    assert json.loads(path.read_text()) == {"a": "1"}
    assert (tmp_path / "tokens.json.corrupt").read_bytes() == content  # nothing lost
    messages = [r.getMessage() for r in caplog.records]
    assert any("treating it as empty" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_empty_file_is_empty(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("")
    assert rt.storage.FileStorage(path).get("a") is None


def test_unreadable_file_is_a_one_line_error(rt: SimpleNamespace, tmp_path: Path) -> None:
    path = tmp_path / "dir-not-file"
    path.mkdir()
    with pytest.raises(rt.storage.StorageError) as info:
        rt.storage.FileStorage(path).get("a")
    assert "\n" not in str(info.value) and "dir-not-file" in str(info.value)


def test_client_with_file_storage_survives_restart(
    rt: SimpleNamespace, fake: FakeAuth, tmp_path: Path
) -> None:
    path = tmp_path / "tokens.json"
    client = rt.base.SyncAPIClient("env-1", storage=rt.storage.FileStorage(path), transport=fake.transport())
    client._call(
        rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": fake.password}
    )
    assert mode(path) == 0o600
    again = rt.base.SyncAPIClient("env-1", storage=rt.storage.FileStorage(path), transport=fake.transport())
    assert again.session == client.session and again.device_id == client.device_id
    assert again._call(rt.operations.OPERATIONS["getUserMe"])["name"] == "Alice"


def test_client_ignores_a_garbled_stored_session(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    storage = rt.storage.MemoryStorage()
    storage.set("credentials_env-1", "{garbled")
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        client = rt.base.SyncAPIClient("env-1", storage=storage)
    assert client.session is None
    assert any("unreadable stored session" in r.getMessage() for r in caplog.records)


def test_ids(rt: SimpleNamespace) -> None:
    ids = {rt.ids.new_id() for _ in range(100)}
    assert len(ids) == 100
    for value in ids:
        assert re.fullmatch(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}", value)


@pytest.mark.parametrize(
    ("stored", "kept"), [("x" * 16, True), ("y" * 48, True), ("z" * 15, False), ("w" * 49, False)]
)
def test_device_id_reused_only_when_16_to_48_chars(rt: SimpleNamespace, stored: str, kept: bool) -> None:
    storage = rt.storage.MemoryStorage()
    storage.set("device_id", stored)
    device_id = rt.ids.load_device_id(storage)
    assert (device_id == stored) is kept
    assert storage.get("device_id") == device_id
    assert rt.ids.load_device_id(storage) == device_id


def test_device_id_given_must_be_sane(rt: SimpleNamespace) -> None:
    with pytest.raises(ValueError):
        rt.ids.load_device_id(rt.storage.MemoryStorage(), "x" * 72)
    with pytest.raises(ValueError):
        rt.ids.load_device_id(rt.storage.MemoryStorage(), "bad\nid")


def test_file_storage_permissions_even_with_permissive_umask(rt: SimpleNamespace, tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        rt.storage.FileStorage(tmp_path / "t.json").set("a", "1")
    finally:
        os.umask(old)
    assert mode(tmp_path / "t.json") == 0o600


def test_file_storage_expands_the_home_directory(
    rt: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    s = rt.storage.FileStorage("~/.config/app/tokens.json")
    s.set("device_id", "0123456789abcdef0123")
    written = tmp_path / ".config" / "app" / "tokens.json"
    assert s.path == written
    assert json.loads(written.read_text()) == {"device_id": "0123456789abcdef0123"}
    assert written.stat().st_mode & 0o777 == 0o600
