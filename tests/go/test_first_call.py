"""Getting started with Go, as a new reader follows it: the Install block run as printed (a new
module pointed at generated/go), the first call saved as main.go and run with `go run .`
against a fresh emulator. Only the checkout's path and the emulator's port are the test's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
from docs.first_call import at, blocks

from .conftest import REPO, go_env, run_go


def test_go_first_call_runs_as_printed(go: str, emulator_server: str, tmp_path: Path) -> None:
    app = tmp_path / "firstcall"
    app.mkdir()
    (install,) = blocks("go", "Install", "bash")
    install = install.replace("/path/to/generated/go", str(REPO / "generated" / "go"))
    env = go_env(tmp_path)
    env["PATH"] = f"{Path(go).parent}:{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", install], cwd=app, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (code,) = blocks("go", "A first call", "go")
    (app / "main.go").write_text(at(code, emulator_server), encoding="utf-8")
    out = run_go(go, ["run", "."], app, tmp_path)
    users = httpx.get(f"{emulator_server}/emulator/v1/users", timeout=10).json()["data"]
    (user,) = users
    assert out == f"signed in as {user['sub']}\n"
