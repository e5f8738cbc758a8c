"""One token file shared by Java and Python processes (lock-file convention v1): the Java lock
is a POSIX record lock on `<path>.lock` that another JVM and a Python `fcntl.lockf` both wait
for; and two JVMs and a Python process refreshing one session at the same time, round after
round, never spend a rotated refresh token twice (the emulator revokes the session when one is
reused), so no round loses the session."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .conftest import FAST_JVM, JavaProject, javac, tool

HERE = Path(__file__).resolve().parent
ROUNDS = 20


@pytest.fixture(scope="module")
def lock_cli(java_project: JavaProject, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    classes = tmp_path_factory.mktemp("lockcli")
    javac([HERE / "LockCli.java"], java_project.classpath, classes)
    return [tool("java"), *FAST_JVM, "-cp", f"{classes}{os.pathsep}{java_project.classpath}", "LockCli"]


def python_lockf_free(lock_path: Path) -> bool:
    """Whether a Python process could take the POSIX record lock now (in a child: POSIX locks are per process)."""
    probe = (
        "import fcntl, os, sys\n"
        f"fd = os.open({str(lock_path)!r}, os.O_RDWR)\n"
        "try:\n    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept BlockingIOError:\n    sys.exit(3)\n"
    )
    return subprocess.run([sys.executable, "-c", probe], timeout=60, check=False).returncode == 0


@pytest.mark.slow
def test_the_java_lock_excludes_another_jvm_and_a_python_lockf(lock_cli: list[str], tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    with subprocess.Popen(
        [*lock_cli, "hold", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin and holder.stdout
        assert holder.stdout.readline().strip() == "locked"
        lock_path = tmp_path / "tokens.json.lock"
        assert oct(lock_path.stat().st_mode & 0o777) == "0o600"
        other = subprocess.run(
            [*lock_cli, "try", str(path)], capture_output=True, text=True, timeout=120, check=True
        )
        assert other.stdout.strip() == "busy", "another JVM took the lock while it was held"
        assert not python_lockf_free(lock_path), "a Python fcntl.lockf took the lock while Java held it"
        holder.stdin.write("release\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    again = subprocess.run(
        [*lock_cli, "try", str(path)], capture_output=True, text=True, timeout=120, check=True
    )
    assert again.stdout.strip() == "taken"
    assert python_lockf_free(tmp_path / "tokens.json.lock")
    fd = os.open(tmp_path / "tokens.json.lock", os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # and this process, for the record
    finally:
        os.close(fd)


@pytest.mark.slow
def test_two_jvms_and_a_python_process_share_one_session(
    lock_cli: list[str], tmp_path: Path, emulator_server: str
) -> None:
    base = f"{emulator_server}/auth/v1"
    path = tmp_path / "tokens.json"
    from cloudbase_auth import CloudBaseAuth, FileStorage

    with CloudBaseAuth("emulator-env", base_url=base, storage=FileStorage(path)) as first:
        first.sign_in_anonymously()
    workers = [
        subprocess.Popen(
            [*lock_cli, "worker", str(path), base], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ),
        subprocess.Popen(
            [*lock_cli, "worker", str(path), base], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ),
        subprocess.Popen(
            [sys.executable, str(HERE / "lock_worker.py"), str(path), base],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ),
    ]
    try:
        refreshed = set()
        for round_number in range(ROUNDS):
            # Past the access token's expiry on the service's clock: every worker's next call is
            # refused, and each refreshes (or adopts the session another process just stored).
            httpx.post(
                f"{emulator_server}/emulator/v1/clock", json={"advance_seconds": 7300}, timeout=10
            ).raise_for_status()
            for w in workers:
                assert w.stdin
                w.stdin.write("call\n")
                w.stdin.flush()
            answers = [w.stdout.readline().strip() for w in workers if w.stdout]
            assert answers == ["ok"] * len(workers), f"round {round_number + 1}: {answers}"
            stored = json.loads(json.loads(path.read_text(encoding="utf-8"))["credentials_emulator-env"])
            refreshed.add(stored["refresh_token"])
        assert len(refreshed) == ROUNDS, "one refresh a round, none lost"
    finally:
        for w in workers:
            if w.stdin:
                w.stdin.close()
            w.wait(timeout=60)
            if w.stdout:
                w.stdout.close()
