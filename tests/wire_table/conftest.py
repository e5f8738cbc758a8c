"""The Go toolchain for test_go_wire.py, run offline (the client module has no dependencies)
with caches outside the repository, as tests/go/ runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# The Java client's build, shared with tests/java (one `mvn verify` per pytest process, whichever
# folder asks first: see there): test_java_wire.py compiles its side against it.
from java.conftest import java_project  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def go() -> str:
    found = shutil.which("go") or shutil.which("/usr/local/go/bin/go")
    if found is None:
        pytest.skip("go is not installed")
    return found


def run_go(go: str, args: list[str], cwd: Path, tmp: Path, env: dict[str, str]) -> None:
    full = dict(os.environ, **env)
    full.update(
        GOPROXY="off", GOFLAGS="-mod=mod -buildvcs=false", GOTOOLCHAIN="local", GOPATH=str(tmp / "gopath")
    )
    full.setdefault("GOCACHE", str(Path.home() / ".cache" / "go-build"))
    done = subprocess.run(
        [go, *args], cwd=cwd, env=full, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"go {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
