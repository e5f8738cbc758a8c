"""Python and Go processes on one token file (issue 22 item 2, the token-file lock convention v1
of every client): two Go and two Python processes share a file; each round the emulator's clock
passes the access token's expiry, all four call at once, and exactly one refresh reaches the
emulator (counted there), every call succeeds, all four end on the one stored session, and
no session is lost over 20 rounds.

The Go processes run generated/go; the Python ones the cloudbase_auth installed in this
environment (generated/python of this tree). Both lock "<file>.lock" with flock, so they
exclude each other; the Go client also takes the POSIX record lock that Java's FileChannel.lock
takes (tests/go runtime tests check both kinds)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

from .conftest import REPO, copy_module, go_env, run_go

GENERATED = REPO / "generated" / "go"
MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"
ENV_ID = "emulator-env"
ROUNDS = 20

GO_DRIVER = """package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

// One call of GetUserMe per line read; "ok <hash of the access token used>" or "error ...".
func main() {
	store, err := cloudbase.NewFileStorage(os.Args[1])
	if err != nil {
		fmt.Println("error", err)
		return
	}
	c, err := cloudbase.New(os.Args[3], cloudbase.WithBaseURL(os.Args[2]), cloudbase.WithStorage(store), cloudbase.WithRetry(0))
	if err != nil {
		fmt.Println("error", err)
		return
	}
	fmt.Println("ready")
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		if _, err := c.GetUserMe(context.Background()); err != nil {
			fmt.Println("error", strings.ReplaceAll(err.Error(), "\\n", " "))
			continue
		}
		sum := sha256.Sum256([]byte(c.Session().AccessToken))
		fmt.Println("ok", hex.EncodeToString(sum[:8]))
	}
}
"""

PY_DRIVER = """import hashlib, sys
from cloudbase_auth import CloudBaseAuth, FileStorage

client = CloudBaseAuth(sys.argv[3], base_url=sys.argv[2], storage=FileStorage(sys.argv[1]), max_retries=0)
print("ready", flush=True)
for line in sys.stdin:
    try:
        client.get_user_me()
    except Exception as exc:
        print("error", type(exc).__name__, str(exc).replace("\\n", " "), flush=True)
        continue
    print("ok", hashlib.sha256(client.session.access_token.encode()).hexdigest()[:16], flush=True)
"""


class RefreshCounter:
    """ASGI middleware in front of the emulator: counts the refresh calls (POST /auth/v1/token)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.count = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == "/auth/v1/token":
            with self._lock:
                self.count += 1
        await self.app(scope, receive, send)

    def __getattr__(self, name: str) -> Any:  # ServerThread and uvicorn read the app's attributes
        return getattr(self.app, name)


@pytest.fixture
def counted_emulator() -> Iterator[tuple[str, RefreshCounter]]:
    counter = RefreshCounter(create_app(validate_responses=True))
    with ServerThread(counter) as server:  # type: ignore[arg-type]
        yield server.url, counter


class Peer:
    """A driver process: one call per line sent, one answer line back."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, bufsize=1
        )
        assert self.answer() == "ready"

    def call(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


def go_driver(go: str, tmp: Path) -> Path:
    client = copy_module(GENERATED, tmp / "cloudbase")
    module = tmp / "driver"
    module.mkdir()
    (module / "go.mod").write_text(
        f"module driver\n\ngo 1.22\n\nrequire {MODULE} v0.0.0\n\nreplace {MODULE} => {client}\n",
        encoding="utf-8",
    )
    (module / "main.go").write_text(GO_DRIVER, encoding="utf-8")
    binary = tmp / "go-driver"
    run_go(go, ["build", "-o", str(binary), "."], module, tmp)
    return binary


@pytest.mark.slow
def test_python_and_go_processes_share_one_token_file(
    go: str, tmp_path: Path, counted_emulator: tuple[str, RefreshCounter]
) -> None:
    url, counter = counted_emulator
    base = url + "/auth/v1"
    tokens = tmp_path / "tokens.json"
    from cloudbase_auth import CloudBaseAuth, FileStorage

    with CloudBaseAuth(ENV_ID, base_url=base, storage=FileStorage(tokens), max_retries=0) as first:
        first.sign_in_anonymously()
    binary = go_driver(go, tmp_path)
    script = tmp_path / "py_driver.py"
    script.write_text(PY_DRIVER, encoding="utf-8")
    args = [str(tokens), base, ENV_ID]
    peers = [
        Peer([str(binary), *args], env=go_env(tmp_path)),
        Peer([sys.executable, str(script), *args]),
        Peer([str(binary), *args], env=go_env(tmp_path)),
        Peer([sys.executable, str(script), *args]),
    ]
    try:
        for round_ in range(1, ROUNDS + 1):
            # Past the access token's expiry at the emulator: every peer's next call is refused
            # (401) and each one refreshes, under the lock, unless the file already holds a newer
            # session by then.
            httpx.post(
                f"{url}/emulator/v1/clock", json={"advance_seconds": 7300}, timeout=10
            ).raise_for_status()
            before = counter.count
            for peer in peers:
                peer.call()
            answers = [peer.answer() for peer in peers]
            refreshes = counter.count - before
            assert all(a.startswith("ok ") for a in answers), f"round {round_}: {answers}"
            stored = json.loads(json.loads(tokens.read_text(encoding="utf-8"))[f"credentials_{ENV_ID}"])
            stored_hash = hashlib.sha256(stored["access_token"].encode()).hexdigest()[:16]
            assert {a.split()[1] for a in answers} == {stored_hash}, f"round {round_}: {answers}"
            assert refreshes == 1, f"round {round_}: {refreshes} refreshes at the emulator"
    finally:
        for peer in peers:
            peer.close()
    # No session lost: a new client on the file is still signed in and its token is accepted.
    with CloudBaseAuth(ENV_ID, base_url=base, storage=FileStorage(tokens), max_retries=0) as last:
        assert last.session is not None
        last.get_user_me()
    assert counter.count == ROUNDS  # exactly one refresh per round, none outside the rounds
