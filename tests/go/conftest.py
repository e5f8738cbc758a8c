"""Helpers for the Go tests: find the toolchain, run it offline in a scratch copy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "templates" / "go" / "runtime"
GO_CANDIDATES = ("go", "/usr/local/go/bin/go")


def go_binary() -> str | None:
    for candidate in GO_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def go() -> str:
    found = go_binary()
    if found is None:
        pytest.skip("go is not installed")
    return found


def go_env(tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Offline (the module has no dependencies), with caches outside the repository."""
    env = dict(os.environ)
    env.update(extra or {})
    env["GOPROXY"] = "off"
    env["GOFLAGS"] = "-mod=mod -buildvcs=false"
    env["GOTOOLCHAIN"] = "local"
    env.setdefault("GOCACHE", str(Path.home() / ".cache" / "go-build"))
    env["GOPATH"] = str(tmp / "gopath")
    return env


def run_go(
    go: str,
    args: list[str],
    cwd: Path,
    tmp: Path,
    *,
    stdin: str | None = None,
    timeout: float = 600,
    env: dict[str, str] | None = None,
) -> str:
    done = subprocess.run(
        [go, *args],
        cwd=cwd,
        env=go_env(tmp, env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"go {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done.stdout


def copy_module(source: Path, dest: Path) -> Path:
    """A scratch copy (tests never write into the repository)."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git"))
    return dest
